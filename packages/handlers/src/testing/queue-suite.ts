import { describe, expect, it, type TestContext } from 'vitest';
import { ReceiptExpiredError, type Queue } from '../ports/queue';

/** The cases of the suite, by key, for `skip`. */
export type QueueSuiteCase =
  | 'delivers'
  | 'redelivers'
  | 'lapsedReceipt'
  | 'supersededDelete'
  | 'receipts'
  | 'batch'
  | 'stats'
  | 'release'
  | 'redrive'
  | 'deadLetter'
  | 'deadLetterOps'
  | 'purge'
  | 'longPoll'
  | 'delay'
  | 'dedupe'
  | 'order'
  | 'concurrentReceivers';

export interface QueueSuiteOptions {
  /** A new, empty queue with the given maxReceiveCount. */
  create(options: { maxReceiveCount: number }): Queue | Promise<Queue>;
  /** Tear down what `create` made. */
  cleanup?(queue: Queue): void | Promise<void>;
  /**
   * Cases this backend cannot do, each with the reason, which goes into the skipped test's name
   * (an SQS standard queue cannot deduplicate; a FIFO queue has no per-message delay).
   */
  skip?: Partial<Record<QueueSuiteCase, string>>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Queue port's one conformance suite: SQS semantics. Every adapter runs it unchanged; third-party
 * adapters can too: `runQueueSuite('my-queue', { create: () => createMyQueue() })`.
 */
export function runQueueSuite(name: string, options: QueueSuiteOptions): void {
  const withQueue = async (maxReceiveCount: number, body: (queue: Queue) => Promise<void>) => {
    const queue = await options.create({ maxReceiveCount });
    try {
      await body(queue);
    } finally {
      await options.cleanup?.(queue);
    }
  };

  const test = (key: QueueSuiteCase, title: string, body: (ctx: TestContext) => Promise<void>) => {
    const reason = options.skip?.[key];
    if (reason) it.skip(`${title} — skipped on ${name}: ${reason}`, body);
    else it(title, body);
  };

  describe(`Queue conformance: ${name}`, () => {
    test('delivers', 'delivers a sent message once while it is invisible, with its receive count', () =>
      withQueue(3, async (queue) => {
        const { id } = await queue.send('hello');
        const [first, ...rest] = await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 });
        expect(rest).toEqual([]);
        expect(first).toMatchObject({ id, body: 'hello', receiveCount: 1 });
        expect(await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 })).toEqual([]);
      }));

    test('redelivers', 'redelivers after the visibility timeout with a higher receive count and a new receipt', () =>
      withQueue(3, async (queue) => {
        await queue.send('again');
        const [first] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 1 });
        await sleep(1100);
        const [second] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 });
        expect(second?.id).toBe(first?.id);
        expect(second?.receiveCount).toBe(2);
        expect(second?.receiptHandle).not.toBe(first?.receiptHandle);
      }));

    test('lapsedReceipt', 'a receipt whose visibility lapsed holds nothing: changeVisibility rejects with ReceiptExpiredError', () =>
      withQueue(3, async (queue) => {
        await queue.send('x');
        const [first] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 1 });
        await sleep(1100);
        await expect(queue.changeVisibility(first!.receiptHandle, 30)).rejects.toBeInstanceOf(ReceiptExpiredError);
        const [again] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 });
        expect(again?.id).toBe(first?.id); // and the failed call did not hide it
      }));

    test('supersededDelete', 'a superseded receipt deletes nothing', () =>
      withQueue(3, async (queue) => {
        await queue.send('x');
        const [first] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 1 });
        await sleep(1100);
        const [second] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 1 });
        expect(second?.id).toBe(first?.id);
        expect(second?.receiptHandle).not.toBe(first?.receiptHandle);
        // SQS standard queues may answer success here; the rest reject. Either way nothing is deleted.
        await queue.delete(first!.receiptHandle).catch((error: unknown) => expect(error).toBeInstanceOf(ReceiptExpiredError));
        await sleep(1100);
        const [third] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 });
        expect(third?.id).toBe(second?.id);
      }));

    test('receipts', 'deletes by receipt handle; a deleted message’s receipt holds nothing', () =>
      withQueue(3, async (queue) => {
        await queue.send('x');
        const [message] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 });
        await queue.delete(message!.receiptHandle);
        await expect(queue.changeVisibility(message!.receiptHandle, 0)).rejects.toBeInstanceOf(ReceiptExpiredError);
        await expect(queue.deadLetter(message!, 'gone')).rejects.toBeInstanceOf(ReceiptExpiredError);
        expect(await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 })).toEqual([]);
        expect(await queue.deadLetters.list()).toEqual([]);
      }));

    test('batch', 'changes visibility in batches of up to 10, reporting the entries that failed', (ctx) =>
      withQueue(3, async (queue) => {
        if (!queue.changeVisibilityBatch) return ctx.skip('no changeVisibilityBatch: optional, the processor falls back to one call per message');
        for (let i = 0; i < 3; i++) await queue.send(`b${i}`);
        const held = await queue.receive({ maxMessages: 3, visibilityTimeoutSeconds: 1 });
        await queue.delete(held[2]!.receiptHandle);
        const { failed } = await queue.changeVisibilityBatch(held.map((m) => ({ receiptHandle: m.receiptHandle, seconds: 60 })));
        expect(failed.map((f) => f.receiptHandle)).toEqual([held[2]!.receiptHandle]);
        await sleep(1100);
        expect(await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 })).toEqual([]); // both extended
        await expect(queue.changeVisibilityBatch([])).rejects.toThrow(/1 to 10/);
      }));

    test('stats', 'counts its messages by state', (ctx) =>
      withQueue(1, async (queue) => {
        if (!queue.stats) return ctx.skip('no stats: optional');
        const delays = !options.skip?.delay; // a FIFO queue cannot delay one message
        await queue.send('held');
        if (delays) await queue.send('delayed', { delaySeconds: 60 });
        await queue.send('dead-lettered');
        await queue.send('still visible');
        const [held, toDeadLetter] = await queue.receive({ maxMessages: 2, visibilityTimeoutSeconds: 60 });
        expect([held?.body, toDeadLetter?.body]).toEqual(['held', 'dead-lettered']);
        await queue.deadLetter(toDeadLetter!, 'test');
        expect(await queue.stats()).toEqual({ visible: 1, inFlight: 1, delayed: delays ? 1 : 0, dead: 1 });
      }));

    test('release', 'changeVisibility(0) releases a message at once; a longer one hides it', () =>
      withQueue(3, async (queue) => {
        await queue.send('y');
        const [held] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 60 });
        await queue.changeVisibility(held!.receiptHandle, 0);
        const [again] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 1 });
        expect(again?.id).toBe(held?.id);
        await queue.changeVisibility(again!.receiptHandle, 60); // heartbeat
        await sleep(1100);
        expect(await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 1 })).toEqual([]);
      }));

    test('redrive', 'moves a message to the dead-letter queue after maxReceiveCount receives', () =>
      withQueue(2, async (queue) => {
        const { id } = await queue.send('poisonous');
        for (let i = 1; i <= 2; i++) {
          const [message] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 0 });
          expect(message?.receiveCount).toBe(i);
        }
        expect(await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 0 })).toEqual([]);
        const dead = await queue.deadLetters.list();
        expect(dead.map((d) => d.sourceId ?? d.id)).toEqual([id]);
        expect(dead[0]?.body).toBe('poisonous');
        // Exact on the embedded queues (the model test checks it); SQS servers keep, reset or raise it.
        expect(dead[0]?.receiveCount).toBeGreaterThanOrEqual(1);
      }));

    test('deadLetter', 'dead-letters a received message on request, with the reason', () =>
      withQueue(3, async (queue) => {
        const { id } = await queue.send('{not json');
        const [message] = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 });
        await queue.deadLetter(message!, 'poison: not JSON');
        const [dead] = await queue.deadLetters.list();
        expect(dead?.sourceId ?? dead?.id).toBe(id);
        expect(dead?.reason).toBe('poison: not JSON');
        expect(await queue.deadLetters.list({ since: dead!.deadAt })).toHaveLength(1);
        expect(await queue.deadLetters.list({ since: dead!.deadAt + 1 })).toEqual([]);
      }));

    test('deadLetterOps', 'replays one dead letter and redrives all', () =>
      withQueue(1, async (queue) => {
        for (const body of ['a', 'b', 'c']) await queue.send(body);
        for (const message of await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 })) {
          await queue.deadLetter(message, 'test');
        }
        const dead = await queue.deadLetters.list();
        expect(dead).toHaveLength(3);
        expect(await queue.deadLetters.replay(dead[0]!.id)).toBe(true);
        expect(await queue.deadLetters.replay('no-such-id')).toBe(false);
        const [replayed] = await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 });
        expect(replayed).toMatchObject({ body: dead[0]!.body, receiveCount: 1 }); // SQS sends it again, with a new id
        expect(await queue.deadLetters.redriveAll()).toBe(2);
        expect(await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 })).toHaveLength(2);
      }));

    test('purge', 'purges the dead-letter queue, returning how many letters it held', () =>
      withQueue(3, async (queue) => {
        for (const body of ['a', 'b']) await queue.send(body);
        for (const message of await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 })) await queue.deadLetter(message, 'test');
        expect(await queue.deadLetters.purge()).toBe(2);
        expect(await queue.deadLetters.list()).toEqual([]);
        expect(await queue.deadLetters.purge()).toBe(0);
      }));

    test('longPoll', 'long-polls: a receive waiting for a message returns as soon as one is sent', () =>
      withQueue(3, async (queue) => {
        const started = Date.now();
        const receiving = queue.receive({ maxMessages: 1, waitSeconds: 5, visibilityTimeoutSeconds: 30 });
        await sleep(200);
        await queue.send('late');
        const [message] = await receiving;
        expect(message?.body).toBe('late');
        expect(Date.now() - started).toBeLessThan(4000);
        const empty = Date.now();
        expect(await queue.receive({ maxMessages: 1, waitSeconds: 1, visibilityTimeoutSeconds: 30 })).toEqual([]);
        expect(Date.now() - empty).toBeGreaterThanOrEqual(900);
      }));

    test('delay', 'honours delaySeconds', () =>
      withQueue(3, async (queue) => {
        await queue.send('later', { delaySeconds: 1 });
        expect(await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 })).toEqual([]);
        await sleep(1100);
        expect(await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 })).toHaveLength(1);
      }));

    test('dedupe', 'deduplicates sends with the same dedupeId', () =>
      withQueue(3, async (queue) => {
        const a = await queue.send('one', { dedupeId: 'job-1' });
        const b = await queue.send('one', { dedupeId: 'job-1' });
        await queue.send('two', { dedupeId: 'job-2' });
        expect(b.id).toBe(a.id);
        expect(await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 })).toHaveLength(2);
      }));

    test('order', 'returns at most maxMessages, oldest first, and refuses out-of-range arguments', () =>
      withQueue(3, async (queue) => {
        for (let i = 0; i < 5; i++) await queue.send(`m${i}`);
        const batch = await queue.receive({ maxMessages: 3, visibilityTimeoutSeconds: 30 });
        expect(batch.map((m) => m.body)).toEqual(['m0', 'm1', 'm2']);
        await expect(queue.receive({ maxMessages: 11, visibilityTimeoutSeconds: 30 })).rejects.toThrow(/maxMessages/);
        await expect(queue.receive({ maxMessages: 0, visibilityTimeoutSeconds: 30 })).rejects.toThrow(/maxMessages/);
      }));

    test('concurrentReceivers', 'never hands one message to two concurrent receivers', () =>
      withQueue(3, async (queue) => {
        for (let i = 0; i < 20; i++) await queue.send(`c${i}`);
        const batches = await Promise.all(Array.from({ length: 6 }, () => queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 })));
        const ids = batches.flat().map((m) => m.id);
        expect(ids).toHaveLength(20);
        expect(new Set(ids).size).toBe(20);
      }));
  });
}
