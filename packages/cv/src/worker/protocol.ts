import type { CvErrorJson } from '../errors';
import type { AnalyzeStage } from '../options';
import type { CvAnalysis } from '../types';

/** Given once, at start-up. */
export interface WorkerStart {
  /** URL of the real entry, read by the source bootstrap. */
  entry: string;
}

/** One analysis; the bytes are transferred, not copied. */
export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  referenceDate: string;
  maxBytes: number;
  maxPages: number;
  contactDetails: 'redact' | 'keep';
  redactProfiles: boolean;
}

export type WorkerMessage =
  | { id: number; type: 'progress'; fraction: number; stage: AnalyzeStage }
  | { id: number; type: 'result'; result: CvAnalysis }
  /** `detail` is the raw cause's text, for the host's log only: it becomes the rebuilt error's `cause`. */
  | { id: number; type: 'error'; error: CvErrorJson; detail?: string };
