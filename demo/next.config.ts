import type { NextConfig } from 'next';
import { withKiln } from '@kiln/handlers/next/config';

const config: NextConfig = {
  reactStrictMode: true,
  // The workspace packages are TypeScript source; Next compiles them with the app.
  transpilePackages: ['@kiln/handlers', '@kiln/react', '@kiln/cv'],
  // The PDF and DOCX readers run inside @kiln/cv's worker thread; keep them as plain Node modules.
  serverExternalPackages: ['pdfjs-dist', 'mammoth'],
  poweredByHeader: false,
};

// Result pages are reachable only by their unguessable id: Kiln's headers keep them (and their
// /_next/data JSON) out of search engines and their URL out of Referer headers.
export default withKiln(config, { pagePath: '/cv/[jobId]' });
