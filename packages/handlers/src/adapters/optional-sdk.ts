import { KilnConfigError } from '../core/errors';

/**
 * The error for an optional SDK that is not installed, naming the variable that chose the adapter and
 * what to install.
 *
 * Every SDK import stays a plain `import('<package>')` written inside a `try` block where it is used:
 * bundlers (webpack, Turbopack, esbuild) then put an installed SDK in the bundle — or trace it into a
 * Vercel function, or into an edge function, which cannot load a package when it runs — and only warn
 * ("Module not found") about one that is not installed, instead of failing the build.
 */
export function missingSdk(cause: unknown, sdk: { packages: string; option: string; variable: string }): KilnConfigError {
  return new KilnConfigError(`${sdk.variable} is set, but ${sdk.packages} is not installed. Install it with \`npm install ${sdk.packages}\`.`, sdk.option, sdk.variable, { cause });
}
