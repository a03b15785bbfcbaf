/**
 * @kiln/cv: an offline CV analyser. PDF, DOCX and plain text, English and Chinese, to a JSON Resume document
 * plus skills with evidence, years of experience, diagnostics and an explainable score.
 */
export { analyze, type AnalyzeWorkerOptions } from './analyze';
export { analyzeInProcess } from './analyze-in-process';
export { closeIdleWorkers } from './worker/pool';
export { CvError, isCvError, type CvErrorCode, type CvErrorJson } from './errors';
export type { AnalyzeInput, AnalyzeOptions, AnalyzeStage } from './options';
export { redactContact, type RedactOptions } from './resume/redact';
export { taxonomy, type Taxonomy, type TaxonomySkill } from './skills/taxonomy';
export type * from './types';
