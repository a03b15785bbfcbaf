/**
 * The README's examples, type-checked (`pnpm --filter @kiln/react typecheck`) so they cannot drift from
 * the API. Not a test file: the demo's end-to-end test runs the real thing in Next.js.
 */
import { useRouter } from 'next/router';
import type { JobPageProps } from '@kiln/handlers';
import { DeletableResult, JobResult, JobStatus, UploadWidget, type PublicJob } from '@kiln/react';
import { useJob } from '@kiln/react/next';

export function Home() {
  const router = useRouter();
  return <UploadWidget submitUrl="/api/cv/submit" onUploaded={(job) => router.push(job.statusUrl)} />;
}

export function CvPage({ job: pageJob }: JobPageProps<{ score: number }>) {
  const { job, error } = useJob(pageJob.id, { initialJob: pageJob });
  return (
    <JobResult job={pageJob} pending={<JobStatus job={job} error={error} />}>
      {(result) => <p>Score: {result.score}</p>}
    </JobResult>
  );
}

export function CvPageWithDelete({ job: pageJob }: JobPageProps<{ score: number }>) {
  return (
    <JobResult job={pageJob} onDeleted={(jobId) => console.log('deleted', jobId)}>
      {(result) => <p>Score: {result.score}</p>}
    </JobResult>
  );
}

export function DeleteWithOwnToken({ jobId, token }: { jobId: string; token: string }) {
  return <DeletableResult jobId={jobId} deleteToken={token} statusApiUrl={`/api/cv/${jobId}`} />;
}

export function JobLive({ initialJob }: { initialJob: PublicJob }) {
  const { job, error } = useJob(initialJob.id, { initialJob });
  return <JobStatus job={job} error={error} />;
}

declare function readPublicJob(id: string): Promise<PublicJob>;
export async function AppPage({ params }: { params: Promise<{ jobId: string }> }) {
  const job = await readPublicJob((await params).jobId);
  return (
    <JobResult job={job} pending={<JobLive initialJob={job} />} failed={<JobLive initialJob={job} />}>
      {(result) => <pre>{JSON.stringify(result, null, 2)}</pre>}
    </JobResult>
  );
}
