import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobResult, KilnProvider, readDeleteToken, UploadWidget, zhCN } from '@kiln/react';
import { accepted, FakeXhr } from './support/fake-xhr';
import { textFile } from './support/files';
import { completed, failed, JOB_ID, processing } from './support/jobs';

const TOKEN = 'dGhpcy1pcy1hLWRlbGV0ZS10b2tlbi1mb3ItdGVzdHM';
const KEY = `kiln:delete-token:${JOB_ID}`;

function answering(status: number, body: unknown = status === 200 ? { deleted: true, jobId: JOB_ID, pageRegenerated: true } : { error: { code: 'x', message: 'The server said no.' } }) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const result = (job = completed(null, { name: 'Ada' }), props: Partial<Parameters<typeof JobResult>[0]> = {}) => (
  <JobResult job={job} {...props}>
    {(r) => <h2>{(r as { name: string }).name}</h2>}
  </JobResult>
);

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('UploadWidget keeps the deleteToken', () => {
  beforeEach(() => FakeXhr.install());

  it('in localStorage under kiln:delete-token:<jobId> by default, in sessionStorage or nowhere when asked', async () => {
    for (const [keep, where] of [[undefined, localStorage], ['session', sessionStorage], [false, null]] as const) {
      localStorage.clear();
      sessionStorage.clear();
      render(<UploadWidget {...(keep === undefined ? {} : { keepDeleteToken: keep })} />);
      await act(async () => {
        fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [textFile()] } });
      });
      await act(async () => FakeXhr.last().respond(202, { ...accepted(), deleteToken: TOKEN }));
      if (where) expect(where.getItem(KEY)).toBe(TOKEN);
      else expect([localStorage.getItem(KEY), sessionStorage.getItem(KEY)]).toEqual([null, null]);
      cleanup();
    }
  });
});

describe('JobResult: "Delete my data"', () => {
  it('is not offered without a token in this browser, nor while the job runs', () => {
    render(result());
    expect(screen.getByRole('heading', { name: 'Ada' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete my data' })).toBeNull();
    localStorage.setItem(KEY, TOKEN);
    cleanup();
    render(result(processing()));
    expect(screen.queryByRole('button', { name: 'Delete my data' })).toBeNull();
  });

  it('asks first; "Keep it" deletes nothing; "Yes, delete" sends DELETE with the token, then replaces the result', async () => {
    localStorage.setItem(KEY, TOKEN);
    const fetchMock = answering(200);
    const onDeleted = vi.fn();
    render(result(completed(null, { name: 'Ada' }), { onDeleted }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my data' }));
    expect(screen.getByText(/for good\? This cannot be undone\./)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete my data' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' })));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/cv/${JOB_ID}`);
    expect(init?.method).toBe('DELETE');
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(screen.getByRole('status').textContent).toMatch(/were deleted/);
    expect(screen.queryByRole('heading', { name: 'Ada' })).toBeNull();
    expect(readDeleteToken(JOB_ID)).toBeNull();
    expect(onDeleted).toHaveBeenCalledWith(JOB_ID);
  });

  it.each([
    [401, /can no longer delete this job/],
    [404, /expired or was deleted already/],
    [500, /The server said no\./],
  ])('on a %i it says why, keeps the result shown, and offers the button again', async (status, message) => {
    localStorage.setItem(KEY, TOKEN);
    answering(status);
    render(result(failed()));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my data' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' })));
    const button = screen.getByRole('button', { name: 'Delete my data' });
    const alert = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toMatch(message);
    expect(screen.getByText('The PDF has no text layer.')).toBeTruthy(); // the failed job's view stays
    expect(readDeleteToken(JOB_ID)).toBe(status === 404 ? null : TOKEN);
  });

  it('says so when the request does not reach the server', async () => {
    localStorage.setItem(KEY, TOKEN);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    render(result());
    fireEvent.click(await screen.findByRole('button', { name: 'Delete my data' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' })));
    expect(screen.getByRole('alert').textContent).toMatch(/did not reach the server/);
  });

  it('speaks Chinese with zhCN, and uses the provider\'s status URL', async () => {
    localStorage.setItem(KEY, TOKEN);
    const fetchMock = answering(200);
    render(
      <KilnProvider labels={zhCN} statusApiUrl={(id) => `/api/jobs/${id}`}>
        {result()}
      </KilnProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '删除我的数据' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '确认删除' })));
    expect(fetchMock.mock.calls[0]![0]).toBe(`/api/jobs/${JOB_ID}`);
    expect(screen.getByRole('status').textContent).toMatch(/已删除/);
  });

  it('deletable={false} never offers it', async () => {
    localStorage.setItem(KEY, TOKEN);
    render(result(completed(null, { name: 'Ada' }), { deletable: false }));
    await act(async () => {});
    expect(screen.queryByRole('button', { name: 'Delete my data' })).toBeNull();
  });
});
