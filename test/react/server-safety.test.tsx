// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server safety (no DOM, as in getStaticProps or a server component)', () => {
  it('imports without a window and renders every component to HTML', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const kiln = await import('@kiln/react');
    const html = renderToString(
      createElement(kiln.KilnProvider, { labels: kiln.zhCN }, createElement(kiln.UploadWidget), createElement(kiln.JobStatus, { job: undefined })),
    );
    expect(html).toContain('选择文件');
    expect(html).toContain('type="file"');
    // A completed job renders its result on the server; "Delete my data" waits for the browser's storage.
    const job = { id: 'job_abcdefghijklmnopqrstu', status: 'completed', result: 'the result' } as never;
    const page = renderToString(createElement(kiln.JobResult, { job, children: (result: unknown) => String(result) }));
    expect(page).toContain('the result');
    expect(page).not.toContain('Delete my data');
  });

  it('keeps "use client" to the files with hooks or context', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const src = new URL('../../packages/react/src/', import.meta.url);
    const files = (await readdir(src, { recursive: true })).filter((name) => /\.tsx?$/.test(name));
    const client = [];
    for (const name of files) {
      const text = await readFile(new URL(name, src), 'utf8');
      const directive = text.startsWith("'use client';");
      const usesHooks = /\buse[A-Z]\w*\(|createContext\(/.test(text);
      if (directive) client.push(name);
      expect({ name, directive }).toEqual({ name, directive: usesHooks });
    }
    expect(client.sort()).toEqual(['delete-job.tsx', 'job-status.tsx', 'next/index.ts', 'provider.tsx', 'upload-widget.tsx', 'use-job.ts']);
  });

  it('imports @kiln/handlers for types only, so no server code reaches the browser bundle', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const src = new URL('../../packages/react/src/', import.meta.url);
    const files = (await readdir(src, { recursive: true })).filter((name) => /\.tsx?$/.test(name));
    const lines = [];
    for (const name of files) lines.push(...(await readFile(new URL(name, src), 'utf8')).split('\n').filter((line) => line.includes("'@kiln/handlers'")));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^(import|export) type /);
  });
});
