// The local worker: processes jobs (and their retries) next to `next start`, so the demo needs no
// cron and no second terminal. `npm run demo` starts it; `pnpm --filter @kiln/demo worker` runs it alone.
import { runWorker } from '@kiln/handlers';
import { kiln } from './lib/kiln';

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
await runWorker(kiln, { signal: controller.signal });
