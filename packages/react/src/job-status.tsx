'use client';
import { useEffect, useMemo, useState } from 'react';
import { formatElapsed } from './format';
import { mergeLabels, type KilnLabels } from './labels';
import { useKilnConfig } from './provider';
import type { PublicJob } from './types';

export interface JobStatusProps {
  /** The job (from `useJob` or page props); nothing is rendered while it is `undefined`. */
  job: PublicJob | undefined;
  /**
   * A poll error from `useJob`; shown as a quiet notice while polling goes on.
   * @default undefined
   */
  error?: unknown;
  /**
   * The "upload again" action on a failed job: a handler renders a button.
   * @default undefined (a link to `uploadAgainHref` instead)
   */
  onUploadAgain?: () => void;
  /**
   * Where the "upload again" link goes when there is no `onUploadAgain`.
   * @default "/"
   */
  uploadAgainHref?: string;
  /**
   * The clock, for elapsed time (stories and tests fix it).
   * @default Date.now, ticking every second while processing
   */
  now?: number;
  /** @default en, via the provider */
  labels?: Partial<KilnLabels>;
  /** @default undefined */
  className?: string;
  /**
   * Drops the `kiln-*` class names.
   * @default false
   */
  unstyled?: boolean;
}

/** The job's state in words: queued, processing (elapsed, attempt), retrying, failed (reason, upload again), completed. */
export function JobStatus({ job, error, onUploadAgain, uploadAgainHref = '/', now, labels: own, className, unstyled }: JobStatusProps) {
  const config = useKilnConfig();
  const labels = useMemo(() => mergeLabels(config.labels, own), [config.labels, own]);
  const running = job?.status === 'processing';
  const [tick, setTick] = useState(() => now ?? job?.updatedAt ?? 0);
  useEffect(() => {
    if (now !== undefined || !running) return;
    setTick(Date.now());
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [now, running]);
  if (!job) return null;

  const c = (name: string) => (unstyled ? undefined : `kiln-job__${name}`);
  const retrying = running && job.error !== null;
  const state = retrying ? 'retrying' : job.status;
  const headline = retrying ? labels.retrying({ attempt: job.attempts }) : labels[job.status];
  const percent = running && job.progress ? Math.round(job.progress.fraction * 100) : null;

  return (
    <div className={[unstyled ? '' : 'kiln-job', className].filter(Boolean).join(' ') || undefined} data-state={state}>
      {/* Only the state is live: the ticking clock would be read out every second. */}
      <p className={c('headline')} role="status" aria-live="polite">
        {headline}
      </p>
      {running && (
        <p className={c('detail')}>
          {labels.processingDetail({ elapsed: formatElapsed((now ?? tick) - (job.startedAt ?? job.submittedAt)), attempt: Math.max(1, job.attempts) })}
          {job.progress?.stage && ` · ${job.progress.stage}`}
        </p>
      )}
      {percent !== null && <progress className={c('progress')} max={100} value={percent} aria-label={labels.jobProgress} />}
      {job.error && (
        <p className={c('error')} role={job.status === 'failed' ? 'alert' : undefined}>
          {retrying ? labels.lastError({ reason: job.error.message }) : job.error.message}
        </p>
      )}
      {job.status === 'failed' &&
        (onUploadAgain ? (
          <button type="button" className={c('action')} onClick={onUploadAgain}>
            {labels.uploadAgain}
          </button>
        ) : (
          <a className={c('action')} href={uploadAgainHref}>
            {labels.uploadAgain}
          </a>
        ))}
      {error != null && !job.status.match(/completed|failed/) && <p className={c('notice')}>{labels.statusUnavailable}</p>}
    </div>
  );
}
