/**
 * kiln-cv <file> [--json] [--redact] [--reference-date YYYY-MM-DD] [--in-process]
 * Prints a readable summary of the analysis, or the full JSON with --json. Exit codes: 0 ok, 1 usage,
 * 2 the file could not be analysed (the reason is printed).
 * Unlike `analyze()`, the CLI shows contact details by default: it reads a file on your own machine and prints
 * to your own terminal. `--redact` shows what a result page shows (no email, phone, address or link).
 */
import { readFile } from 'node:fs/promises';
import { analyze } from '../analyze';
import { analyzeInProcess } from '../analyze-in-process';
import { isCvError } from '../errors';
import { formatSummary } from './format-summary';

const USAGE = [
  'usage: kiln-cv <file> [--json] [--redact] [--reference-date YYYY-MM-DD] [--in-process] [--timeout-ms N]',
  '  contact details (email, phone, address, links) are shown; --redact removes them, as a result page does',
].join('\n');

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const value = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, v] = args.splice(i, 2);
    return v;
  };
  const json = flag('--json');
  const inProcess = flag('--in-process');
  const redact = flag('--redact');
  const reference = value('--reference-date');
  const timeout = value('--timeout-ms');
  if (flag('--help') || flag('-h') || args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return args.length === 1 ? 0 : 1;
  }
  const referenceDate = reference ? new Date(reference) : undefined;
  if (referenceDate && Number.isNaN(referenceDate.getTime())) {
    process.stderr.write(`kiln-cv: --reference-date must be a date such as 2025-06-30\n`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args[0]!);
  } catch (error) {
    process.stderr.write(`kiln-cv: cannot read ${args[0]}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const options = {
      ...(referenceDate ? { referenceDate } : {}),
      ...(timeout ? { timeoutMs: Number(timeout) } : {}),
      ...(redact ? { contactDetails: 'redact' as const, redactProfiles: true } : { contactDetails: 'keep' as const }),
    };
    const result = inProcess ? await analyzeInProcess(bytes, options) : await analyze(bytes, options);
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${formatSummary(result)}\n`);
    return 0;
  } catch (error) {
    if (isCvError(error)) {
      if (json) process.stdout.write(`${JSON.stringify({ error })}\n`);
      process.stderr.write(`kiln-cv: ${error.message} [${error.code}]\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kiln-cv: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 3;
  },
);
