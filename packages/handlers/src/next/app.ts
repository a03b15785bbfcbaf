import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import type { KilnHandler } from '../core/runtime';

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> | Record<string, string | string[] | undefined> };

/**
 * Mounts a Kiln handler as an App Router route handler: background work goes to `after()`, page
 * regeneration to `revalidatePath()`.
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
