/**
 * For the React 18.3 run only. pnpm links every copy of react-dom and Testing Library to this package's
 * React (19); CommonJS `require('react')` inside them would load React 19 next to React DOM 18. Point
 * those requires at the React 18 copies instead. Vite's alias does the same for ES modules.
 */
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = path.join(path.dirname(fileURLToPath(import.meta.url)), '../node_modules');
const internal = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = internal._resolveFilename;
internal._resolveFilename = function (request, ...rest) {
  const match = /^(react-dom|react)(\/.*)?$/.exec(request);
  return resolve.call(this, match ? path.join(modules, `${match[1]}-18${match[2] ?? ''}`) : request, ...rest);
};
