// `.js`: `next` has no exports map, and Next loads this package as an external ES module on the
// server, where Node needs the file name (checked with a fresh app on Next 16.4.6).
import { revalidatePath } from 'next/cache.js';
import { after } from 'next/server.js';
import type { KilnHandler } from '../core/runtime';

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> | Record<string, string | string[] | undefined> };

/**
 * Mounts a Kiln handler as an App Router route handler: background work goes to `after()`. The
 * revalidate handler mounted here regenerates App Router pages with `revalidatePath()`; the other
 * handlers regenerate pages through that endpoint over HTTP (see `revalidatorFor`).
 *
 * @example
 * // app/api/cv/submit/route.ts
 * export const POST = toAppRouteHandler(createSubmitHandler(kiln));
 */
export function toAppRouteHandler(handler: KilnHandler) {
  return async (req: Request, context?: RouteContext): Promise<Response> => {
    const params = context?.params ? await context.params : undefined;
    return handler(req, {
      revalidate: async (path) => revalidatePath(path),
      router: 'app',
      waitUntil: (promise) => after(() => promise),
      ...(params ? { params } : {}),
    });
  };
}
