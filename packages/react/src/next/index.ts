'use client';
/**
 * Next.js bindings. Import from `@kiln/react/next` in a Next.js app: `useJob` here refreshes the route
 * itself when the job's page has been regenerated, in the Pages Router and in the App Router.
 */
import { useCallback } from 'react';
// `.js`: `next` has no exports map, and Next loads this package as an external ES module on the
// server, where Node needs the file name (checked with a fresh app on Next 16.4.6).
import { useRouter as useCompatRouter } from 'next/compat/router.js';
import { useRouter as useAppRouter } from 'next/navigation.js';
import { useJob as useJobBase, type UseJobOptions, type UseJobResult } from '../use-job';

/**
 * A function that shows the route's fresh static page without a reload: `router.replace(asPath)` in
 * the Pages Router (which refetches getStaticProps), `router.refresh()` in the App Router.
 * `next/compat/router` is `null` outside the Pages Router; the Pages Router also provides an App Router
 * adapter, but its `refresh()` is a full reload, hence the order.
 */
export function useRouteRefresh(): () => Promise<void> {
  const pages = useCompatRouter();
  const app = useAppRouter();
  return useCallback(async () => {
    if (pages) {
      // Two caches hold the running job's props (checked on Next 16.4.6 in Chromium): the router's
      // in-memory data cache (skipped with unstable_skipClientCache), and the browser's HTTP cache, which
      // may serve the data JSON stale under its `stale-while-revalidate`. Re-fetch that exact URL with
      // `cache: 'reload'` first, so the replace below reads the regenerated page.
      await reloadCachedPageData(pages.asPath);
      await pages.replace(pages.asPath, undefined, { scroll: false, unstable_skipClientCache: true });
    }
    else app.refresh();
  }, [pages, app]);
}

/** `useJob` with `refresh` defaulting to `useRouteRefresh()`. */
export function useJob<Result = unknown>(jobId: string | null | undefined, options: UseJobOptions<Result> = {}): UseJobResult<Result> {
  const refresh = useRouteRefresh();
  return useJobBase(jobId, { refresh, ...options });
}


/** Re-fetches, bypassing the HTTP cache, every `/_next/data/…` URL this tab loaded for `asPath`. */
async function reloadCachedPageData(asPath: string): Promise<void> {
  if (typeof performance === 'undefined' || typeof performance.getEntriesByType !== 'function') return;
  const pathname = asPath.split(/[?#]/)[0] ?? asPath;
  const urls = new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/_next/data/') && new URL(name).pathname.endsWith(`${pathname === '/' ? '/index' : pathname}.json`)),
  );
  await Promise.all([...urls].map((url) => fetch(url, { cache: 'reload', headers: { 'x-nextjs-data': '1' } }).catch(() => undefined)));
}
