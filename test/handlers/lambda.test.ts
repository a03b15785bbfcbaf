import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { Handler, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryBlobStore, createMemoryJobStore } from '@kiln/handlers/memory';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { createSqsLambdaHandler, createSubmitHandler, defineJob, defineKiln, runProcessor } from '../support/handlers';
import { multipart, SECRETS } from '../support/kiln-under-test';
import { SQS_SERVER_GAPS, SQS_SERVERS, startSqs } from '../support/sqs-servers';
import { processorDepsFor } from '../../packages/handlers/src/core/processor-deps';

/**
 * createSqsLambdaHandler invoked with a synthetic SQS event, as an event source mapping would: the
 * records are really received from an SQS-compatible server (so their receipts are real), then handed
 * to the handler. Runs on both local servers.
 */
const servers = await Promise.all(SQS_SERVERS.map(startSqs));
afterAll(() => Promise.all(servers.map((server) => server.stop())));

describe.each(servers)('createSqsLambdaHandler on $kind', (server) => {
  it('5 records — one poison, one duplicate of a completed job, one retryable failure, two good: batchItemFailures holds exactly the retryable one', async () => {
    const { queueUrl, dlqUrl } = await server.createQueue({ maxReceiveCount: 4 });
    const runs: string[] = [];
    const job = defineJob({
      name: 'lambda-test',
      timeoutSeconds: 10,
      async run(input) {
        const text = new TextDecoder().decode(await input.file.bytes());
        runs.push(text);
        if (text === 'flaky') throw new Error('the upstream API timed out');
        return { words: text.length };
      },
    });
    const kiln = defineKiln({
      job,
      queue: createSqsQueue({ queueUrl, client: server.client }),
      store: createMemoryJobStore(),
      blobs: createMemoryBlobStore(),
      ...SECRETS,
      kickAfterSubmit: false,
      appUrl: false,
      maxDurationSeconds: 30,
      logger: silentLogger,
      env: {},
    });
    const submit = async (text: string) => ((await (await createSubmitHandler(kiln)(multipart('cv', text, 'cv.txt', 'text/plain'))).json()) as { jobId: string }).jobId;
    const ports = await kiln.ports();

    const finished = await submit('done before');
    await runProcessor(processorDepsFor(kiln, ports), kiln.processor, { mode: 'drain' });
    expect((await ports.store.get(finished))?.status).toBe('completed');

    const [good1, good2, flaky] = [await submit('good one'), await submit('good two'), await submit('flaky')];
    await server.client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ v: 1, jobId: finished }) })); // SQS delivers at least once
    await server.client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'not a Kiln message' }));

    // What the event source mapping does: receive a batch, then invoke the function with it.
    const { Messages = [] } = await server.client.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 60, AttributeNames: ['All' as never], MessageSystemAttributeNames: ['All'] }),
    );
    expect(Messages).toHaveLength(5);
    const event: SQSEvent = {
      Records: Messages.map((m) => ({
        messageId: m.MessageId!,
        receiptHandle: m.ReceiptHandle!,
        body: m.Body!,
        attributes: { ApproximateReceiveCount: m.Attributes!.ApproximateReceiveCount!, SentTimestamp: m.Attributes!.SentTimestamp!, SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' },
        messageAttributes: {},
        md5OfBody: m.MD5OfBody!,
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:q',
        awsRegion: 'us-east-1',
      })),
    };
    const handler: Handler<SQSEvent, SQSBatchResponse> = createSqsLambdaHandler(kiln); // the @types/aws-lambda signature
    const response = await handler(event, { getRemainingTimeInMillis: () => 60_000 } as never, () => {});

    const flakyMessage = Messages.find((m) => m.Body === JSON.stringify({ v: 1, jobId: flaky }))!;
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: flakyMessage.MessageId }] });
    for (const id of [good1, good2]) expect(await ports.store.get(id)).toMatchObject({ status: 'completed', attempts: 1 });
    expect(await ports.store.get(finished)).toMatchObject({ status: 'completed', attempts: 1 }); // not run again
    expect(await ports.store.get(flaky)).toMatchObject({ status: 'processing', attempts: 1, error: { code: 'job_error', retryable: true } }); // the raw message is logged, not stored
    expect(runs.sort()).toEqual(['done before', 'flaky', 'good one', 'good two']);
    const dead = await ports.queue.deadLetters.list();
    expect(dead.map((letter) => letter.body)).toEqual(['not a Kiln message']);
    expect(dead[0]?.reason).toMatch(/poison/);
    expect(dlqUrl).toContain('-dlq');
    // Only the retried message is left, hidden for its backoff (local-aws-sqs miscounts a message whose visibility changed).
    if (!SQS_SERVER_GAPS[server.kind].stats) expect(await ports.queue.stats!()).toMatchObject({ visible: 0, inFlight: 1 });
    expect(await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 1 })).toEqual([]);
  });

  it('a record no job can fit for before the function ends is not started: it is released and reported', async () => {
    const { queueUrl } = await server.createQueue({ maxReceiveCount: 4 });
    const job = defineJob({ name: 'ten-seconds', timeoutSeconds: 10, run: async () => 'never' });
    const kiln = defineKiln({ job, queue: createSqsQueue({ queueUrl, client: server.client }), store: createMemoryJobStore(), blobs: createMemoryBlobStore(), ...SECRETS, kickAfterSubmit: false, appUrl: false, logger: silentLogger, env: {} });
    const jobId = ((await (await createSubmitHandler(kiln)(multipart('cv', 'x', 'cv.txt', 'text/plain'))).json()) as { jobId: string }).jobId;
    const { Messages = [] } = await server.client.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 1, VisibilityTimeout: 60, AttributeNames: ['All' as never] }));
    const record = { messageId: Messages[0]!.MessageId!, receiptHandle: Messages[0]!.ReceiptHandle!, body: Messages[0]!.Body!, attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0' } };
    // 8 s left: less than the job's 10 s.
    const response = await createSqsLambdaHandler(kiln)({ Records: [record] }, { getRemainingTimeInMillis: () => 8000 });
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: record.messageId }] });
    expect((await (await kiln.ports()).store.get(jobId))?.status).toBe('queued');
    expect(await (await kiln.ports()).queue.stats!()).toMatchObject({ visible: 1, inFlight: 0 }); // released at once
  });
});
