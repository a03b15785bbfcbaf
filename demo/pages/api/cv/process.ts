import { createProcessHandler } from '@kiln/handlers';
import { toPagesApiHandler } from '@kiln/handlers/next';
import { kiln } from '../../../lib/kiln';

// Vercel Cron calls this every minute (see vercel.json) with Authorization: Bearer $CRON_SECRET.
export const config = { api: { bodyParser: false }, maxDuration: 60 };

export default toPagesApiHandler(createProcessHandler(kiln));
