import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { UploadWidget, zhCN } from '@kiln/react';
import { ACCEPTED, cvText, fakeUploads, pngNamedPdf, type UploadScript } from './fake-network';

const meta = {
  title: 'UploadWidget',
  component: UploadWidget,
  args: { onUploaded: fn() },
} satisfies Meta<typeof UploadWidget>;
export default meta;
type Story = StoryObj<typeof meta>;

const fileInput = (canvasElement: HTMLElement) => canvasElement.querySelector('input[type=file]') as HTMLInputElement;
const root = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-state]') as HTMLElement;
const progressValue = (canvasElement: HTMLElement) => (within(canvasElement).getByRole('progressbar', { name: 'Upload progress' }) as HTMLProgressElement).value;

/** Installs a scripted upload network for the story; the story's `beforeEach` returns the restore function. */
const network = (script: UploadScript) => () => fakeUploads(script);

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Choose a file' });
    await expect(button.tagName).toBe('BUTTON');
    await expect(button).toHaveAccessibleDescription('One file: PDF, DOCX, TXT, up to 4 MB.');
    // Keyboard: Enter and Space on the button open the picker (the picker itself is stubbed).
    const pick = spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(button.matches(':focus-visible')).toBe(true);
    await expect(getComputedStyle(button).outlineStyle).not.toBe('none');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await expect(pick).toHaveBeenCalledTimes(2);
    pick.mockRestore();
  },
};

export const DragOver: Story = {
  play: async ({ canvasElement }) => {
    const zone = root(canvasElement);
    const data = new DataTransfer();
    data.items.add(cvText());
    zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
    await waitFor(() => expect(zone.dataset.state).toBe('dragover'));
    await expect(within(canvasElement).getByRole('button', { name: 'Drop the file to upload it' })).toBeVisible();
  },
};

export const InvalidFile: Story = {
  beforeEach: network({ outcome: 'hang', log: [] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvasElement), pngNamedPdf());
    const alert = await canvas.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('photo.pdf is not PDF, DOCX, TXT by its content.'));
    await expect(canvas.getByRole('button', { name: 'Choose a file' })).toHaveAccessibleDescription(expect.stringContaining('photo.pdf is not PDF'));
    await expect(root(canvasElement).dataset.state).toBe('invalid');
  },
};

export const TooLarge: Story = {
  args: { maxBytes: 16 },
  play: async ({ canvasElement }) => {
    await userEvent.upload(fileInput(canvasElement), cvText());
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent('ada-lovelace.txt is larger than 16 B. Choose a smaller file.'));
  },
};

export const Uploading0: Story = {
  name: 'Uploading 0 %',
  beforeEach: network({ progress: [0], outcome: 'hang' }),
  play: async ({ canvasElement }) => {
    await userEvent.upload(fileInput(canvasElement), cvText());
    await waitFor(() => expect(progressValue(canvasElement)).toBe(0));
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Uploading ada-lovelace.txt: 0%');
    await expect(within(canvasElement).getByRole('button', { name: 'Cancel upload' })).toBeVisible();
  },
};

export const Uploading50: Story = {
  name: 'Uploading 50 %',
  beforeEach: network({ progress: [0.25, 0.5], outcome: 'hang' }),
  play: async ({ canvasElement }) => {
    await userEvent.upload(fileInput(canvasElement), cvText());
    await waitFor(() => expect(progressValue(canvasElement)).toBe(50));
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Uploading ada-lovelace.txt: 50%');
  },
};

export const Uploading100: Story = {
  name: 'Uploading 100 % (waiting for the server)',
  beforeEach: network({ progress: [0.5, 1], outcome: 'hang' }),
  play: async ({ canvasElement }) => {
    await userEvent.upload(fileInput(canvasElement), cvText());
    await waitFor(() => expect(progressValue(canvasElement)).toBe(100));
  },
};

export const Cancelled: Story = {
  beforeEach: network({ progress: [0.3], outcome: 'hang' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvasElement), cvText());
    await userEvent.click(await canvas.findByRole('button', { name: 'Cancel upload' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Upload cancelled.'));
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await expect(retry).toHaveFocus();
    await expect(root(canvasElement).dataset.state).toBe('cancelled');
  },
};

export const NetworkError: Story = {
  beforeEach: network({ progress: [0.4], outcome: 'network-error' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvasElement), cvText());
    const alert = await canvas.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('The upload did not reach the server.'));
    await expect(canvas.getByRole('button', { name: 'Try again' })).toHaveAccessibleDescription(expect.stringContaining('did not reach the server'));
  },
};

export const RefusedByServer: Story = {
  beforeEach: network({ progress: [1], outcome: { status: 415, body: { error: { code: 'unsupported_media_type', message: 'This file is not one of the accepted types (PDF, DOCX, TXT) by its content.' } } } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvasElement), cvText());
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('not one of the accepted types'));
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

export const Uploaded: Story = {
  beforeEach: network({ progress: [0.5, 1], outcome: { status: 202, body: ACCEPTED } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvasElement), cvText());
    const link = await canvas.findByRole('link', { name: 'Follow the job' });
    await expect(link).toHaveAttribute('href', ACCEPTED.statusUrl);
    await expect(args.onUploaded).toHaveBeenCalledWith(ACCEPTED);
    await expect(canvas.getByRole('status')).toHaveTextContent('Uploaded. Processing has started.');
  },
};

export const Pasted: Story = {
  beforeEach: network({ progress: [0.5], outcome: 'hang' }),
  play: async ({ canvasElement }) => {
    const data = new DataTransfer();
    data.items.add(cvText());
    within(canvasElement).getByRole('button', { name: 'Choose a file' }).focus();
    root(canvasElement).dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
    await waitFor(() => expect(progressValue(canvasElement)).toBe(50));
  },
};

export const SimplifiedChinese: Story = {
  args: { labels: zhCN },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: '选择文件' })).toHaveAccessibleDescription('仅限一个文件：PDF, DOCX, TXT，不超过 4 MB。');
  },
};

export const Themed: Story = {
  args: { className: 'brand' },
  decorators: [
    (Story) => (
      <div>
        <style>{'.brand { --kiln-accent: #7c2d12; --kiln-border: #7c2d12; --kiln-radius: 0; }'}</style>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Choose a file' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(124, 45, 18)');
  },
};

export const Unstyled: Story = {
  args: { unstyled: true, className: 'my-upload' },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement).className).toBe('my-upload');
    await expect(canvasElement.querySelector('[class*="kiln-"]')).toBeNull();
  },
};
