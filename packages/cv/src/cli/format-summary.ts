import type { CvAnalysis } from '../types';

/** A readable plain-text summary of an analysis, for the terminal. */
export function formatSummary(result: CvAnalysis): string {
  const a = result.analysis;
  const out: string[] = [];
  const contact = [a.contact.emails[0], a.contact.phones[0], ...a.contact.links.slice(0, 2)].filter(Boolean).join(' · ');
  out.push(`${a.contact.name ?? '(name not found)'}${contact ? `  ${contact}` : ''}`);
  out.push('', `Score ${a.score.total}/100`);
  for (const c of a.score.components) out.push(`  ${c.name.padEnd(11)} ${c.value.toFixed(2)} × ${c.weight.toFixed(2)}  ${c.reasons.join('; ')}`);
  out.push('', `Experience: ${a.yearsOfExperience} years (at ${a.referenceDate})`);
  for (const w of a.work) out.push(`  ${(w.start ?? '?').padEnd(7)} – ${(w.current ? 'present' : w.end ?? '?').padEnd(7)}  ${[w.title, w.company].filter(Boolean).join(', ')}`);
  if (a.education.length > 0) {
    out.push('', 'Education:');
    for (const e of a.education) out.push(`  ${e.institution}${e.level ? ` (${e.level}${e.field ? `, ${e.field}` : ''})` : ''}${e.end ? ` ${e.end}` : ''}`);
  }
  out.push('', `Skills (${a.skills.length}):`);
  // Grouped by the label each skill carries: a category outside the taxonomy ('listed') has its own.
  const byCategory = new Map<string, string[]>();
  // As the list writes it beside the canonical name ("Statistical process control (SPC)"); "*" for a skill only
  // the text names (a job's bullets, the summary).
  for (const s of a.skills) byCategory.set(s.categoryLabel, [...(byCategory.get(s.categoryLabel) ?? []), `${s.name}${s.written ? ` (${s.written})` : ''}${s.inList ? '' : '*'}`]);
  for (const [label, names] of byCategory) out.push(`  ${label}: ${names.join(', ')}`);
  if (a.skills.some((s) => !s.inList)) out.push('  * named in the text, not in a skills list');
  const d = a.diagnostics;
  out.push(
    '',
    `Diagnostics: ${d.format}, ${d.pages} page${d.pages === 1 ? '' : 's'}, text layer ${d.hasTextLayer ? 'yes' : 'no'}, ${d.columns} column${d.columns === 1 ? '' : 's'}, languages ${d.languages.join('+') || 'unknown'}, unreadable ${(d.unreadableShare * 100).toFixed(1)} %`,
  );
  for (const w of d.warnings) out.push(`  warning: ${w}`);
  return out.join('\n');
}
