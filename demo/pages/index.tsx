import Head from 'next/head';
import { useRouter } from 'next/router';
import { UploadWidget } from '@kiln/react';

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
      <UploadWidget onUploaded={(accepted) => void router.push(accepted.statusUrl)} />
      <footer>Kiln demo · embedded default: SQLite and files under demo/.kiln, no cloud account.</footer>
    </main>
  );
}
