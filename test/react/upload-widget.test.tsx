import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KilnProvider, UploadWidget, zhCN } from '@kiln/react';
import { accepted, FakeXhr } from './support/fake-xhr';
import { bigText, pdfFile, pngNamedPdf, textFile } from './support/files';

const input = () => document.querySelector('input[type=file]') as HTMLInputElement;
const choose = async (...files: File[]) => {
  await act(async () => {
    fireEvent.change(input(), { target: { files } });
  });
};

beforeEach(() => FakeXhr.install());
afterEach(cleanup);

describe('UploadWidget: before any upload', () => {
  it('is a real button, described by the restrictions', () => {
    render(<UploadWidget />);
    const button = screen.getByRole('button', { name: 'Choose a file' });
    expect(button.tagName).toBe('BUTTON');
    const hint = document.getElementById(button.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toBe('One file: PDF, DOCX, TXT, up to 4 MB.');
  });

  it('opens the file picker from the button (so Enter and Space work as on any button)', () => {
    render(<UploadWidget />);
    const click = vi.spyOn(input(), 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Choose a file' }));
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('refuses a file whose content is not an accepted type, whatever its name, and links the message to the button', async () => {
    render(<UploadWidget />);
    await choose(pngNamedPdf());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('cv.pdf is not PDF, DOCX, TXT by its content. Save it as one of those and try again.');
    expect(screen.getByRole('button', { name: 'Choose a file' }).getAttribute('aria-describedby')).toContain(alert.id);
    expect(FakeXhr.requests).toHaveLength(0);
  });

  it('refuses a file over maxBytes, an empty file and more than one file, without uploading', async () => {
    render(<UploadWidget maxBytes={1024} />);
    await choose(bigText(2048));
    expect(screen.getByRole('alert').textContent).toBe('big.txt is larger than 1 KB. Choose a smaller file.');
    await choose(new File([], 'empty.txt'));
    expect(screen.getByRole('alert').textContent).toBe('empty.txt is empty.');
    await choose(textFile('a.txt'), textFile('b.txt'));
    expect(screen.getByRole('alert').textContent).toBe('Drop one file only.');
    expect(FakeXhr.requests).toHaveLength(0);
  });

  it('honours accept: a PDF is refused when only TXT is accepted', async () => {
    render(<UploadWidget accept={['txt']} />);
    await choose(pdfFile());
    expect(screen.getByRole('alert').textContent).toContain('is not TXT by its content');
  });
});

describe('UploadWidget: uploading', () => {
  it('posts multipart to the submit route, shows and announces progress, then reports the accepted job', async () => {
    const onUploaded = vi.fn();
    render(<UploadWidget submitUrl="/api/submit" fieldName="file" onUploaded={onUploaded} />);
    await choose(textFile());
    const request = FakeXhr.last();
    expect([request.method, request.url]).toEqual(['POST', '/api/submit']);
    expect((request.body as FormData).get('file')).toBeInstanceOf(File);

    act(() => request.progress(0.5));
    expect((screen.getByRole('progressbar', { name: 'Upload progress' }) as HTMLProgressElement).value).toBe(50);
    expect(screen.getByRole('status').textContent).toBe('Uploading cv.txt: 50%');
    act(() => request.progress(0.6));
    expect(screen.getByRole('status').textContent).toBe('Uploading cv.txt: 50%'); // announced in quarters only

    await act(async () => request.respond(202, accepted()));
    expect(onUploaded).toHaveBeenCalledWith(accepted());
    expect(screen.getByRole('link', { name: 'Follow the job' }).getAttribute('href')).toBe('/cv/job_abcdefghijklmnopqrstu');
    expect(screen.getByRole('status').textContent).toBe('Uploaded. Processing has started.');
  });

  it('cancels: aborts the request, says so, moves focus to "Try again", and retries the same file', async () => {
    render(<UploadWidget />);
    screen.getByRole('button', { name: 'Choose a file' }).focus();
    await choose(textFile());
    const first = FakeXhr.last();
    const cancel = screen.getByRole('button', { name: 'Cancel upload' });
    expect(document.activeElement).toBe(cancel);
    await act(async () => fireEvent.click(cancel));
    expect(first.aborted).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Upload cancelled.');
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(document.activeElement).toBe(retry);
    await act(async () => fireEvent.click(retry));
    expect(FakeXhr.requests).toHaveLength(2);
    expect((FakeXhr.last().body as FormData).get('cv')).toBe((first.body as FormData).get('cv'));
  });

  it('shows a network error with a retry', async () => {
    render(<UploadWidget />);
    await choose(textFile());
    await act(async () => FakeXhr.last().failNetwork());
    expect(screen.getByRole('alert').textContent).toBe('The upload did not reach the server. Check your connection and try again.');
    expect(screen.getByRole('button', { name: 'Try again' }).getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
  });

  it("shows the server's own message for a refused file, and offers no retry of the same file", async () => {
    render(<UploadWidget />);
    await choose(textFile());
    await act(async () => FakeXhr.last().respond(415, { error: { code: 'unsupported_media_type', message: 'Not a CV file.' } }));
    expect(screen.getByRole('alert').textContent).toBe('Not a CV file.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Choose a file' })).toBeTruthy();
  });

  it('offers a retry after a 503', async () => {
    render(<UploadWidget />);
    await choose(textFile());
    await act(async () => FakeXhr.last().respond(503, 'not json'));
    expect(screen.getByRole('alert').textContent).toBe('The server refused the upload (503).');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('UploadWidget: drag and drop, paste', () => {
  it('shows the drag-over state and uploads the dropped file', async () => {
    render(<UploadWidget />);
    const zone = screen.getByRole('button', { name: 'Choose a file' }).parentElement!;
    fireEvent.dragEnter(zone, { dataTransfer: { files: [] } });
    expect(zone.dataset.state).toBe('dragover');
    expect(screen.getByRole('button', { name: 'Drop the file to upload it' })).toBeTruthy();
    fireEvent.dragLeave(zone, { relatedTarget: document.body });
    expect(zone.dataset.state).toBe('idle');
    fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
    await act(async () => fireEvent.drop(zone, { dataTransfer: { files: [textFile()] } }));
    expect(zone.dataset.state).toBe('uploading');
    expect(FakeXhr.requests).toHaveLength(1);
  });

  it('refuses two dropped files', async () => {
    render(<UploadWidget />);
    const zone = screen.getByRole('button', { name: 'Choose a file' }).parentElement!;
    await act(async () => fireEvent.drop(zone, { dataTransfer: { files: [textFile('a.txt'), textFile('b.txt')] } }));
    expect(screen.getByRole('alert').textContent).toBe('Drop one file only.');
  });

  it('uploads a pasted file', async () => {
    render(<UploadWidget />);
    const zone = screen.getByRole('button', { name: 'Choose a file' }).parentElement!;
    await act(async () => fireEvent.paste(zone, { clipboardData: { files: [pdfFile()] } }));
    expect(FakeXhr.requests).toHaveLength(1);
  });
});

describe('UploadWidget: direct upload (against a fake server: no Kiln endpoint offers it yet)', () => {
  it('asks GET ?direct=1, PUTs the bytes to the target, then creates the job with the token', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      expect(url).toBe('/api/cv/submit?direct=1&size=21&type=text%2Fplain');
      return Response.json({ url: 'https://storage.test/put/abc', method: 'PUT', headers: { 'x-amz-acl': 'private' }, token: 'tok-1' });
    });
    vi.stubGlobal('fetch', fetchMock);
    const onUploaded = vi.fn();
    render(<UploadWidget directUpload onUploaded={onUploaded} />);
    await choose(textFile());
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(1));
    const put = FakeXhr.last();
    expect([put.method, put.url, put.headers['x-amz-acl']]).toEqual(['PUT', 'https://storage.test/put/abc', 'private']);
    expect(put.body).toBeInstanceOf(File);
    act(() => put.progress(1));
    expect(screen.getByRole('status').textContent).toBe('Uploading cv.txt: 100%');
    await act(async () => put.respond(200, ''));
    const complete = FakeXhr.last();
    expect([complete.method, complete.url, complete.headers['content-type'], complete.body]).toEqual(['POST', '/api/cv/submit', 'application/json', '{"directUpload":"tok-1"}']);
    await act(async () => complete.respond(202, accepted()));
    expect(onUploaded).toHaveBeenCalledWith(accepted());
  });

  it('falls back to the multipart POST when the server does not offer a direct upload', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error: { code: 'method_not_allowed', message: 'Use POST' } }, { status: 405 })));
    render(<UploadWidget directUpload />);
    await choose(textFile());
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(1));
    expect(FakeXhr.last().body).toBeInstanceOf(FormData);
  });

  it('takes targets from a getUploadTarget function, and reports a storage refusal', async () => {
    const getTarget = vi.fn(async () => ({ url: '/blob', method: 'POST' as const, token: 't' }));
    render(<UploadWidget directUpload={getTarget} />);
    await choose(textFile());
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(1));
    expect(getTarget).toHaveBeenCalledWith(expect.any(File), expect.objectContaining({ submitUrl: '/api/cv/submit' }));
    await act(async () => FakeXhr.last().respond(403, '<Error>AccessDenied</Error>'));
    expect(screen.getByRole('alert').textContent).toBe('The server refused the upload (403).');
    expect(FakeXhr.requests).toHaveLength(1); // no job was created for bytes that were not stored
  });
});

describe('UploadWidget: labels and styling', () => {
  it('speaks Simplified Chinese through the provider, and a prop overrides one label', () => {
    render(
      <KilnProvider labels={zhCN}>
        <UploadWidget labels={{ dropHint: '拖到这里' }} />
      </KilnProvider>,
    );
    expect(screen.getByRole('button', { name: '选择文件' })).toBeTruthy();
    expect(screen.getByText('拖到这里')).toBeTruthy();
    expect(screen.getByText('仅限一个文件：PDF, DOCX, TXT，不超过 4 MB。')).toBeTruthy();
  });

  it('takes the submit route from the provider', async () => {
    render(
      <KilnProvider submitUrl="/kiln/submit">
        <UploadWidget />
      </KilnProvider>,
    );
    await choose(textFile());
    expect(FakeXhr.last().url).toBe('/kiln/submit');
  });

  it('adds className, and drops every kiln- class when unstyled', () => {
    const { container, rerender } = render(<UploadWidget className="mine" />);
    expect(container.firstElementChild!.className).toBe('kiln-upload mine');
    rerender(<UploadWidget className="mine" unstyled />);
    expect(container.firstElementChild!.className).toBe('mine');
    expect(container.querySelector('[class*="kiln-"]')).toBeNull();
  });
});
