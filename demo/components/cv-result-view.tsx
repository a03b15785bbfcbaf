import type { CvResult } from '../lib/cv-job';

/** The result of the interim analysis; the CV analyser's full view replaces it. */
export function CvResultView({ result }: { result: CvResult }) {
  return (
    <section className="card">
      <dl className="facts">
        <dt>Format</dt>
        <dd>{result.kind.toUpperCase()}</dd>
        <dt>Size</dt>
        <dd>{Math.round(result.bytes / 1024)} KB</dd>
        <dt>Words</dt>
        <dd>{result.words}</dd>
      </dl>
      <h2>Most frequent words</h2>
      <ul className="tags">
        {result.topWords.map((w) => (
          <li key={w.word}>
            {w.word} × {w.count}
          </li>
        ))}
      </ul>
    </section>
  );
}
