import Link from 'next/link';
import type { PublicJob } from '@kiln/handlers';
import type { CvResult } from '../lib/cv-job';

const time = (ms: number | null) => (ms === null ? '—' : new Date(ms).toISOString().replace('T', ' ').slice(0, 19) + ' UTC');

export function JobView({ job }: { job: PublicJob<CvResult> }) {
  return (
    <>
      <h1>CV analysis</h1>
      <p className="lead">
        Job <code>{job.id}</code> · <span className="status" data-status={job.status}>{job.status}</span>
      </p>
      {job.status === 'queued' || job.status === 'processing' ? <Pending job={job} /> : null}
      {job.status === 'failed' ? <Failed job={job} /> : null}
      {job.status === 'completed' && job.result ? <Completed result={job.result} /> : null}
      <h2>Timeline</h2>
      <dl className="facts">
        <dt>Submitted</dt>
        <dd>{time(job.submittedAt)}</dd>
        <dt>Started</dt>
        <dd>{time(job.startedAt)}</dd>
        <dt>Finished</dt>
        <dd>{time(job.completedAt ?? job.failedAt)}</dd>
        <dt>Attempts</dt>
        <dd>{job.attempts}</dd>
      </dl>
    </>
  );
}

function Pending({ job }: { job: PublicJob<CvResult> }) {
  const fraction = job.progress?.fraction ?? 0;
  return (
    <section className="card" aria-live="polite" aria-busy="true">
      <p>
        {job.status === 'queued' ? 'Waiting for a worker…' : `Analysing${job.progress?.stage ? ` (${job.progress.stage})` : ''}…`}
        {job.error ? ` The last attempt failed (${job.error.message}); retrying.` : ''}
      </p>
      <progress max={1} value={fraction} aria-label="Analysis progress">
        {Math.round(fraction * 100)} %
      </progress>
      <p>This page updates by itself when the analysis is done.</p>
    </section>
  );
}

function Failed({ job }: { job: PublicJob<CvResult> }) {
  return (
    <section className="card" role="alert">
      <p className="error">The analysis failed: {job.error?.message ?? 'unknown reason'}</p>
      <Link className="button" href="/">
        Upload again
      </Link>
    </section>
  );
}

function Completed({ result }: { result: CvResult }) {
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
