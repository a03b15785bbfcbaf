/**
 * A stand-in for XMLHttpRequest that a test drives by hand: report upload progress, answer, fail.
 * It records every request so tests can assert what the widget sent.
 */
export class FakeXhr {
  static requests: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = undefined;
  status = 0;
  responseText = '';
  aborted = false;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.requests.push(this);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(fraction: number, total = 1000) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: Math.round(fraction * total), total });
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
  failNetwork() {
    this.onerror?.();
  }

  static install(): void {
    FakeXhr.requests = [];
    (globalThis as { XMLHttpRequest: unknown }).XMLHttpRequest = FakeXhr;
  }
  static last(): FakeXhr {
    const request = FakeXhr.requests.at(-1);
    if (!request) throw new Error('no request was sent');
    return request;
  }
}

export const accepted = (jobId = 'job_abcdefghijklmnopqrstu') => ({
  message: 'Your file was received.',
  jobId,
  statusUrl: `/cv/${jobId}`,
  statusApiUrl: `/api/cv/${jobId}`,
});
