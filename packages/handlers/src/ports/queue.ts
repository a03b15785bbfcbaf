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

export interface DeadLetter {
  id: string;
  body: string;
  receiveCount: number;
  sentAt: number;
  /** When it was moved to the dead-letter queue (ms since epoch). */
  deadAt: number;
  /** Why, where the queue knows (poison message, receive count exceeded). */
  reason?: string;
}

/** Dead-letter queue operations: list, replay one, redrive all, purge. */
export interface DeadLetterQueue {
  list(options?: { limit?: number }): Promise<DeadLetter[]>;
  /** Move one dead letter back to the source queue with a fresh receive count. */
  replay(id: string): Promise<boolean>;
  /** Move every dead letter back to the source queue; returns how many moved. */
  redriveAll(): Promise<number>;
  /** Delete every dead letter; returns how many were deleted. */
  purge(): Promise<number>;
}

export interface Queue {
  /** Adapter name for logs and errors, e.g. `"sqlite"`, `"sqs"`. */
  readonly name: string;
  /** The redrive policy's maxReceiveCount: the last delivery the processor may still run. */
  readonly maxReceiveCount: number;
  send(body: string, options?: SendOptions): Promise<{ id: string }>;
  receive(options: ReceiveOptions): Promise<QueueMessage[]>;
  delete(receiptHandle: string): Promise<void>;
  /** Heartbeat (extend) or release (`0`) a received message. */
  changeVisibility(receiptHandle: string, seconds: number): Promise<void>;
  /** Move a received message straight to the dead-letter queue (poison messages). */
  deadLetter(receiptHandle: string, reason: string): Promise<void>;
  readonly deadLetters: DeadLetterQueue;
  dispose?(): Promise<void>;
}
