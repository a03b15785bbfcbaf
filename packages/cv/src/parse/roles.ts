/** Words that mark a part of an entry's header as a job title, a company or a school. */

const TITLE_EN = /\b(engineer|developer|programmer|manager|analyst|designer|intern|lead|director|consultant|scientist|architect|specialist|officer|head|vp|vice president|president|administrator|coordinator|assistant|associate|researcher|technician|sre|devops|owner|founder|co-founder|cto|ceo|cfo|accountant|auditor|editor|writer|marketer|recruiter|advisor|strategist|tester|qa|teacher|lecturer|professor|nurse|fellow|partner|principal|staff|representative|executive|supervisor|operator|planner)\b/i;
const TITLE_ZH = /(工程师|经理|总监|主管|实习生|实习|开发|设计师|分析师|架构师|专员|负责人|顾问|总裁|助理|运营|产品|研究员|组长|主任|会计|教师|讲师|科学家|技术员|测试|算法|研发|合伙人|创始人|专家|编辑|审计|出纳|文员|职员|业务员|管理员|技术支持|秘书|律师|医生|护士|店长|策划|翻译|客服|督导|培训师)/;
const COMPANY_EN = /\b(inc|ltd|llc|llp|plc|corp|corporation|company|co|gmbh|ag|sa|bv|technologies|technology|tech|labs|group|holdings|bank|systems|solutions|software|studios|partners|consulting|capital|networks|games|health|media|foundation|agency|ventures|services)\b\.?/i;
const COMPANY_ZH = /(公司|集团|科技|银行|有限|研究院|工作室|事务所|医院|中心|网络|信息|技术|软件|控股|证券|保险|传媒)/;
const SCHOOL = /(university|college|institute|school|academy|polytechnic|大学|学院|学校|研究生院|中学)/i;

/** A company name's last word ("…有限公司", "…集团", "Acme Inc."): what ends a company line in a cell. */
export const COMPANY_END = /(?:公司|集团|事务所|银行|研究院|工作室|医院|\b(?:inc|ltd|llc|llp|plc|corp|corporation|gmbh|group|holdings)\.?)$/i;

export function isTitleLike(text: string): boolean {
  return TITLE_EN.test(text) || TITLE_ZH.test(text);
}

export function isCompanyLike(text: string): boolean {
  return COMPANY_EN.test(text) || COMPANY_ZH.test(text);
}

export function isSchoolLike(text: string): boolean {
  return SCHOOL.test(text);
}

/** Column headings of a work or education table ("Dates | Company | Title", "时间 | 公司 | 职位"): not an entry. */
export const COLUMN_HEADING = /^(?:dates?|period|time|from|to|years?|start(?: date)?|end(?: date)?|company|employer|organi[sz]ation|role|title|position|job title|location|department|dept|team|division|school|institution|degree|major|时间|起止时间|起始时间|开始时间|结束时间|开始|结束|起始|截止|入职时间|离职时间|任职时间|在职时间|工作时间|日期|年份|公司|单位|公司名称|工作单位|职位|岗位|职务|任职岗位|担任职务|地点|工作地点|所在城市|部门|所在部门|任职部门|学校|院校|学历|专业)$/i;

/** The label of a description cell or row ("工作内容 | 负责……", "Responsibilities | …"). */
const DESCRIPTION_LABEL = /^(?:工作内容|工作职责|主要职责|职责|工作描述|description|responsibilities|duties)$/i;

/**
 * A table's label cell: a column heading or a description label, alone or in both languages, as bilingual
 * templates write them ("时间 Period", "Company 公司名称", "工作内容/Description").
 */
export function isLabelCell(cell: string): boolean {
  const t = cell.trim();
  const label = (s: string) => COLUMN_HEADING.test(s) || DESCRIPTION_LABEL.test(s);
  if (label(t)) return true;
  const both = /^([\u4e00-\u9fff]+)\s*[/／|]?\s*([A-Za-z][A-Za-z ]*)$/.exec(t) ?? /^([A-Za-z][A-Za-z ]*?)\s*[/／|]?\s*([\u4e00-\u9fff]+)$/.exec(t);
  return both !== null && label(both[1]!.trim()) && label(both[2]!.trim());
}

/** A line that is only a table's column headings ("Dates   Company   Role", "时间 Period   单位 Employer"), as a PDF or text table gives it. */
export function isColumnHeadings(line: string): boolean {
  const parts = headerParts(line);
  return parts.length >= 2 && parts.every(isLabelCell) && !parts.every((p) => DESCRIPTION_LABEL.test(p));
}

/** A full stop that ends an abbreviation ("Northstar Health Inc.", "Sr."), not a sentence. */
const ABBREVIATION_END = /\b(?:inc|ltd|co|corp|llc|llp|plc|gmbh|bros|jr|sr|st)\.$/i;

/** A bullet or a sentence: content, not an entry header. */
export function isContentLine(line: string): boolean {
  const t = line.trim();
  // A private-use glyph is a bullet typed in a symbol font (Word's Symbol U+F0B7, Wingdings).
  return /^[•·▪●◦■*\-–—‣>\p{Co}]/u.test(t) || /^\d+[.)、]\s/.test(t) || (/[.。;；]$/.test(t) && !ABBREVIATION_END.test(t)) || t.length > 90;
}

/** Splits an entry header into its parts: "Acme Inc | Senior Engineer", "Engineer at Acme", "阿里巴巴 · 高级工程师". */
export function headerParts(text: string): string[] {
  return text
    // "Leeds, UK", "Portland, OR": a place and its country or state code stay one part (a location, not a title).
    .replace(/(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)?), (\p{Lu}{2,3})(?![\p{L}])/gu, '$1\u0002 $2')
    .replace(/\s+(?:at|@)\s+/i, ' | ')
    // Chinese does not put spaces between words: a space between two Chinese phrases separates fields.
    .replace(/(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff（(A-Z])|(?<=[a-z])\s+(?=[\u4e00-\u9fff])/g, ' | ')
    .split(/\s{3,}|\s[|·•—–-]\s|[|·•]|,\s|，|(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])|\t|\s\/\s|（|）|\(|\)/)
    .map((p) => p.replaceAll('\u0002', ',').trim().replace(/^[,;:：\-–—|]+|[,;:：\-–—|]+$/g, '').trim())
    .filter((p) => p.length > 0 && !/^(?:remote|full[- ]time|part[- ]time|contract|全职|兼职)$/i.test(p));
}
