// Child process for the "crash on the last attempt" scenario: one cron invocation of the process
// handler on the embedded default in KILN_DATA_DIR. Attempts before the last fail with a retryable
// error; the last attempt kills its own process with SIGKILL mid-job, as the host does when a function
// hits its max duration or runs out of memory.
import { createProcessHandler, defineJob, defineKiln } from '@kiln/handlers';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { SECRETS } from './kiln-under-test';

const job = defineJob({
  name: 'dies-on-last-attempt',
  timeoutSeconds: 3,
  async run(_input, ctx) {
    if (ctx.attempt >= ctx.maxAttempts) process.kill(process.pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 50));
    throw new Error('upstream timeout');
  },
});

const kiln = defineKiln({
  job,
  dataDir: process.env.KILN_DATA_DIR!,
  ...SECRETS,
  kickAfterSubmit: false,
  appUrl: false,
  maxDurationSeconds: 10,
  processor: { visibilityTimeoutSeconds: 1, heartbeatSeconds: 0.3, backoff: { baseSeconds: 0, maxSeconds: 0 } },
  logger: silentLogger,
  env: {},
});
const response = await createProcessHandler(kiln)(new Request('http://localhost/api/cv/process', { headers: { authorization: `Bearer ${SECRETS.cronSecret}` } }));
process.stdout.write(`${await response.text()}\n`);
