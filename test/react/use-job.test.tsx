import { act, cleanup, render, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultRefreshInterval, useJob, type PublicJob } from '@kiln/react';
import { completed, JOB_ID, processing, queued } from './support/jobs';

/** A status endpoint that answers from a script, then repeats its last answer. */
function statusServer(...answers: Array<PublicJob | number>) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (url: string) => {
    calls.push(url);
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    return typeof answer === 'number' ? Response.json({ error: { code: answer === 404 ? 'not_found' : 'internal', message: `status ${answer}` } }, { status: answer }) : Response.json(answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}

// A fresh SWR cache per test, so no test sees another's job.
const wrapper = ({ children }: { children: ReactNode }) => <SWRConfig value={{ provider: () => new Map() }}>{children}</SWRConfig>;
const fast = () => 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useJob', () => {
  it('follows the job to a terminal state, waits for revalidatedAt, refreshes the route once, then stops polling', async () => {
    const server = statusServer(queued(), processing(), completed(null), completed(null), completed(1234));
    const refresh = vi.fn();
    const onTerminal = vi.fn();
    const seen: string[] = [];
    const { result } = renderHook(
      () => {
        const state = useJob(JOB_ID, { refreshInterval: (job) => (job?.revalidatedAt ? 0 : 20), refresh, onTerminal });
        const label = `${state.status}/${state.isTerminal}/${state.job?.revalidatedAt ?? '-'}/refreshed:${refresh.mock.calls.length}`;
        if (seen.at(-1) !== label) seen.push(label);
        return state;
      },
      { wrapper },
    );
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1), { timeout: 3000 });
    // Refresh only after revalidatedAt was seen, never while the job merely completed.
    expect(seen).toEqual(['undefined/false/-/refreshed:0', 'queued/false/-/refreshed:0', 'processing/false/-/refreshed:0', 'completed/true/-/refreshed:0', 'completed/true/1234/refreshed:0']);
    expect(onTerminal).toHaveBeenCalledTimes(1);
    expect(result.current.job?.revalidatedAt).toBe(1234);
    expect(server.calls[0]).toBe(`/api/cv/${JOB_ID}`);
    const polls = server.calls.length;
    await sleep(600);
    expect(server.calls.length).toBe(polls);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('makes no request and no refresh when the page already holds the final state', async () => {
    const server = statusServer(completed(99));
    const refresh = vi.fn();
    const { result } = renderHook(() => useJob(JOB_ID, { initialJob: completed(99), refresh }), { wrapper });
    expect(result.current.status).toBe('completed');
    await sleep(100);
    expect(server.calls).toHaveLength(0);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('shows the initial job at once, then the polled one', async () => {
    statusServer(processing());
    const { result } = renderHook(() => useJob(JOB_ID, { initialJob: queued(), refreshInterval: fast }), { wrapper });
    expect(result.current.status).toBe('queued');
    await waitFor(() => expect(result.current.status).toBe('processing'));
  });

  it('treats a 404 right after submit as "not visible yet", not as an error', async () => {
    statusServer(404, 404, queued());
    const seen: unknown[] = [];
    const { result } = renderHook(
      () => {
        const state = useJob(JOB_ID, { refreshInterval: fast });
        seen.push(state.error);
        return state;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('queued'), { timeout: 4000 });
    expect(seen.every((error) => error === undefined)).toBe(true);
  });

  it('reports a 404 after the grace period and stops asking', async () => {
    const server = statusServer(404);
    const { result } = renderHook(() => useJob(JOB_ID, { notFoundGraceMs: 0, refreshInterval: fast }), { wrapper });
    await waitFor(() => expect(result.current.error?.status).toBe(404));
    expect(result.current.error?.code).toBe('not_found');
    await sleep(1500);
    expect(server.calls).toHaveLength(1);
  });

  it('retries a failed poll with backoff and clears the error when it succeeds', async () => {
    statusServer(503, processing());
    const { result } = renderHook(() => useJob(JOB_ID, { refreshInterval: fast }), { wrapper });
    await waitFor(() => expect(result.current.error?.status).toBe(503));
    await waitFor(() => expect(result.current.status).toBe('processing'), { timeout: 3000 });
    expect(result.current.error).toBeUndefined();
  });

  it('does not poll while the tab is hidden, and catches up when it is shown', async () => {
    const server = statusServer(processing());
    const { result } = renderHook(() => useJob(JOB_ID, { refreshInterval: fast }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('processing'));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await sleep(60); // let a poll already scheduled run out
    const whileHidden = server.calls.length;
    await sleep(200);
    expect(server.calls.length).toBe(whileHidden);
    visibility.mockReturnValue('visible');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => expect(server.calls.length).toBeGreaterThan(whileHidden));
  });

  it('asks nothing without a job id, and uses the url option', async () => {
    const server = statusServer(queued());
    const { rerender, result } = renderHook(({ id }: { id: string | null }) => useJob(id, { url: (jobId) => `/status/${jobId}` }), { wrapper, initialProps: { id: null as string | null } });
    await sleep(50);
    expect(server.calls).toHaveLength(0);
    expect(result.current.job).toBeUndefined();
    rerender({ id: JOB_ID });
    await waitFor(() => expect(server.calls[0]).toBe(`/status/${JOB_ID}`));
  });
});

it("refreshes exactly once under StrictMode (Next's reactStrictMode double-runs effects)", async () => {
  statusServer(processing(), completed(7));
  const refresh = vi.fn();
  const strict = ({ children }: { children: ReactNode }) => <StrictMode>{wrapper({ children })}</StrictMode>;
  const { result } = renderHook(() => useJob(JOB_ID, { refreshInterval: (job) => (job?.revalidatedAt ? 0 : 20), refresh }), { wrapper: strict });
  await waitFor(() => expect(result.current.job?.revalidatedAt).toBe(7), { timeout: 3000 });
  await sleep(100);
  expect(refresh).toHaveBeenCalledTimes(1);
});

describe('defaultRefreshInterval', () => {
  it('starts at 1 s, backs off to 5 s, waits 1 s for revalidation, then stops', () => {
    expect([0, 1, 2, 3, 4, 10].map((polls) => defaultRefreshInterval(processing(), { polls, terminalFor: null }))).toEqual([1000, 1500, 2250, 3375, 5000, 5000]);
    expect(defaultRefreshInterval(completed(null), { polls: 9, terminalFor: 500 })).toBe(1000);
    expect(defaultRefreshInterval(completed(1), { polls: 9, terminalFor: 500 })).toBe(0);
    expect(defaultRefreshInterval(completed(null), { polls: 9, terminalFor: 31_000 })).toBe(0);
  });
});

it('renders inside a component the way a page uses it', async () => {
  statusServer(processing());
  function Page() {
    const { job } = useJob(JOB_ID, { refreshInterval: fast });
    return <p>{job?.status ?? 'loading'}</p>;
  }
  const { findByText } = render(<Page />, { wrapper });
  expect(await findByText('processing')).toBeTruthy();
});
