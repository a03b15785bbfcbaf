import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteQueue } from '@kiln/handlers/local';
import { createMemoryQueue } from '@kiln/handlers/memory';
import type { DeadLetter, Queue } from '@kiln/handlers';
import { ReceiptExpiredError } from '../../packages/handlers/src/ports/queue';
import { closeSqlite } from '../../packages/handlers/src/adapters/sqlite/database';
import { NO_RECEIPT, SqsModel, type ModelDeadLetter, type ModelError } from '../support/sqs-model';

/**
 * Model-based test of the Queue port: random command sequences run against a real adapter and against
 * the reference model in test/support/sqs-model.ts; after every command the results, the stats and
 * the dead-letter queue must agree. Ids and receipt handles are random, so commands name them by
 * position (receipt `n` = the n-th newest receipt handed out, message `n` = the n-th newest id).
 *
 * QUEUE_MODEL_SEED and QUEUE_MODEL_RUNS override the seed and the number of runs per adapter.
 */

const SEED = Number(process.env.QUEUE_MODEL_SEED ?? 20_260_511);
const NUM_RUNS = Number(process.env.QUEUE_MODEL_RUNS ?? 1000);
const MAX_COMMANDS = 40;
const START = 1_700_000_000_000;
/** A handle the queue never issued, shaped like a real one. */
const FOREIGN_RECEIPT = '00000000-0000-4000-8000-000000000000.00000000-0000-4000-8000-000000000000';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

// ---------------------------------------------------------------------------------------------
// Commands

/** -1: a receipt / id the queue never issued; n >= 0: the n-th newest one (modulo how many exist). */
type Ref = number;

type Command =
  | { kind: 'send'; body: string; delaySeconds?: number; dedupeId?: string }
  | { kind: 'receive'; maxMessages: number; visibilityTimeoutSeconds: number }
  | { kind: 'delete'; receipt: Ref }
  | { kind: 'changeVisibility'; receipt: Ref; seconds: number }
  | { kind: 'changeVisibilityBatch'; changes: { receipt: Ref; seconds: number }[] }
  | { kind: 'deadLetter'; receipt: Ref; reason: string }
  | { kind: 'advance'; ms: number }
  | { kind: 'list'; limit?: number }
  /** `dead`: the n-th current dead letter (by model id) if there is one; otherwise any message id, as `message`. */
  | { kind: 'replay'; message: Ref; dead?: boolean }
  | { kind: 'redriveAll' }
  | { kind: 'purge' }
  | { kind: 'stats' };

/** Mostly the newest few receipts / ids, sometimes older ones, now and then one never issued. */
const ref = fc.oneof({ weight: 8, arbitrary: fc.nat(2) }, { weight: 4, arbitrary: fc.nat(12) }, { weight: 1, arbitrary: fc.constant(-1) });
const seconds = fc.constantFrom(0, 1, 2, 5, 30, 43_200);

const send = fc
  .record({
    body: fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.string({ maxLength: 6, unit: 'grapheme' })),
    delaySeconds: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 5, 30, 900) }),
    dedupeId: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('d1', 'd2', 'd3') }),
  })
  .map(({ body, delaySeconds, dedupeId }): Command => ({
    kind: 'send',
    body,
    ...(delaySeconds !== undefined ? { delaySeconds } : {}),
    ...(dedupeId !== undefined ? { dedupeId } : {}),
  }));

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 8, arbitrary: send },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('receive' as const),
      maxMessages: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 1, max: 2 }) },
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 10 }) },
        { weight: 1, arbitrary: fc.constantFrom(0, 11, 1.5) },
      ),
      visibilityTimeoutSeconds: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(0, 1, 2, 5, 30, 30, 43_200) }, { weight: 1, arbitrary: fc.constantFrom(-1, 43_201) }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), receipt: ref }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('changeVisibility' as const), receipt: ref, seconds }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('changeVisibilityBatch' as const),
      changes: fc.oneof(
        { weight: 10, arbitrary: fc.array(fc.record({ receipt: ref, seconds }), { minLength: 1, maxLength: 10 }) },
        { weight: 1, arbitrary: fc.constantFrom([], Array.from({ length: 11 }, () => ({ receipt: 0, seconds: 1 }))) },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deadLetter' as const), receipt: ref, reason: fc.constantFrom('poison', 'not JSON', 'x') }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(1, 999, 1000, 1001, 2000, 5000, 30_000) },
        { weight: 2, arbitrary: fc.integer({ min: 1, max: 60_000 }) },
        { weight: 1, arbitrary: fc.constantFrom(299_999, 300_000) },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('list' as const), limit: fc.integer({ min: 1, max: 4 }) }, { requiredKeys: ['kind'] }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replay' as const), message: ref, dead: fc.boolean() }, { requiredKeys: ['kind', 'message'] }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redriveAll' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'purge' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'stats' as const }) },
);

/**
 * Sequences that once disagreed, run before the random ones: [maxReceiveCount, commands].
 * - A redriven (or replayed) message counts as sent at the redrive: a message sent before it comes first.
 */
const REGRESSIONS: [number, Command[]][] = [
  [
    1,
    [
      { kind: 'send', body: 'first' },
      { kind: 'receive', maxMessages: 1, visibilityTimeoutSeconds: 0 },
      { kind: 'receive', maxMessages: 1, visibilityTimeoutSeconds: 0 }, // moves 'first' to the dead-letter queue
      { kind: 'send', body: 'second' },
      { kind: 'redriveAll' },
      { kind: 'receive', maxMessages: 1, visibilityTimeoutSeconds: 0 }, // 'second': it was sent before the redrive
    ],
  ],
];

// ---------------------------------------------------------------------------------------------
// One run: a fresh queue, a fake clock, the model, and the real ↔ model correspondence

type Outcome<T> = { ok: T } | { error: ModelError };

async function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: await promise };
  } catch (error) {
    if (error instanceof ReceiptExpiredError) return { error: 'ReceiptExpiredError' };
    if (error instanceof RangeError) return { error: 'RangeError' };
    throw error;
  }
}

const errorOf = (outcome: Outcome<unknown>): ModelError | null => ('error' in outcome ? outcome.error : null);

interface Clock {
  at: number;
}

/** How often each outcome came up, to show what the random sequences reached. */
type Tally = Map<string, number>;

class Run {
  readonly model: SqsModel;
  /** model message id → real id */
  readonly realIds: string[] = [];
  readonly modelIds = new Map<string, number>();
  /** model receipt number → real handle */
  readonly receipts: string[] = [];

  constructor(
    readonly queue: Queue,
    readonly clock: Clock,
    maxReceiveCount: number,
    private readonly tally: Tally,
  ) {
    this.model = new SqsModel(maxReceiveCount, () => clock.at);
  }

  receiptRef(n: Ref): { model: number; real: string } {
    if (n < 0 || this.receipts.length === 0) return { model: NO_RECEIPT, real: FOREIGN_RECEIPT };
    const index = this.receipts.length - 1 - (n % this.receipts.length);
    return { model: index, real: this.receipts[index]! };
  }

  messageRef(n: Ref): { model: number | null; real: string } {
    if (n < 0 || this.realIds.length === 0) return { model: null, real: UNKNOWN_ID };
    const index = this.realIds.length - 1 - (n % this.realIds.length);
    return { model: index, real: this.realIds[index]! };
  }

  realReceipt(modelReceipt: number): string {
    return modelReceipt === NO_RECEIPT ? FOREIGN_RECEIPT : this.receipts[modelReceipt]!;
  }

  count(outcome: string): void {
    this.tally.set(outcome, (this.tally.get(outcome) ?? 0) + 1);
  }

  modelId(realId: string): number {
    const id = this.modelIds.get(realId);
    if (id === undefined) throw new Error(`the queue returned an id it never issued: ${realId}`);
    return id;
  }

  async apply(command: Command): Promise<void> {
    const { queue, model } = this;
    switch (command.kind) {
      case 'send': {
        const options = { ...(command.delaySeconds !== undefined ? { delaySeconds: command.delaySeconds } : {}), ...(command.dedupeId ? { dedupeId: command.dedupeId } : {}) };
        const expected = model.send(command.body, options);
        const { id } = await queue.send(command.body, options);
        this.count(expected.enqueued ? 'send' : 'send deduplicated');
        if (expected.enqueued) {
          expect(this.modelIds.has(id), 'a send that enqueues returns a new id').toBe(false);
          expect(this.realIds.length).toBe(expected.id);
          this.realIds.push(id);
          this.modelIds.set(id, expected.id);
        } else {
          expect(id, `a deduplicated send returns the earlier id (message ${expected.id})`).toBe(this.realIds[expected.id]);
        }
        return;
      }
      case 'receive': {
        const plan = model.planReceive(command);
        const outcome = await settle(queue.receive({ ...command, waitSeconds: 0 }));
        if ('error' in plan) {
          this.count('receive RangeError');
          expect(errorOf(outcome), 'receive with out-of-range arguments').toBe(plan.error);
          return;
        }
        if ('error' in outcome) throw new Error(`receive rejected with ${outcome.error}; the model expected messages`);
        const got = outcome.ok;
        const ids = got.map((m) => this.modelId(m.id));
        const wrongOrder = SqsModel.checkReceiveOrder(plan, ids);
        if (wrongOrder) throw new Error(`receive returned messages [${ids.join(', ')}]: ${wrongOrder}`);
        const expected = model.commitReceive(plan, ids);
        this.count(ids.length > 0 ? 'receive' : 'receive empty');
        if (plan.deadLettered.length > 0) this.count('receive moved to DLQ');
        if (plan.groups.some((group) => group.length > 1)) this.count('receive with redriven ties');
        got.forEach((message, i) => {
          const want = expected[i]!;
          expect({ id: message.id, body: message.body, receiveCount: message.receiveCount, sentAt: message.sentAt }).toEqual({
            id: this.realIds[want.id],
            body: want.body,
            receiveCount: want.receiveCount,
            sentAt: want.sentAt,
          });
          expect(this.receipts.includes(message.receiptHandle), 'every receive hands out a new receipt handle').toBe(false);
          expect(this.receipts.length).toBe(want.receipt);
          this.receipts.push(message.receiptHandle);
        });
        return;
      }
      case 'delete': {
        const receipt = this.receiptRef(command.receipt);
        const expected = model.delete(receipt.model);
        this.count(`delete ${expected ?? 'ok'}`);
        expect(errorOf(await settle(queue.delete(receipt.real))), `delete(receipt ${receipt.model})`).toBe(expected);
        return;
      }
      case 'changeVisibility': {
        const receipt = this.receiptRef(command.receipt);
        const expected = model.changeVisibility(receipt.model, command.seconds);
        this.count(`changeVisibility ${expected ?? 'ok'}`);
        expect(errorOf(await settle(queue.changeVisibility(receipt.real, command.seconds))), `changeVisibility(receipt ${receipt.model}, ${command.seconds})`).toBe(expected);
        return;
      }
      case 'changeVisibilityBatch': {
        const changes = command.changes.map((change) => ({ receipt: this.receiptRef(change.receipt), seconds: change.seconds }));
        const expected = model.changeVisibilityBatch(changes.map((c) => ({ receipt: c.receipt.model, seconds: c.seconds })));
        expect(queue.changeVisibilityBatch, 'the adapter implements changeVisibilityBatch').toBeDefined();
        const outcome = await settle(queue.changeVisibilityBatch!(changes.map((c) => ({ receiptHandle: c.receipt.real, seconds: c.seconds }))));
        const label = `changeVisibilityBatch(${JSON.stringify(changes.map((c) => [c.receipt.model, c.seconds]))})`;
        this.count('error' in expected ? 'changeVisibilityBatch RangeError' : expected.failed.length === 0 ? 'changeVisibilityBatch all applied' : expected.failed.length < changes.length ? 'changeVisibilityBatch partly failed' : 'changeVisibilityBatch all failed');
        if ('error' in expected) {
          expect(errorOf(outcome), label).toBe(expected.error);
          return;
        }
        if ('error' in outcome) throw new Error(`${label} rejected with ${outcome.error}; the model expected it to apply`);
        expect(
          outcome.ok.failed.map((f) => f.receiptHandle),
          `${label}: failed receipts`,
        ).toEqual(expected.failed.map((r) => this.realReceipt(r)));
        for (const failure of outcome.ok.failed) expect(failure.error, label).toBeInstanceOf(ReceiptExpiredError);
        return;
      }
      case 'deadLetter': {
        const receipt = this.receiptRef(command.receipt);
        const expected = model.deadLetter(receipt.model, command.reason);
        this.count(`deadLetter ${expected ?? 'ok'}`);
        // memory and SQLite need only the receipt of the message they are given
        const message = { id: 'by-receipt', body: '', receiveCount: 0, receiptHandle: receipt.real };
        expect(errorOf(await settle(queue.deadLetter(message, command.reason))), `deadLetter(receipt ${receipt.model})`).toBe(expected);
        return;
      }
      case 'advance':
        this.clock.at += command.ms;
        return;
      case 'list':
        this.checkDeadLetters(await queue.deadLetters.list(command.limit === undefined ? undefined : { limit: command.limit }), command.limit);
        return;
      case 'replay': {
        const dead = command.dead ? model.deadLetters() : [];
        const message =
          dead.length > 0 && command.message >= 0
            ? ((id) => ({ model: id, real: this.realIds[id]! }))(dead[command.message % dead.length]!.id)
            : this.messageRef(command.message);
        const expected = model.replay(message.model);
        this.count(`replay ${expected}`);
        expect(await queue.deadLetters.replay(message.real), `replay(message ${message.model})`).toBe(expected);
        return;
      }
      case 'redriveAll': {
        const expected = model.redriveAll();
        this.count(expected > 0 ? 'redriveAll moved some' : 'redriveAll empty');
        expect(await queue.deadLetters.redriveAll(), 'redriveAll()').toBe(expected);
        return;
      }
      case 'purge': {
        const expected = model.purge();
        this.count(expected > 0 ? 'purge deleted some' : 'purge empty');
        expect(await queue.deadLetters.purge(), 'purge()').toBe(expected);
        return;
      }
      case 'stats':
        await this.checkStats();
        return;
    }
  }

  async checkStats(): Promise<void> {
    expect(this.queue.stats, 'the adapter implements stats').toBeDefined();
    expect(await this.queue.stats!(), 'stats()').toEqual(this.model.stats());
  }

  /**
   * The listed dead letters agree with the model's: all of them when the limit allows, otherwise
   * `limit` of them, none younger (by deadAt) than one left out.
   */
  checkDeadLetters(listed: DeadLetter[], limit = 100): void {
    const model = this.model.deadLetters();
    const view = (letter: DeadLetter) => {
      const id = this.modelId(letter.id);
      return { id, body: letter.body, receiveCount: letter.receiveCount, sentAt: letter.sentAt, deadAt: letter.deadAt, reason: letter.reason };
    };
    const got = listed.map(view).sort((a, b) => a.id - b.id);
    const byId = new Map(model.map((letter) => [letter.id, letter]));
    expect(got.length, 'deadLetters.list(): how many').toBe(Math.min(limit, model.length));
    expect(new Set(got.map((letter) => letter.id)).size, 'deadLetters.list(): no duplicates').toBe(got.length);
    for (const letter of got) {
      const want: ModelDeadLetter | undefined = byId.get(letter.id);
      if (!want) throw new Error(`deadLetters.list() lists message ${letter.id}, which the model does not hold as a dead letter; model: [${[...byId.keys()].join(', ')}]`);
      expect({ ...letter, reason: undefined }, `dead letter ${letter.id}`).toEqual({ ...want, reason: undefined });
      if (want.reason.kind === 'requested') expect(letter.reason, `dead letter ${letter.id}: the reason given to deadLetter`).toBe(want.reason.reason);
      else expect(letter.reason, `dead letter ${letter.id}: the reason mentions the receive count`).toMatch(new RegExp(`\\b${want.receiveCount}\\b`));
    }
    if (got.length < model.length) {
      this.count('list truncated by limit');
      const listedIds = new Set(got.map((letter) => letter.id));
      const newestListed = Math.max(...got.map((letter) => letter.deadAt));
      const olderLeftOut = model.filter((letter) => !listedIds.has(letter.id) && letter.deadAt < newestListed);
      expect(olderLeftOut.map((letter) => letter.id), `deadLetters.list({ limit: ${limit} }) lists the oldest first`).toEqual([]);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The property, per adapter

interface Adapter {
  name: string;
  create(options: { maxReceiveCount: number; now: () => number }): Queue;
  cleanup?(): void;
}

const sqliteDir = mkdtempSync(path.join(tmpdir(), 'kiln-queue-model-'));
const sqliteFile = path.join(sqliteDir, 'kiln.db');
let sqliteQueues = 0;

const ADAPTERS: Adapter[] = [
  { name: 'memory', create: ({ maxReceiveCount, now }) => createMemoryQueue({ maxReceiveCount, now }) },
  {
    name: 'sqlite',
    // One file, a queue of its own per run.
    create: ({ maxReceiveCount, now }) => createSqliteQueue({ file: sqliteFile, queueName: `model-${sqliteQueues++}`, maxReceiveCount, now }),
  },
];

afterAll(() => {
  closeSqlite(sqliteFile);
  rmSync(sqliteDir, { recursive: true, force: true });
});

describe.each(ADAPTERS)('Queue model: $name', (adapter) => {
  it('agrees with the SQS reference model after every command', async () => {
    let runs = 0;
    let commands = 0;
    const tally: Tally = new Map();
    const started = performance.now();
    const property = fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(commandArb, { maxLength: MAX_COMMANDS, size: 'max' }), async (maxReceiveCount, sequence) => {
      runs += 1;
      const clock: Clock = { at: START };
      const queue = adapter.create({ maxReceiveCount, now: () => clock.at });
      const run = new Run(queue, clock, maxReceiveCount, tally);
      try {
        for (const [index, command] of sequence.entries()) {
          commands += 1;
          try {
            await run.apply(command);
            await run.checkStats();
            run.checkDeadLetters(await queue.deadLetters.list({ limit: 1000 }), 1000);
          } catch (error) {
            (error as Error).message = `command #${index} ${JSON.stringify(command)} at t=+${clock.at - START} ms: ${(error as Error).message}`;
            throw error;
          }
        }
      } finally {
        await queue.dispose?.();
      }
    });
    const details = await fc.check(property, { seed: SEED, numRuns: NUM_RUNS, examples: REGRESSIONS });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `[queue-model] ${adapter.name}: seed ${SEED}, ${details.numRuns} runs passed, ${runs} executions in all (shrinks ${details.numShrinks}), ${commands} commands, ${seconds} s`,
    );
    console.log(`[queue-model] ${adapter.name} outcomes: ${[...tally].sort(([a], [b]) => a.localeCompare(b)).map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`${await fc.asyncDefaultReportMessage(details)}\n\nFirst disagreement in the shrunk sequence: ${cause}`);
    }
  }, 120_000);
});
