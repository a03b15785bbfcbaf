import { createSubmitHandler } from '@kiln/handlers';
import { toPagesApiHandler } from '@kiln/handlers/next';
import { kiln } from '../../../lib/kiln';

// Kiln reads the multipart body itself (and refuses it early when it is too large).
export const config = { api: { bodyParser: false } };

export default toPagesApiHandler(createSubmitHandler(kiln));
