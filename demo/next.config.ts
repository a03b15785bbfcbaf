import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  // The workspace packages are TypeScript source; Next compiles them with the app.
  transpilePackages: ['@kiln/handlers', '@kiln/react', '@kiln/cv'],
  // The PDF and DOCX readers run inside @kiln/cv's worker thread; keep them as plain Node modules.
  serverExternalPackages: ['pdfjs-dist', 'mammoth'],
  poweredByHeader: false,
  async headers() {
    // Result pages are reachable only by their unguessable id: keep them out of search engines.
    return [{ source: '/cv/:jobId', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] }];
  },
};

export default config;
