import type { GetServerSideProps } from 'next';
import { createGetStaticProps, type JobPageProps } from '@kiln/handlers';
import { ResultView } from '../../components/result-view';
import { kiln } from '../../lib/kiln';
import type { BenchResult } from '../../lib/bench-job';

// The same page rendered on every request (table 4's comparison): the same read of the same store
// (Kiln's getStaticProps, called per request), the same component; only the caching differs.
const readJob = createGetStaticProps<BenchResult>(kiln);

export const getServerSideProps: GetServerSideProps<JobPageProps<BenchResult>> = async (context) => {
  const read = await readJob(context);
  return 'props' in read ? { props: read.props } : { notFound: true };
};

export default ResultView;
