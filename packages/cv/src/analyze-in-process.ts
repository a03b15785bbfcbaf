import { CvError, toCvError } from './errors';
import { diagnose } from './extract/diagnostics';
import { extractText } from './extract/index';
import { DEFAULTS, inputBytes, type AnalyzeInput, type AnalyzeOptions } from './options';
import { extractContact, headlineOf } from './parse/contact';
import { findDateRange, joinWrappedRanges, monthFirstDates, toYearMonth, yearsFromIntervals } from './parse/dates';
import { extractEducation } from './parse/education';
import { normalizeLine } from './parse/normalize';
import { proseCareer } from './parse/prose-career';
import { headingKind, headingLine, kindOfLines, labelledSkillsList, splitHeadingCells, splitSections, type Section } from './parse/sections';
import { liftCentredLabels } from './parse/centred-labels';
import { isCompanyLike, isTitleLike } from './parse/roles';
import { extractWork, type LocatedWorkEntry } from './parse/work';
import { toJsonResume } from './resume/json-resume';
import { redactContact } from './resume/redact';
import { scoreCv } from './score/score';
import { listedSkills, RUNNING_LINE, SELF_ASSESSMENT_LINE } from './skills/listed';
import { categoryLabelOf, matchSkills, type SkillLine } from './skills/match';
import { taxonomy } from './skills/taxonomy';
import type { CvAnalysis, EvidenceSource, SectionKind } from './types';

/** Emails and URLs name hosts ("github.com"), not skills. */
function stripContactText(text: string): string {
  return text.replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '   ').replace(/\b(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|cn|me|co)(?:\/\S*)?/gi, '   ');
}

const SOURCE_OF: Record<SectionKind, EvidenceSource> = {
  experience: 'work', projects: 'projects', skills: 'skills', summary: 'summary', education: 'education', contact: 'other', other: 'other',
};

/**
 * Analyses a CV in the calling thread. Same result as `analyze`, without the worker's isolation (no
 * memory cap, and a timeout only between stages): for tests, benchmarks and trusted input.
 */
export async function analyzeInProcess(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<CvAnalysis> {
  try {
    return await run(input, options);
  } catch (error) {
    throw toCvError(error);
  }
}

/**
 * The lines of a form's skills cell that went on under its label's line ("Δεξιότητες / Skills   Crew planning and
 * rotation" over "MLC 2006 compliance", "SAP HCM", a cell of one item a line beside its label, in a PDF) outside a
 * skills section: each is an item of that list, up to a line that is anything else (a gap, a heading, a label).
 */
function listCellLines(lines: string[], kinds: (SectionKind | undefined)[]): Map<number, string> {
  const out = new Map<number, string>();
  lines.forEach((line, i) => {
    if (kinds[i] === 'skills') return;
    const m = /^(\S.{1,59}?)\s{3,}(\S.{0,60})$/u.exec(line.trim());
    if (!m || headingKind(m[1]!) !== 'skills' || /[,，;；·、|•]|\s{3,}/.test(m[2]!)) return;
    const items = new Map<number, string>([[i, m[2]!]]);
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!.trim();
      if (next.length > 60 || /\s{3,}|[:：]/.test(next) || headingKind(next) !== null || findDateRange(next) !== null) break;
      items.set(j, next);
    }
    // (A label beside one value and nothing under it is an ordinary label–value line: read as it is.)
    if (items.size >= 2) for (const [k, v] of items) out.set(k, v);
  });
  return out;
}

async function run(input: AnalyzeInput, options: AnalyzeOptions): Promise<CvAnalysis> {
  const bytes = inputBytes(input);
  const progress = options.onProgress ?? (() => undefined);
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  if (bytes.byteLength > maxBytes) {
    throw new CvError('too_large', `The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB. A CV is rarely above 2 MB: export it without embedded images.`);
  }
  const checkAbort = () => {
    if (options.signal?.aborted) throw new CvError('aborted', 'The analysis was cancelled.');
  };
  checkAbort();
  progress(0.05, 'extracting');
  const extracted = await extractText(bytes, { maxPages: options.maxPages ?? DEFAULTS.maxPages, signal: options.signal });
  checkAbort();
  const lines = liftCentredLabels(splitHeadingCells(joinWrappedRanges(monthFirstDates(extracted.lines).map((line) => normalizeLine(line)).filter((l) => l.length > 0))));
  const diagnostics = diagnose(extracted);
  if (!extracted.hasTextLayer || diagnostics.characters - Math.round(diagnostics.characters * diagnostics.unreadableShare) < 20) {
    throw new CvError(
      'no_text_layer',
      extracted.format === 'pdf'
        ? 'This PDF has no readable text (it looks like a scan or a photo). Upload the PDF exported from your word processor, or a DOCX.'
        : 'This file contains no readable text. Upload the CV as a PDF or DOCX exported from your word processor.',
    );
  }

  progress(0.5, 'structuring');
  const sections = splitSections(lines);
  const kinds = kindOfLines(lines, sections);
  const contact = extractContact(lines, sections);
  const hints = { headline: headlineOf(lines, contact) };
  let work = extractWork(lines, sections.filter((s) => s.kind === 'experience'), hints);
  // No work section read (its heading a form's label cell split over lines, "学习及工作 / 经历(从高 / 中起填写)", or
  // words no list knows): the dated rows of the sections that are neither study, skills nor projects are read as
  // jobs, those that name both an employer and a title.
  if (work.length === 0) {
    work = extractWork(lines, sections.filter((s) => s.kind === 'contact' || s.kind === 'other' || s.kind === 'summary'), hints)
      .filter((w) => w.company !== '' && w.title !== '' && isCompanyLike(w.company));
  }
  // Still none: a career told in sentences (a cover letter sent instead of a CV, a speaker's profile).
  if (work.length === 0) work = proseCareer(lines);
  else work = withToldJobs(work, lines, sections);
  const education = extractEducation(lines, sections.filter((s) => s.kind === 'education'));
  const reference = toYearMonth(options.referenceDate ?? new Date());
  const yearsOfExperience = yearsFromIntervals(work, reference);
  checkAbort();

  progress(0.7, 'skills');
  const headings = new Set(sections.filter((s) => s.heading !== '').map((s) => headingLine(lines, s)));
  const listCell = listCellLines(lines, kinds);
  const skillLines: SkillLine[] = lines.flatMap((text, i) => {
    if (listCell.has(i)) return [{ text: listCell.get(i)!, source: 'skills' as const, workIndex: -1 }];
    if (headings.has(i)) return [];
    const kind = kinds[i] ?? 'other';
    const workIndex = kind === 'experience' ? work.findIndex((w) => i >= w.firstLine && i <= w.lastLine) : -1;
    // An employer's name is not a skill of the person ("Stripe Inc", "Oracle"), and a job title says what the
    // role was called, not what the person used ("DevOps Engineer"): both are blanked in their entry.
    const entry = workIndex >= 0 ? work[workIndex]! : null;
    let cleaned = stripContactText(text);
    for (const part of [entry?.company, entry?.title]) if (part) cleaned = cleaned.split(part).join('   ');
    // The headline under the name is a title too.
    if (kind === 'contact' && i < 6 && isTitleLike(text) && text.length <= 40) return [];
    // A skills list written on its heading's line ("Skills: Python · Go", "Skills   Python, Go") is a skills list wherever it sits.
    if (labelledSkillsList(text) !== null) return [{ text: labelledSkillsList(cleaned) ?? cleaned, source: 'skills' as const, workIndex: -1 }];
    if (kind !== 'skills') return [{ text: cleaned, source: SOURCE_OF[kind], workIndex }];
    // A page's running footer or header inside the list ("Rhiannon Pryce — Europass CV   Page 1/2") lists nothing.
    // (Nor a row of Europass's self-assessment grids: "Information processing   Communication   …".)
    if (RUNNING_LINE.test(text) || SELF_ASSESSMENT_LINE.test(text.trim())) return [{ text: cleaned, source: SOURCE_OF.other, workIndex }];
    // A row labelled by another section's heading in a skills section ("Certificates   AgSafe accreditation": a form's
    // label cell beside its value) is that section's.
    // Not "Languages", which a technical skills section uses for programming languages ("Languages   Python, Go").
    const labelCell = text.includes('   ') ? text.split(/\s{3,}/)[0]! : '';
    const labelKind = labelCell && !/^\s*languages?\b/i.test(labelCell) ? headingKind(labelCell) : null;
    if (labelKind !== null && labelKind !== 'skills') return [{ text: cleaned, source: SOURCE_OF[labelKind], workIndex }];
    const { label, rest } = categoryLabelOf(cleaned);
    return [{ text: rest, source: 'skills' as const, workIndex, ...(label ? { label } : {}) }];
  });
  // The taxonomy's skills first, then what the person listed that it does not know (category 'listed'). A name
  // read as the person's (their name, where they live), a job's or a school's (a degree, its field) is not taken
  // from a list: sidebars and tables leak them into skills columns.
  const notSkills = [
    contact.name,
    ...(contact.location?.split(/\s*[,，、|·]\s*/) ?? []),
    ...work.flatMap((w) => [w.company, w.title]),
    ...education.flatMap((e) => [e.institution, e.degree, e.field]),
  ];
  // A taxonomy skill the list writes in other words keeps them beside its name ("SPC", "渠道管理"): see SkillMatch.written.
  const written = new Map<string, string>();
  const listed = listedSkills(skillLines, { notSkills, written });
  const skills = [...matchSkills(skillLines).map((s) => (written.has(s.id) ? { ...s, written: written.get(s.id)! } : s)), ...listed];

  progress(0.9, 'scoring');
  const publicWork = work.map(({ firstLine: _f, lastLine: _l, ...entry }) => entry);
  const score = scoreCv({ contact, work: publicWork, education, skills, sectionKinds: sections.map((s) => s.kind), yearsOfExperience });
  const result: CvAnalysis = {
    schemaVersion: 1,
    resume: toJsonResume(contact, publicWork, education, skills, taxonomy.categories),
    analysis: {
      referenceDate: reference,
      yearsOfExperience,
      contact,
      work: publicWork,
      education,
      skills,
      sections: sections.filter((s) => s.heading !== '' || s.end > s.start).map((s) => ({ kind: s.kind, heading: s.heading, lines: s.end - s.start })),
      diagnostics,
      score,
    },
  };
  progress(1, 'done');
  // Last, after the score: contact details are removed here, inside the worker, so they never leave it.
  if ((options.contactDetails ?? DEFAULTS.contactDetails) === 'keep') return result;
  return redactContact(result, { profiles: options.redactProfiles ?? DEFAULTS.redactProfiles });
}

/**
 * Jobs told in sentences in a work section beside jobs written as entries ("Since March 2022 I have worked at Kaleko
 * Mobility S.L. as Test Automation Lead. …" over "Earlier:" and "Software Tester — Bidasoa Sistemas S.L. · Oct 2012–May
 * 2015"): the told ones are read too, each that starts in another month than every entry read and stands on no line
 * of one (a duty of an entry that tells of a posting is the entry's).
 */
function withToldJobs(work: LocatedWorkEntry[], lines: string[], sections: Section[]): LocatedWorkEntry[] {
  const experience = sections.filter((s) => s.kind === 'experience');
  const inWork = (i: number) => experience.some((s) => i >= s.start && i < s.end);
  // (A sentence after a gutter of years, "2020–2023   From May 2020 to January 2023, alongside my main job, I worked as
  // …", is told without the gutter; and it is a job of its own, not a duty of the entry above, its line opened by its
  // dates.)
  const gutter = (line: string) => /^\s*(?:19|20)\d{2}\s*(?:[-–—]\s*(?:(?:19|20)\d{2})?)?\s{3,}(?=\S)/.exec(line)?.[0] ?? '';
  const told = proseCareer(lines.map((line, i) => (inWork(i) ? line.slice(gutter(line).length) : '')));
  const added = told.filter((job) => !work.some((w) => w.start === job.start || (job.firstLine >= w.firstLine && job.firstLine <= w.lastLine && gutter(lines[job.firstLine] ?? '') === '')));
  if (added.length === 0) return work;
  return [...work, ...added].sort((a, b) => a.firstLine - b.firstLine);
}
