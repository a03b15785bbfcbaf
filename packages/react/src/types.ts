/**
 * The wire types, shared with the server as types only: `@kiln/react` talks to `@kiln/handlers`
 * over HTTP and never imports its code.
 */
export type { FileKind, JobStatus as JobStatusName, PublicJob, SubmitAccepted } from '@kiln/handlers';

/** The JSON error body every Kiln handler answers with. */
export interface KilnErrorBody {
  error: { code: string; message: string };
}
