import type { GetStaticPaths, GetStaticProps } from 'next';
import Head from 'next/head';
import { createGetStaticPaths, createGetStaticProps, type JobPageProps } from '@kiln/handlers';
import { JobView } from '../../components/job-view';
import { useRefreshWhenDone } from '../../components/use-refresh-when-done';
import { kiln } from '../../lib/kiln';
import type { CvResult } from '../../lib/cv-job';

export const getStaticPaths: GetStaticPaths = createGetStaticPaths();
export const getStaticProps: GetStaticProps<JobPageProps<CvResult>> = createGetStaticProps<CvResult>(kiln);

export default function CvPage({ job }: JobPageProps<CvResult>) {
  const live = useRefreshWhenDone(job);
  return (
    <main>
      <Head>
        <title>CV analysis · Kiln demo</title>
        <meta name="robots" content="noindex, nofollow" />
      </Head>
      <JobView job={live} />
    </main>
  );
}
