import Head from 'next/head';
import type { JobPageProps } from '@kiln/handlers';
import { JobResult, JobStatus } from '@kiln/react';
import type { BenchResult } from '../lib/bench-job';

/**
 * The result page's body, shared by the ISR page (/cv/[jobId]) and the per-request one (/ssr/[jobId]),
 * so table 4 compares how the page is served, not what it renders. It renders from its props alone
 * (no polling hook): what is measured is the server's answer to one GET.
 */
export function ResultView({ job }: JobPageProps<BenchResult>) {
  return (
    <main>
      <Head>
        <title>Result · Kiln bench</title>
        <meta name="robots" content="noindex, nofollow" />
      </Head>
      <h1>Result</h1>
      <JobStatus job={job} />
      <JobResult job={job} pending={null} failed={null}>
        {(result) => (
          <section>
            <p>
              {result.bytes} bytes read, slept {result.sleptMs} ms.
            </p>
            <ul>
              {result.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        )}
      </JobResult>
    </main>
  );
}
