/**
 * `@kiln/handlers/sqs` on the Edge runtime (the `edge-light` export condition). An edge function has no
 * `node_modules` to load a package from when it runs, so this entry imports `@aws-sdk/client-sqs`
 * statically and the app's bundler puts it in the function.
 */
import * as sdk from '@aws-sdk/client-sqs';
import { createSqsQueue as create, type SqsQueueOptions } from './adapters/queue/sqs';
import { awsClientConfig } from './adapters/aws-config';
import type { Queue } from './ports/queue';

export type { SqsQueueOptions };

/**
 * The same queue as on Node, with the SDK bundled. The SDK's browser build (what the Edge runtime
 * gets) reads no variables, so without a `client` the region, credentials and endpoint come from
 * `AWS_REGION`, `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN` and
 * `AWS_ENDPOINT_URL_SQS` here, under any `clientConfig` given.
 */
export function createSqsQueue(options: SqsQueueOptions): Queue {
  const clientConfig = options.client ? options.clientConfig : { ...awsClientConfig(globalThis.process?.env ?? {}, 'SQS'), ...options.clientConfig };
  return create({ ...options, ...(clientConfig ? { clientConfig } : {}) }, sdk);
}
