import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../packages/cv/eval/fixtures/document-model';
import { renderDocx } from '../../packages/cv/eval/fixtures/render-docx';
import { renderPdfkit } from '../../packages/cv/eval/fixtures/render-pdfkit';
import { analyze, analyzeInProcess, redactContact, type CvAnalysis } from '../../packages/cv/src/index';
import { createTextRedactor } from '../../packages/cv/src/resume/redact-text';

/**
 * Redaction on real extracted documents (PDF and DOCX rendered by the evaluation's producers, then read back by
 * the analyser): whatever the layout puts the contact details in, no email, phone number or street address of
 * the fixture may survive anywhere in the result, and the useful parts must.
 */
const referenceDate = new Date('2025-06-15T00:00:00Z');
const EMAIL = 'jane.doe@example.com';
const PERSONAL_EMAIL = 'jd1987@mail.example.org';

/** The work, skills and ordinary numbers every fixture shares; none of it may be eaten by the redaction. */
const BODY: Block[] = [
  { t: 'heading', text: 'Experience' },
  { t: 'text', text: 'Senior Engineer, Globex Corporation   Jan 2019 – Mar 2023' },
  { t: 'bullet', text: 'Cut p99 latency 35% with Python 3.11 in 2019–2023.' },
  { t: 'bullet', text: 'On-call line +44 20 7946 0958 for Kubernetes.' },
  { t: 'bullet', text: 'Served 1,200,000 users at 99.95% uptime.' },
  { t: 'heading', text: 'Skills' },
  { t: 'text', text: 'Python, TypeScript, Kubernetes, PostgreSQL' },
  { t: 'text', text: `References: 138 0013 8000, ${PERSONAL_EMAIL}` },
];
// Text is normalised on extraction (an en dash becomes a hyphen).
const ORDINARY = ['35%', 'Python 3.11 in 2019-2023', '1,200,000', '99.95%'];

const model = (main: Block[], side: Block[] = [], cjk = false): DocumentModel => ({ main, side, sideRight: false, header: [], cjk });

interface Case {
  name: string;
  render(): Promise<Uint8Array>;
  phones: string[];
  addresses: string[];
}

const CASES: Case[] = [
  {
    name: 'one line "Name | email | phone | city" (PDF)',
    render: () => renderPdfkit(model([{ t: 'name', text: 'Jane Doe' }, { t: 'text', text: `Jane Doe | ${EMAIL} | +44 7700 900123 | London` }, ...BODY])),
    phones: ['+44 7700 900123'],
    addresses: [],
  },
  {
    name: 'one line "Name | email | phone | address" (DOCX)',
    render: () => renderDocx(model([{ t: 'text', text: `Jane Doe | ${EMAIL} | (555) 123-4567 | 12 Baker Street, London NW1 6XE` }, ...BODY])),
    phones: ['(555) 123-4567'],
    addresses: ['12 Baker Street', 'NW1 6XE'],
  },
  {
    name: 'table cells (DOCX table)',
    render: () =>
      renderDocx(model([{ t: 'name', text: 'Jane Doe' }, { t: 'row', cells: [EMAIL, '(555) 123-4567', '221B Baker Street, London NW1 6XE'] }, { t: 'row', cells: ['Mobile', '+86-138-1234-5678', 'linkedin.com/in/jane-doe-42'] }, ...BODY])),
    phones: ['(555) 123-4567', '+86-138-1234-5678'],
    addresses: ['221B Baker Street', 'NW1 6XE'],
  },
  {
    name: 'table cells (PDF table)',
    render: () =>
      renderPdfkit(model([{ t: 'name', text: 'Jane Doe' }, { t: 'row', cells: [EMAIL, '(555) 123-4567', '221B Baker Street'] }, { t: 'row', cells: ['Phone', '+86-138-1234-5678', 'github.com/janedoe'] }, ...BODY])),
    phones: ['(555) 123-4567', '+86-138-1234-5678'],
    addresses: ['221B Baker Street'],
  },
  {
    name: 'a sidebar (two-column PDF, Chinese address)',
    render: () =>
      renderPdfkit(
        model(
          [{ t: 'heading', text: 'Summary' }, { t: 'text', text: 'Backend engineer; call 138 1234 5678.' }, { t: 'text', text: 'Teaches Python at 北京市朝阳区建国路88号.' }, ...BODY],
          [{ t: 'name', text: 'Jane Doe' }, { t: 'text', text: EMAIL }, { t: 'text', text: '+86 138 1234 5678' }, { t: 'text', text: '地址：朝阳区建国路88号' }, { t: 'text', text: 'https://janedoe.dev' }],
          true,
        ),
      ),
    phones: ['138 1234 5678'],
    addresses: ['建国路88号', '北京市朝阳区'],
  },
];

/** Every string in the result, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Fails with the offending string when a detail of the fixture survives anywhere in the result. */
function expectNoContactDetails(result: CvAnalysis, c: Case) {
  const text = JSON.stringify(result);
  expect(text).not.toContain(EMAIL);
  expect(text).not.toContain(PERSONAL_EMAIL);
  expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  for (const phone of [...c.phones, '+44 20 7946 0958', '138 0013 8000']) {
    // The last 8 digits, whatever separators were written between them, in any string.
    const digits = phone.replace(/\D/g, '').slice(-8);
    const leak = strings(result).find((s) => s.replace(/[\s().+-]/g, '').includes(digits));
    expect(leak, `phone ${phone} survives`).toBeUndefined();
  }
  for (const address of c.addresses) expect(text, `address ${address} survives`).not.toContain(address);
}

/** The useful parts: skills, years, the work entry and ordinary numbers in its highlights. */
function expectUsefulPartsKept(result: CvAnalysis) {
  const a = result.analysis;
  expect(a.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'TypeScript', 'Kubernetes', 'PostgreSQL']));
  expect(a.yearsOfExperience).toBeGreaterThan(4);
  expect(a.work).toHaveLength(1);
  expect(a.work[0]).toMatchObject({ company: 'Globex Corporation', title: 'Senior Engineer', start: '2019-01', end: '2023-03' });
  const highlights = a.work[0]!.highlights.join(' ');
  for (const ordinary of ORDINARY) expect(JSON.stringify(result), ordinary).toContain(ordinary);
  // A removed detail leaves a visible marker, not a hole.
  expect(highlights).toContain('On-call line [phone] for Kubernetes.');
  expect(result.resume.work[0]!.highlights.join(' ')).toContain('[phone]');
}

describe('contact details are redacted from every field by default', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const bytes = await c.render();
      const kept = await analyzeInProcess(bytes, { referenceDate, contactDetails: 'keep' });
      // The fixture really carries the details (else the test below proves nothing).
      expect(kept.analysis.contact.emails).toContain(EMAIL);
      expect(kept.analysis.contact.phones.length).toBeGreaterThan(0);
      for (const phone of c.phones) expect(strings(kept).some((s) => s.includes(phone)), `${phone} in the kept result`).toBe(true);
      for (const address of c.addresses) expect(JSON.stringify(kept), `${address} in the kept result`).toContain(address);

      const redacted = await analyzeInProcess(bytes, { referenceDate });
      expectNoContactDetails(redacted, c);
      expectUsefulPartsKept(redacted);
      expect(redacted.analysis.contact.name).toBe('Jane Doe');
      // The score was computed before redaction: finding an email and a phone still counts.
      expect(redacted.analysis.score).toEqual(kept.analysis.score);
      // redactContact() is the same deep redaction, for results analysed with contactDetails: 'keep'.
      expect(redactContact(kept, { profiles: false })).toEqual(redacted);
    }, 30_000);
  }
});

describe('profile links', () => {
  const render = () =>
    renderDocx(model([{ t: 'text', text: `Jane Doe | ${EMAIL} | linkedin.com/in/jane-doe-42 | https://github.com/janedoe | https://janedoe.dev/about` }, ...BODY]));

  it('are kept unless the app asks (redactProfiles), then replaced by [link] everywhere', async () => {
    const bytes = await render();
    const kept = await analyzeInProcess(bytes, { referenceDate });
    expect(kept.resume.basics.profiles.map((p) => p.network)).toEqual(['LinkedIn', 'GitHub']);
    expect(JSON.stringify(kept)).toContain('github.com/janedoe');

    const redacted = await analyzeInProcess(bytes, { referenceDate, redactProfiles: true });
    const text = JSON.stringify(redacted);
    for (const link of ['linkedin.com/in/jane-doe-42', 'github.com/janedoe', 'janedoe.dev']) expect(text).not.toContain(link);
    expect(redacted.resume.basics.profiles).toEqual([]);
    expect(redacted.resume.basics.url).toBeUndefined();
    expect(redacted.analysis.contact.evidence.name).toContain('[link]');
    // The JSON Resume schema link is not a contact detail.
    expect(redacted.resume.$schema).toMatch(/^https:\/\/raw\.githubusercontent\.com\/jsonresume/);
    expect(redactContact(kept)).toEqual(redacted);
  }, 30_000);

  it('and the name too, everywhere it is written, with redactContact(result, { name: true })', async () => {
    const kept = await analyzeInProcess(await render(), { referenceDate, contactDetails: 'keep' });
    expect(JSON.stringify(kept)).toContain('Jane Doe');
    const anonymous = redactContact(kept, { name: true });
    expect(JSON.stringify(anonymous)).not.toMatch(/Jane|Doe/);
    expect(anonymous.resume.basics.name).toBeUndefined();
    expect(anonymous.analysis.contact.name).toBeNull();
    expect(anonymous.analysis.skills.map((s) => s.name)).toEqual(kept.analysis.skills.map((s) => s.name));
  }, 30_000);
});

describe('analyze() in a worker thread', () => {
  it('redacts inside the worker by default, and keeps the details when the app opts in', async () => {
    const bytes = await CASES[0]!.render();
    const redacted = await analyze(bytes, { referenceDate });
    expectNoContactDetails(redacted, CASES[0]!);
    expectUsefulPartsKept(redacted);
    const kept = await analyze(bytes, { referenceDate, contactDetails: 'keep' });
    expect(kept.resume.basics).toMatchObject({ name: 'Jane Doe', email: EMAIL, phone: '+447700900123' });
  }, 30_000);
});

describe('redactContact on text that is not a contact detail', () => {
  it('leaves years, versions, percentages, ranges and large counts alone', async () => {
    const bytes = await renderDocx(model([{ t: 'name', text: 'Jane Doe' }, ...BODY]));
    const kept = await analyzeInProcess(bytes, { referenceDate, contactDetails: 'keep' });
    const redacted = redactContact(kept);
    const before = kept.analysis.work[0]!.highlights;
    const after = redacted.analysis.work[0]!.highlights;
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).toBe('On-call line [phone] for Kubernetes.');
  }, 30_000);
});

describe('the text redactor, line by line', () => {
  const redact = createTextRedactor({ phones: ['+447700900123'], links: [], name: null }, { links: false });
  it.each([
    ['Tel: +44 7700 900123', 'Tel: [phone]'],
    ['Call 07700 900123 after six', 'Call [phone] after six'],
    ['(555) 123-4567 or +1 (212) 555-0100', '[phone] or [phone]'],
    ['手机：138 0013 8000', '手机：[phone]'],
    ['微信同号 +86-138-0013-8000', '微信同号 [phone]'],
    ['13800138000 | jane@example.com', '[phone] | [email]'],
    ['12 Baker Street, London NW1 6XE', '[address]'],
    ['Home: 221B Baker Street', 'Home: [address]'],
    ['1 Main St, Springfield, IL 62704 | Python', '[address] | Python'],
    ['Address: Flat 2, Kings Court, Leeds', 'Address: [address]'],
    ['地址：北京市朝阳区', '地址：[address]'],
    ['现居北京市朝阳区建国路88号3号楼1201室。', '[address]。'],
  ])('%s', (input, expected) => expect(redact(input)).toBe(expected));

  it.each([
    'Python 3.11 and Node.js 20.20.2, 2019-2023',
    'Grew revenue 35% to $1,200,000 with 99.95% uptime',
    '2019.07 - 2021.03 ISO 27001:2013',
    'Jan 2019 - Mar 2023, Sep 1979 - May 1985',
    'Led 3 Senior Engineers at 10 Downing Labs',
    'Served 10 000 users on 192.168.100.200 with v1.2.3',
    'Email address: see above',
    'github.com/jane12345678 and order 2019 2020 2021',
    // "tel" and "cell" inside words are no phone label: these counts stay.
    'Hotel bookings rose to 1250000 a year',
    'Excellent yield: 4 500 000 cells per run',
  ])('leaves "%s" alone', (input) => expect(redact(input)).toBe(input));

  it('does not leave half a number behind where evidence was cut', () => {
    const filler = 'Ran incident response for the payments platform on Kubernetes and PostgreSQL, '.repeat(2).slice(0, 149);
    expect(redact(`…7946 0958 for Kubernetes`)).toBe('…[phone] for Kubernetes');
    expect(redact(`${filler} +44 20 79…`)).toBe(`${filler} [phone]…`);
    const bare = `${filler} +44 20 7`.padEnd(160, '9');
    expect(bare).toHaveLength(160);
    expect(redact(bare)).toBe(`${filler} [phone]`);
    // A cut line that ends in a year or a short number keeps it.
    expect(redact(`${filler} 2019-2023…`)).toBe(`${filler} 2019-2023…`);
    expect(redact(`${filler} Python 3.11…`)).toBe(`${filler} Python 3.11…`);
  });
});

describe('packages/cv/README.md, "Contact details"', () => {
  it('runs its example and prints what its comments say', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const readme = readFileSync(path.join(root, 'packages/cv/README.md'), 'utf8');
    const block = /### Contact details[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'the section has a ts example').toBeDefined();
    const expected = [...block!.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    // Inside the workspace so tsx resolves; @kiln/cv is this package's source.
    const dir = mkdtempSync(path.join(root, 'test', '.readme-example-'));
    try {
      const file = path.join(dir, 'example.mts');
      writeFileSync(file, block!.replace("from '@kiln/cv'", `from '${path.join(root, 'packages/cv/src/index.ts')}'`));
      const output = execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
      expect(output.trim().split('\n')).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
