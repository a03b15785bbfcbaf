import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobResult, JobStatus, KilnProvider, zhCN } from '@kiln/react';
import { completed, failed, processing, queued, retrying, T0 } from './support/jobs';

afterEach(cleanup);

describe('JobStatus', () => {
  it('queued', () => {
    render(<JobStatus job={queued()} />);
    expect(screen.getByRole('status').textContent).toBe('Queued: waiting for a worker.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('processing: elapsed time since start, attempt, stage and progress', () => {
    render(<JobStatus job={processing()} now={T0 + 1000 + 75_000} />);
    expect(screen.getByRole('status').textContent).toBe('Processing…');
    expect(screen.getByText('1:15 elapsed · attempt 1 · parsing')).toBeTruthy();
    expect((screen.getByRole('progressbar', { name: 'Job progress' }) as HTMLProgressElement).value).toBe(40);
  });

  it('processing: the clock ticks when not fixed, outside the live region', () => {
    vi.useFakeTimers({ now: T0 + 1000 });
    try {
      render(<JobStatus job={processing()} />);
      expect(screen.getByText(/^0:00 elapsed/)).toBeTruthy();
      act(() => vi.advanceTimersByTime(3000));
      expect(screen.getByText(/^0:03 elapsed/)).toBeTruthy();
      expect(screen.getByRole('status').textContent).toBe('Processing…');
    } finally {
      vi.useRealTimers();
    }
  });

  it('retrying: attempt number and the previous reason', () => {
    const { container } = render(<JobStatus job={retrying()} now={T0 + 5000} />);
    expect(screen.getByRole('status').textContent).toBe('Retrying (attempt 2)…');
    expect(screen.getByText('The previous attempt failed: The parser timed out.')).toBeTruthy();
    expect((container.firstElementChild as HTMLElement).dataset.state).toBe('retrying');
  });

  it('failed: the reason as an alert and an "upload again" action', () => {
    const again = vi.fn();
    const { rerender } = render(<JobStatus job={failed()} onUploadAgain={again} />);
    expect(screen.getByRole('status').textContent).toBe('Failed.');
    expect(screen.getByRole('alert').textContent).toBe('The PDF has no text layer.');
    fireEvent.click(screen.getByRole('button', { name: 'Upload again' }));
    expect(again).toHaveBeenCalledTimes(1);
    rerender(<JobStatus job={failed()} uploadAgainHref="/upload" />);
    expect(screen.getByRole('link', { name: 'Upload again' }).getAttribute('href')).toBe('/upload');
  });

  it('completed', () => {
    render(<JobStatus job={completed(1)} />);
    expect(screen.getByRole('status').textContent).toBe('Done.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a poll error shows a quiet notice while the job runs', () => {
    render(<JobStatus job={queued()} error={new Error('offline')} />);
    expect(screen.getByText('The status could not be read just now; still trying.')).toBeTruthy();
  });

  it('renders nothing before the job is known, and speaks Chinese through the provider', () => {
    const { container } = render(<JobStatus job={undefined} />);
    expect(container.innerHTML).toBe('');
    render(
      <KilnProvider labels={zhCN}>
        <JobStatus job={processing()} now={T0 + 1000 + 5000} />
      </KilnProvider>,
    );
    expect(screen.getByText('已用时 0:05 · 第 1 次尝试 · parsing')).toBeTruthy();
  });
});

describe('JobResult', () => {
  // The status endpoint's jobs are PublicJob<unknown>: the view narrows the result itself.
  const view = (result: unknown) => <p>score {(result as { score: number }).score}</p>;

  it('renders the result of a completed job through the render prop', () => {
    render(<JobResult job={completed(1, { score: 87 })}>{view}</JobResult>);
    expect(screen.getByText('score 87')).toBeTruthy();
  });

  it('shows JobStatus while pending or failed, unless a slot is given', () => {
    const { rerender } = render(<JobResult job={processing()}>{view}</JobResult>);
    expect(screen.getByRole('status').textContent).toBe('Processing…');
    rerender(<JobResult job={failed()}>{view}</JobResult>);
    expect(screen.getByRole('alert').textContent).toBe('The PDF has no text layer.');
    rerender(
      <JobResult job={failed()} failed={(job) => <p>custom {job.error?.code}</p>} pending={<p>wait</p>}>
        {view}
      </JobResult>,
    );
    expect(screen.getByText('custom unsupported_file')).toBeTruthy();
    rerender(
      <JobResult job={queued()} pending={<p>wait</p>}>
        {view}
      </JobResult>,
    );
    expect(screen.getByText('wait')).toBeTruthy();
  });

  it('shows the missing slot for a completed job without a result', () => {
    render(
      <JobResult job={completed(1)} missing={<p>reload</p>}>
        {view}
      </JobResult>,
    );
    expect(screen.getByText('reload')).toBeTruthy();
  });
});
