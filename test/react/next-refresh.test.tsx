import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { RouterContext } from 'next/dist/shared/lib/router-context.shared-runtime';
import { describe, expect, it, vi } from 'vitest';
import { useRouteRefresh } from '@kiln/react/next';

// The contexts are Next's internals; a real Next app provides them (the demo e2e covers that path).
const appRouter = () => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn(), back: vi.fn(), forward: vi.fn(), prefetch: vi.fn() });

describe('useRouteRefresh (@kiln/react/next)', () => {
  it('Pages Router: router.replace(asPath) without scrolling or the client data cache, not the adapter’s full-reload refresh()', async () => {
    const pages = { asPath: '/cv/abc?x=1', replace: vi.fn(async () => true) };
    const adapter = appRouter();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <RouterContext.Provider value={pages as never}>
        <AppRouterContext.Provider value={adapter as never}>{children}</AppRouterContext.Provider>
      </RouterContext.Provider>
    );
    const { result } = renderHook(() => useRouteRefresh(), { wrapper });
    await result.current();
    // Without skipping the client cache, Next would show the getStaticProps data it already holds.
    expect(pages.replace).toHaveBeenCalledWith('/cv/abc?x=1', undefined, { scroll: false, unstable_skipClientCache: true });
    expect(adapter.refresh).not.toHaveBeenCalled();
  });

  it('App Router: router.refresh()', async () => {
    const router = appRouter();
    const wrapper = ({ children }: { children: ReactNode }) => <AppRouterContext.Provider value={router as never}>{children}</AppRouterContext.Provider>;
    const { result } = renderHook(() => useRouteRefresh(), { wrapper });
    await result.current();
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });
});
