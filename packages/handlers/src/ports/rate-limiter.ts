/**
 * The RateLimiter port: how many submits one client may make. Kiln asks once per submit, before the
 * body is read, with a key naming the client (its IP address by default).
 */
export interface RateLimitDecision {
  /** `true`: go ahead (one token was taken). */
  allowed: boolean;
  /** When refused, the whole seconds until a submit would be allowed again (≥ 1). */
  retryAfterSeconds: number;
  /** Tokens left after this one, where the limiter knows. */
  remaining?: number;
}

export interface RateLimiter {
  readonly name: string;
  /** Takes one token from `key`'s bucket, or says how long until one is back. */
  limit(key: string): Promise<RateLimitDecision>;
  dispose?(): Promise<void>;
}
