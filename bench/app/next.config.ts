import type { NextConfig } from 'next';
import { kilnHeaders, withKiln } from '@kiln/handlers/next/config';

const config: NextConfig = {
  reactStrictMode: true,
  // The workspace packages are TypeScript source; Next compiles them with the app, as in demo/.
  transpilePackages: ['@kiln/handlers', '@kiln/react'],
  poweredByHeader: false,
  // The per-request copy of the result page gets the same headers as the ISR one, so both answers match.
  headers: async () => kilnHeaders({ pagePath: '/ssr/[jobId]' }),
};

export default withKiln(config, { pagePath: '/cv/[jobId]' });
