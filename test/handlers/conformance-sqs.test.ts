import { afterAll } from 'vitest';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { runQueueSuite } from '@kiln/handlers/testing';
import { SQS_SERVERS, startSqs } from '../support/sqs-servers';

/**
 * The Queue port's conformance suite, unchanged, on Kiln's SQS adapter against two SQS-compatible
 * servers (local-aws-sqs and fauxqs, both on 127.0.0.1), for a standard and a FIFO queue each.
 */
const servers = await Promise.all(SQS_SERVERS.map(startSqs));
afterAll(() => Promise.all(servers.map((server) => server.stop())));

for (const server of servers) {
  for (const fifo of [false, true]) {
    runQueueSuite(`sqs ${fifo ? 'FIFO' : 'standard'} queue on ${server.kind}`, {
      async create({ maxReceiveCount }) {
        const { queueUrl } = await server.createQueue({ maxReceiveCount, fifo });
        return createSqsQueue({ queueUrl, client: server.client, listVisibilitySeconds: 2 });
      },
      skip: {
        ...(fifo
          ? { delay: 'FIFO queues have no per-message delay (SQS refuses DelaySeconds on a FIFO message)' }
          : { dedupe: 'standard SQS queues cannot deduplicate sends (only FIFO queues take a MessageDeduplicationId)' }),
        lapsedReceipt: `${server.kind} accepts ChangeMessageVisibility on a receipt whose visibility lapsed (Amazon SQS answers MessageNotInflight)`,
        ...(server.kind === 'local-aws-sqs'
          ? {
              supersededDelete: 'local-aws-sqs deletes with a superseded receipt (Amazon SQS documents that such a delete "might not" delete)',
              stats: 'local-aws-sqs 2.0.2 counts a message whose visibility was changed as both visible and in flight',
              purge: 'local-aws-sqs purges 60 s after PurgeQueue (as Amazon SQS may), and the adapter waits for an empty queue',
            }
          : {}),
      },
    });
  }
}
