/**
 * A small reference model of the Queue port's SQS semantics, written independently of the adapters
 * (it imports nothing from them) for the model-based test in test/handlers/queue-model.test.ts.
 *
 * Messages and receipts are numbered in the order the model creates them: message `n` is the n-th
 * message enqueued, receipt `r` the r-th receipt handed out by a receive. The test keeps the real,
 * random ids and receipt handles in lists indexed the same way. Receipt `-1` stands for a handle the
 * queue never issued; message `null` for an id it never issued.
 *
 * The rules:
 * - send: a new message, visible at now + delay; a dedupe id seen (on a send that enqueued) less than
 *   five minutes ago returns that send's id and enqueues nothing.
 * - receive: first every visible message that has used up maxReceiveCount receives moves to the
 *   dead-letter queue; then up to maxMessages visible messages, ordered by (visibleAt, send order),
 *   each with receiveCount + 1, a new receipt and visibleAt = now + visibility. A replay or redrive
 *   counts as a send at that moment; messages redriven by one redriveAll have no order among them.
 * - a receipt holds its message while it is the message's latest receipt and visibleAt > now;
 *   delete / changeVisibility / deadLetter through a receipt that holds nothing fail and change nothing.
 * - stats: visible (visibleAt <= now), inFlight (hidden, received since it was last enqueued),
 *   delayed (hidden, not received since), dead.
 */

export const MODEL_DEDUPE_WINDOW_MS = 5 * 60 * 1000;
export const NO_RECEIPT = -1;

export type ModelError = 'ReceiptExpiredError' | 'RangeError';

export type DeadReason = { kind: 'requested'; reason: string } | { kind: 'maxReceiveCount' };

export interface ModelMessage {
  readonly id: number;
  readonly body: string;
  /** When it was first sent; a replay keeps it. */
  readonly sentAt: number;
  visibleAt: number;
  receiveCount: number;
  /** Latest receipt since it was last enqueued (send, replay, redrive); `null` if none. */
  receipt: number | null;
  /** Send order: sends and replays take the next rank, one redriveAll one rank for all it moves. */
  rank: number;
  state: 'queued' | 'dead' | 'deleted' | 'purged';
  deadAt: number | null;
  deadReason: DeadReason | null;
}

export interface ModelDeadLetter {
  id: number;
  body: string;
  receiveCount: number;
  sentAt: number;
  deadAt: number;
  reason: DeadReason;
}

export interface ModelStats {
  visible: number;
  inFlight: number;
  delayed: number;
  dead: number;
}

export interface ModelReceived {
  id: number;
  body: string;
  receiveCount: number;
  sentAt: number;
  receipt: number;
}

/**
 * What a receive must return: `count` messages taken from `groups` in order. Messages within one group
 * share (visibleAt, rank) and may come in any order; from the last group used, any of its members may
 * be the ones taken.
 */
export interface ReceivePlan {
  deadLettered: number[];
  groups: number[][];
  count: number;
  visibilityTimeoutSeconds: number;
}

export class SqsModel {
  readonly messages: ModelMessage[] = [];
  /** receipt number → message id */
  private readonly receiptOwners: number[] = [];
  private readonly dedupe = new Map<string, { id: number; at: number }>();
  private nextRank = 0;

  constructor(
    readonly maxReceiveCount: number,
    private readonly now: () => number,
  ) {}

  get receiptCount(): number {
    return this.receiptOwners.length;
  }

  send(body: string, options: { delaySeconds?: number; dedupeId?: string } = {}): { id: number; enqueued: boolean } {
    const at = this.now();
    if (options.dedupeId !== undefined) {
      const seen = this.dedupe.get(options.dedupeId);
      if (seen && at - seen.at < MODEL_DEDUPE_WINDOW_MS) return { id: seen.id, enqueued: false };
    }
    const id = this.messages.length;
    this.messages.push({
      id,
      body,
      sentAt: at,
      visibleAt: at + (options.delaySeconds ?? 0) * 1000,
      receiveCount: 0,
      receipt: null,
      rank: this.nextRank++,
      state: 'queued',
      deadAt: null,
      deadReason: null,
    });
    if (options.dedupeId !== undefined) this.dedupe.set(options.dedupeId, { id, at });
    return { id, enqueued: true };
  }

  /** Pure: what a receive would do now. */
  planReceive(options: { maxMessages: number; visibilityTimeoutSeconds: number }): ReceivePlan | { error: 'RangeError' } {
    const { maxMessages, visibilityTimeoutSeconds } = options;
    if (!Number.isInteger(maxMessages) || maxMessages < 1 || maxMessages > 10) return { error: 'RangeError' };
    if (!(visibilityTimeoutSeconds >= 0 && visibilityTimeoutSeconds <= 43_200)) return { error: 'RangeError' };
    const at = this.now();
    const visible = this.messages.filter((m) => m.state === 'queued' && m.visibleAt <= at);
    const deadLettered = visible.filter((m) => m.receiveCount >= this.maxReceiveCount).map((m) => m.id);
    const deliverable = visible.filter((m) => m.receiveCount < this.maxReceiveCount).sort((a, b) => a.visibleAt - b.visibleAt || a.rank - b.rank);
    const groups: number[][] = [];
    let last: ModelMessage | undefined;
    for (const message of deliverable) {
      if (last && last.visibleAt === message.visibleAt && last.rank === message.rank) groups[groups.length - 1]!.push(message.id);
      else groups.push([message.id]);
      last = message;
    }
    return { deadLettered, groups, count: Math.min(maxMessages, deliverable.length), visibilityTimeoutSeconds };
  }

  /** Why `ids` (message ids in the order returned) is not a result the plan allows, or `null` if it is. */
  static checkReceiveOrder(plan: ReceivePlan, ids: readonly number[]): string | null {
    if (ids.length !== plan.count) return `expected ${plan.count} messages, got ${ids.length}`;
    let position = 0;
    for (const group of plan.groups) {
      if (position >= plan.count) break;
      const take = Math.min(group.length, plan.count - position);
      const slice = ids.slice(position, position + take);
      const members = new Set(group);
      if (new Set(slice).size !== slice.length || slice.some((id) => !members.has(id))) {
        return `positions ${position}–${position + take - 1} should be ${take} of messages [${group.join(', ')}] (equal visibleAt and send order), got [${slice.join(', ')}]; full expected order ${JSON.stringify(plan.groups)}`;
      }
      position += take;
    }
    return null;
  }

  /** Applies a receive that returned `ids` (checked with `checkReceiveOrder`). */
  commitReceive(plan: ReceivePlan, ids: readonly number[]): ModelReceived[] {
    const at = this.now();
    for (const id of plan.deadLettered) this.kill(this.messages[id]!, { kind: 'maxReceiveCount' });
    return ids.map((id) => {
      const message = this.messages[id]!;
      message.receiveCount += 1;
      message.receipt = this.receiptOwners.push(id) - 1;
      message.visibleAt = at + plan.visibilityTimeoutSeconds * 1000;
      return { id, body: message.body, receiveCount: message.receiveCount, sentAt: message.sentAt, receipt: message.receipt };
    });
  }

  /** The message this receipt holds now, if any. */
  held(receipt: number): ModelMessage | undefined {
    const owner = receipt >= 0 ? this.receiptOwners[receipt] : undefined;
    const message = owner === undefined ? undefined : this.messages[owner];
    if (!message || message.state !== 'queued' || message.receipt !== receipt || message.visibleAt <= this.now()) return undefined;
    return message;
  }

  delete(receipt: number): ModelError | null {
    const message = this.held(receipt);
    if (!message) return 'ReceiptExpiredError';
    message.state = 'deleted';
    return null;
  }

  changeVisibility(receipt: number, seconds: number): ModelError | null {
    const message = this.held(receipt);
    if (!message) return 'ReceiptExpiredError';
    message.visibleAt = this.now() + seconds * 1000;
    return null;
  }

  /** The receipts whose change failed, in order, or a RangeError for a batch of the wrong size. */
  changeVisibilityBatch(changes: readonly { receipt: number; seconds: number }[]): { failed: number[] } | { error: 'RangeError' } {
    if (changes.length < 1 || changes.length > 10) return { error: 'RangeError' };
    const failed: number[] = [];
    for (const change of changes) if (this.changeVisibility(change.receipt, change.seconds)) failed.push(change.receipt);
    return { failed };
  }

  deadLetter(receipt: number, reason: string): ModelError | null {
    const message = this.held(receipt);
    if (!message) return 'ReceiptExpiredError';
    this.kill(message, { kind: 'requested', reason });
    return null;
  }

  /** Every dead letter, by id. */
  deadLetters(): ModelDeadLetter[] {
    return this.messages
      .filter((m) => m.state === 'dead')
      .map((m) => ({ id: m.id, body: m.body, receiveCount: m.receiveCount, sentAt: m.sentAt, deadAt: m.deadAt!, reason: m.deadReason! }));
  }

  replay(id: number | null): boolean {
    const message = id === null ? undefined : this.messages[id];
    if (!message || message.state !== 'dead') return false;
    this.revive(message, this.nextRank++);
    return true;
  }

  redriveAll(): number {
    const dead = this.messages.filter((m) => m.state === 'dead');
    const rank = this.nextRank++;
    for (const message of dead) this.revive(message, rank);
    return dead.length;
  }

  purge(): number {
    const dead = this.messages.filter((m) => m.state === 'dead');
    for (const message of dead) message.state = 'purged';
    return dead.length;
  }

  stats(): ModelStats {
    const at = this.now();
    const stats: ModelStats = { visible: 0, inFlight: 0, delayed: 0, dead: 0 };
    for (const message of this.messages) {
      if (message.state === 'dead') stats.dead += 1;
      if (message.state !== 'queued') continue;
      if (message.visibleAt <= at) stats.visible += 1;
      else if (message.receipt !== null) stats.inFlight += 1;
      else stats.delayed += 1;
    }
    return stats;
  }

  private kill(message: ModelMessage, reason: DeadReason): void {
    message.state = 'dead';
    message.deadAt = this.now();
    message.deadReason = reason;
    message.receipt = null;
  }

  private revive(message: ModelMessage, rank: number): void {
    message.state = 'queued';
    message.receiveCount = 0;
    message.receipt = null;
    message.visibleAt = this.now();
    message.rank = rank;
    message.deadAt = null;
    message.deadReason = null;
  }
}
