import { createStatusHandler } from '@kiln/handlers';
import { toPagesApiHandler } from '@kiln/handlers/next';
import { kiln } from '../../../lib/kiln';

export default toPagesApiHandler(createStatusHandler(kiln));
