import Head from 'next/head';
import { useRouter } from 'next/router';
import { UploadWidget } from '@kiln/react';
import { CV_MAX_BYTES } from '../lib/cv-job-settings';

export default function Home() {
  const router = useRouter();
  return (
    <main>
      <Head>
        <title>Kiln demo — CV analysis</title>
      </Head>
      <h1>Analyse a CV</h1>
      <p className="lead">
        Upload a PDF, DOCX or plain-text CV. It is accepted in milliseconds, analysed in the background, and the result appears on its own
        static page.
      </p>
      {/* Up to 4 MB through the submit route; larger files straight to S3 or Vercel Blob when the app runs on one. */}
      <UploadWidget directUpload maxBytes={CV_MAX_BYTES} onUploaded={(accepted) => void router.push(accepted.statusUrl)} />
      <footer>Kiln demo · with no cloud variables set, everything stays in SQLite and files under demo/.kiln: no cloud account needed.</footer>
    </main>
  );
}
