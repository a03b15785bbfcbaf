/**
 * A conversation kept as text instead of a CV: a screening call's transcript (Otter's "Janet Ostrowski  1:14" over the
 * words, 讯飞听见's "说话人2  00:01:17", "[00:01:12] Name: …", "INTERVIEWER (00:03): …", a WEBVTT file's "<v Name>…</v>", an
 * SRT file's cues), or a chat exported from a messenger ("22/11/2026, 09:17 - Name: …", "[21/11/2026, 09:34:58] Name:
 * …"), with a CV pasted into it or without. The candidate is one of the speakers; the others' words name the
 * recruiter, the agency and the recruiter's own number, which are not the candidate's.
 *
 * Such a text is read again as the candidate's CV: the candidate's name first (the speaker's label when it is a
 * name, else the name they give: "My name is …", "我叫…", "我是…"), then every turn without its label and time — the
 * candidate's whole (their answer to a question for their skills under "Skills"), the others' without the sentences
 * that give their own number or address ("Mine is +44 7700 900850", "我这边座机是…"), so that what they read back of
 * the candidate's stays ("Is (312) 555-0182 still the best number?").
 */
import { findDateRange } from '../parse/dates';
import { headingKind } from '../parse/sections';

interface Turn {
  speaker: string;
  lines: string[];
}

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/**
 * A speaker's label and the time alone on a line, the words below: "Janet Ostrowski  1:14", "说话人2  00:01:17", "Speaker 2
 * 0:18", a messenger's "Talia Brennick, [21.11.2026 09:36]", "Ignatius Kettering  9:19 AM".
 */
const LABEL_THEN_TIME = new RegExp(`^(\\S[^:：\\[\\]]{0,38}?)(?:\\s{2,}|\\s*,\\s*|\\s+(?=\\[))\\[?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4},?\\s+)?${TIME}(?:\\s*[AP]M)?\\]?\\s*$`, 'iu');
/** The time, then the label and the words: "[00:01:12] Thea Threlfall: …", "(00:03) Name: …". */
const TIME_THEN_LABEL = new RegExp(`^[\\[(]${TIME}[\\])]\\s*([^:：\\[\\]()]{1,40}?)\\s*[:：]\\s*(.*)$`, 'u');
/** The label, the time in brackets, the words: "INTERVIEWER (00:03): …", "Name [1:14]: …". */
const LABEL_THEN_BRACKETED_TIME = new RegExp(`^([^:：\\[\\]()]{1,40}?)\\s*[\\[(]${TIME}[\\])]\\s*[:：]\\s*(.*)$`, 'u');
/** A WEBVTT voice: "<v Priya Castellane>Hi, …</v>". */
const VOICE = /^<v(?:\.[\w.-]+)?\s+([^>]{1,40})>(.*?)(?:<\/v>)?\s*$/u;
/** A subtitle cue's timing line ("00:00:03,000 --> 00:00:07,000"): its text, "Name: …", follows. */
const CUE = new RegExp(`^${TIME}\\s*-->\\s*${TIME}`);
/** A chat export's line: "22/11/2026, 09:17 - Name: …", "[21/11/2026, 09:34:58] Name: …", "2026-11-21 09:34 Name: …". */
const CHAT_LINE = new RegExp(`^\\[?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}),?\\s+${TIME}(?:\\s*[AP]M)?\\]?\\s*(?:[-–]\\s*)?([^:：]{1,40}?)\\s*[:：]\\s*(.*)$`, 'iu');

/** Labels of the interviewing side. */
const INTERVIEWER = /\b(?:recruiter|interviewer|hr|hiring|talent|sourcer|headhunter|consultant|host|moderator)\b|面试官|面試官|招聘|人事|人力|猎头|獵頭/i;
/** Labels of the candidate. */
const CANDIDATE = /\b(?:candidate|applicant|interviewee|jobseeker)\b|候选人|候選人|求职者|求職者|应聘者|應聘者/i;
/** A label that names nobody: "Speaker 2", "说话人1", "Participant 3". */
const NUMBERED = /^(?:speaker|participant|guest|user|发言人|發言人|说话人|說話人)\s*\d+$/i;

/**
 * The turns of a transcript or chat, or null when the text is none. A conversation is told from a CV that only holds
 * times (race results "London Marathon 2023  3:12:45", a rota "Monday  08:00", a conference's programme "[09:30] PyData
 * London: …", a chat quoted in a job's duties) by its shape: it opens the text under a short head of no jobs, it is
 * turns to its end (a transcript's words run to a blank line, a messenger's message to the next), nearly every turn
 * says something, and at least two speakers each speak twice.
 */
function turnsOf(lines: string[]): { turns: Turn[]; first: number } | null {
  const turns: Turn[] = [];
  let first = -1;
  let inTurns = 0;
  let cue = false;
  let open = false;
  // (A messenger's message runs to the next one, blank lines and all: a CV pasted into a chat is one message. A
  // transcript's words under their label, or a cue's, run to a blank line.)
  let toBlank = false;
  const start = (speaker: string, text: string, i: number, block = false) => {
    turns.push({ speaker: speaker.trim(), lines: text.trim() === '' ? [] : [text.trim()] });
    if (first < 0) first = i;
    inTurns++;
    open = true;
    toBlank = block;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      cue = false;
      if (toBlank && turns.at(-1)?.lines.length) open = false;
      return;
    }
    const voice = VOICE.exec(line);
    if (voice) return start(voice[1]!, voice[2]!, i, true);
    const m = TIME_THEN_LABEL.exec(line) ?? LABEL_THEN_BRACKETED_TIME.exec(line) ?? CHAT_LINE.exec(line);
    if (m) return start(m[1]!, m[2]!, i);
    const label = LABEL_THEN_TIME.exec(line);
    if (label) return start(label[1]!, '', i, true);
    if (CUE.test(line)) {
      cue = true;
      inTurns++;
      return;
    }
    if (cue) {
      // A cue's text: "Lucan: Hi, …", or words without a label (the speaker of the cue before goes on).
      const said = /^([^:：]{1,40}?)\s*[:：]\s*(.+)$/u.exec(line);
      cue = false;
      if (said && said[1]!.split(/\s+/).length <= 4) return start(said[1]!, said[2]!, i, true);
      open = turns.length > 0;
      toBlank = true;
    }
    // An SRT cue's number.
    if (/^\d{1,5}$/.test(line) && CUE.test(lines[i + 1]?.trim() ?? '')) {
      inTurns++;
      return;
    }
    if (open) {
      turns.at(-1)!.lines.push(line);
      inTurns++;
    }
  });
  if (turns.length < 4) return null;
  const filled = lines.filter((l) => l.trim() !== '');
  const firstAt = lines.slice(0, first).filter((l) => l.trim() !== '').length;
  const after = filled.length - firstAt;
  const bySpeaker = new Map<string, number>();
  for (const t of turns) bySpeaker.set(t.speaker.toLowerCase(), (bySpeaker.get(t.speaker.toLowerCase()) ?? 0) + 1);
  const labelled = [...bySpeaker.keys()].every((s) => NUMBERED.test(s) || (!/\d/.test(s) && s.split(/\s+/).length <= 4));
  const conversation =
    bySpeaker.size >= 2 &&
    bySpeaker.size <= 6 &&
    [...bySpeaker.values()].filter((n) => n >= 2).length >= 2 &&
    turns.filter((t) => t.lines.length > 0).length >= turns.length * 0.75 &&
    labelled &&
    // (Under a short head, a title and a date, of no jobs: a CV's own jobs above turns make the turns a part of a CV.)
    firstAt <= 8 &&
    !filled.slice(0, firstAt).some((l) => findDateRange(l) !== null) &&
    inTurns >= after * 0.8;
  return conversation ? { turns, first } : null;
}

const YEAR = /(?:19|20)\d{2}/g;
/** How much a turn says, in characters (Chinese has no word spaces). */
const saidLength = (turn: Turn) => turn.lines.join(' ').length;

/** The candidate's label: so named, else the one speaker not of the interviewing side who tells the most dates. */
function candidateOf(turns: Turn[], header: string[]): string | null {
  const speakers = [...new Set(turns.map((t) => t.speaker))];
  const named = speakers.find((s) => CANDIDATE.test(s));
  if (named) return named;
  // "Participants: Thea Threlfall (Recruiter), Fletcher Moravec (Candidate)".
  for (const line of header) {
    const m = /([^,:：;()]{2,40}?)\s*[(（]\s*(?:candidate|applicant|interviewee|候选人|候選人|求职者|应聘者)\s*[)）]/iu.exec(line);
    const speaker = m && speakers.find((s) => s.toLowerCase() === m[1]!.trim().toLowerCase());
    if (speaker) return speaker;
  }
  const score = (s: string) => {
    const own = turns.filter((t) => t.speaker === s);
    return { dates: own.reduce((n, t) => n + (t.lines.join(' ').match(YEAR)?.length ?? 0), 0), said: own.reduce((n, t) => n + saidLength(t), 0) };
  };
  const ranked = speakers
    .filter((s) => !INTERVIEWER.test(s))
    .map((s) => ({ s, ...score(s) }))
    .sort((a, b) => b.dates - a.dates || b.said - a.said);
  return ranked[0]?.s ?? null;
}

/** A label that is a person's name: two to four capitalised words, or two to four Chinese characters. */
const isPersonName = (label: string) =>
  !NUMBERED.test(label) && !INTERVIEWER.test(label) && !CANDIDATE.test(label) && (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u.test(label) || /^[\u4e00-\u9fff]{2,4}$/u.test(label));

/** The name the candidate gives: "My name is Noor Treadwell.", "我叫林雪晴", "对，我是林雪晴。" */
function introducedName(text: string): string | null {
  const en = /\b[Mm]y (?:full )?name is\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/u.exec(text);
  if (en) return en[1]!;
  const zh = /(?:我叫|我的名字是|我是|本人)\s*([\u4e00-\u9fff]{2,4})(?=[，,。.！!？?\s]|$)/u.exec(text);
  return zh ? zh[1]! : null;
}

/**
 * A sentence in which the interviewing side gives its own number or address: "Mine is +44 7700 900850", "reach me on
 * +1 512-555-0157", "my direct line is …", "Michelle here from Orchid Talent (03-2201 8890)", "我这边座机是020-3888 6100".
 * (Not one that reads the candidate's back: "I'll send the details to janet.ostrowski@ostroarch.net".)
 */
const ITS_OWN_CONTACT = /(?:\b(?:my|mine|me|our|us|here from|this is)\b|我这边|我這邊|我的|我们|我們|本人)[^.?!。？！]{0,40}?(?:\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)/iu;

/** A question for the candidate's skills: "what would you list as your core skills?", "您主要的专业技能有哪些？". */
const SKILLS_ASKED = /\b(?:skills?|strengths|tools|tech(?:nology)? stack)\b[^.?!]*\?|(?:技能|专长|專長|特长|特長|擅长|擅長|技术栈)[^。？]*？/iu;

/** A list said aloud, as a list: "I'd say Revit, Rhino and LEED Documentation." → "Revit, Rhino, LEED Documentation". */
function spokenList(line: string): string {
  return line
    .replace(/^(?:(?:well|so|sure|yes|ok(?:ay)?)[,.!]?\s+)?(?:I(?:'d| would) say|mainly|mostly|probably|mostly|主要是|主要有|我会说)\s*[,:：]?\s*/iu, '')
    .replace(/\s*(?:这些|等等|之类的)?[.。!！]?\s*$/u, '')
    .replace(/,?\s+and\s+(?=[^,]+$)/u, ', ');
}

/**
 * The lines of a transcript or chat read as the candidate's CV (see the module's comment); the lines unchanged when
 * the text is none.
 */
export function fromTranscript(lines: string[]): string[] {
  const found = turnsOf(lines);
  if (found === null) return lines;
  const { turns, first } = found;
  const header = lines.slice(0, first);
  const candidate = candidateOf(turns, header);
  if (candidate === null) return lines;
  const own = turns.filter((t) => t.speaker === candidate);
  const name = isPersonName(candidate) ? candidate : own.map((t) => introducedName(t.lines.join(' '))).find((n) => n !== null) ?? null;
  const out: string[] = name ? [name] : [];
  // Jobs listed a line each, as a chat sends them ("Lab Manager @ Brightwater Labs (Mar 2019 - May 2024)"), not told in
  // sentences: they are the CV's work section, and get its heading.
  const listed = own.flatMap((t) => t.lines).filter((line) => findDateRange(line) !== null);
  // (Not where they pasted a CV with its own headings.)
  const headed = own.some((t) => t.lines.some((line) => headingKind(line) !== null));
  const heading = !headed && listed.length >= 2 && listed.every((line) => line.length <= 90 && !/\bI\b|我/u.test(line));
  let askedSkills = false;
  // (The jobs so listed go last, under their heading: what the candidate says after them, their number, is no job's.)
  const jobs: string[] = [];
  for (const turn of turns) {
    if (turn.speaker === candidate) {
      // The answer to "what would you list as your core skills?" is the CV's skills section.
      if (askedSkills && turn.lines.length > 0) {
        out.push('Skills', ...turn.lines.map(spokenList));
        askedSkills = false;
        continue;
      }
      for (const line of turn.lines) {
        // (Without the words that tie a spoken line to the one before: "before that Greyfield Logistics Ltd Sep 2023 to …".)
        const said = line.replace(/^(?:and\s+)?(?:before that|prior to that|after that|previously|earlier|then)\b[,:]?\s*/i, '');
        (heading && findDateRange(line) !== null ? jobs : out).push(said);
      }
      continue;
    }
    askedSkills = SKILLS_ASKED.test(turn.lines.join(' '));
    const kept = turn.lines
      .flatMap((line) => line.split(/(?<=[.!?])\s+|(?<=[。！？])/u))
      .filter((sentence) => sentence.trim() !== '' && !ITS_OWN_CONTACT.test(sentence));
    if (kept.length > 0) out.push(kept.join(' '));
  }
  return jobs.length > 0 ? [...out, 'Experience', ...jobs] : out;
}

/** A text read again as the candidate's CV when it is a transcript or a chat (see `fromTranscript`); else as it was. Its blank lines end turns. */
export function fromTranscriptText(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const read = fromTranscript(lines);
  return read === lines ? text : read.join('\n');
}
