import { timingSafeEqual } from 'node:crypto';
import type { NextApiRequest, NextApiResponse } from 'next';
import { articleDesign } from '../../../lib/article';

// The article's process route, called by the benchmark's scheduler once a minute as Vercel Cron would
// call it (Authorization: Bearer $CRON_SECRET). It answers when its loop ends or when it is "killed".
export const config = { api: { bodyParser: false }, maxDuration: 60 };

export default async function articleProcess(req: NextApiRequest, res: NextApiResponse) {
  const receivedAt = Date.now();
  const expected = Buffer.from(`Bearer ${globalThis.process.env.CRON_SECRET ?? ''}`);
  const given = Buffer.from(req.headers.authorization ?? '');
  if (!globalThis.process.env.CRON_SECRET || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.status(401).json({ error: 'unauthorized' });
    return;
  }
  // The article regenerates the result page with res.revalidate after writing KV.
  const article = await articleDesign((path) => res.revalidate(path));
  res.setHeader('cache-control', 'no-store');
  res.status(200).json(await article.invoke(receivedAt));
}
