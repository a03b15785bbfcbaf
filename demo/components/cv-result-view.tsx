import type { CvResult } from '../lib/cv-job';
import { ExperienceTimeline } from './experience-timeline';

/** The analysis of one CV: score with its reasons, skills by category, experience, education, diagnostics. */
export function CvResultView({ result }: { result: CvResult }) {
  const { analysis, resume } = result;
  const byCategory = new Map<string, typeof analysis.skills>();
  for (const skill of analysis.skills) byCategory.set(skill.categoryLabel, [...(byCategory.get(skill.categoryLabel) ?? []), skill]);
  const d = analysis.diagnostics;
  return (
    <>
      <section className="card">
        <h2 className="first">{resume.basics.name ?? 'Unnamed candidate'}</h2>
        <p className="lead">
          {analysis.yearsOfExperience} years of experience (to {analysis.referenceDate}) · {analysis.skills.length} skills · score{' '}
          <strong>{analysis.score.total}</strong>/100
        </p>
      </section>

      <h2>Score</h2>
      <table className="score">
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Weight</th>
            <th scope="col">Value</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {analysis.score.components.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.name}</th>
              <td>{Math.round(c.weight * 100)} %</td>
              <td>{Math.round(c.value * 100)} %</td>
              <td>{c.reasons.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Skills by category</h2>
      {[...byCategory].map(([category, skills]) => (
        <div key={category}>
          <h3>{category}</h3>
          <ul className="tags">
            {skills.map((skill) => (
              <li key={skill.id} title={skill.evidence.map((e) => `${e.source}: ${e.text}`).join('\n')}>
                {skill.name}
                {skill.written ? ` (${skill.written})` : ''}
                {skill.inList ? '' : ' *'}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {analysis.skills.some((s) => !s.inList) ? <p>* named in the CV&apos;s text, not in a skills list</p> : null}

      <h2>Experience</h2>
      <ExperienceTimeline work={analysis.work} referenceDate={analysis.referenceDate} />

      {analysis.education.length > 0 ? (
        <>
          <h2>Education</h2>
          <ul>
            {analysis.education.map((e, i) => (
              <li key={i}>
                {[e.degree ?? e.level, e.field && !e.degree?.includes(e.field) ? e.field : null].filter(Boolean).join(', ')}
                {e.degree || e.level || e.field ? ' — ' : ''}
                {e.institution} {e.end ? `(${e.end})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Diagnostics</h2>
      <dl className="facts">
        <dt>Format</dt>
        <dd>
          {d.format.toUpperCase()}, {d.pages} page{d.pages === 1 ? '' : 's'}, {d.columns} column{d.columns === 1 ? '' : 's'}
        </dd>
        <dt>Text layer</dt>
        <dd>{d.hasTextLayer ? 'yes' : 'no (scanned?)'}</dd>
        <dt>Languages</dt>
        <dd>{d.languages.join(', ') || '—'}</dd>
        <dt>Unreadable characters</dt>
        <dd>{(d.unreadableShare * 100).toFixed(1)} %</dd>
        <dt>Sections found</dt>
        <dd>{analysis.sections.map((s) => s.heading || s.kind).join(' · ') || '—'}</dd>
        {d.warnings.length > 0 ? (
          <>
            <dt>Warnings</dt>
            <dd>{d.warnings.join(' ')}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
