import type { WorkEntry, YearMonth } from '@kiln/cv';

const months = (ym: YearMonth) => {
  const [y, m] = ym.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
};

/** Work entries as bars on one time axis, so gaps and overlaps show at a glance. */
export function ExperienceTimeline({ work, referenceDate }: { work: WorkEntry[]; referenceDate: YearMonth }) {
  const dated = work.filter((w) => w.start);
  if (dated.length === 0) return <p>No dated work entries were found.</p>;
  const end = months(referenceDate);
  const start = Math.min(...dated.map((w) => months(w.start!)));
  const span = Math.max(1, end - start);
  return (
    <ol className="timeline" aria-label="Work history">
      {dated.map((w, i) => {
        const from = months(w.start!);
        const to = w.end ? months(w.end) : end;
        return (
          <li key={i}>
            <div className="timeline__label">
              <strong>{w.title || 'Role'}</strong> · {w.company || 'Company'} · {w.start} – {w.current ? 'present' : (w.end ?? '?')}
            </div>
            <div className="timeline__track" aria-hidden="true">
              <span className="timeline__bar" style={{ left: `${((from - start) / span) * 100}%`, width: `${Math.max(1, ((to - from) / span) * 100)}%` }} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
