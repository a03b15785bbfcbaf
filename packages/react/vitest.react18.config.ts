import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, 'node_modules');

/**
 * The same component tests against React 18.3 (the lowest peer we support). The dependencies that
 * import React (SWR, Testing Library) are inlined, in their ESM builds, so that the alias reaches them
 * too; otherwise two Reacts would meet.
 */
export default mergeConfig(
  base,
  defineConfig({
    resolve: {
      alias: [
        { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: path.join(here, 'test-support/use-sync-external-store-shim.ts') },
        { find: /^@testing-library\/react$/, replacement: path.join(modules, '@testing-library/react/dist/@testing-library/react.esm.js') },
        { find: /^react-dom(\/.*)?$/, replacement: path.join(modules, 'react-dom-18') + '$1' },
        { find: /^react(\/.*)?$/, replacement: path.join(modules, 'react-18') + '$1' },
      ],
    },
    test: {
      name: 'react-18',
      // Next 16 needs React 19; its bindings are tested on React 19 only.
      exclude: ['next-refresh.test.tsx'],
      server: { deps: { inline: ['@testing-library/react', 'swr'] } },
      env: { KILN_EXPECT_REACT: '18' },
      setupFiles: [path.join(here, 'test-support/react18-require.ts')],
    },
  }),
);
