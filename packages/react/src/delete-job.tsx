'use client';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { forgetDeleteToken, readDeleteToken } from './delete-token';
import { mergeLabels, type KilnLabels } from './labels';
import { useKilnConfig } from './provider';

export interface DeletableResultProps {
  jobId: string;
  /** What the job shows (its result, or its failure); replaced by a confirmation once deleted. */
  children?: ReactNode;
  /**
   * The job's delete token.
   * @default the one the `UploadWidget` kept in this browser for `jobId` (none: no delete button)
   */
  deleteToken?: string | null;
  /**
   * The job's status route, which takes the `DELETE`.
   * @default the `KilnProvider`'s `statusApiUrl(jobId)`, else "/api/cv/<jobId>"
   */
  statusApiUrl?: string;
  /** Called once the job is deleted. @default undefined */
  onDeleted?: (jobId: string) => void;
  /** Strings; a partial set is filled from the provider's labels, then English. @default en */
  labels?: Partial<KilnLabels>;
  /** Drops the `kiln-*` class names. @default false */
  unstyled?: boolean;
}

type Phase = { name: 'idle' } | { name: 'confirming' } | { name: 'deleting' } | { name: 'deleted' } | { name: 'error'; message: string };

/**
 * "Delete my data" under a job's result: a button, a confirm step, then `DELETE <status route>` with
 * `Authorization: Bearer <deleteToken>`. Deleted, the result is replaced by a confirmation; refused,
 * a message says why. Offered only where this browser holds the job's delete token (read after
 * mounting, so the server render and the first client render agree).
 */
export function DeletableResult({ jobId, children, deleteToken, statusApiUrl, onDeleted, labels: given, unstyled }: DeletableResultProps) {
  const config = useKilnConfig();
  const labels = useMemo(() => mergeLabels(config.labels, given), [config.labels, given]);
  const [stored, setStored] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const focusRef = useRef<HTMLButtonElement & HTMLParagraphElement>(null);
  const id = useId();
  const c = (name: string) => (unstyled ? undefined : `kiln-delete__${name}`);
  useEffect(() => setStored(readDeleteToken(jobId)), [jobId]);
  // Each step moves focus to its own first control (or to the outcome), so a keyboard user follows.
  useEffect(() => {
    if (phase.name !== 'idle') focusRef.current?.focus();
  }, [phase.name]);
  const token = deleteToken === undefined ? stored : deleteToken;

  async function remove() {
    if (!token) return;
    setPhase({ name: 'deleting' });
    const url = statusApiUrl ?? config.statusApiUrl(jobId);
    try {
      const response = await fetch(url, { method: 'DELETE', headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
      if (response.ok) {
        forgetDeleteToken(jobId);
        setPhase({ name: 'deleted' });
        onDeleted?.(jobId);
        return;
      }
      if (response.status === 404) forgetDeleteToken(jobId); // expired or deleted elsewhere: nothing left to hold
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      const message = response.status === 404 ? labels.deleteGone : response.status === 401 ? labels.deleteRefused : body?.error?.message || labels.serverError({ status: response.status });
      setPhase({ name: 'error', message });
    } catch {
      setPhase({ name: 'error', message: labels.networkError });
    }
  }

  if (phase.name === 'deleted') {
    return (
      <p ref={focusRef} tabIndex={-1} className={c('done')} role="status">
        {labels.deleted}
      </p>
    );
  }
  return (
    <>
      {children}
      {token && (
        <div className={unstyled ? undefined : 'kiln-delete'} data-state={phase.name} role="group" aria-labelledby={`${id}-title`}>
          {phase.name === 'confirming' || phase.name === 'deleting' ? (
            <>
              <p id={`${id}-title`} className={c('question')}>
                {labels.deleteConfirm}
              </p>
              <button ref={focusRef} type="button" className={c('danger')} disabled={phase.name === 'deleting'} onClick={() => void remove()}>
                {phase.name === 'deleting' ? labels.deleting : labels.deleteConfirmYes}
              </button>
              <button type="button" className={c('secondary')} disabled={phase.name === 'deleting'} onClick={() => setPhase({ name: 'idle' })}>
                {labels.deleteCancel}
              </button>
            </>
          ) : (
            <button id={`${id}-title`} type="button" className={c('button')} onClick={() => setPhase({ name: 'confirming' })} aria-describedby={phase.name === 'error' ? `${id}-error` : undefined}>
              {labels.deleteData}
            </button>
          )}
          <p id={`${id}-error`} className={c('error')} role="alert">
            {phase.name === 'error' ? phase.message : null}
          </p>
        </div>
      )}
    </>
  );
}
