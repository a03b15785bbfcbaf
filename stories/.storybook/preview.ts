import type { Preview } from '@storybook/react-vite';
import '@kiln/react/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // axe runs on every story in the interaction tests; a violation fails the test.
    a11y: { test: 'error' },
  },
};

export default preview;
