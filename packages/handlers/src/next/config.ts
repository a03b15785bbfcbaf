/**
 * `@kiln/handlers/next/config`: what `next.config.ts` imports. Kept apart from `@kiln/handlers/next`
 * on purpose: that entry loads `next/server` and `next/cache`, and loading those while Next reads its
 * config breaks page rendering under `next start` ("invariant expected app router to be mounted",
 * checked on Next 16.4.6). This entry imports nothing from Next.
 */
export { kilnHeaders, withKiln, type KilnHeaderRule, type KilnHeadersOptions } from './headers';
