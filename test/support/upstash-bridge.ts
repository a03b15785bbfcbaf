import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'redis';

/**
 * The Upstash REST protocol in front of a real redis-server, for tests: no Upstash server can run
 * here, so this bridge speaks what `@upstash/redis` and `@vercel/kv` send — `POST /` with a command
 * array, `POST /pipeline` and `POST /multi-exec` with arrays of them, a Bearer token, and with
 * `Upstash-Encoding: base64` every string in a result base64-encoded — and runs each command on Redis.
 * Upstash takes a Lua script flag that Redis 7.0 refuses (`#!lua flags=allow-key-locking`, which
 * `@upstash/ratelimit` writes): the bridge drops it, and answers EVALSHA for the script's hash as sent.
 * Listens on 127.0.0.1 only.
 */
export interface UpstashBridge {
  url: string;
  token: string;
  /** Requests served, by path. */
  served: Record<string, number>;
  stop(): Promise<void>;
}

type Reply = { result: unknown } | { error: string };

export async function startUpstashBridge(redisUrl: string, token = 'upstash-bridge-token'): Promise<UpstashBridge> {
  const redis = createClient({ url: redisUrl });
  redis.on('error', () => {});
  await redis.connect();
  const served: Record<string, number> = {};

  // The hash a client computed from a script with the flag → the hash Redis knows it by.
  const hashes = new Map<string, string>();
  const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
  const adapt = (args: string[]): string[] => {
    const name = args[0]!.toUpperCase();
    const at = name === 'EVAL' || name === 'EVAL_RO' ? 1 : name === 'SCRIPT' && args[1]?.toUpperCase() === 'LOAD' ? 2 : -1;
    if (at > 0 && args[at] !== undefined) {
      const script = args[at]!;
      const kept = script.replace(/^#!lua flags=([^\n]*)/, (_line, flags: string) => {
        const rest = flags.split(',').filter((flag) => flag.trim() !== 'allow-key-locking');
        return rest.length > 0 ? `#!lua flags=${rest.join(',')}` : '#!lua';
      });
      if (kept !== script) hashes.set(sha1(script), sha1(kept));
      return args.map((arg, i) => (i === at ? kept : arg));
    }
    if ((name === 'EVALSHA' || name === 'EVALSHA_RO') && args[1]) return args.map((arg, i) => (i === 1 ? (hashes.get(arg.toLowerCase()) ?? arg) : arg));
    return args;
  };

  const run = async (command: unknown): Promise<Reply> => {
    if (!Array.isArray(command) || command.length === 0) return { error: 'ERR the request body must be a command array' };
    try {
      const args = command.map(String);
      const result = await redis.sendCommand(adapt(args));
      // SCRIPT LOAD answers the hash the client will send back.
      return { result: args[0]!.toUpperCase() === 'SCRIPT' && args[1]?.toUpperCase() === 'LOAD' ? sha1(args[2]!) : result };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  const encode = (value: unknown): unknown =>
    typeof value === 'string' ? Buffer.from(value, 'utf8').toString('base64') : Array.isArray(value) ? value.map(encode) : value;
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const server = createServer(async (req: IncomingMessage, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const path = (req.url ?? '/').split('?')[0]!.replace(/\/+$/, '') || '/';
    served[path] = (served[path] ?? 0) + 1;
    if (req.method !== 'POST') return send(res, 405, { error: 'ERR only POST is supported' });
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'Unauthorized' });
    const base64 = String(req.headers['upstash-encoding'] ?? '').toLowerCase() === 'base64';
    const shape = (reply: Reply): Reply => ('result' in reply && base64 ? { result: encode(reply.result) } : reply);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'ERR the body is not JSON' });
    }
    if (path === '/pipeline') {
      if (!Array.isArray(body)) return send(res, 400, { error: 'ERR a pipeline is an array of commands' });
      const replies: Reply[] = [];
      for (const command of body) replies.push(shape(await run(command)));
      return send(res, 200, replies);
    }
    if (path === '/multi-exec') {
      if (!Array.isArray(body)) return send(res, 400, { error: 'ERR a transaction is an array of commands' });
      const multi = redis.multi();
      for (const command of body) multi.addCommand(adapt((command as unknown[]).map(String)));
      try {
        const results = await multi.exec();
        return send(res, 200, results.map((result) => shape({ result })));
      } catch (error) {
        return send(res, 400, { error: (error as Error).message });
      }
    }
    const reply = await run(body);
    return send(res, 'error' in reply ? 400 : 200, shape(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    served,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await redis.quit();
    },
  };
}
