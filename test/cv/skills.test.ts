import { describe, expect, it } from 'vitest';
import { analyzeInProcess } from '../../packages/cv/src/index';
import { matchSkills, type SkillLine } from '../../packages/cv/src/skills/match';
import { STOP_WORDS, taxonomy } from '../../packages/cv/src/skills/taxonomy';

const names = (lines: SkillLine[]) => matchSkills(lines).map((s) => s.name);
const work = (text: string): SkillLine => ({ text, source: 'work', workIndex: 0 });
const list = (text: string): SkillLine => ({ text, source: 'skills', workIndex: -1 });

describe('taxonomy', () => {
  it('ships at least 1,000 skills, each with a category, source and licence', () => {
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(1000);
    for (const s of taxonomy.skills) {
      expect(s.category in taxonomy.categories, s.id).toBe(true);
      expect(s.source, s.id).toBeTruthy();
      expect(s.licence, s.id).toBeTruthy();
    }
    expect(new Set(taxonomy.skills.map((s) => s.id)).size).toBe(taxonomy.skills.length);
    expect(taxonomy.skills.filter((s) => s.zh.length > 0).length).toBeGreaterThan(250);
  });
  it('has no alias on the stop-list', () => {
    const aliases = taxonomy.skills.flatMap((s) => [...s.aliases, ...s.zh]);
    expect(aliases.filter((a) => STOP_WORDS.has(a))).toEqual([]);
  });
});

describe('matching', () => {
  it('respects word boundaries: Java is not JavaScript, C is not C++ or C#', () => {
    expect(names([work('Built UIs in JavaScript.')])).toEqual(['JavaScript']);
    expect(names([list('C++, C#, Objective-C')]).sort()).toEqual(['C#', 'C++', 'Objective-C']);
  });
  it('reads hyphenated names: a short name after a short prefix is part of another name, a long one and a list of names are not', () => {
    // "v-ray" is a renderer, not Ray; "ich-gcp" is Good Clinical Practice, not Google Cloud.
    expect(names([list('V-Ray, ICH-GCP')])).not.toEqual(expect.arrayContaining(['Ray']));
    expect(names([list('ICH-GCP')])).not.toContain('Google Cloud Platform');
    expect(names([list('Ray, GCP')])).toEqual(['Ray', 'Google Cloud Platform']);
    expect(names([list('HTML-CSS-JavaScript, Apache-Kafka')])).toEqual(expect.arrayContaining(['HTML', 'CSS', 'JavaScript', 'Apache Kafka']));
    // A letter, digit, "+", "#" or "_" glues; Chinese does not.
    expect(names([work('熟悉Java，做过c_level汇报，写pythonic代码')])).toEqual(['Java']);
    // At each place the longest name wins, and names do not overlap.
    expect(names([list('Java Spring Boot, JavaScript')])).toEqual(expect.arrayContaining(['Spring Boot', 'JavaScript']));
    expect(names([list('Java Spring Boot, JavaScript')])).toContain('Java');
  });
  it('matches after NFKC and case folding, and next to Chinese text', () => {
    expect(names([work('熟悉ＪＡＶＡ和ｍｙｓｑｌ，了解机器学习')])).toEqual(['Java', 'MySQL', 'Machine learning']);
  });
  it('matches a Latin–Chinese name across the gap a PDF puts where the font changes ("A/B 测试", "Go 语言")', () => {
    expect(names([work('负责 A/B 测试 平台搭建')])).toEqual(['A/B testing']);
    expect(names([work('三年 Go 语言 后端开发经验')])).toEqual(['Go']);
  });
  it('knows widely used skills of data, design, finance, marketing and operations, in English and Chinese', () => {
    expect(names([list('Great Expectations, Looker Studio, Funnel analysis, Customer journey mapping, Variance analysis, Conversion rate optimization, Freight forwarding')])).toEqual([
      'Great Expectations', 'Looker Studio', 'Funnel analysis', 'Customer journey mapping', 'Variance analysis', 'Conversion rate optimization', 'Freight forwarding',
    ]);
    expect(names([list('用户画像、成本核算、税务筹划、财务报表、私域运营、报关、绩效管理')])).toEqual([
      'User personas', 'Cost accounting', 'Tax planning', 'Financial reporting', 'Private domain operations', 'Customs clearance', 'Performance management',
    ]);
  });

  it('reads "X strategy" as its own skill, not as Strategic planning, and knows everyday list words of product, finance, data and operations', () => {
    expect(names([list('Content strategy, Data strategy, Sales strategy, Market strategy')])).toEqual(['Content strategy', 'Data strategy', 'Sales strategy', 'Marketing strategy']);
    expect(names([list('Roadmapping, Reconciliation, Warehouse management, Power Query, DAX, Budget planning, P&L management, Risk assessment')])).toEqual([
      'Product roadmaps', 'Account reconciliation', 'Warehouse management', 'Power Query', 'DAX', 'Budgeting', 'P&L management', 'Risk management',
    ]);
    // A practice word stays a skills-list word: a job's line about reconciling is no skill claimed.
    expect(names([work('Owned the monthly reconciliation of 40 supplier accounts')])).toEqual([]);
  });

  it('counts a practice added to the taxonomy for issue 11 only in a skills list, a tool anywhere', () => {
    expect(names([work('Ran funnel analysis on the onboarding flow with Great Expectations checks upstream')])).toEqual(['Great Expectations']);
    expect(names([work('撰写行业研究报告')])).toEqual([]);
  });
  it('reads a name a narrow skills list wrapped over two or three lines, and only in a skills list', () => {
    const wrapped = ['Amazon Web', 'Services', 'Microsoft Power', 'BI', 'Natural', 'language', 'processing', 'Kubernetes'];
    expect(names(wrapped.map(list))).toEqual(['Amazon Web Services', 'Power BI', 'Natural language processing', 'Kubernetes']);
    expect(names(wrapped.map(work))).toEqual(['Business intelligence', 'Kubernetes']);
  });

  it('does not join two whole items of a skills list into a third name ("SQL" over "Server administration")', () => {
    expect(names([list('SQL'), list('Server administration')])).toEqual(['SQL']);
  });

  it('counts everyday words (Go, R, Swift) only in a skills list', () => {
    expect(names([work('We go to great lengths to swiftly deliver.')])).toEqual([]);
    expect(names([list('Go, R, Swift')])).toEqual(['Go', 'R', 'Swift']);
    // ...but an unambiguous spelling of one counts anywhere.
    expect(names([work('Rewrote the gateway in Golang.')])).toEqual(['Go']);
  });
  it('ignores generic words and keeps evidence with its source', () => {
    const found = matchSkills([list('Communication, teamwork, Docker'), work('Deployed with Docker and Kubernetes.')]);
    expect(found.map((s) => s.name)).toEqual(['Docker', 'Kubernetes']);
    expect(found[0]!.evidence.map((e) => e.source)).toEqual(['skills', 'work']);
  });

  it('reads a skills list written on its heading\'s line ("Skills: Python · Go", "技能：Go、Rust") as a skills list, in any section', async () => {
    for (const line of ['Skills: Python · Go · Terraform', 'Technical Skills — Python, Go, Terraform', '专业技能：Python、Go、Terraform']) {
      const text = ['Marta Lindqvist-Osei', 'Platform Engineer', 'Experience', 'Cobalt Freight Systems — Platform Engineer', 'Mar 2020 – Present', '- Ran the deployment platform.', line].join('\n');
      const { analysis } = await analyzeInProcess(new TextEncoder().encode(text), { referenceDate: new Date('2026-11-15') });
      expect(analysis.skills.map((s) => s.name), line).toEqual(expect.arrayContaining(['Python', 'Go', 'Terraform']));
    }
  });

  it('reads a "Tech stack:" line under a job as that job\'s skills, not as the header of the next job', async () => {
    const text = [
      'Jane Doe', 'jane@example.com', '', 'Experience', 'Acme Ltd — Data Engineer', 'Jan 2019 – Present', 'Tech stack: Go, Kafka, Terraform',
      'Globex Corp — Developer', 'Jan 2016 – Dec 2018', 'Built APIs.', '', 'Education', 'BSc Computer Science, Leeds, 2012 – 2015',
    ].join('\n');
    const { analysis } = await analyzeInProcess(new TextEncoder().encode(text), { referenceDate: new Date('2025-06-30') });
    expect(analysis.work.map((w) => [w.company, w.title])).toEqual([['Acme Ltd', 'Data Engineer'], ['Globex Corp', 'Developer']]);
    expect(analysis.skills.map((s) => s.name)).toEqual(['Go', 'Apache Kafka', 'Terraform']);
  });

  it('does not read the category label of a skills list line ("Monitoring: Grafana, Prometheus", "Observability — …") as a skill', async () => {
    for (const [line, label] of [['Monitoring: Grafana, Prometheus', 'Monitoring'], ['Observability — Grafana, Prometheus', 'Observability'], ['监控：Grafana、Prometheus', '监控']]) {
      const text = ['Marta Lindqvist-Osei', 'Skills', 'Languages: Python, Go', line].join('\n');
      const { analysis } = await analyzeInProcess(new TextEncoder().encode(text), { referenceDate: new Date('2026-11-15') });
      expect(analysis.skills.map((s) => s.name).sort(), label).toEqual(['Go', 'Grafana', 'Prometheus', 'Python']);
    }
  });
});
