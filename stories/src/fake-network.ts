/**
 * A scripted network for stories: uploads (XMLHttpRequest) report the given progress and then end as
 * told; the status endpoint (fetch) answers from a list. Installed by a story's `beforeEach`, which
 * returns the function that restores the real network.
 */
export type UploadOutcome = 'hang' | 'network-error' | { status: number; body: unknown };

export interface UploadScript {
  /** Fractions reported one after another, a few ms apart. */
  progress?: number[];
  outcome: UploadOutcome;
  /** Every request the widget sent, for the play function to inspect. */
  log?: Array<{ method: string; url: string }>;
}

export function fakeUploads(script: UploadScript): () => void {
  const Real = window.XMLHttpRequest;
  class ScriptedXhr {
    status = 0;
    responseText = '';
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private timers: number[] = [];
    private method = '';
    private url = '';
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader() {}
    send() {
      script.log?.push({ method: this.method, url: this.url });
      const steps = script.progress ?? [];
      steps.forEach((fraction, i) => {
        this.timers.push(window.setTimeout(() => this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded: fraction * 1000, total: 1000 })), 10 * (i + 1)));
      });
      const { outcome } = script;
      if (outcome === 'hang') return;
      this.timers.push(
        window.setTimeout(() => {
          if (outcome === 'network-error') return this.onerror?.();
          this.status = outcome.status;
          this.responseText = JSON.stringify(outcome.body);
          this.onload?.();
        }, 10 * (steps.length + 1)),
      );
    }
    abort() {
      this.timers.forEach((timer) => window.clearTimeout(timer));
      this.onabort?.();
    }
  }
  window.XMLHttpRequest = ScriptedXhr as unknown as typeof XMLHttpRequest;
  return () => {
    window.XMLHttpRequest = Real;
  };
}

/** The status endpoint: answers from the list in order, then repeats the last answer. */
export function fakeStatusEndpoint(answers: unknown[], calls: string[] = []): () => void {
  const real = window.fetch;
  const queue = [...answers];
  // Only the status endpoint is scripted: the test runner and Storybook fetch things of their own.
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/api/cv/')) return real(input, init);
    calls.push(url);
    return Response.json(queue.length > 1 ? queue.shift() : queue[0]);
  };
  return () => {
    window.fetch = real;
  };
}

const enc = (text: string) => new TextEncoder().encode(text);
export const cvText = () => new File([enc('Ada Lovelace\nAnalyst, London\nSkills: mathematics, programming\n')], 'ada-lovelace.txt', { type: 'text/plain' });
/** PNG bytes named .pdf: the picker lets it through, the content check does not. */
export const pngNamedPdf = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], 'photo.pdf', { type: 'application/pdf' });

export const ACCEPTED = {
  message: 'Your file was received. Processing has started; follow statusUrl for the result.',
  jobId: 'V1StGXR8_Z5jdHi6B-myT',
  statusUrl: '/cv/V1StGXR8_Z5jdHi6B-myT',
  statusApiUrl: '/api/cv/V1StGXR8_Z5jdHi6B-myT',
};
