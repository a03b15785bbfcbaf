import { expect, it } from 'vitest';
import { runReadmeExample } from '../support/readme-examples';

it("packages/handlers/README.md's runnable example submits, processes and reads a completed job", () => {
  const output = runReadmeExample('packages/handlers/README.md');
  expect(output).toMatch(/status: 'completed'/);
  expect(output).toMatch(/attempts: 1/);
  expect(output).toMatch(/^200 \{\s*deleted: true/m); // then deleted with its deleteToken
  expect(output).toMatch(/^404$/m);
});
