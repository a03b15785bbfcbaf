/**
 * Table 6's baseline (bench/client-size.ts): the smallest honest client an app would write instead of
 * @kiln/react — a react-dropzone area that uploads the file with fetch, and an SWR hook that polls the
 * job's status until it is terminal. It has none of what @kiln/react adds (file checks, progress, direct
 * upload, errors and retries, labels, accessibility text, page refresh); it is the floor, not a rival.
 */
import { useCallback, useState } from 'react';
import { useDropzone } from 'react-dropzone';
import useSWR from 'swr';

interface Status {
  status: 'queued' | 'processing' | 'completed' | 'failed';
  result?: unknown;
}

const fetcher = (url: string) => fetch(url).then((res) => res.json() as Promise<Status>);
const done = (data?: Status) => data?.status === 'completed' || data?.status === 'failed';

/** Polls once a second until the job is completed or failed. */
export function useJobStatus(statusUrl: string | null) {
  return useSWR(statusUrl, fetcher, { refreshInterval: (data) => (done(data) ? 0 : 1000) });
}

export function Upload({ submitUrl }: { submitUrl: string }) {
  const [statusUrl, setStatusUrl] = useState<string | null>(null);
  const onDrop = useCallback(
    async (files: File[]) => {
      const body = new FormData();
      body.append('file', files[0]!);
      const res = await fetch(submitUrl, { method: 'POST', body });
      setStatusUrl(((await res.json()) as { statusUrl: string }).statusUrl);
    },
    [submitUrl],
  );
  const { getRootProps, getInputProps } = useDropzone({ onDrop, maxFiles: 1 });
  const { data } = useJobStatus(statusUrl);
  return (
    <div {...getRootProps()}>
      <input {...getInputProps()} />
      {data ? data.status : 'Drop a CV here'}
    </div>
  );
}
