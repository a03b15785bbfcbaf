import type { Message, MessageAttributeValue, SQSClient, SQSClientConfig } from '@aws-sdk/client-sqs';
import { KilnConfigError } from '../../core/errors';
import { awsClientConfig } from '../aws-config';
import { missingSdk } from '../optional-sdk';
import { ReceiptExpiredError, type DeadLetter, type DeliveredMessage, type Queue, type QueueMessage, type ReceiveOptions, type SendOptions, type VisibilityChange } from '../../ports/queue';
import { validateReceive, validateVisibility, validateVisibilityBatch } from './queue-rules';

export interface SqsQueueOptions {
  /** The queue's URL, e.g. `https://sqs.eu-west-1.amazonaws.com/123456789012/kiln-jobs`. Env: `SQS_QUEUE_URL`. */
  queueUrl: string;
  /**
   * A ready client. Without one, Kiln creates an `SQSClient` from the SDK's usual chain: `AWS_REGION`,
   * the credentials chain, and `AWS_ENDPOINT_URL_SQS` for a local or private endpoint.
   */
  client?: SQSClient;
  /** Settings for the client Kiln creates when `client` is not given. @example { region: 'eu-west-1' } */
  clientConfig?: SQSClientConfig;
  /**
   * The redrive policy's `maxReceiveCount`, which Kiln needs to equal `maxAttempts + 1`. Read from the
   * queue's `RedrivePolicy` when it starts; give it only to skip that read.
   */
  maxReceiveCount?: number;
  /** The dead-letter queue's URL. @default the queue its redrive policy names */
  deadLetterQueueUrl?: string;
  /**
   * Seconds a listing of the dead-letter queue hides each letter before giving it back (it gives them
   * back as soon as it is done). A listing ends before this runs out, so it bounds how many letters one
   * listing can read. Listing is receiving, so it raises the letters' receive counts — that is how SQS
   * lets anyone read a queue.
   * @default 30
   */
  listVisibilitySeconds?: number;
}

export type Sdk = typeof import('@aws-sdk/client-sqs');

interface Resolved {
  sdk: Sdk;
  client: SQSClient;
  ownClient: boolean;
  maxReceiveCount: number;
  queueArn: string;
  dlqUrl: string;
  dlqArn: string;
}

const RECEIVE_ATTRIBUTES = ['ApproximateReceiveCount', 'SentTimestamp'] as const;
const ATTR = { reason: 'kiln-reason', deadAt: 'kiln-dead-at', sourceId: 'kiln-source-id', receiveCount: 'kiln-receive-count' } as const;

/**
 * A Kiln queue on Amazon SQS (standard or FIFO), with the dead-letter queue its redrive policy names.
 * `@aws-sdk/client-sqs` is an optional peer dependency, imported on first use.
 *
 * - FIFO (`.fifo` queues): each job is its own message group (`MessageGroupId` and
 *   `MessageDeduplicationId` = the job id), so jobs run in parallel; FIFO has no per-message delay, and
 *   Kiln never needs one (retries back off by visibility).
 * - Standard queues cannot deduplicate sends; Kiln does not rely on it (job ids are unique, and a
 *   duplicate delivery of a finished job is acknowledged without running).
 *
 * @example
 * import { createSqsQueue } from '@kiln/handlers/sqs';
 * const queue = createSqsQueue({ queueUrl: process.env.SQS_QUEUE_URL! });
 */
export function createSqsQueue(options: SqsQueueOptions): Queue {
  const queueUrl = options.queueUrl;
  if (!/^https?:\/\//.test(queueUrl ?? '')) {
    throw new KilnConfigError(`The SQS queue URL must be an http(s) URL like https://sqs.eu-west-1.amazonaws.com/123456789012/kiln-jobs (got ${JSON.stringify(queueUrl)}).`, 'queue', 'SQS_QUEUE_URL');
  }
  const fifo = queueUrl.endsWith('.fifo');
  const listVisibility = options.listVisibilitySeconds ?? 30;
  let resolved: Promise<Resolved> | null = null;
  let known: Resolved | null = null;
  let createdClient: SQSClient | null = null;

  const resolve = () =>
    (resolved ??= (async (): Promise<Resolved> => {
      const sdk = await loadSdk();
      const client = options.client ?? (createdClient = new sdk.SQSClient({ ...awsClientConfig(globalThis.process?.env ?? {}, 'SQS'), ...options.clientConfig }));
      const { Attributes = {} } = await client.send(new sdk.GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn', 'RedrivePolicy'] })).catch((error: unknown) => {
        throw new KilnConfigError(`Could not read the SQS queue ${queueUrl}: ${describe(error)}. Check SQS_QUEUE_URL, AWS_REGION and the credentials.`, 'queue', 'SQS_QUEUE_URL', { cause: error });
      });
      const redrive = Attributes.RedrivePolicy ? (JSON.parse(Attributes.RedrivePolicy) as { deadLetterTargetArn?: string; maxReceiveCount?: number | string }) : null;
      const maxReceiveCount = options.maxReceiveCount ?? Number(redrive?.maxReceiveCount);
      if (!redrive?.deadLetterTargetArn && !options.deadLetterQueueUrl) {
        throw new KilnConfigError(
          `The SQS queue ${queueUrl} has no redrive policy. Give it a dead-letter queue with maxReceiveCount = maxAttempts + 1 (4 by default), for example: ` +
            `aws sqs set-queue-attributes --queue-url ${queueUrl} --attributes '{"RedrivePolicy":"{\\"deadLetterTargetArn\\":\\"<dlq-arn>\\",\\"maxReceiveCount\\":\\"4\\"}"}'`,
          'queue',
          'SQS_QUEUE_URL',
        );
      }
      const dlqUrl = options.deadLetterQueueUrl ?? (await queueUrlOf(sdk, client, redrive!.deadLetterTargetArn!));
      const dlqArn = options.deadLetterQueueUrl ? ((await attributesOf(sdk, client, dlqUrl, ['QueueArn'])).QueueArn ?? '') : redrive!.deadLetterTargetArn!;
      return (known = { sdk, client, ownClient: !options.client, maxReceiveCount, queueArn: Attributes.QueueArn ?? '', dlqUrl, dlqArn });
    })().catch((error: unknown) => {
      resolved = null; // try again next time: a network blip must not poison the adapter for good
      if (!options.client) createdClient?.destroy();
      throw error;
    }));

  // Commands are built by the caller from the lazily loaded SDK; their types are checked at construction.
  const call = async <T>(make: (sdk: Sdk) => unknown, operation: string): Promise<T> => {
    const { sdk, client } = await resolve();
    try {
      return (await client.send(make(sdk) as never)) as T;
    } catch (error) {
      throw toPortError(error, operation);
    }
  };

  const receiveFrom = async (url: string, max: number, waitSeconds: number, visibilitySeconds: number): Promise<Message[]> => {
    const { Messages = [] } = await call<{ Messages?: Message[] }>(
      (sdk) =>
        new sdk.ReceiveMessageCommand({
          QueueUrl: url,
          MaxNumberOfMessages: max,
          WaitTimeSeconds: Math.floor(waitSeconds),
          VisibilityTimeout: Math.ceil(visibilitySeconds),
          // Both spellings: some servers still read only the older AttributeNames.
          AttributeNames: [...RECEIVE_ATTRIBUTES] as never[],
          MessageSystemAttributeNames: [...RECEIVE_ATTRIBUTES],
          MessageAttributeNames: ['All'],
        }),
      'receive',
    );
    return Messages;
  };

  const changeVisibility = async (receiptHandle: string, seconds: number, url = queueUrl) => {
    validateVisibility('changeVisibility', seconds);
    await call((sdk) => new sdk.ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: receiptHandle, VisibilityTimeout: Math.ceil(seconds) }), 'changeVisibility');
  };

  const changeVisibilityBatch = async (changes: VisibilityChange[], url = queueUrl) => {
    validateVisibilityBatch(changes);
    changes.forEach((change) => validateVisibility('changeVisibilityBatch', change.seconds));
    const { Failed = [] } = await call<{ Failed?: { Id?: string; Code?: string; Message?: string }[] }>(
      (sdk) =>
        new sdk.ChangeMessageVisibilityBatchCommand({
          QueueUrl: url,
          Entries: changes.map((change, i) => ({ Id: String(i), ReceiptHandle: change.receiptHandle, VisibilityTimeout: Math.ceil(change.seconds) })),
        }),
      'changeVisibilityBatch',
    );
    return {
      failed: Failed.map((entry) => ({
        receiptHandle: changes[Number(entry.Id)]!.receiptHandle,
        error: isExpiredCode(entry.Code, entry.Message) ? new ReceiptExpiredError('changeVisibilityBatch') : new Error(`${entry.Code ?? 'error'}: ${entry.Message ?? ''}`),
      })),
    };
  };

  /** Give back letters a listing or a search hid, ten at a time. */
  const releaseLetters = async (letters: Message[]) => {
    const { dlqUrl } = await resolve();
    for (let i = 0; i < letters.length; i += 10) {
      const chunk = letters.slice(i, i + 10).map((m) => ({ receiptHandle: m.ReceiptHandle!, seconds: 0 }));
      await changeVisibilityBatch(chunk, dlqUrl).catch(() => undefined); // they come back on their own after listVisibility
    }
  };

  /**
   * Reads the dead-letter queue, handing each letter to `visit` once, until `visit` says stop, the queue
   * is empty, a letter comes round again, or the scan has run for most of the time letters stay hidden
   * (after that, the first ones reappear and a scan would only go round in circles).
   */
  const scanLetters = async (visit: (message: Message) => Promise<'continue' | 'stop'>) => {
    const { dlqUrl } = await resolve();
    const hidden: Message[] = [];
    const seen = new Set<string>();
    const until = Date.now() + Math.max(1000, (listVisibility - 2) * 1000);
    try {
      for (let emptyPolls = 0; emptyPolls < 2 && Date.now() < until; ) {
        // A short poll samples only some of SQS's servers: one long poll confirms the queue is empty.
        const batch = await receiveFrom(dlqUrl, 10, emptyPolls === 0 ? 0 : 1, listVisibility);
        if (batch.length === 0) {
          emptyPolls += 1;
          continue;
        }
        emptyPolls = 0;
        for (const message of batch) {
          hidden.push(message);
          if (seen.has(message.MessageId ?? '')) return; // came round again: every letter has been seen
          seen.add(message.MessageId ?? '');
          if ((await visit(message)) === 'stop') return;
        }
      }
    } finally {
      await releaseLetters(hidden);
    }
  };

  const sendTo = async (url: string, message: { body: string; dedupeId?: string; delaySeconds?: number; attributes?: Record<string, MessageAttributeValue> }, urlIsFifo: boolean) => {
    const groupId = message.dedupeId ?? globalThis.crypto.randomUUID();
    const { MessageId } = await call<{ MessageId?: string }>(
      (sdk) =>
        new sdk.SendMessageCommand({
          QueueUrl: url,
          MessageBody: message.body,
          ...(message.attributes ? { MessageAttributes: message.attributes } : {}),
          ...(urlIsFifo ? { MessageGroupId: groupId, MessageDeduplicationId: message.dedupeId ?? globalThis.crypto.randomUUID() } : {}),
          ...(!urlIsFifo && message.delaySeconds ? { DelaySeconds: Math.ceil(message.delaySeconds) } : {}),
        }),
      'send',
    );
    return { id: MessageId ?? '' };
  };

  const deleteFrom = (url: string, receiptHandle: string, operation = 'delete') =>
    call((sdk) => new sdk.DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: receiptHandle }), operation);

  const countOf = async (url: string) => {
    const { sdk, client } = await resolve();
    const attributes = await attributesOf(sdk, client, url, ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed']);
    return {
      visible: Number(attributes.ApproximateNumberOfMessages ?? 0),
      inFlight: Number(attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
      delayed: Number(attributes.ApproximateNumberOfMessagesDelayed ?? 0),
    };
  };

  const queue: Queue = {
    name: fifo ? 'sqs-fifo' : 'sqs',
    get maxReceiveCount() {
      return known?.maxReceiveCount ?? options.maxReceiveCount ?? Number.NaN;
    },
    async ready() {
      await resolve();
    },
    async send(body: string, sendOptions: SendOptions = {}) {
      if (fifo && sendOptions.delaySeconds) throw new RangeError('send: FIFO queues have no per-message delay (DelaySeconds); back off by visibility instead.');
      return sendTo(queueUrl, { body, ...sendOptions }, fifo);
    },
    async receive(receiveOptions: ReceiveOptions): Promise<QueueMessage[]> {
      validateReceive(receiveOptions);
      const messages = await receiveFrom(queueUrl, receiveOptions.maxMessages, receiveOptions.waitSeconds ?? 0, receiveOptions.visibilityTimeoutSeconds);
      return messages.map(toQueueMessage);
    },
    async delete(receiptHandle: string) {
      await deleteFrom(queueUrl, receiptHandle);
    },
    changeVisibility: (receiptHandle: string, seconds: number) => changeVisibility(receiptHandle, seconds),
    changeVisibilityBatch: (changes: VisibilityChange[]) => changeVisibilityBatch(changes),
    async deadLetter(message: DeliveredMessage, reason: string) {
      const { dlqUrl } = await resolve();
      // Make sure the receipt still holds the message before copying it (the copy cannot be taken back),
      // and keep it hidden long enough for the copy to be sent.
      await changeVisibility(message.receiptHandle, 30).catch((error: unknown) => {
        throw error instanceof ReceiptExpiredError ? new ReceiptExpiredError('deadLetter') : error;
      });
      await sendTo(
        dlqUrl,
        {
          body: message.body,
          dedupeId: message.id,
          attributes: {
            [ATTR.reason]: { DataType: 'String', StringValue: reason.slice(0, 2000) || '(no reason given)' },
            [ATTR.deadAt]: { DataType: 'Number', StringValue: String(Date.now()) },
            [ATTR.sourceId]: { DataType: 'String', StringValue: message.id },
            [ATTR.receiveCount]: { DataType: 'Number', StringValue: String(message.receiveCount) },
          },
        },
        dlqUrl.endsWith('.fifo'),
      );
      await deleteFrom(queueUrl, message.receiptHandle, 'deadLetter');
    },
    async describe() {
      const { sdk, client, dlqUrl } = await resolve();
      const { VisibilityTimeout } = await attributesOf(sdk, client, queueUrl, ['VisibilityTimeout']);
      return { location: queueUrl, deadLetterQueue: dlqUrl, fifo, ...(VisibilityTimeout ? { visibilityTimeoutSeconds: Number(VisibilityTimeout) } : {}) };
    },
    async stats() {
      const [main, dead] = await Promise.all([countOf(queueUrl), resolve().then(({ dlqUrl }) => countOf(dlqUrl))]);
      return { ...main, dead: dead.visible + dead.inFlight + dead.delayed };
    },
    deadLetters: {
      async list({ limit = 100, since = -Infinity } = {}) {
        const letters: DeadLetter[] = [];
        const cap = Math.max(0, Math.floor(limit));
        await scanLetters(async (message) => {
          const letter = toDeadLetter(message);
          if (letter.deadAt >= since) letters.push(letter);
          // Letters come in no order, so the oldest `limit` need the whole queue; past 10 × limit, stop.
          return letters.length >= cap * 10 && cap > 0 ? 'stop' : 'continue';
        });
        return letters.sort((a, b) => a.deadAt - b.deadAt).slice(0, Math.max(0, Math.floor(limit)));
      },
      async replay(id: string) {
        const { dlqUrl } = await resolve();
        let found = false;
        await scanLetters(async (message) => {
          if (message.MessageId !== id) return 'continue';
          // Back on the queue as a new message (a fresh receive count), then off the dead-letter queue.
          await sendTo(queueUrl, { body: message.Body ?? '', dedupeId: `${id}-replay-${Date.now()}` }, fifo);
          await deleteFrom(dlqUrl, message.ReceiptHandle!, 'replay');
          found = true;
          return 'stop';
        });
        return found;
      },
      async redriveAll() {
        const { sdk, client, dlqUrl, dlqArn, queueArn } = await resolve();
        const before = await countOf(dlqUrl);
        try {
          const startedAt = Date.now();
          const { TaskHandle } = await client.send(new sdk.StartMessageMoveTaskCommand({ SourceArn: dlqArn, DestinationArn: queueArn }));
          return await waitForMoveTask(sdk, client, dlqArn, TaskHandle, before.visible + before.inFlight + before.delayed, startedAt);
        } catch (error) {
          if (!isUnsupported(error)) throw toPortError(error, 'redriveAll');
        }
        // A server without message move tasks: receive each letter, send it back, delete it.
        let moved = 0;
        for (;;) {
          const batch = await receiveFrom(dlqUrl, 10, 1, 30);
          if (batch.length === 0) return moved;
          for (const message of batch) {
            await sendTo(queueUrl, { body: message.Body ?? '', dedupeId: `${message.MessageId}-redrive-${Date.now()}` }, fifo);
            await deleteFrom(dlqUrl, message.ReceiptHandle!, 'redriveAll');
            moved += 1;
          }
        }
      },
      async purge() {
        const { sdk, client, dlqUrl } = await resolve();
        const { visible, inFlight, delayed } = await countOf(dlqUrl);
        try {
          await client.send(new sdk.PurgeQueueCommand({ QueueUrl: dlqUrl }));
        } catch (error) {
          if ((error as { name?: string }).name === 'PurgeQueueInProgress') throw new Error('SQS allows one purge of a queue per 60 seconds; the last purge of the dead-letter queue is still running. Try again in a minute.', { cause: error });
          throw toPortError(error, 'purge');
        }
        // PurgeQueue takes up to a minute: answer when the letters are gone, so a listing after it agrees.
        const until = Date.now() + 65_000;
        for (;;) {
          const left = await countOf(dlqUrl);
          if (left.visible + left.inFlight + left.delayed === 0 || Date.now() > until) break;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return visible + inFlight + delayed;
      },
    },
    async dispose() {
      if (known?.ownClient) known.client.destroy();
    },
  };
  return queue;
}

function toQueueMessage(message: Message): QueueMessage {
  const attributes = message.Attributes ?? {};
  return {
    id: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    receiveCount: Number(attributes.ApproximateReceiveCount ?? 1),
    sentAt: Number(attributes.SentTimestamp ?? 0),
  };
}

function toDeadLetter(message: Message): DeadLetter {
  const custom = message.MessageAttributes ?? {};
  const number = (name: string) => (custom[name]?.StringValue !== undefined ? Number(custom[name]!.StringValue) : undefined);
  const sentAt = Number(message.Attributes?.SentTimestamp ?? 0);
  const receiveCount = number(ATTR.receiveCount) ?? Number(message.Attributes?.ApproximateReceiveCount ?? 0);
  const reason = custom[ATTR.reason]?.StringValue ?? `moved by the queue's redrive policy (received more than maxReceiveCount times)`;
  const sourceId = custom[ATTR.sourceId]?.StringValue;
  return { id: message.MessageId ?? '', ...(sourceId ? { sourceId } : {}), body: message.Body ?? '', receiveCount, sentAt, deadAt: number(ATTR.deadAt) ?? sentAt, reason };
}

async function loadSdk(): Promise<Sdk> {
  try {
    return await import('@aws-sdk/client-sqs');
  } catch (cause) {
    throw missingSdk(cause, { packages: '@aws-sdk/client-sqs', option: 'queue', variable: 'SQS_QUEUE_URL' });
  }
}

async function attributesOf(sdk: Sdk, client: SQSClient, url: string, names: string[]): Promise<Record<string, string>> {
  const { Attributes = {} } = await client.send(new sdk.GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: names as never }));
  return Attributes;
}

async function queueUrlOf(sdk: Sdk, client: SQSClient, arn: string): Promise<string> {
  // arn:aws:sqs:<region>:<account>:<name>
  const [, , , , account, name] = arn.split(':');
  const { QueueUrl } = await client.send(new sdk.GetQueueUrlCommand({ QueueName: name!, ...(account ? { QueueOwnerAWSAccountId: account } : {}) }));
  if (!QueueUrl) throw new KilnConfigError(`The dead-letter queue ${arn} named by the redrive policy does not exist.`, 'queue', 'SQS_QUEUE_URL');
  return QueueUrl;
}

async function waitForMoveTask(sdk: Sdk, client: SQSClient, sourceArn: string, handle: string | undefined, expected: number, startedAt: number): Promise<number> {
  const until = Date.now() + 120_000;
  for (;;) {
    const { Results = [] } = await client.send(new sdk.ListMessageMoveTasksCommand({ SourceArn: sourceArn, MaxResults: 10 }));
    // A running task is known by its handle; a finished one no longer has one (SQS drops it), so it is
    // the newest task started since we asked.
    const task = Results.find((r) => handle && r.TaskHandle === handle) ?? Results.find((r) => !r.TaskHandle && Number(r.StartedTimestamp ?? 0) >= startedAt - 1000);
    if (task && task.Status !== 'RUNNING') {
      if (task.Status === 'FAILED') throw new Error(`The dead-letter redrive failed: ${task.FailureReason ?? 'no reason given'}`);
      return Number(task.ApproximateNumberOfMessagesMoved ?? expected);
    }
    if (Date.now() > until) return Number(task?.ApproximateNumberOfMessagesMoved ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function isExpiredCode(code: string | undefined, message: string | undefined): boolean {
  return code === 'ReceiptHandleIsInvalid' || code === 'MessageNotInflight' || code === 'AWS.SimpleQueueService.MessageNotInflight' || (code === 'InvalidParameterValue' && /receipt ?handle/i.test(message ?? ''));
}

function isUnsupported(error: unknown): boolean {
  const { name = '', message = '' } = error as { name?: string; message?: string };
  return /Unsupported|UnknownOperation|InvalidAction|NotImplemented/i.test(name) || /not (supported|implemented)|unknown (operation|action)/i.test(message);
}

function toPortError(error: unknown, operation: string): Error {
  const { name, message } = error as { name?: string; message?: string };
  if (isExpiredCode(name, message)) return new ReceiptExpiredError(operation);
  return error instanceof Error ? error : new Error(String(error));
}

function describe(error: unknown): string {
  const { name, message } = error as { name?: string; message?: string };
  return [name, message].filter(Boolean).join(': ') || String(error);
}
