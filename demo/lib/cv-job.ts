import { analyze, isCvError, type CvAnalysis } from '@kiln/cv';
import { defineJob, JobFailure } from '@kiln/handlers';
import { CV_JOB } from './cv-job-settings';

/** What the result page shows: the analysis without contact details (DESIGN: pages carry none by default). */
export type CvResult = CvAnalysis;

/**
 * The demo's job: @kiln/cv's offline analysis, in a worker thread with its own time and memory limits.
 * A CV the analyser gives up on fails at once with its reason: one that cannot be read (encrypted, scanned,
 * corrupt, a decompression bomb) and also one that timed out, ran out of memory or hit an internal error, since
 * the same bytes would do the same again (`error.retryable` is false for all of them). Only a failure outside
 * the analyser (reading the stored file) is retried.
 */
export const cvJob = defineJob<CvResult>({
  ...CV_JOB,
  async run(input, ctx) {
    await ctx.progress(0.05, 'reading');
    const bytes = await input.file.bytes();
    try {
      const analysis = await analyze(
        { bytes, contentType: input.file.contentType },
        {
          signal: ctx.signal,
          // Redacted inside the analyser's worker, so no email, phone, address or link reaches the store, the
          // status JSON or the page (DESIGN: pages carry no contact details unless the app opts in).
          contactDetails: 'redact',
          redactProfiles: true,
          timeoutMs: Math.max(1000, ctx.deadline - Date.now() - 1000),
          onProgress: (fraction, stage) => void ctx.progress(0.1 + fraction * 0.85, stage),
        },
      );
      ctx.log.info('analysed', { skills: analysis.analysis.skills.length, score: analysis.analysis.score.total });
      return analysis;
    } catch (error) {
      if (isCvError(error)) throw new JobFailure(error.code, error.message, { retryable: error.retryable, cause: error });
      throw error;
    }
  },
});
