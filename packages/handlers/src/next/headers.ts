/**
 * Response headers for Kiln's result pages, as `next.config` `headers()` rules. A result page is
 * reachable only by its unguessable id, so it must not reach a search engine's index (a crawler that
 * found one link would otherwise keep the page), and its URL must not leave in a `Referer` when the
 * reader follows a link on it. Next serves the same page's data as JSON at
 * `/_next/data/<buildId>/<page>.json` on client-side navigation: that route gets `noindex` too.
 */
import { KilnConfigError } from '../core/errors';

/** One rule of `next.config`'s `headers()`, the fields Kiln uses (Next's `Header` type has these). */
export interface KilnHeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

export interface KilnHeadersOptions {
  /**
   * The result page route, as passed to `defineKiln({ pagePath })`; `[jobId]` marks the id.
   * @default "/cv/[jobId]"
   */
  pagePath?: string;
}

/**
 * The `headers()` rules for the result page and its data route: `X-Robots-Tag: noindex, nofollow` and
 * `Referrer-Policy: no-referrer` on the page, `X-Robots-Tag: noindex` on `/_next/data/…/<page>.json`.
 * The status JSON sets its own `X-Robots-Tag` (it is a Kiln handler).
 *
 * @example
 * // next.config.ts, when the app builds its headers() itself
 * import { kilnHeaders } from '@kiln/handlers/next';
 * export default { async headers() { return [...kilnHeaders({ pagePath: '/cv/[jobId]' }), ...myRules] } };
 */
export function kilnHeaders(options: KilnHeadersOptions = {}): KilnHeaderRule[] {
  const pagePath = options.pagePath ?? '/cv/[jobId]';
  if (!pagePath.startsWith('/') || pagePath.split('[jobId]').length !== 2) {
    throw new KilnConfigError(`withKiln / kilnHeaders: pagePath must be a path with one "[jobId]" segment, like "/cv/[jobId]" (got "${pagePath}").`, 'pagePath');
  }
  // Next's `source` patterns are path-to-regexp: `[jobId]` becomes the named parameter `:jobId`.
  const page = pagePath.replace('[jobId]', ':jobId');
  return [
    {
      source: page,
      headers: [
        { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        { key: 'Referrer-Policy', value: 'no-referrer' },
      ],
    },
    { source: `/_next/data/:buildId${page}.json`, headers: [{ key: 'X-Robots-Tag', value: 'noindex' }] },
  ];
}

/** The part of a Next config `withKiln` reads and extends. */
interface ConfigWithHeaders {
  headers?: () => Promise<KilnHeaderRule[]> | KilnHeaderRule[];
}

/**
 * Wraps a Next config so its `headers()` also returns Kiln's rules ({@link kilnHeaders}). The app's own
 * rules come after Kiln's, so where both set the same header on the same path, the app's value wins
 * (Next applies matching rules in order).
 *
 * @example
 * // next.config.ts
 * import type { NextConfig } from 'next';
 * import { withKiln } from '@kiln/handlers/next';
 *
 * const config: NextConfig = { reactStrictMode: true };
 * export default withKiln(config, { pagePath: '/cv/[jobId]' });
 */
export function withKiln<Config extends object>(nextConfig: Config, options: KilnHeadersOptions = {}): Config & { headers(): Promise<KilnHeaderRule[]> } {
  const rules = kilnHeaders(options); // checked now: a wrong pagePath fails when the config loads
  const own = (nextConfig as ConfigWithHeaders).headers;
  return {
    ...nextConfig,
    async headers() {
      return [...rules, ...((await own?.call(nextConfig)) ?? [])];
    },
  };
}
