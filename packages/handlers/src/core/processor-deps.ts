import type { ProcessorDeps } from './processor';
import type { HostContext, KilnRuntime, Ports } from './runtime';

/**
 * How the processor regenerates a result page from this host. In-process only where that is complete
 * when the call returns: `res.revalidate` in a Pages host, for a Pages result page. Otherwise over HTTP
 * through the app's revalidate endpoint, mounted in the result page's router, which answers once the
 * page is invalidated. Checked on Next 16.4.6: `revalidatePath()` in an App Router handler does not reach
 * a Pages Router ISR page at all, and for an App Router page it takes effect only when the calling
 * request ends — after a whole processor run, while `revalidatedAt` would already tell clients to refresh.
 */
export function revalidatorFor(kiln: KilnRuntime, host: HostContext): ((path: string) => Promise<void>) | undefined {
  if (host.revalidate && host.router !== 'app' && (host.router === undefined || host.router === kiln.resultPage)) return host.revalidate;
  return kiln.httpRevalidate() ?? undefined;
}

/** What a processor run needs from this Kiln and host: the one place cron, the kick and the worker get it. */
export function processorDepsFor(kiln: KilnRuntime, ports: Ports, host: HostContext = {}): ProcessorDeps {
  return { ...ports, job: kiln.job as ProcessorDeps['job'], logger: kiln.logger, pagePath: kiln.routes.pagePath, revalidate: revalidatorFor(kiln, host) };
}
