import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeJobMessage } from '../core/job-definition';
import { toPublicJob } from '../core/job';
import { isJobId } from '../core/job-id';
import { redriveDeadLetters, replayDeadLetter } from '../core/dead-letters';
import { createHttpRevalidator } from '../core/http-revalidator';
import { silentLogger } from '../core/logger';
import { removeJob } from '../core/retention';
import type { Ports } from '../core/runtime';
import { chooseAdapters, createAdapters, type AdapterChoice } from '../environment';
import { runDoctor } from './doctor';

const USAGE = `kiln — operate a Kiln app's queue and job store

Usage: kiln <command> [--data-dir DIR] [--json]

  dead-letters            list the dead-letter queue (message id, job id, reason)
  replay <messageId>      put one dead letter back on the queue; its failed job goes back to queued
  redrive                 replay every dead letter
  purge-dead-letters      delete every dead letter
  job <jobId>             print a job's record as the status endpoint shows it
  delete <jobId>          delete a job's record and upload, and regenerate its result page so it
                          answers 404 (an authenticated POST to the app's revalidate endpoint:
                          --app-url, else $KILN_APP_URL, else http://127.0.0.1:$PORT; the secret is
                          $REVALIDATE_SECRET, else the embedded default's; --page-path and
                          --revalidate-path if the app's routes are not /cv/[jobId] and /api/revalidate)
  doctor                  check the queue, its redrive policy, the store and the secrets (--json)

The backends come from the same variables as the app: SQS_QUEUE_URL (with AWS_REGION and the AWS
credentials), KV_REST_API_URL + KV_REST_API_TOKEN or REDIS_URL; otherwise the embedded default in
--data-dir (default $KILN_DATA_DIR, else ./.kiln, the folder the app was started in).`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'app-url': { type: 'string' },
  'page-path': { type: 'string' },
  'revalidate-path': { type: 'string' },
} as const;

/**
 * Job ids made before ids stopped beginning with "-" (one in 64) read as options to parseArgs: an
 * argument that has a job id's shape and is no option's name or value goes after "--", a positional.
 */
function asPositionals(argv: string[]): string[] {
  const options: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return [...options, '--', ...ids, ...argv.slice(i + 1)];
    const takesValue = token.startsWith('--') && !token.includes('=') && OPTIONS[token.slice(2) as keyof typeof OPTIONS]?.type === 'string';
    if (takesValue) options.push(token, ...argv.slice(i + 1, i + 2)), i++;
    else if (token.startsWith('-') && isJobId(token)) ids.push(token);
    else options.push(token);
  }
  return ids.length ? [...options, '--', ...ids] : options;
}

/** Runs one CLI command; returns the process exit code. */
export async function main(argv: string[], out: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: asPositionals(argv), allowPositionals: true, options: OPTIONS });
  } catch (error) {
    out(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, arg] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const dataDir = path.resolve(values['data-dir'] ?? env.KILN_DATA_DIR ?? '.kiln');
  // As defineKiln reads it: unset or empty is the default.
  const maxAttempts = env.KILN_MAX_ATTEMPTS ? Number(env.KILN_MAX_ATTEMPTS) : 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    out(`KILN_MAX_ATTEMPTS=${JSON.stringify(env.KILN_MAX_ATTEMPTS)} must be a whole number of at least 1.`);
    return 2;
  }
  const needArg = (what: string) => {
    if (!arg) throw new UsageError(`"kiln ${command}" needs a ${what}.`);
    return arg;
  };
  let choice: AdapterChoice | null = null;
  let ports: Ports | null = null;
  const open = async () => (ports ??= await createAdapters((choice ??= chooseAdapters({}, env)), {}, env, { dataDir, maxReceiveCount: maxAttempts + 1 }));
  try {
    switch (command) {
      case 'dead-letters': {
        const letters = await (await open()).queue.deadLetters.list({ limit: 1000 });
        if (letters.length === 0) out('The dead-letter queue is empty.');
        for (const l of letters) out(`${l.id}  job ${decodeJobMessage(l.body)?.jobId ?? '(not a job message)'}  ${new Date(l.deadAt).toISOString()}  ${l.reason ?? ''}`);
        return 0;
      }
      case 'replay': {
        const { replayed, jobId } = await replayDeadLetter(await open(), needArg('message id (see "kiln dead-letters")'));
        out(replayed ? `Replayed; job ${jobId ?? '?'} is queued again.` : 'No dead letter has this id.');
        return replayed ? 0 : 1;
      }
      case 'redrive':
        out(`Replayed ${await redriveDeadLetters(await open())} dead letter(s).`);
        return 0;
      case 'purge-dead-letters':
        out(`Deleted ${await (await open()).queue.deadLetters.purge()} dead letter(s).`);
        return 0;
      case 'job': {
        const record = await (await open()).store.get(needArg('job id'));
        if (!record) {
          out('No job has this id (it may have expired).');
          return 1;
        }
        out(JSON.stringify(toPublicJob(record, { includeResult: false }), null, 2));
        return 0;
      }
      case 'delete':
        return await deleteCommand(await open(), needArg('job id'), { dataDir, env, embedded: choice!.store.kind === 'embedded', values, out });
      case 'doctor':
        return await runDoctor({ env, dataDir, maxAttempts, json: values.json ?? false, out });
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    if (ports) {
      const { queue, store, blobs } = ports as Ports;
      await Promise.allSettled([queue.dispose?.(), store.dispose?.(), blobs.dispose?.()]);
    }
  }
}

class UsageError extends Error {}

/**
 * `kiln delete <jobId>`: what `DELETE <status route>` does for the job's submitter, for an operator
 * (a deletion request by mail): the file, the record, then the page, regenerated over HTTP so the
 * cached page answers 404. Run again on a job already deleted, it regenerates the page once more (for
 * when the app was not reachable the first time). Exit 0 when the job was deleted, 1 when no job has
 * this id.
 */
async function deleteCommand(
  ports: Ports,
  jobId: string,
  { dataDir, env, embedded, values, out }: { dataDir: string; env: Record<string, string | undefined>; embedded: boolean; values: { 'app-url'?: string | undefined; 'page-path'?: string | undefined; 'revalidate-path'?: string | undefined }; out: (line: string) => void },
): Promise<number> {
  const appUrl = (values['app-url'] ?? env.KILN_APP_URL ?? (env.VERCEL_URL ? `https://${env.VERCEL_URL}` : `http://127.0.0.1:${env.PORT ?? 3000}`)).replace(/\/$/, '');
  const revalidateUrl = `${appUrl}${values['revalidate-path'] ?? '/api/revalidate'}`;
  const pagePattern = values['page-path'] ?? '/cv/[jobId]';
  const pagePath = (id: string) => pagePattern.replace('[jobId]', encodeURIComponent(id));
  // As the app finds it: the variable, else (embedded) the secret it generated into the data folder.
  const secretsFile = path.join(dataDir, 'secrets.json');
  const secret = env.REVALIDATE_SECRET || (embedded && existsSync(secretsFile) ? (await import('@kiln/handlers/local')).localSecrets(dataDir).revalidate : null);
  let failure = '';
  const revalidate = secret
    ? async (page: string) => {
        try {
          await createHttpRevalidator({ url: revalidateUrl, secret })(page);
        } catch (error) {
          failure = error instanceof Error ? (error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message) : String(error);
          throw error;
        }
      }
    : undefined;
  const record = await ports.store.get(jobId);
  if (record) {
    const { pageRegenerated } = await removeJob({ ...ports, logger: silentLogger, pagePath, revalidate }, jobId, record.input.blobKey);
    out(`Deleted job ${jobId}: its record and its upload (${record.input.blobKey}).`);
    out(pageSentence(pageRegenerated, pagePath(jobId), revalidateUrl, secret, failure));
    return 0;
  }
  // Expired but not swept yet, the record still reads as gone: remove what may be left all the same.
  await ports.blobs.delete(`uploads/${jobId}`);
  await ports.store.delete(jobId);
  out('No job has this id (never, deleted, or expired): nothing to delete; any expired leftovers were removed.');
  if (revalidate) {
    const regenerated = await revalidate(pagePath(jobId)).then(() => true, () => false);
    out(pageSentence(regenerated, pagePath(jobId), revalidateUrl, secret, failure));
  }
  return 1;
}

function pageSentence(regenerated: boolean, page: string, url: string, secret: string | null, failure: string): string {
  if (regenerated) return `Regenerated ${page} through ${url}: it answers 404 now.`;
  if (!secret) return `Did not regenerate ${page}: no revalidate secret (set REVALIDATE_SECRET as the app has it). Its cached copy lasts until the job's expiry at most.`;
  return `Could not regenerate ${page} through ${url} (${failure}). Its cached copy lasts until the job's expiry at most; run this command again once the app is reachable (--app-url).`;
}
