import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CvAnalysis } from '../../packages/cv/src/types';
import { evaluateIndependent } from '../../packages/cv/eval/independent/evaluate';
import { changedDocuments, documentPath, loadManifest } from '../../packages/cv/eval/independent/manifest';
import { INDEPENDENT_DIR, loadPeople, yearsFromWork } from '../../packages/cv/eval/independent/person';
import { independentReport } from '../../packages/cv/eval/independent/report';
import { aggregate, readsSkill, scoreIndependentFixture } from '../../packages/cv/eval/metrics';

/**
 * The independent set of issue 11 (packages/cv/eval/independent/): committed documents of people, templates and
 * producers the analyser was not written against, with hand-written truth. Held out until 2026-12-02, when its last
 * misses were opened for diagnosis: spent since (heldout-4 is the held-out set now). The set is frozen (its bytes
 * must match the manifest), and the analyser must answer every document; the figures themselves are printed, not
 * asserted, until the work on issue 11 meets its targets.
 */
describe('CV evaluation: the independent set (spent on 2026-12-02)', () => {
  const manifest = loadManifest();
  const people = loadPeople();

  it('is frozen: every committed document hashes to its manifest entry, and nothing else is in documents/', () => {
    expect(changedDocuments(manifest)).toEqual([]);
    expect(readdirSync(path.join(INDEPENDENT_DIR, 'documents')).sort()).toEqual(manifest.documents.map((d) => d.file).sort());
  });

  it('notices a document that no longer matches its manifest', () => {
    const first = manifest.documents[0]!;
    const tampered = { ...manifest, documents: [{ ...first, sha256: '0'.repeat(64) }, { ...first, file: 'gone.pdf' }] };
    const changed = changedDocuments(tampered);
    expect(changed).toHaveLength(2);
    expect(changed[0]).toContain(`${first.file}: sha256`);
    expect(changed[1]).toBe('gone.pdf: missing');
  });

  it('covers ≥ 40 documents in every layout, producer and language, under 2 MB, each with a truth that holds together', () => {
    const docs = manifest.documents;
    expect(docs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    const count = (key: 'layout' | 'producer' | 'language') => Object.fromEntries([...new Set(docs.map((d) => d[key]))].map((v) => [v, docs.filter((d) => d[key] === v).length]));
    expect(Object.keys(count('layout')).sort()).toEqual(['single', 'table', 'two-column']);
    expect(Object.keys(count('producer')).sort()).toEqual(['chromium', 'docx', 'libreoffice', 'txt']);
    const languages = count('language');
    expect(languages.en).toBeGreaterThanOrEqual(20);
    expect(languages.zh).toBeGreaterThanOrEqual(14);
    expect(languages.mixed).toBeGreaterThanOrEqual(10);
    const bytes = docs.reduce((n, d) => n + statSync(documentPath(d)).size, 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    for (const d of docs) {
      const person = people.get(d.person);
      expect(person, d.id).toBeDefined();
      expect(person!.truth.language, d.id).toBe(d.language);
    }
    for (const { truth, content } of people.values()) {
      expect(yearsFromWork(truth.work), truth.person).toBe(truth.yearsOfExperience);
      expect(content.bullets, truth.person).toHaveLength(truth.work.length);
    }
  });

  it('every text document writes each truth skill, company and the email as the truth has them', () => {
    for (const d of manifest.documents.filter((x) => x.producer === 'txt')) {
      const text = readFileSync(documentPath(d), 'utf8');
      const { truth } = people.get(d.person)!;
      for (const s of truth.skills) expect(text, `${d.id}: ${s}`).toContain(s.split(' | ')[0]);
      for (const w of truth.work) expect(text, d.id).toContain(w.company);
      expect(text).toContain(truth.email);
    }
  });

  it('scores a skill by any of its hand-written accepted names, and a wrong reading as a miss plus an extra', () => {
    const truth = { name: 'Grace Oduya', email: 'grace.oduya@example.com', phone: '+254712345678', skills: ['Go | Golang', 'GCP | Good Clinical Practice', 'SAS'], work: [], yearsOfExperience: 0 };
    const result = {
      resume: { basics: { email: 'grace.oduya@example.com', phone: '+254712345678', profiles: [] } },
      analysis: { contact: { name: 'GRACE ODUYA' }, skills: [{ name: 'Golang', inList: true }, { name: 'Google Cloud Platform', inList: true }], work: [], yearsOfExperience: 0 },
    } as unknown as CvAnalysis;
    const meta = { id: 't', language: 'en', layout: 'single', producer: 'txt', heldOut: true, split: 'independent' };
    const s = scoreIndependentFixture(meta, truth, result, null);
    expect(s.skills).toEqual({ tp: 1, fp: 1, fn: 2, missed: ['GCP', 'SAS'], extra: ['Google Cloud Platform'] });
    expect([s.name, s.email, s.phone]).toEqual([true, true, true]);
  });

  it('scores what the skills list names (this truth is the list), each skill under its name or as the list writes it', () => {
    const truth = { name: 'Grace Oduya', email: 'g@example.com', phone: '+254712345678', skills: ['SPC', '渠道管理', 'SAS'], work: [], yearsOfExperience: 0 };
    const skills = [
      { name: 'Statistical process control', written: 'SPC', inList: true },
      { name: 'Channel management', written: '渠道管理', inList: true },
      // Named only in a job's bullets: neither a hit nor an extra of a list's truth.
      { name: 'SAS', inList: false },
      { name: 'Kubernetes', inList: false },
      { name: 'Tableau', inList: true },
    ];
    const result = { resume: { basics: { profiles: [] } }, analysis: { contact: { name: null }, skills, work: [], yearsOfExperience: 0 } } as unknown as CvAnalysis;
    const s = scoreIndependentFixture({ id: 't', language: 'en', layout: 'single', producer: 'txt', heldOut: true, split: 'independent' }, truth, result, null);
    expect(s.skills).toEqual({ tp: 2, fp: 1, fn: 1, missed: ['SAS'], extra: ['Tableau'] });
  });

  it('(review) counts one list item once: the skills read in one item share its written form and are one prediction', () => {
    const truth = { name: 'G', email: 'g@example.com', phone: '+254712345678', skills: ['Django'], work: [], yearsOfExperience: 0 };
    const skills = [
      { name: 'Modbus', written: 'Modbus TCP', inList: true },
      { name: 'TCP/IP', written: 'Modbus TCP', inList: true },
      { name: 'Python', written: 'Python (Django)', inList: true },
      { name: 'Django', written: 'Python (Django)', inList: true },
    ];
    const result = { resume: { basics: { profiles: [] } }, analysis: { contact: { name: null }, skills, work: [], yearsOfExperience: 0 } } as unknown as CvAnalysis;
    const s = scoreIndependentFixture({ id: 't', language: 'en', layout: 'single', producer: 'txt', heldOut: true, split: 'independent' }, truth, result, null);
    // "Modbus TCP" reads no truth skill: one false positive (not two, not none); "Python (Django)" reads Django.
    expect(s.skills).toEqual({ tp: 1, fp: 1, fn: 0, missed: [], extra: ['TCP/IP'] });
  });

  it('matches a company inside a longer one in whole words ("Globex" in "Globex Corporation"), never inside a word ("RN" in "International")', () => {
    const truth = { name: 'G', email: 'g@example.com', phone: '+254712345678', skills: [], yearsOfExperience: 0, work: [
      { company: 'Globex Corporation', start: '2020-01', end: null },
      { company: 'Parkway Harmony International Clinic', start: '2017-03', end: '2019-12' },
      { company: 'Lantern Touring Productions', start: '2015-01', end: '2017-02' },
      { company: '上海申冷物流有限公司', start: '2012-01', end: '2014-12' },
    ] };
    const work = [
      { company: 'Globex', start: '2020-01', end: null, current: true },
      { company: 'RN', start: '2017-03', end: '2019-12', current: false },
      { company: 'Tour', start: '2015-01', end: '2017-02', current: false },
      { company: '申冷物流', start: '2012-01', end: '2014-12', current: false },
    ];
    const result = { resume: { basics: { profiles: [] } }, analysis: { contact: { name: null }, skills: [], work, yearsOfExperience: 0 } } as unknown as CvAnalysis;
    const s = scoreIndependentFixture({ id: 't', language: 'en', layout: 'single', producer: 'txt', heldOut: true, split: 'independent' }, truth, result, null);
    expect(s.work).toEqual({ found: 2, total: 4, missed: ['Parkway Harmony International Clinic 2017-03', 'Lantern Touring Productions 2015-01'] });
  });

  it('reads a written skill inside a longer predicted name, whole words only, never the other way round', () => {
    expect(readsSkill('Yocto Project', 'Yocto')).toBe(true);
    expect(readsSkill('Web accessibility', 'accessibility')).toBe(true);
    expect(readsSkill('vue.js', 'Vue.js')).toBe(true);
    expect(readsSkill('SAP', 'SAP SuccessFactors')).toBe(false);
    expect(readsSkill('R Markdown', 'R')).toBe(false);
    expect(readsSkill('Google Cloud Platform', 'GCP')).toBe(false);
    expect(readsSkill('Site accessibility audits', 'accessibility audit')).toBe(false);
  });

  it('analyses every document (or refuses it with a typed error) and prints the table', async () => {
    const scores = await evaluateIndependent();
    console.log(`\n${independentReport(scores)}\n`);
    expect(scores.map((s) => s.id)).toEqual(manifest.documents.map((d) => d.id));
    // An untyped throw is a crash: it has an error but no CvError code.
    expect(scores.filter((s) => s.error !== null && s.errorCode === null).map((s) => `${s.id}: ${s.error}`)).toEqual([]);
    const all = aggregate(scores);
    expect(all.n).toBe(manifest.documents.length);
    // The one figure that holds today and must keep holding: every document yields a result, not only refusals.
    expect(all.errors).toBeLessThan(all.n);
  }, 120_000);
});
