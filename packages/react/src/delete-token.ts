/**
 * Where the upload widget keeps the `deleteToken` of each job it submitted, so the result view can
 * offer "Delete my data" in this browser later. Keyed by job id: `kiln:delete-token:<jobId>`. No hooks
 * and no `'use client'`: safe to import from server code (it reads nothing there).
 *
 * The token only deletes that one job (it cannot read anything), and the server keeps only its hash.
 */
export type DeleteTokenStorage = 'local' | 'session';

const PREFIX = 'kiln:delete-token:';

function storageOf(kind: DeleteTokenStorage): Storage | null {
  try {
    return typeof window === 'undefined' ? null : kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null; // storage disabled (private mode, a sandboxed iframe): deletion is simply not offered
  }
}

/** Keeps a job's delete token. A full or disabled storage is ignored: the upload itself succeeded. */
export function rememberDeleteToken(jobId: string, token: string, kind: DeleteTokenStorage = 'local'): void {
  try {
    storageOf(kind)?.setItem(PREFIX + jobId, token);
  } catch {
    /* quota exceeded: no "Delete my data" for this job in this browser */
  }
}

/** The delete token this browser holds for a job (local storage first, then session), or `null`. */
export function readDeleteToken(jobId: string): string | null {
  for (const kind of ['local', 'session'] as const) {
    const token = storageOf(kind)?.getItem(PREFIX + jobId);
    if (token) return token;
  }
  return null;
}

/** Forgets a job's delete token (after the job was deleted, or has expired). */
export function forgetDeleteToken(jobId: string): void {
  for (const kind of ['local', 'session'] as const) storageOf(kind)?.removeItem(PREFIX + jobId);
}
