import { createSubmitHandler } from '@kiln/handlers';
import { toPagesApiHandler } from '@kiln/handlers/next';
import { kiln } from '../../../lib/kiln';

// As in demo/pages/api/cv/submit.ts: Kiln reads the multipart body itself. The kick after submit is
// on unless KILN_KICK_AFTER_SUBMIT=0 (the benchmark starts the app once per setting).
export const config = { api: { bodyParser: false } };

export default toPagesApiHandler(createSubmitHandler(kiln));
