import { useRouter } from 'next/router';
import { useEffect, useState } from 'react';
import type { PublicJob } from '@kiln/handlers';

/**
 * While the static page shows a running job, poll the status JSON (fast at first, then backing off);
 * once the job is terminal and its page regenerated, replace the route so the static result shows.
 * @kiln/react's useJob does this with SWR; this is the dependency-free interim.
 */
export function useRefreshWhenDone<Result>(job: PublicJob<Result>): PublicJob<Result> {
  const router = useRouter();
  const [live, setLive] = useState(job);
  useEffect(() => setLive(job), [job]);
  useEffect(() => {
    if (job.status === 'completed' || job.status === 'failed') return;
    let stopped = false;
    let delay = 500;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const response = await fetch(`/api/cv/${job.id}`, { cache: 'no-store' });
        if (response.ok) {
          const next = (await response.json()) as PublicJob<Result>;
          if (stopped) return;
          setLive((current) => ({ ...current, ...next }));
          if (next.revalidatedAt !== null && (next.status === 'completed' || next.status === 'failed')) {
            await router.replace(router.asPath, undefined, { scroll: false });
            return;
          }
        }
      } catch {
        // offline for a moment: keep polling
      }
      delay = Math.min(5000, Math.round(delay * 1.5));
      if (!stopped) timer = setTimeout(tick, delay);
    };
    timer = setTimeout(tick, delay);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [job.id, job.status, router]);
  return live;
}
