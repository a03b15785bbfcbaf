import { createProcessHandler } from '@kiln/handlers';
import { toPagesApiHandler } from '@kiln/handlers/next';
import { kiln } from '../../../lib/kiln';

// What a cron calls (Authorization: Bearer $CRON_SECRET); the benchmarks call it to play the cron.
export const config = { api: { bodyParser: false }, maxDuration: 60 };

export default toPagesApiHandler(createProcessHandler(kiln));
