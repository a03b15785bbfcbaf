import type { AppProps } from 'next/app';
import '@kiln/react/styles.css';

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
