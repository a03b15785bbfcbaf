import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { binaryGarbage } from '../../packages/cv/eval/negative-fixtures';

const exec = promisify(execFile);
const run = (file: string, args: string[]) => exec(file, args, { env: { ...process.env, KILN_CV_FROM_SOURCE: '1' } });
const bin = path.resolve('packages/cv/bin/kiln-cv.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'kiln-cv-cli-'));
const cv = path.join(dir, 'cv.txt');
writeFileSync(
  cv,
  ['Ada Lovelace', 'ada@example.com | +44 20 7946 0958', '', 'Experience', 'Analyst, Babbage Engines Ltd   Jan 2018 – Present', '- Wrote Python and SQL reports.', '', 'Skills', 'Python, SQL, Excel'].join('\n'),
);

describe('kiln-cv', () => {
  it('prints a readable summary by default', async () => {
    const { stdout } = await run(process.execPath, [bin, cv, '--reference-date', '2025-06-30']);
    expect(stdout).toMatch(/^Ada Lovelace/);
    expect(stdout).toContain('Experience: 7.5 years');
    expect(stdout).toMatch(/Skills \(3\):/);
  }, 30_000);

  it('prints the full JSON with --json', async () => {
    const { stdout } = await run(process.execPath, [bin, cv, '--json', '--in-process', '--reference-date', '2025-06-30']);
    const result = JSON.parse(stdout);
    expect(result.resume.basics).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', phone: '+442079460958' });
    expect(result.analysis.work[0]).toMatchObject({ company: 'Babbage Engines Ltd', title: 'Analyst', start: '2018-01', current: true });
  }, 30_000);

  it('shows contact details by default, and none with --redact (as a result page does)', async () => {
    const { stdout } = await run(process.execPath, [bin, cv, '--json', '--redact', '--in-process', '--reference-date', '2025-06-30']);
    expect(stdout).not.toContain('ada@example.com');
    expect(stdout.replace(/[\s-]/g, '')).not.toContain('79460958');
    const result = JSON.parse(stdout);
    expect(result.resume.basics).toEqual({ name: 'Ada Lovelace', profiles: [] });
    expect(result.analysis.work[0]).toMatchObject({ company: 'Babbage Engines Ltd', title: 'Analyst', start: '2018-01', current: true });
    const help = await run(process.execPath, [bin, '--help']).catch((e: { stderr: string }) => e);
    expect(help.stderr).toContain('--redact removes them');
  }, 30_000);

  it('exits 2 with the reason for a file it cannot analyse', async () => {
    const bad = path.join(dir, 'garbage.bin');
    writeFileSync(bad, binaryGarbage());
    const error = await run(process.execPath, [bin, bad]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('[unsupported_format]');
  }, 30_000);
});
