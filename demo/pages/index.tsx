import Head from 'next/head';
import { useRouter } from 'next/router';
import { useState, type FormEvent } from 'react';

/** The upload form. The polished, accessible widget comes with @kiln/react; this is the plain version. */
export default function Home() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const response = await fetch('/api/cv/submit', { method: 'POST', body: new FormData(event.currentTarget) });
      const body = (await response.json()) as { statusUrl?: string; error?: { message: string } };
      if (response.status !== 202 || !body.statusUrl) throw new Error(body.error?.message ?? `The upload failed (${response.status}).`);
      await router.push(body.statusUrl);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

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
      <form className="card" onSubmit={onSubmit} encType="multipart/form-data">
        <label htmlFor="cv">CV file (PDF, DOCX or TXT, up to 4 MB)</label>
        <p>
          <input id="cv" name="cv" type="file" accept=".pdf,.docx,.txt,application/pdf,text/plain" required aria-describedby={error ? 'upload-error' : undefined} />
        </p>
        <button type="submit" disabled={busy}>
          {busy ? 'Uploading…' : 'Analyse'}
        </button>
        <p id="upload-error" className="error" role="alert" aria-live="assertive">
          {error}
        </p>
      </form>
      <footer>Kiln demo · running on {process.env.NEXT_PUBLIC_KILN_MODE ?? 'the embedded default (SQLite + files)'}.</footer>
    </main>
  );
}
