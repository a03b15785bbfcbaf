import type { YearMonth } from '../types';
import { MONTH_NAME_EN, monthOf, parseDate } from './dates';
import { HAN } from './normalize';
import { isCompanyLike, isSchoolLike, isTitleLike, orgThenPost } from './roles';
import type { LocatedWorkEntry } from './work';

/**
 * A career told in sentences, as a cover letter sent instead of a CV, a speaker's profile or a "Who I am" page tells
 * it: "From June 2018 to August 2021 I worked at Tŷ Llanwern Housing Association as Performance Analyst.", "In
 * December 2016 I was promoted to Data Analyst, a post I held until May 2018", "Since September 2021 I have been
 * Senior Data Analyst at Gorsedd Analytics", "2017年3月至2020年8月，在四川天府源食品股份有限公司担任总账会计",
 * "2020年9月晋升为财务主管，至2023年5月", "2023年6月至今，任成都西岭新能源科技有限公司财务经理".
 *
 * Read only where no dated entry is found: a sentence is a job when the writer says they were employed ("I worked",
 * "I joined", "I have been"; a Chinese profile's sentences have no subject), gives a start (and an end, or "since" /
 * 至今), a title ("as …", "promoted to …", "have been …", 担任, 任, 晋升为) and an employer ("at …", 在… a company), or a
 * promotion's title, whose employer is the job's before it. The post applied for, a relative's or a referee's job,
 * study, societies, contests and prizes are passed over (round 21's review found each read as a job).
 */
export function proseCareer(lines: string[]): LocatedWorkEntry[] {
  const { text, lineAt } = joinedProse(lines);
  const out: LocatedWorkEntry[] = [];
  for (const { sentence, at } of sentencesOf(text)) {
    const job = HAN.test(sentence) ? chineseJob(sentence) : englishJob(sentence);
    if (!job) continue;
    const company = job.company ?? (job.promoted ? (out.at(-1)?.company ?? null) : null);
    if (!company || !job.title || company === job.title) continue;
    const line = lineAt(at);
    out.push({ company, title: job.title, start: job.start, end: job.end, current: job.current, highlights: [], evidence: sentence.slice(0, 200), firstLine: line, lastLine: line });
  }
  return out;
}

interface ProseJob {
  company: string | null;
  title: string | null;
  promoted: boolean;
  start: YearMonth;
  end: YearMonth | null;
  current: boolean;
}

/**
 * The lines as one text, a wrapped sentence joined again: with a space between Latin words, with none inside a
 * Chinese sentence or a date a line cut ("2014年7" over "月至2016年12月").
 */
function joinedProse(lines: string[]): { text: string; lineAt: (offset: number) => number } {
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let last = '';
  lines.forEach((line, i) => {
    const t = line.trim();
    const tight = /[\u4e00-\u9fff\d]/.test(last) && /^[\u4e00-\u9fff\d]/.test(t) && (HAN.test(last) || HAN.test(t.charAt(0)));
    const gap = length === 0 || tight ? '' : ' ';
    parts.push(gap, t);
    length += gap.length;
    starts[i] = length;
    length += t.length;
    if (t !== '') last = t.slice(-1);
  });
  const text = parts.join('');
  // (By halves: a long text has many sentences.)
  const lineAt = (offset: number) => {
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { text, lineAt };
}

/**
 * Words whose full stop ends no sentence ("Dr. Otieno", "Acme Co. Ltd"). (A legal form's may: "… at Hafren Insight
 * Ltd. In December 2016 I was promoted …".)
 */
const NO_END = /\b(?:Co|St|Dr|Mr|Ms|Mrs|Prof|Jr|Sr|No|ref|e\.g|i\.e|etc)$/i;

function sentencesOf(text: string): { sentence: string; at: number }[] {
  const out: { sentence: string; at: number }[] = [];
  let from = 0;
  // (A sentence is where its first word is, not the space before it, which a joined text has on the line above.)
  const lead = (t: string) => t.length - t.trimStart().length;
  for (const m of text.matchAll(/[.;!?](?=\s+[\p{Lu}\d])|[。；;！？]/gu)) {
    if (m[0] === '.' && NO_END.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ sentence: text.slice(from, m.index + 1).trim(), at: from + lead(text.slice(from, m.index + 1)) });
    from = m.index + 1;
  }
  out.push({ sentence: text.slice(from).trim(), at: from + lead(text.slice(from)) });
  return out.filter((s) => s.sentence.length >= 8 && s.sentence.length <= 600);
}

const EN_DATE = new RegExp(`\\b(?:(${MONTH_NAME_EN})\\.?\\s+)?((?:19|20)\\d{2})(?!\\d)`, 'gi');
/** The words a title ends before. */
const AFTER_TITLE = '(?=\\s*(?:[,.;:()–—]|\\s(?:at|in|with|for|where|and|until|till|from|since|on|on a|between|to|a post|which|who|when|while|during|after|before|through)\\b|$))';
const TITLE_AFTER = [
  new RegExp(`\\bpromoted to (?:the (?:post|role|position) of )?(?:an? )?(\\p{Lu}[^,.;:()]{0,80}?)${AFTER_TITLE}`, 'u'),
  new RegExp(`\\b(?:(?<!such )as|have been|has been|had been|became|(?<!who |which |that )was|(?<=\\bI )am|(?<=\\bI)['’]m) (?:an? |the )?(\\p{Lu}[^,.;:()]{0,80}?)${AFTER_TITLE}`, 'u'),
  // (A title in small letters after "as a": "I spent 2014 to 2017 at Azurine Telecom as a mechanical engineer".)
  new RegExp(`\\bas an? (\\p{Ll}[\\p{Ll} -]{2,60}?)${AFTER_TITLE}`, 'u'),
];
/** An employer's name after "at", "joined" (also "with" or "for", when it names a company by its words). */
const NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}&'’.-]*|of|and|&|for|de|du|la|von|van|der|für|del|della|di|da|do|des|et|y))*";
const AT = new RegExp(`\\b(?:at|joined)\\s+(${NAME})`, 'gu');
/** A time, not an employer, after "at": "I worked at Christmas as a Postal Temp for Royal Mail". */
const NOT_AN_EMPLOYER = /^(?:Christmas|Easter|Weekends?|Night|Home|Summer|Winter|Spring|Autumn|Fall|Term|Present|Times?)$/i;
const WITH = new RegExp(`\\b(?:with|for)\\s+(${NAME})`, 'u');
/** A month's name alone ("at September" is no employer, "as May" no title). */
const monthAlone = (text: string) => monthOf(text.trim().toLowerCase()) !== undefined;

/** The writer employed: "I worked", "I have also worked", "I joined", "I was promoted", "I have been", "I began my career". */
// (Spoken too, as a call's transcript has it: "Right now I am an Associate at …", "Then I was an Architect at …",
// "I'm currently with …". And as a post tells it: "My first job was …", "Then I went out on my own as …", "Alongside
// that I took on a part-time role as …", "Next came a stint as …".)
const WRITER_EMPLOYED = /\bI(?:'ve|’ve| have| had)?(?:\s+(?:also|then|since|later|first|initially|subsequently))?\s+(?:worked|joined|began|started|was promoted|was employed|was hired|was appointed|held|served|spent|been)\b|\bI(?: am|'m|’m| was)(?:\s+(?:currently|now|then|later|also|first))?\s+(?:an? |the |with |at )|\bI was (?:then |later |subsequently |soon )?promoted\b|\b[Mm]y (?:first|next|last|latest|current|second|third) (?:job|role|post|position) (?:was|is)\b|\bI(?:\s+(?:then|later|also|first|next))?\s+(?:went|took on|stayed on|moved|switched|returned)\b|\b(?:[Nn]ext|[Tt]hen|[Aa]fter that) came (?:a|an|my)\b/;
/**
 * Sentences of no job of the writer's: the post applied for ("seeking a position as …", "would love to join … as"),
 * someone else's ("my father was …", "who was my Line Manager at …", a reference's "I have known Helen since 2017, when
 * I joined …"), study ("graduated", "my MSc").
 */
// ("After graduating I spent 2014 to 2017 at …" tells a job after study: no sentence of study.)
const NOT_A_JOB = /\b(?:seeking|apply|applying|application|would|hope|hoping|looking for|interested in|vacancy|recommend\w*|I have known|spare time|uncle|aunt|cousin|son|daughter|colleague|friend|(?<!\b(?:after|since|on|upon) )graduat\w*|degree|BSc|MSc|MBA|PhD|doctoral|Erasmus|scholarship|stud(?:y|ied|ying))\b|\bmy (?:father|mother|husband|wife|partner|brother|sister|parents|manager|line manager|supervisor|referee|professor|tutor)\b/i;
/** Roles that are no paid post: a student's, a society's, a prize's, a speaker's. */
const NOT_A_POST = /\b(?:student|scholar|candidate|speaker|president of|captain|runner-up|nominee|finalist|winner|member|alternate|volunteer|graduate|mentor|treasurer|trustee|governors?|pupil|holder|resident|chorister|shareholder|landlord|helper|reserve|learner|patient|cub|scout|coach|chair)\b/i;

function englishJob(sentence: string): ProseJob | null {
  if (!WRITER_EMPLOYED.test(sentence) || NOT_A_JOB.test(sentence)) return null;
  const dates = [...sentence.matchAll(EN_DATE)].map((m) => ({ ym: parseDate(m[1] ? `${m[1]} ${m[2]}` : m[2]!), index: m.index }));
  if (dates.length === 0 || dates.some((d) => d.ym === null)) return null;
  const since = /\bsince\s*$/i.test(sentence.slice(0, dates[0]!.index));
  const current = since || /\b(?:to date|to the present|until (?:the )?present|until now|till now|to this day|ever since|since then)\b|[-–—]\s*present\b/i.test(sentence);
  if (dates.length === 1 && !current) return null;
  // (An end before its start is a sentence of two things: "In 2019 I moved to London, having qualified in 2016".)
  if (dates.length >= 2 && dates[1]!.ym! < dates[0]!.ym!) return null;
  let title: string | null = null;
  let promoted = false;
  for (const [k, pattern] of TITLE_AFTER.entries()) {
    const m = pattern.exec(sentence);
    if (m && !monthAlone(m[1]!) && !/^(?:I|We|My)$/.test(m[1]!.trim())) {
      [title, promoted] = [m[1]!.trim(), k === 0];
      break;
    }
  }
  // (A post's name, not a role in a club or a school: "Mentor", "Treasurer", "Year 7 pupil".)
  if (!title || title.split(/\s+/).length > 8 || NOT_A_POST.test(title) || !isTitleLike(title)) return null;
  const named = (m: RegExpExecArray | RegExpMatchArray | null) => m?.[1]?.replace(/^the\s+/i, '').replace(/\s+(?:of|and|&|for|de|du|la|von|van|der)$/i, '').replace(/(?<!\b(?:Ltd|Inc|Co|Corp|Bros|St))\.$/, '').trim() ?? null;
  let company = [...sentence.matchAll(AT)].map((m) => named(m)).find((c) => c && !monthAlone(c) && !NOT_AN_EMPLOYER.test(c) && c !== title) ?? null;
  if (!company) {
    const withMatch = WITH.exec(sentence);
    const other = named(withMatch);
    // (A name with no company word is the employer too when the title follows it: "I have been with Yarrow Biotech as
    // Account Manager".)
    const asFollows = withMatch !== null && /^\s+as\b/.test(sentence.slice(withMatch.index + withMatch[0].length));
    company = other && (isCompanyLike(other) || asFollows) ? other : null;
  }
  return { company, title, promoted, start: dates[0]!.ym!, end: dates.length >= 2 ? dates[1]!.ym! : null, current: dates.length === 1 };
}

/** An employer's name to its last word of kind, and the post after it: "哈尔滨松北跨境电商产业园有限公司" + "运营总监". */
const ORG_THEN_TITLE = /^(.{2,48}(?:公司|集團|集团|事務所|事务所|研究院|醫院|医院|銀行|银行|中心|工作室|協會|协会))([\u4e00-\u9fffA-Za-z]{2,12})$/u;

const ZH_DATE = /((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月)?/g;

/** Sentences of no job of the writer's: a relative's, study, contests and societies, a trade rather than an employer. */
const NOT_A_JOB_ZH = /父亲|父親|母亲|母親|父母|丈夫|妻子|爱人|愛人|哥哥|姐姐|弟弟|妹妹|叔叔|舅舅|伯伯|姑姑|阿姨|儿子|兒子|女儿|女兒|配偶|同事|朋友|就读|就讀|读研|讀研|攻读|攻讀|在读|在讀|读书|讀書|学习|學習|竞赛|競賽|比赛|比賽|社团|社團|学生会|學生會|系学会|系學會|行业|行業/;
const NOT_A_POST_ZH = /学生|學生|会长|會長|主席|助教|队长|隊長|班长|班長|委员|委員|志愿|志願|股东|股東|客户|客戶|会员|會員/;

function chineseJob(sentence: string): ProseJob | null {
  if (NOT_A_JOB_ZH.test(sentence)) return null;
  const dates = [...sentence.matchAll(ZH_DATE)].map((m) => parseDate(m[2] ? `${m[1]}年${m[2]}月` : m[1]!));
  if (dates.length === 0 || dates.some((d) => d === null)) return null;
  const current = /至今|迄今|现在|現在|目前/.test(sentence);
  if (dates.length === 1 && !current) return null;
  if (dates.length >= 2 && dates[1]! < dates[0]!) return null;
  // What is left once the dates are out: "，在成都蓉锦会计师事务所担任审计助理", "晋升为财务主管，", "，任成都…公司财务经理".
  const rest = sentence.replace(ZH_DATE, ' ').replace(/[至到起]今?|迄今|现在|現在|目前/g, ' ');
  const clause = (re: RegExp) => re.exec(rest)?.slice(1).map((s) => s.trim()) ?? null;
  const promotedTo = clause(/(?:晋升|晉升|升任|提拔)为?\s*([\u4e00-\u9fffA-Za-z]{2,16})/);
  if (promotedTo) return { company: null, title: promotedTo[0]!, promoted: true, start: dates[0]!, end: dates[1] ?? null, current: dates.length === 1 };
  // (In Traditional characters too: "任職於晴川文創股份有限公司，擔任行銷專員".)
  const atAs = clause(/(?:在|任职于|任職於|就职于|就職於|服务于|服務於|加入)\s*([^，,；;。\s]{2,40}?)\s*[，,]?\s*(?:担任|擔任|任职|任職|任|做|从事|從事)\s*([\u4e00-\u9fffA-Za-z]{2,16})/);
  let company = atAs?.[0] ?? null;
  let title = atAs?.[1] ?? null;
  if (!atAs) {
    const post = clause(/(?:^|[，,\s])(?:任|担任|擔任)\s*([^，,；;。\s]{4,60})/);
    const split = post ? (orgThenPost(post[0]!) ?? ORG_THEN_TITLE.exec(post[0]!)?.slice(1) ?? null) : null;
    if (split) [company, title] = [split[0] ?? null, split[1] ?? null];
  }
  if (!company || !title || !isCompanyLike(company) || isSchoolLike(company) || NOT_A_POST_ZH.test(title) || !(isTitleLike(title) || title.length <= 8)) return null;
  return { company, title, promoted: false, start: dates[0]!, end: dates[1] ?? null, current: dates.length === 1 };
}
