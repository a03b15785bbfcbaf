'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { KilnLabels } from './labels';

/** Settings shared by every Kiln component below a `KilnProvider`. All optional. */
export interface KilnProviderProps {
  /**
   * The submit route (multipart POST; also asked for a direct upload when enabled).
   * @default "/api/cv/submit"
   */
  submitUrl?: string;
  /**
   * The status JSON endpoint of one job.
   * @default (jobId) => `/api/cv/${jobId}`
   */
  statusApiUrl?: (jobId: string) => string;
  /**
   * Strings for every component; a partial set is filled with English.
   * @default en
   * @example <KilnProvider labels={zhCN}>
   */
  labels?: Partial<KilnLabels>;
  /**
   * Called by `useJob` once a job it saw running is terminal and its page regenerated, to show the
   * final static page. `@kiln/react/next`'s `useJob` sets this for the Pages and App Routers.
   * @default undefined (no route refresh; the hook's `job` still holds the final state)
   */
  refresh?: () => void | Promise<void>;
  children?: ReactNode;
}

export type KilnConfig = Required<Pick<KilnProviderProps, 'submitUrl' | 'statusApiUrl' | 'labels'>> & Pick<KilnProviderProps, 'refresh'>;

const defaults: KilnConfig = {
  submitUrl: '/api/cv/submit',
  statusApiUrl: (jobId) => `/api/cv/${encodeURIComponent(jobId)}`,
  labels: {},
};

const KilnContext = createContext<KilnConfig>(defaults);

/** Optional: base URLs, labels and the route refresh for every Kiln component inside it. */
export function KilnProvider({ submitUrl, statusApiUrl, labels, refresh, children }: KilnProviderProps) {
  const parent = useContext(KilnContext);
  const value = useMemo<KilnConfig>(
    () => ({
      submitUrl: submitUrl ?? parent.submitUrl,
      statusApiUrl: statusApiUrl ?? parent.statusApiUrl,
      labels: { ...parent.labels, ...labels },
      refresh: refresh ?? parent.refresh,
    }),
    [parent, submitUrl, statusApiUrl, labels, refresh],
  );
  return <KilnContext.Provider value={value}>{children}</KilnContext.Provider>;
}

export function useKilnConfig(): KilnConfig {
  return useContext(KilnContext);
}
