import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { buildApp } from 'fauxqs';
import { createSqsServer } from 'local-aws-sqs';
import type { AddressInfo } from 'node:net';

/**
 * The two SQS-compatible servers the tests run every SQS case on, each started on 127.0.0.1 and a
 * free port, in this process. What each cannot do is listed in SQS_SERVER_GAPS, so a test can skip a
 * case on that server only and say why in its name.
 */
export const SQS_SERVERS = ['local-aws-sqs', 'fauxqs'] as const;
export type SqsServerKind = (typeof SQS_SERVERS)[number];

export const SQS_SERVER_GAPS: Record<SqsServerKind, { heartbeats?: string; moveTask?: string; stats?: string }> = {
  'local-aws-sqs': {
    heartbeats: 'local-aws-sqs 2.0.2 counts every ChangeMessageVisibility as a receive, so heartbeats use up attempts',
    stats: 'local-aws-sqs 2.0.2 counts a message whose visibility was changed as both visible and in flight',
  },
  fauxqs: { moveTask: 'fauxqs 1.9.2 has no StartMessageMoveTask (the adapter falls back to receive-and-resend)' },
};

export const SQS_CREDENTIALS = { AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'kiln-test', AWS_SECRET_ACCESS_KEY: 'kiln-test' };

export interface RunningSqs {
  kind: SqsServerKind;
  endpoint: string;
  client: SQSClient;
  /** A new queue and its dead-letter queue, with a redrive policy of `maxReceiveCount`. */
  createQueue(options: { maxReceiveCount: number; fifo?: boolean; name?: string }): Promise<{ queueUrl: string; dlqUrl: string }>;
  stop(): Promise<void>;
}

export async function startSqs(kind: SqsServerKind): Promise<RunningSqs> {
  let endpoint: string;
  let close: () => Promise<void>;
  if (kind === 'local-aws-sqs') {
    const server = await createSqsServer({ port: 0, hostname: '127.0.0.1', emulateQueueCreationLifecycle: false } as never);
    const { port } = (server as unknown as { address(): AddressInfo }).address();
    endpoint = `http://127.0.0.1:${port}`;
    const http = server as unknown as { close(cb: () => void): void; closeAllConnections(): void };
    close = () =>
      new Promise((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
  } else {
    const app = buildApp({ logger: false, host: 'localhost' });
    endpoint = await app.listen({ port: 0, host: '127.0.0.1' });
    close = () => app.close();
  }
  const client = new SQSClient({ region: SQS_CREDENTIALS.AWS_REGION, endpoint, credentials: { accessKeyId: SQS_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: SQS_CREDENTIALS.AWS_SECRET_ACCESS_KEY } });
  let n = 0;
  return {
    kind,
    endpoint,
    client,
    async createQueue({ maxReceiveCount, fifo = false, name }) {
      const base = name ?? `kiln-${process.pid}-${Date.now().toString(36)}-${n++}`;
      const suffix = fifo ? '.fifo' : '';
      const fifoAttributes = fifo ? { FifoQueue: 'true' } : {};
      const dlq = await client.send(new CreateQueueCommand({ QueueName: `${base}-dlq${suffix}`, Attributes: fifoAttributes }));
      const { Attributes } = await client.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }));
      const queue = await client.send(
        new CreateQueueCommand({
          QueueName: `${base}${suffix}`,
          Attributes: { ...fifoAttributes, RedrivePolicy: JSON.stringify({ deadLetterTargetArn: Attributes!.QueueArn, maxReceiveCount }) },
        }),
      );
      return { queueUrl: queue.QueueUrl!, dlqUrl: dlq.QueueUrl! };
    },
    async stop() {
      client.destroy();
      await close();
    },
  };
}
