type Env = Record<string, string | undefined>;

/**
 * The AWS settings the variables give, for a service (`SQS`, `S3`); the SDK's own chain fills the rest
 * on Node. (Its browser build, which the Edge runtime gets, reads no variables: there these are all.)
 * A custom S3 endpoint (MinIO, R2, a local server) is addressed by path, not by bucket subdomain.
 */
export function awsClientConfig(env: Env, service: 'SQS' | 'S3') {
  const endpoint = env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;
  const credentials =
    env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }
      : undefined;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  return { ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}), ...(credentials ? { credentials } : {}), ...(endpoint && service === 'S3' ? { forcePathStyle: true } : {}) };
}
