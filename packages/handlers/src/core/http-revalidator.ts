/**
 * Revalidation from outside Next (the worker process, a Lambda): an authenticated POST to the app's
 * revalidate endpoint, which regenerates the page inside Next.
 */
export function createHttpRevalidator(options: { url: string; secret: string | (() => Promise<string>); timeoutMs?: number }): (path: string) => Promise<void> {
  return async (path) => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${typeof options.secret === 'string' ? options.secret : await options.secret()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ path }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      throw new Error(`POST ${options.url} answered ${response.status}: ${detail.slice(0, 200)}`);
    }
  };
}
