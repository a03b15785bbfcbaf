import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeJobMessage } from '../core/job-definition';
import { toPublicJob } from '../core/job';
import { redriveDeadLetters, replayDeadLetter } from '../core/dead-letters';
import { deleteJob } from '../core/retention';
import { createLocalAdapters } from '../local';

const USAGE = `kiln — operate the embedded default (SQLite + files) of a Kiln app

Usage: kiln <command> [--data-dir DIR]

  dead-letters            list the dead-letter queue (message id, job id, reason)
  replay <messageId>      put one dead letter back on the queue; its failed job goes back to queued
  redrive                 replay every dead letter
  purge-dead-letters      delete every dead letter
  job <jobId>             print a job's record as the status endpoint shows it
  delete <jobId>          delete a job's record and upload

--data-dir defaults to $KILN_DATA_DIR, else ./.kiln (the folder the app was started in).
With cloud adapters, call replayDeadLetter / redriveDeadLetters / deleteJob from @kiln/handlers instead.`;

/** Runs one CLI command; returns the process exit code. */
export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const [command, arg] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const ports = createLocalAdapters({ dataDir: path.resolve(values['data-dir'] ?? process.env.KILN_DATA_DIR ?? '.kiln') });
  const needArg = (what: string) => {
    if (!arg) throw new UsageError(`"kiln ${command}" needs a ${what}.`);
    return arg;
  };
  try {
    switch (command) {
      case 'dead-letters': {
        const letters = await ports.queue.deadLetters.list({ limit: 1000 });
        if (letters.length === 0) out('The dead-letter queue is empty.');
        for (const l of letters) out(`${l.id}  job ${decodeJobMessage(l.body)?.jobId ?? '(not a job message)'}  ${new Date(l.deadAt).toISOString()}  ${l.reason ?? ''}`);
        return 0;
      }
      case 'replay': {
        const { replayed, jobId } = await replayDeadLetter(ports, needArg('message id (see "kiln dead-letters")'));
        out(replayed ? `Replayed; job ${jobId ?? '?'} is queued again.` : 'No dead letter has this id.');
        return replayed ? 0 : 1;
      }
      case 'redrive':
        out(`Replayed ${await redriveDeadLetters(ports)} dead letter(s).`);
        return 0;
      case 'purge-dead-letters':
        out(`Deleted ${await ports.queue.deadLetters.purge()} dead letter(s).`);
        return 0;
      case 'job': {
        const record = await ports.store.get(needArg('job id'));
        if (!record) {
          out('No job has this id (it may have expired).');
          return 1;
        }
        out(JSON.stringify(toPublicJob(record, { includeResult: false }), null, 2));
        return 0;
      }
      case 'delete': {
        const deleted = await deleteJob(ports, needArg('job id'));
        out(deleted ? 'Deleted the job and its upload.' : 'No job has this id.');
        return deleted ? 0 : 1;
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

class UsageError extends Error {}
