// The bench app is measured through its routes; this page only answers the start-up check.
export default function Home() {
  return <main>Kiln bench app</main>;
}
