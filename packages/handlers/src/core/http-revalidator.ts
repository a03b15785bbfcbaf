import { KilnConfigError } from './errors';

/** Hosts where plain `http://` never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';
}

/**
 * Revalidation from outside Next (the worker process, a Lambda): an authenticated POST to the app's
 * revalidate endpoint, which regenerates the page inside Next.
 *
 * The request carries the revalidate secret, so it goes only where it was configured: `https://`, or
 * plain `http://` to this machine (checked here, when it is created), and a redirect is refused rather
 * than followed (a redirect would send the secret to wherever the answer points).
 */
export function createHttpRevalidator(options: { url: string; secret: string | (() => Promise<string>); timeoutMs?: number }): (path: string) => Promise<void> {
  const target = URL.canParse(options.url) ? new URL(options.url) : null; // not a URL: fetch says so when it runs
  if (target?.protocol === 'http:' && !isLoopbackHost(target.hostname)) {
    throw new KilnConfigError(
      `The revalidate URL ${target.origin} is plain http:// off this machine: the revalidate secret would cross the network unencrypted. Use https:// (option \`appUrl\`, variable KILN_APP_URL).`,
      'appUrl',
      'KILN_APP_URL',
    );
  }
  return async (path) => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${typeof options.secret === 'string' ? options.secret : await options.secret()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ path }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      // 'manual', not 'error': the answer's status and Location then name the redirect in the error.
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      throw new Error(
        `POST ${options.url} answered ${response.status || 'a redirect'}${location ? ` to ${location}` : ''}: the redirect was refused (the revalidate secret is not sent on). ` +
          'Set appUrl / KILN_APP_URL to the address that answers itself, e.g. with https:// or the final host name.',
      );
    }
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      throw new Error(`POST ${options.url} answered ${response.status}: ${detail.slice(0, 200)}`);
    }
  };
}
