import type { GetStaticPaths, GetStaticProps } from 'next';
import Head from 'next/head';
import { useState } from 'react';
import { createGetStaticPaths, createGetStaticProps, type JobPageProps } from '@kiln/handlers';
import { JobResult, JobStatus } from '@kiln/react';
import { useJob } from '@kiln/react/next';
import { CvResultView } from '../../components/cv-result-view';
import { kiln } from '../../lib/kiln';
import type { CvResult } from '../../lib/cv-job';

export const getStaticPaths: GetStaticPaths = createGetStaticPaths();
export const getStaticProps: GetStaticProps<JobPageProps<CvResult>> = createGetStaticProps<CvResult>(kiln);

/**
 * The statically generated result page. While the job runs, useJob polls the status JSON; once the
 * job has ended and this page has been regenerated, it replaces the route so the static result shows.
 */
export default function CvPage({ job: initialJob }: JobPageProps<CvResult>) {
  const { job, error } = useJob<CvResult>(initialJob.id, { initialJob });
  // "Delete my data" (under the result, in the browser that uploaded it) replaces the result with a
  // confirmation; the job's status line goes with it.
  const [deleted, setDeleted] = useState(false);
  return (
    <main>
      <Head>
        <title>CV analysis · Kiln demo</title>
        <meta name="robots" content="noindex, nofollow" />
      </Head>
      <h1>CV analysis</h1>
      {!deleted && <JobStatus job={job} error={error} uploadAgainHref="/" />}
      {/* The live status above covers the pending and failed states; the static props hold the result. */}
      <JobResult job={initialJob} pending={null} failed={null} onDeleted={() => setDeleted(true)}>
        {(result) => <CvResultView result={result} />}
      </JobResult>
    </main>
  );
}
