/**
 * The client's address, as the host's proxy reports it: the rate limit's default key.
 *
 * The last hop of `x-forwarded-for` (the one the nearest proxy added), else `x-real-ip`. Vercel
 * replaces the header with the client's address, so there it is the only hop; nginx
 * (`$proxy_add_x_forwarded_for`), AWS ALB and most proxies append the address they saw, so anything
 * before it is what the client wrote and cannot be trusted. Behind two proxies of your own, the last
 * hop is the inner proxy's view: pass `rateLimit.key`. A bare `next start` facing the internet keeps a
 * header the client sent, so put a proxy in front of it (or pass `rateLimit.key`).
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

/** The last hop of `x-forwarded-for`, else `x-real-ip`, loopback included; `null` when neither is there. */
export function reportedAddress(req: Request): string | null {
  return req.headers.get('x-forwarded-for')?.split(',').pop()?.trim() || req.headers.get('x-real-ip')?.trim() || null;
}
