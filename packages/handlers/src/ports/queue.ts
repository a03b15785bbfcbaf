/**
 * The Queue port. Amazon SQS semantics are the contract: a received message is hidden for its
 * visibility timeout and comes back if it is not deleted; every receive counts; after
 * `maxReceiveCount` receives the queue moves it to its dead-letter queue instead of delivering it.
 * The embedded SQLite queue and the in-memory queue reproduce exactly this.
 */
export interface QueueMessage {
  /** Stable id of the message across deliveries. */
  id: string;
  /** Handle for this delivery only; delete and visibility changes use it. */
  receiptHandle: string;
  body: string;
  /** How many times the message has been received, this delivery included (SQS ApproximateReceiveCount). */
  receiveCount: number;
  /** When the message was first sent (ms since epoch). */
  sentAt: number;
}

/** What `deadLetter` needs of a received message. */
export type DeliveredMessage = Pick<QueueMessage, 'id' | 'receiptHandle' | 'body' | 'receiveCount'>;

export interface SendOptions {
  /** Seconds before the message becomes visible. @default 0 */
  delaySeconds?: number;
  /** A send with the same id within five minutes is accepted but not enqueued again (SQS FIFO deduplication). */
  dedupeId?: string;
}

export interface ReceiveOptions {
  /** At most this many messages (1–10, as SQS). */
  maxMessages: number;
  /** Long poll: wait up to this many seconds for a message when none is visible. @default 0 */
  waitSeconds?: number;
  /** Hide received messages for this many seconds. */
  visibilityTimeoutSeconds: number;
}

/** One heartbeat or release in a batch. */
export interface VisibilityChange {
  receiptHandle: string;
  seconds: number;
}

export interface DeadLetter {
  /** Its id on the dead-letter queue: replay it by this. */
  id: string;
  /** Its id on the source queue, where the dead-letter queue gave it a new one (SQS, when Kiln moved it). */
  sourceId?: string;
  body: string;
  receiveCount: number;
  sentAt: number;
  /** When it was moved to the dead-letter queue (ms since epoch). */
  deadAt: number;
  /** Why, where the queue knows (poison message, receive count exceeded). */
  reason?: string;
}

/**
 * Dead-letter queue operations: list, replay one, redrive all, purge. They move messages only; a
 * failed job's record is put back to `queued` by `replayDeadLetter` / `redriveDeadLetters`, which do
 * both (a message moved alone would find its job still failed and be dropped as a duplicate).
 */
export interface DeadLetterQueue {
  /** The oldest first; `since` (ms since epoch) keeps only letters dead at or after it. @default limit 100 */
  list(options?: { limit?: number; since?: number }): Promise<DeadLetter[]>;
  /** Move one dead letter back to the source queue with a fresh receive count. */
  replay(id: string): Promise<boolean>;
  /** Move every dead letter back to the source queue; returns how many moved. */
  redriveAll(): Promise<number>;
  /** Delete every dead letter; returns how many were deleted. */
  purge(): Promise<number>;
}

/** How many messages a queue holds, by state (SQS `ApproximateNumberOfMessages*`). */
export interface QueueStats {
  /** Waiting to be received. */
  visible: number;
  /** Received and not yet deleted, released or lapsed. */
  inFlight: number;
  /** Sent with a delay (or backing off) that has not passed yet. */
  delayed: number;
  /** On the dead-letter queue. */
  dead: number;
}

/** What `kiln doctor` reports about a queue. */
export interface QueueDescription {
  /** The queue, e.g. its URL, or the database file. */
  location: string;
  /** The dead-letter queue, or `null` when none is configured. */
  deadLetterQueue: string | null;
  /** The queue's own default visibility timeout, where it has one (SQS). */
  visibilityTimeoutSeconds?: number;
  fifo?: boolean;
}

/**
 * A receipt handle that no longer holds its message: the visibility timeout lapsed, the message was
 * received again (a newer receipt exists), or it was deleted or dead-lettered. The call changed
 * nothing. SQS answers `ReceiptHandleIsInvalid` or `MessageNotInflight` here (standard queues may
 * also accept a stale delete silently without deleting); the embedded queues always throw this, so
 * tests catch a heartbeat that came too late.
 */
export class ReceiptExpiredError extends Error {
  override readonly name = 'ReceiptExpiredError';
  readonly code = 'receipt_expired';
  constructor(operation: string) {
    super(`${operation}: the receipt handle no longer holds the message (its visibility lapsed, it was received again, or it is gone).`);
  }
}

export interface Queue {
  /** Adapter name for logs and errors, e.g. `"sqlite"`, `"sqs"`. */
  readonly name: string;
  /**
   * The redrive policy's maxReceiveCount. Kiln's processor runs a job on deliveries 1…maxAttempts and
   * keeps delivery maxAttempts + 1 as the guard delivery, which records `failed` and dead-letters the
   * message itself, so this must be `maxAttempts + 1`.
   */
  readonly maxReceiveCount: number;
  /**
   * Resolves once the adapter knows its settings — an SQS queue reads its redrive policy here — and
   * rejects with a clear error when the queue cannot be used. `maxReceiveCount` is read after it.
   */
  ready?(): Promise<void>;
  send(body: string, options?: SendOptions): Promise<{ id: string }>;
  receive(options: ReceiveOptions): Promise<QueueMessage[]>;
  /** Delete a message this receipt holds; rejects with `ReceiptExpiredError` when it holds none. */
  delete(receiptHandle: string): Promise<void>;
  /**
   * Heartbeat (extend) or release (`0`) a message this receipt holds; rejects with
   * `ReceiptExpiredError` when it holds none.
   */
  changeVisibility(receiptHandle: string, seconds: number): Promise<void>;
  /**
   * Up to 10 visibility changes in one call (SQS `ChangeMessageVisibilityBatch`). Entries that failed
   * are returned, the others applied.
   */
  changeVisibilityBatch?(changes: VisibilityChange[]): Promise<{ failed: { receiptHandle: string; error: Error }[] }>;
  /**
   * Move a received message straight to the dead-letter queue with a reason (poison, attempts used up).
   * Takes the whole message because some queues (SQS) move it by sending its body to the dead-letter
   * queue, then deleting it here; rejects with `ReceiptExpiredError` when its receipt holds nothing.
   */
  deadLetter(message: DeliveredMessage, reason: string): Promise<void>;
  readonly deadLetters: DeadLetterQueue;
  /** Counts by state, for operators and tests. */
  stats?(): Promise<QueueStats>;
  /** Where it lives and how it is set up, for `kiln doctor`. */
  describe?(): Promise<QueueDescription>;
  dispose?(): Promise<void>;
}
