import { createMemoryAdapters } from '@kiln/handlers/memory';
import { defineKiln, type KilnOptions } from './handlers';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { echoJob } from './kiln-fixtures';

export const SECRETS = { revalidateSecret: 'revalidate-secret-for-tests-0123456789', cronSecret: 'cron-secret-for-tests-0123456789abcdef' };

/** A Kiln on memory adapters with fixed secrets and an empty environment. */
export function kilnUnderTest(overrides: Partial<KilnOptions> = {}) {
  const ports = createMemoryAdapters({ maxReceiveCount: 3 });
  const kiln = defineKiln({
    job: echoJob,
    ...ports,
    ...SECRETS,
    kickAfterSubmit: false,
    logger: silentLogger,
    env: {},
    ...overrides,
  });
  return { kiln, ports };
}

export const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export function multipart(field: string, bytes: Uint8Array<ArrayBuffer> | string, fileName = 'cv.pdf', type = 'application/pdf'): Request {
  const form = new FormData();
  form.set(field, new File([bytes], fileName, { type }));
  return new Request('http://localhost/api/cv/submit', { method: 'POST', body: form });
}
