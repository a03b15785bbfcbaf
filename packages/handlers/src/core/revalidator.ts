import type { HostContext, KilnRuntime } from './runtime';

/**
 * How to regenerate a result page from this host: in-process when the host's router renders that page
 * (`res.revalidate` for Pages, `revalidatePath` for App Router pages), else over HTTP through the app's
 * revalidate endpoint. Next 16's `revalidatePath` in an App Router handler leaves a Pages Router ISR
 * page stale, so an App Router host with a Pages result page must go over HTTP.
 */
export function revalidatorFor(kiln: KilnRuntime, host: HostContext): ((path: string) => Promise<void>) | undefined {
  if (host.revalidate && (host.router === undefined || host.router === kiln.resultPage)) return host.revalidate;
  return kiln.httpRevalidate() ?? undefined;
}
