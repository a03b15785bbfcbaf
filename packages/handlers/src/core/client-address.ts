/**
 * The client's address, as the host's proxy reports it: the rate limit's default key.
 *
 * The first hop of `x-forwarded-for`, else `x-real-ip`. Vercel sets `x-forwarded-for` itself (a
 * client's own value is overwritten), and `next start` sets it from the socket when no proxy did.
 * Behind a proxy that *appends* to a client's header instead, the first hop is whatever the client
 * wrote: pass `rateLimit.key` (the hop your proxy added, or a user id).
 *
 * `null` — not limited by address — when neither header is there, or the address is the loopback
 * (a proxy on the same machine that did not say who the client is, or a developer's own requests):
 * one bucket shared by every client would let one of them lock all the others out.
 */
export function clientAddress(req: Request): string | null {
  const address = reportedAddress(req);
  if (!address || /^(127\.|::1$|::ffff:127\.|localhost$)/i.test(address)) return null;
  return address;
}

/** The first hop of `x-forwarded-for`, else `x-real-ip`, loopback included; `null` when neither is there. */
export function reportedAddress(req: Request): string | null {
  return req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip')?.trim() || null;
}
