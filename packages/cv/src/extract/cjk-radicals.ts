/**
 * Characters a PDF's text layer gives as CJK radicals. A CJK font (Noto Sans CJK, Source Han) draws some characters with
 * the same glyph as a radical, and a PDF printer (Chromium's) may map the glyph back to the radical: "⻩振雄" for
 * 黄振雄, "⻓" for 长, "⺠" for 民. NFKC folds the Kangxi radicals (U+2F00–U+2FD5: "⼈" → 人) but not the CJK Radicals
 * Supplement (U+2E80–U+2EF3), whose forms that stand for a whole character are folded here to that character (Unicode's
 * EquivalentUnifiedIdeograph.txt); forms that are only a component of other characters are left alone.
 */
const SUPPLEMENT_TO_IDEOGRAPH: Record<string, string> = {
  '⺁': '厂', '⺌': '小', '⺒': '巳', '⺓': '幺', '⺗': '心', '⺜': '日', '⺝': '月', '⺟': '母', '⺠': '民', '⺩': '王', '⺬': '示',
  '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻑': '長', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页',
  '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄',
  '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

const SUPPLEMENT = /[\u2E80-\u2EF3]/g;
const KANGXI = /[\u2F00-\u2FD5]/g;

/**
 * A text with the CJK Radicals Supplement's whole-character forms written as the characters they stand for, and the
 * Kangxi radicals folded as NFKC folds them (the contact lines are read before any NFKC: "⼿提：6187 4432" is 手提, a
 * mobile's label).
 * @example unifyRadicals('⻩振雄 · ⽤户增⻓') // '黄振雄 · 用户增长'
 */
export function unifyRadicals(text: string): string {
  return text.replace(SUPPLEMENT, (c) => SUPPLEMENT_TO_IDEOGRAPH[c] ?? c).replace(KANGXI, (c) => c.normalize('NFKC'));
}
