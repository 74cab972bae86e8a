/**
 * The checklist result as Markdown ("Copy as Markdown"), in the same words as the page: every
 * sentence comes from report.ts. Its own module, so that the island loads it only when a reader
 * asks for it.
 */
import { APPROACH_IDS } from '../site/approaches';
import type { Answers, Decision } from './decision';
import type { ChecklistPayload } from './model';
import { sourcePath } from '../site/routes';
import {
  NO_CHANGE,
  answerText,
  capText,
  changeText,
  changesShown,
  citationNumbers,
  confidenceText,
  constraintText,
  costLink,
  effectsText,
  headline,
  laterText,
  planText,
  points,
  progressText,
  revisionTitle,
  steps,
} from './report';

/**
 * The whole result as Markdown: answers, recommendation, plan, next steps, reasons,
 * constraints, changes, notes, sources. `fromLink` adds the note on rules changed since the link
 * was made, as the page does.
 */
export function toMarkdown(
  p: ChecklistPayload,
  answers: Answers,
  d: Decision,
  url: string,
  fromLink = false,
): string {
  const used = new Set<string>();
  const cite = (ids: readonly string[]) => {
    for (const id of ids) used.add(id);
    return citationNumbers(p, ids)
      .map((c) => `[${c.n}]`)
      .join('');
  };
  const absolute = (href: string) => (href.startsWith('/') ? `${p.site}${href}` : href);
  const lines: string[] = [`# Checklist result: ${headline(p, d)}`, ''];
  if (d.answered === 0) {
    lines.push('No questions answered yet.', '', `Checklist: ${url}`);
    return lines.join('\n');
  }
  const section = (title: string, items: readonly string[]) => {
    if (items.length > 0) lines.push('', `## ${title}`, '', ...items.map((item) => `- ${item}`));
  };
  lines.push(confidenceText(p, d));
  if (d.plan.length > 0) lines.push('', `Plan: ${planText(p, d)}.`);
  for (const cap of d.capped)
    lines.push('', `${capText(p, cap)} ${cap.reason} ${cite(cap.sources)}`);
  for (const r of fromLink ? d.revisions : [])
    lines.push('', `${revisionTitle(r)} ${r.note} ${cite(r.sources)}`);
  for (const a of d.alerts)
    lines.push(
      '',
      `**${a.title}.** ${a.text} ${cite(a.sources)} ${absolute(p.pages[a.guide]?.href ?? '')}`,
    );
  lines.push(
    '',
    `Scores from ${progressText(d)}: ${APPROACH_IDS.map((id) => `${p.approaches[id]} ${points(d.scores[id])}`).join(', ')}.`,
  );
  section(
    'Next steps',
    steps(p, d).map((s) => `${s.text} ${cite(s.sources)} ${absolute(s.link?.href ?? '')}`),
  );
  section(
    'Later',
    d.later.map((l) => `${laterText(p, l)} ${cite(l.sources)}`),
  );
  const cost = costLink(p, answers, d);
  if (cost) lines.push('', `${cost.label}: ${absolute(cost.href)}`);
  section(
    'Your answers',
    p.model.factors.flatMap((f) => {
      const value = Object.hasOwn(answers, f.key) ? answers[f.key] : undefined;
      const text = value === undefined ? '' : answerText(p, f.key, value);
      return text ? [text] : [];
    }),
  );
  section(
    'Ruled out',
    d.constraints.map((c) => `${constraintText(p, c)} ${c.unless} ${cite(c.sources)}`),
  );
  section('Why', [
    ...d.reasons.map(
      (r) =>
        `**${answerText(p, r.factor, r.value)}** (${effectsText(p, r.effects)}): ${r.text} ${cite(r.sources)}`,
    ),
    ...(d.tie ? [`Tie: ${p.model.rules.ties.reason} ${cite(p.model.rules.ties.sources)}`] : []),
  ]);
  const shown = changesShown(d);
  section(
    'What would change it',
    shown.length > 0 ? shown.map((c) => changeText(p, c)) : [NO_CHANGE],
  );
  section(
    'Before you fine-tune',
    d.readiness.map((note) => `**${note.title}.** ${note.text} ${cite(note.sources)}`),
  );
  section(
    'Sources',
    citationNumbers(p, [...used]).map(
      (c) => `[${c.n}] ${p.sources[c.n - 1]?.title ?? c.id}: ${p.site}${sourcePath(c.id)}`,
    ),
  );
  lines.push('', `Result: ${url}`);
  return lines.join('\n');
}
