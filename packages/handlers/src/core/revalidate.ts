import { requireBearer } from './bearer-auth';
import { KilnError, toErrorResponse } from './errors';
import type { KilnHandler, KilnRuntime } from './runtime';

/**
 * On-demand ISR for callers outside Next (the worker process, a Lambda): regenerates one job page.
 * Needs `Authorization: Bearer $REVALIDATE_SECRET`, and accepts only the app's job-page paths.
 * Body: `{"path": "/cv/<jobId>"}` (or `?path=`).
 */
export function createRevalidateHandler(kiln: KilnRuntime): KilnHandler {
  return async (req, host = {}) => {
    try {
      if (req.method !== 'POST') throw new KilnError('method_not_allowed', `Use POST to revalidate (got ${req.method}).`, { headers: { allow: 'POST' } });
      await requireBearer(req, (await kiln.secrets()).revalidate, { allowInQuery: kiln.allowSecretInQuery, what: 'The revalidate endpoint', envVar: 'REVALIDATE_SECRET', log: kiln.logger });
      const path = await readPath(req);
      if (kiln.routes.matchPagePath(path) === null) {
        throw new KilnError('forbidden_path', `Only job result pages can be revalidated here, like ${kiln.routes.pagePath('<jobId>')}; "${path}" is not one.`);
      }
      if (!host.revalidate) {
        throw new KilnError('internal', 'This host cannot regenerate pages: mount the revalidate handler with @kiln/handlers/next.');
      }
      if (host.router && host.router !== kiln.resultPage) {
        throw new KilnError(
          'internal',
          `The result page is rendered by the ${kiln.resultPage === 'pages' ? 'Pages' : 'App'} Router, which this ${host.router === 'app' ? 'App Router route handler' : 'Pages API route'} cannot regenerate. ` +
            `Mount the revalidate handler as a ${kiln.resultPage === 'pages' ? 'Pages API route (pages/api/revalidate.ts)' : 'App Router route handler'}.`,
        );
      }
      await host.revalidate(path);
      return Response.json({ revalidated: true, path, at: Date.now() }, { headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return toErrorResponse(error, (message, cause) => kiln.logger.error(message, { error: cause }));
    }
  };
}

async function readPath(req: Request): Promise<string> {
  const fromQuery = new URL(req.url).searchParams.get('path');
  if (fromQuery) return fromQuery;
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new KilnError('invalid_path', 'Send JSON {"path": "/cv/<jobId>"} (or ?path=).');
  }
  const path = (body as { path?: unknown } | null)?.path;
  if (typeof path !== 'string' || !path.startsWith('/')) throw new KilnError('invalid_path', 'Send JSON {"path": "/cv/<jobId>"}: "path" must be a path starting with "/".');
  return path;
}
