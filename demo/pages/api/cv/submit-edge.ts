import { createSubmitHandler, KilnConfigError, type KilnHandler } from '@kiln/handlers';
import { toPagesEdgeHandler } from '@kiln/handlers/next';
import { edgeKiln } from '../../../lib/kiln-edge';

// The submit route on the Edge runtime, as the article has it: the same contract as /api/cv/submit
// (multipart, and direct uploads to S3 or Vercel Blob), on SQS + Vercel KV + S3 or Vercel Blob.
export const config = { runtime: 'edge' };

let submit: KilnHandler | null = null;

export default toPagesEdgeHandler(async (req, host) => {
  try {
    submit ??= createSubmitHandler(edgeKiln());
  } catch (error) {
    if (!(error instanceof KilnConfigError)) throw error;
    return Response.json({ error: { code: 'not_configured', message: error.message } }, { status: 501 });
  }
  return submit(req, host);
});
