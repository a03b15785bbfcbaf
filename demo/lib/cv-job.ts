import { defineJob, JobFailure } from '@kiln/handlers';

/** What the interim analysis returns (the full analyser, @kiln/cv, replaces it). */
export interface CvResult {
  kind: 'pdf' | 'docx' | 'txt';
  bytes: number;
  words: number;
  lines: number;
  topWords: { word: string; count: number }[];
  emails: string[];
}

/** A simple text analysis so the loop is complete end to end. */
export const cvJob = defineJob<CvResult>({
  name: 'cv-analysis',
  timeoutSeconds: 45,
  async run(input, ctx) {
    await ctx.progress(0.1, 'reading');
    const bytes = await input.file.bytes();
    const kind = input.file.contentType === 'application/pdf' ? 'pdf' : input.file.contentType === 'text/plain' ? 'txt' : 'docx';
    const text = kind === 'txt' ? new TextDecoder().decode(bytes) : printableText(bytes);
    if (ctx.signal.aborted) throw new JobFailure('timeout', 'The analysis ran out of time.', { retryable: true });
    await ctx.progress(0.6, 'analysing');
    const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'+#.-]*/gu) ?? [];
    const counts = new Map<string, number>();
    for (const word of words) if (word.length > 3) counts.set(word, (counts.get(word) ?? 0) + 1);
    const topWords = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([word, count]) => ({ word, count }));
    ctx.log.info('analysed', { words: words.length });
    return {
      kind,
      bytes: bytes.byteLength,
      words: words.length,
      lines: text.split('\n').length,
      topWords,
      emails: [...new Set(text.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? [])].slice(0, 3),
    };
  },
});

/** Runs of printable ASCII in a binary file: crude, but enough until the real analyser lands. */
function printableText(bytes: Uint8Array): string {
  return (new TextDecoder('latin1').decode(bytes).match(/[\x20-\x7e]{4,}/g) ?? []).join('\n');
}
