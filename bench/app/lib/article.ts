import type { Queue } from '@kiln/handlers';
import { createArticleDesign, withSqsStandardDeletes } from '../../lib/article-design';
import { benchJob } from './bench-job';
import { kiln } from './kiln';

// One per server process: which messages were deleted late (see withSqsStandardDeletes) must outlive a request.
let queue: Queue | undefined;

/**
 * The article's processor (bench/lib/article-design.ts) on this app's own queue, store and files —
 * the ones Kiln's routes use — running the same bench job, so table 2 compares the two designs and
 * nothing else. SQS's default visibility timeout (30 s: the article sets none), 5 per receive, killed
 * at 60 s.
 */
export async function articleDesign(revalidate: (path: string) => Promise<void>) {
  const ports = await kiln.ports();
  queue ??= withSqsStandardDeletes(ports.queue);
  return createArticleDesign({ ...ports, queue, job: benchJob, revalidate, pagePath: kiln.routes.pagePath, maxMessages: 5, visibilityTimeoutSeconds: 30, maxDurationSeconds: 60 });
}
