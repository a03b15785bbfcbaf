import type { Ports } from './runtime';
import { applyEvent } from './apply-event';
import { decodeJobMessage } from './job-definition';

/**
 * Replays one dead letter: the job goes back to `queued` (the one exit from `failed`, and only by an
 * operator's hand) and its message back to the queue with a fresh receive count.
 */
export async function replayDeadLetter({ queue, store }: Pick<Ports, 'queue' | 'store'>, messageId: string): Promise<{ replayed: boolean; jobId: string | null }> {
  const letter = (await queue.deadLetters.list({ limit: 10_000 })).find((l) => l.id === messageId);
  if (!letter) return { replayed: false, jobId: null };
  const decoded = decodeJobMessage(letter.body);
  if (decoded) {
    const record = await store.get(decoded.jobId);
    if (record?.status === 'failed') await applyEvent(store, record.id, { type: 'replay', at: Date.now() }, record);
  }
  return { replayed: await queue.deadLetters.replay(messageId), jobId: decoded?.jobId ?? null };
}

/** Replays every dead letter (each failed job back to `queued`); returns how many were moved. */
export async function redriveDeadLetters(ports: Pick<Ports, 'queue' | 'store'>): Promise<number> {
  let moved = 0;
  for (const letter of await ports.queue.deadLetters.list({ limit: 10_000 })) {
    if ((await replayDeadLetter(ports, letter.id)).replayed) moved += 1;
  }
  return moved;
}
