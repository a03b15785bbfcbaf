import type { GetStaticPaths, GetStaticProps } from 'next';
import { createGetStaticPaths, createGetStaticProps, type JobPageProps } from '@kiln/handlers';
import { ResultView } from '../../components/result-view';
import { kiln } from '../../lib/kiln';
import type { BenchResult } from '../../lib/bench-job';

// The result page as Kiln serves it: generated on first visit, cached, regenerated on demand when the job ends.
export const getStaticPaths: GetStaticPaths = createGetStaticPaths();
export const getStaticProps: GetStaticProps<JobPageProps<BenchResult>> = createGetStaticProps<BenchResult>(kiln);

export default ResultView;
