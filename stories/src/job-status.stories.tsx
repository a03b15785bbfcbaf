import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { JobStatus, KilnProvider, zhCN } from '@kiln/react';
import { completed, failed, NOW, processing, queued, retrying } from './jobs';

const meta = {
  title: 'JobStatus',
  component: JobStatus,
  args: { now: NOW },
} satisfies Meta<typeof JobStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

const statusText = (el: HTMLElement) => within(el).getByRole('status').textContent;

export const Queued: Story = {
  args: { job: queued },
  play: async ({ canvasElement }) => {
    await expect(statusText(canvasElement)).toBe('Queued: waiting for a worker.');
  },
};

export const Processing: Story = {
  args: { job: processing },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(statusText(canvasElement)).toBe('Processing…');
    await expect(canvas.getByText('1:23 elapsed · attempt 1 · extracting skills')).toBeVisible();
    await expect(canvas.getByRole('progressbar', { name: 'Job progress' })).toHaveAttribute('value', '55');
  },
};

export const Retrying: Story = {
  args: { job: retrying },
  play: async ({ canvasElement }) => {
    await expect(statusText(canvasElement)).toBe('Retrying (attempt 2)…');
    await expect(within(canvasElement).getByText('The previous attempt failed: The text extractor timed out.')).toBeVisible();
  },
};

export const Failed: Story = {
  args: { job: failed, onUploadAgain: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(statusText(canvasElement)).toBe('Failed.');
    await expect(canvas.getByRole('alert')).toHaveTextContent('The PDF holds only scanned images; no text could be read.');
    await userEvent.click(canvas.getByRole('button', { name: 'Upload again' }));
    await expect(args.onUploadAgain).toHaveBeenCalledTimes(1);
  },
};

export const Completed: Story = {
  args: { job: completed },
  play: async ({ canvasElement }) => {
    await expect(statusText(canvasElement)).toBe('Done.');
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
  },
};

export const SimplifiedChinese: Story = {
  args: { job: retrying },
  decorators: [
    (Story) => (
      <KilnProvider labels={zhCN}>
        <Story />
      </KilnProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(statusText(canvasElement)).toBe('正在重试（第 2 次尝试）…');
    await expect(within(canvasElement).getByText('已用时 0:12 · 第 2 次尝试 · started')).toBeVisible();
  },
};
