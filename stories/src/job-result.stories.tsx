import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { JobResult, JobStatus, useJob, type PublicJob } from '@kiln/react';
import { fakeStatusEndpoint } from './fake-network';
import { completed, processing, queued } from './jobs';

type Cv = { name: string; score: number; skills: string[] };

/** What a demo's result view looks like; the real CV view lives in the demo. */
const CvView = (cv: Cv) => (
  <section>
    <h2>{cv.name}</h2>
    <p>Score {cv.score}</p>
    <ul>
      {cv.skills.map((skill) => (
        <li key={skill}>{skill}</li>
      ))}
    </ul>
  </section>
);

const meta = {
  title: 'JobResult',
  component: JobResult<Cv>,
  args: { job: completed as PublicJob<Cv>, children: CvView },
} satisfies Meta<typeof JobResult<Cv>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Completed: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(2);
  },
};

export const Pending: Story = {
  args: { job: processing as PublicJob<Cv> },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Processing…');
    await expect(within(canvasElement).queryByRole('heading')).toBeNull();
  },
};

/** The whole loop in a real browser: `useJob` polls a scripted status endpoint until the job is final. */
function LiveJob({ refresh }: { refresh: () => void }) {
  const { job, error } = useJob<Cv>(queued.id, { refreshInterval: (latest) => (latest?.revalidatedAt ? 0 : 50), refresh });
  return (
    <JobResult job={job} pending={<JobStatus job={job} error={error} />}>
      {CvView}
    </JobResult>
  );
}

export const LivePolling: StoryObj<typeof LiveJob> = {
  render: (args) => <LiveJob {...args} />,
  args: { refresh: fn() },
  beforeEach: () => fakeStatusEndpoint([queued, processing, { ...completed, revalidatedAt: null }, completed]),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Ada Lovelace' });
    await waitFor(() => expect(args.refresh).toHaveBeenCalledTimes(1));
  },
};

/**
 * "Delete my data" under a result, in a browser that submitted the job (the widget kept its delete
 * token): the confirm step, then the DELETE, then the confirmation in place of the result.
 */
export const DeleteMyData: Story = {
  beforeEach: () => {
    localStorage.setItem(`kiln:delete-token:${completed.id}`, 'a-delete-token-kept-by-the-upload-widget');
    const restore = fakeStatusEndpoint([{ deleted: true, jobId: completed.id, pageRegenerated: true }]);
    return () => {
      restore();
      localStorage.removeItem(`kiln:delete-token:${completed.id}`);
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    (await canvas.findByRole('button', { name: 'Delete my data' })).click();
    await expect(await canvas.findByText(/This cannot be undone/)).toBeVisible();
    (await canvas.findByRole('button', { name: 'Yes, delete' })).click();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Your file and its analysis were deleted.'));
    await expect(canvas.queryByRole('heading', { name: 'Ada Lovelace' })).toBeNull();
  },
};
