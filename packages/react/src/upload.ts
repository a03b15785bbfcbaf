import type { KilnErrorBody, SubmitAccepted } from './types';

/**
 * Where the browser sends the file's bytes when the server offers a direct upload (S3 presigned PUT,
 * Vercel Blob client upload), so large files never pass through a function.
 *
 * The contract (no Kiln server endpoint offers it yet; see the README):
 * 1. `GET <submitUrl>?direct=1&size=<bytes>&type=<mime>` answers `200` with this object as JSON;
 *    any other answer means "no direct upload here" and the widget falls back to a multipart POST.
 * 2. The browser sends the file as the body of `<method> <url>` with `headers`; a 2xx means stored.
 * 3. `POST <submitUrl>` with the JSON body `{"directUpload": token}` creates the job and answers
 *    `202` with the same body as a multipart submit.
 */
export interface DirectUploadTarget {
  url: string;
  method: 'PUT' | 'POST';
  headers?: Record<string, string>;
  /** Opaque to the browser; names the stored upload when the job is created. */
  token: string;
}

/** Asks for a direct-upload target; `null` means "use the multipart POST". */
export type GetUploadTarget = (file: File, context: { submitUrl: string; signal: AbortSignal }) => Promise<DirectUploadTarget | null>;

export type UploadFailureKind = 'network' | 'aborted' | 'server';

export class UploadFailure extends Error {
  override readonly name = 'UploadFailure';
  constructor(
    readonly kind: UploadFailureKind,
    message: string,
    readonly status = 0,
    readonly code?: string,
  ) {
    super(message);
  }
  /** Whether trying the same file again could work: the network, a cancel, or a 5xx/429 might pass next time. */
  get retryable(): boolean {
    return this.kind !== 'server' || this.status >= 500 || this.status === 429;
  }
}

interface Sent {
  status: number;
  text: string;
}

/** XHR rather than fetch: only XHR reports upload progress in every browser. */
export function send(method: string, url: string, body: XMLHttpRequestBodyInit, signal: AbortSignal, onProgress?: (fraction: number) => void, headers: Record<string, string> = {}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new UploadFailure('aborted', 'aborted'));
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (onProgress) xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = xhr.ontimeout = () => reject(new UploadFailure('network', 'network'));
    xhr.onabort = () => reject(new UploadFailure('aborted', 'aborted'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** The built-in `GetUploadTarget`: step 1 of the contract above. */
export const requestDirectUpload: GetUploadTarget = async (file, { submitUrl, signal }) => {
  const query = `direct=1&size=${file.size}&type=${encodeURIComponent(file.type || 'application/octet-stream')}`;
  try {
    const response = await fetch(`${submitUrl}${submitUrl.includes('?') ? '&' : '?'}${query}`, { signal, headers: { accept: 'application/json' } });
    if (response.status !== 200) return null;
    const target = (await response.json()) as Partial<DirectUploadTarget>;
    return typeof target.url === 'string' && typeof target.token === 'string' ? (target as DirectUploadTarget) : null;
  } catch (error) {
    if (signal.aborted) throw new UploadFailure('aborted', 'aborted');
    return null; // no direct upload offered (or not reachable): the multipart POST decides
  }
};

export interface SubmitFileOptions {
  submitUrl: string;
  fieldName: string;
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
  getUploadTarget?: GetUploadTarget | undefined;
}

/** Uploads one file, directly to storage when offered, else as multipart to the submit route. */
export async function submitFile(file: File, options: SubmitFileOptions): Promise<SubmitAccepted> {
  const { submitUrl, signal, onProgress } = options;
  const target = options.getUploadTarget ? await options.getUploadTarget(file, { submitUrl, signal }) : null;
  if (target) {
    const stored = await send(target.method, target.url, file, signal, onProgress, target.headers);
    if (stored.status < 200 || stored.status > 299) throw serverFailure(stored);
    return accepted(await send('POST', submitUrl, JSON.stringify({ directUpload: target.token }), signal, undefined, { 'content-type': 'application/json' }));
  }
  const form = new FormData();
  form.append(options.fieldName, file);
  return accepted(await send('POST', submitUrl, form, signal, onProgress));
}

function accepted(sent: Sent): SubmitAccepted {
  if (sent.status !== 202) throw serverFailure(sent);
  try {
    const body = JSON.parse(sent.text) as SubmitAccepted;
    if (typeof body.jobId === 'string') return body;
  } catch {}
  throw new UploadFailure('server', '', sent.status);
}

function serverFailure(sent: Sent): UploadFailure {
  let body: Partial<KilnErrorBody> = {};
  try {
    body = JSON.parse(sent.text) as KilnErrorBody;
  } catch {}
  return new UploadFailure('server', body.error?.message ?? '', sent.status, body.error?.code);
}
