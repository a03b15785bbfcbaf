import { defineKiln } from '@kiln/handlers';
import { benchJob } from './bench-job';

/**
 * The bench app's one Kiln configuration, as a host app writes it (compare demo/lib/kiln.ts). Adapters
 * come from the environment alone: none set is the embedded default (SQLite + files under
 * KILN_DATA_DIR); SQS_QUEUE_URL, REDIS_URL or KV_REST_API_URL, KILN_S3_BUCKET choose the cloud ones.
 * The kick after submit follows KILN_KICK_AFTER_SUBMIT. The submit rate limit is the one setting a
 * benchmark must change: its default (5 per 10 s per address) would turn a load test from one address
 * into 429s, so the scripts start the app with KILN_RATE_LIMIT=off and say so.
 */
export const kiln = defineKiln({ job: benchJob });
