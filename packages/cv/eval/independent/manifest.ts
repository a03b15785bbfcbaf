/** The frozen list of the independent set's documents: what each one is, and the sha256 of its committed bytes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { INDEPENDENT_DIR } from './person';

export type Template =
  | 'html-single' | 'html-labels' | 'html-grid-left' | 'html-grid-right' | 'html-flex-left' | 'html-flex-right' | 'html-table'
  | 'docx-tabs' | 'docx-table' | 'docx-sidebar' | 'txt';
export type Producer = 'chromium' | 'docx' | 'libreoffice' | 'txt';
export type LayoutClass = 'single' | 'two-column' | 'table';

/** The layout class each template belongs to, as the targets are stated per class. */
export const LAYOUT_OF: Record<Template, LayoutClass> = {
  'html-single': 'single', 'html-labels': 'single', 'docx-tabs': 'single', txt: 'single',
  'html-grid-left': 'two-column', 'html-grid-right': 'two-column', 'html-flex-left': 'two-column', 'html-flex-right': 'two-column', 'docx-sidebar': 'two-column',
  'html-table': 'table', 'docx-table': 'table',
};

export interface ManifestEntry {
  /** `<person>.<template>.<producer>` */
  id: string;
  /** File name in documents/. */
  file: string;
  person: string;
  template: Template;
  layout: LayoutClass;
  producer: Producer;
  language: 'en' | 'zh' | 'mixed';
  sha256: string;
}

export interface Manifest {
  generated: string;
  referenceMonth: string;
  documents: ManifestEntry[];
}

export function loadManifest(): Manifest {
  return JSON.parse(readFileSync(path.join(INDEPENDENT_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

export const documentPath = (e: ManifestEntry) => path.join(INDEPENDENT_DIR, 'documents', e.file);

/** Documents whose bytes no longer hash to the manifest (edited, re-printed or missing), with the reason. */
export function changedDocuments(manifest = loadManifest()): string[] {
  const changed: string[] = [];
  for (const e of manifest.documents) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(documentPath(e));
    } catch {
      changed.push(`${e.file}: missing`);
      continue;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== e.sha256) changed.push(`${e.file}: sha256 ${actual.slice(0, 12)}…, manifest ${e.sha256.slice(0, 12)}…`);
  }
  return changed;
}
