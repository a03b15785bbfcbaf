import { createRevalidateHandler } from '@kiln/handlers';
import { toPagesApiHandler } from '@kiln/handlers/next';
import { kiln } from '../../lib/kiln';

export const config = { api: { bodyParser: false } };

export default toPagesApiHandler(createRevalidateHandler(kiln));
