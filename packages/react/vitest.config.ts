import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const here = path.dirname(fileURLToPath(import.meta.url));
const testDir = path.resolve(here, '../../test/react');

/**
 * The component tests live in test/react (the repo's test tree) but their dependencies are this
 * package's devDependencies: resolve bare imports from there as if they were written here.
 */
function resolveFromPackage(): Plugin {
  return {
    name: 'kiln-resolve-test-deps-from-package',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(testDir) || source.startsWith('.') || path.isAbsolute(source)) return null;
      return this.resolve(source, path.join(here, 'vitest.config.ts'), { ...options, skipSelf: true });
    },
  };
}

export default defineConfig({
  plugins: [resolveFromPackage()],
  resolve: { alias: { '@kiln/react/next': path.join(here, 'src/next/index.ts'), '@kiln/react': path.join(here, 'src/index.ts') } },
  test: {
    root: testDir,
    include: ['**/*.test.tsx'],
    environment: 'happy-dom',
    restoreMocks: true,
    env: { KILN_EXPECT_REACT: '19' },
  },
});
