import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

// Each vitest config (React 19, React 18.3) says which React it means to test; this proves it does.
it('runs on the React the config asks for, with a matching React DOM', () => {
  const expected = process.env.KILN_EXPECT_REACT;
  expect(expected).toBeDefined();
  expect(version.split('.')[0]).toBe(expected);
  expect(domVersion).toBe(version);
});
