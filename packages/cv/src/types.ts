/** Everything in this file is plain JSON: no Dates, no `undefined`, no class instances. */

export type CvFormat = 'pdf' | 'docx' | 'txt';
export type Language = 'en' | 'zh';
export type SectionKind = 'summary' | 'experience' | 'projects' | 'education' | 'skills' | 'contact' | 'other';
/** Where a piece of evidence was read. */
export type EvidenceSource = 'skills' | 'work' | 'projects' | 'summary' | 'education' | 'other';

/** A line of text as rebuilt from the document, with the section it belongs to. */
export interface Evidence {
  /** The line the value was read from, trimmed to at most 160 characters. */
  text: string;
  source: EvidenceSource;
  /** Index into `analysis.work` when the evidence is in a job's lines, else -1. */
  workIndex: number;
}

export interface Diagnostics {
  format: CvFormat;
  /** Pages in a PDF; 1 for DOCX and TXT. */
  pages: number;
  /** Pages actually read (PDFs are capped, see `maxPages`). */
  pagesRead: number;
  /** False for a scan: no selectable text. */
  hasTextLayer: boolean;
  /** Largest number of text columns found on a page (1 or 2). */
  columns: number;
  /** Languages with a meaningful share of the text, most frequent first. */
  languages: Language[];
  /** Share (0–1) of characters that are replacement characters, control characters or private-use glyphs. */
  unreadableShare: number;
  characters: number;
  lines: number;
  warnings: string[];
}

export interface Contact {
  name: string | null;
  emails: string[];
  /** E.164 (`+8613812345678`) when a country could be inferred, else digits as written. */
  phones: string[];
  links: string[];
  location: string | null;
  /** The lines the name, first email and first phone were read from. */
  evidence: { name: string | null; email: string | null; phone: string | null };
}

/** A month as `YYYY-MM`. */
export type YearMonth = string;

export interface WorkEntry {
  company: string;
  title: string;
  start: YearMonth | null;
  /** `null` with `current: true` for "Present" / 至今. */
  end: YearMonth | null;
  current: boolean;
  highlights: string[];
  evidence: string;
}

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate' | 'other';

export interface EducationEntry {
  institution: string;
  level: DegreeLevel | null;
  degree: string | null;
  field: string | null;
  start: YearMonth | null;
  end: YearMonth | null;
  evidence: string;
}

/**
 * A skill found in the CV. Two kinds, told apart by `category`:
 * - a skill of the taxonomy, recognised under any of its names, anywhere in the CV: its canonical `name`
 *   ("JavaScript" for "JS"), a taxonomy `id` (`javascript`) and category (`programming-language`);
 * - a skill the person listed in the skills section that the taxonomy does not know ("Wound care", "ECDIS", "川菜"):
 *   category `listed` (label "Other skills listed"), `name` as written, id `listed:<slug>` (`listed:wound-care`),
 *   evidence from the skills section only. Filter on `category !== 'listed'` to keep only recognised skills.
 */
export interface SkillMatch {
  /** The taxonomy id (`javascript`), or `listed:<slug>` for a listed skill. Stable across runs. */
  id: string;
  /** The canonical name, or for a listed skill the name as written (trimmed, level words taken off). */
  name: string;
  /**
   * How the CV's skills list writes a taxonomy skill, when in other words than `name`: an abbreviation ("SPC" for
   * Statistical process control), a more precise name ("AutoCAD Civil 3D", "Lean Six Sigma Green Belt"), a product
   * ("纷享销客CRM" for CRM systems) or another language ("渠道管理" for Channel management). Absent when the list
   * writes `name` itself, for a skill only the CV's text names, and for listed skills (their `name` is as written).
   * Show `written ?? name` to keep the person's words; group by `id`.
   */
  written?: string;
  /**
   * True when a skills list names it (a skills section, a sidebar's skills list, a "Skills: …" line); false when
   * only the rest of the CV does (a job's bullets, the summary, a project). Keep `inList` skills for what the person
   * claims, all of them for everything the CV shows.
   */
  inList: boolean;
  /** Category id (`programming-language`, or `listed`) and its label (`Programming languages`), for grouping in a UI. */
  category: string;
  categoryLabel: string;
  /** Up to three lines it was read from. */
  evidence: Evidence[];
}

export interface ScoreComponent {
  name: string;
  /** Share of the total this component can contribute; weights add up to 1. */
  weight: number;
  /** 0–1. */
  value: number;
  reasons: string[];
}

export interface Score {
  /** 0–100, the weighted sum of the components. */
  total: number;
  components: ScoreComponent[];
}

export interface SectionInfo {
  kind: SectionKind;
  heading: string;
  lines: number;
}

export interface Analysis {
  referenceDate: YearMonth;
  yearsOfExperience: number;
  contact: Contact;
  work: WorkEntry[];
  education: EducationEntry[];
  skills: SkillMatch[];
  sections: SectionInfo[];
  diagnostics: Diagnostics;
  score: Score;
}

/** JSON Resume v1.0.0, the subset we fill. Absent values are omitted, never `undefined`. */
export interface JsonResume {
  $schema: string;
  basics: {
    name?: string;
    email?: string;
    phone?: string;
    url?: string;
    location?: { address: string };
    profiles: { network: string; url: string }[];
  };
  work: { name: string; position: string; startDate?: string; endDate?: string; highlights: string[] }[];
  education: { institution: string; studyType?: string; area?: string; startDate?: string; endDate?: string }[];
  skills: { name: string; keywords: string[] }[];
}

export interface CvAnalysis {
  /** Bumped when the shape changes. */
  schemaVersion: 1;
  resume: JsonResume;
  analysis: Analysis;
}
