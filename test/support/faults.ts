import type { Ports } from './handlers';

/**
 * Wraps the ports (and a revalidate function) so that every call waits a random 0–`maxLatencyMs`
 * and fails with probability `rate` — half of the failures before the call reaches the adapter, half
 * after it took effect (the answer lost on the way back, the harder case). `counts` says how many
 * faults were injected, per port.
 */
export function withFaults<P extends Ports>(ports: P, options: { rate: number; maxLatencyMs: number; random: () => number }) {
  const counts = { queue: 0, store: 0, blobs: 0, revalidate: 0 };
  const { rate, maxLatencyMs, random } = options;
  const faulty = <A extends unknown[], R>(port: keyof typeof counts, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await new Promise((resolve) => setTimeout(resolve, random() * maxLatencyMs));
      const roll = random();
      if (roll < rate / 2) {
        counts[port] += 1;
        throw new Error(`injected ${port} fault (before the call)`);
      }
      const result = await call(...args);
      if (roll < rate) {
        counts[port] += 1;
        throw new Error(`injected ${port} fault (after the call took effect)`);
      }
      return result;
    };
  const wrap = <T extends object>(port: keyof typeof counts, target: T, methods: (keyof T)[]): T => {
    const copy = Object.create(target) as T;
    for (const method of methods) {
      const original = target[method];
      if (typeof original === 'function') copy[method] = faulty(port, (original as (...args: unknown[]) => Promise<unknown>).bind(target)) as T[keyof T];
    }
    return copy;
  };
  const queue = wrap('queue', ports.queue, ['send', 'receive', 'delete', 'changeVisibility', 'changeVisibilityBatch', 'deadLetter']);
  Object.defineProperty(queue, 'name', { value: ports.queue.name });
  Object.defineProperty(queue, 'maxReceiveCount', { value: ports.queue.maxReceiveCount });
  return {
    ports: { ...ports, queue, store: wrap('store', ports.store, ['get', 'create', 'compareAndSet', 'delete']), blobs: wrap('blobs', ports.blobs, ['put', 'get', 'delete']) },
    revalidate: (revalidate: (path: string) => Promise<void>) => faulty('revalidate', revalidate),
    counts,
  };
}
