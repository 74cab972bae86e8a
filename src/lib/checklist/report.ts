/**
 * The words of a checklist result, shared by the island (what the reader sees and hears) and
 * the "copy as Markdown" export, so both say exactly the same thing. Pure: a decision and the
 * payload's labels in, strings out. Every value used here is a label or id from content, never
 * raw input from a URL or storage.
 */
import { APPROACH_IDS, type ApproachId } from '../site/approaches';
import {
  optionOf,
  type Answers,
  type Cap,
  type Change,
  type Constraint,
  type Decision,
  type Revision,
  type Scores,
} from './decision';
import type { ChecklistPayload } from './model';
import { formatDate, formatList, inSentence, signed } from '../site/format';
import { sourcePath } from '../site/routes';

/** "1 point", "−3 points" */
export function points(n: number): string {
  return `${n < 0 ? `−${-n}` : n} point${Math.abs(n) === 1 ? '' : 's'}`;
}

/** The recommendation as a headline; "for now" when a constraint overrode the scores. */
export function headline(p: ChecklistPayload, d: Decision): string {
  return d.favoured === d.recommendation
    ? p.approaches[d.recommendation]
    : `${p.approaches[d.recommendation]}, for now`;
}

/** "Medium confidence" */
export function confidenceLevel(d: Decision): string {
  return `${d.confidence[0]?.toUpperCase()}${d.confidence.slice(1)} confidence`;
}

/** One sentence: how sure the result is and why, from the margin. */
export function confidenceText(p: ChecklistPayload, d: Decision): string {
  const name = (id: ApproachId) => inSentence(p.approaches[id]);
  const level = confidenceLevel(d);
  if (d.margin === null) {
    const out = APPROACH_IDS.filter((id) => id !== d.recommendation).map(name);
    return `${level}: ${formatList(out)} ${out.length === 1 ? 'is' : 'are'} ruled out for now by your answers.`;
  }
  if (d.tie) {
    return `${level}: ${name(d.recommendation)} and ${name(d.runnerUp)} tie at ${points(d.scores[d.recommendation])}. ${p.model.rules.ties.reason}`;
  }
  return `${level}: ${name(d.recommendation)} leads ${name(d.runnerUp)} by ${points(d.margin)}.`;
}

/** "Confidence is held at medium by your answer to ML expertise: None." */
export function capText(p: ChecklistPayload, cap: Cap & { factor: string; value: string }): string {
  return `Confidence is held at ${cap.confidence} by your answer to ${answerText(p, cap.factor, cap.value)}.`;
}

/** "The checklist changed on 30 November 2026: this result may differ from when the link was made." */
export function revisionTitle(r: Revision): string {
  return `The checklist changed on ${formatDate(new Date(`${r.date}T00:00:00Z`))}: this result may differ from when the link was made.`;
}

/** "Prompt engineering +2, Fine-tuning −2, Hybrid −1" */
export function effectsText(p: ChecklistPayload, effects: Scores): string {
  return APPROACH_IDS.map((id) => `${p.approaches[id]} ${signed(effects[id])}`).join(', ');
}

/** "Budget: Low" */
export function answerText(p: ChecklistPayload, factor: string, value: string): string {
  const found = optionOf(p.model, factor, value);
  return found ? `${found.factor.label}: ${found.option.label}` : '';
}

/** "If Budget were “High” instead of “Low”, the recommendation would be fine-tuning." */
export function changeText(p: ChecklistPayload, c: Change): string {
  const from = optionOf(p.model, c.factor, c.from);
  const to = optionOf(p.model, c.factor, c.to);
  if (!from || !to) return '';
  return `If ${from.factor.label} were “${to.option.label}” instead of “${from.option.label}”, the recommendation would be ${inSentence(p.approaches[c.recommendation])}.`;
}

/** "Fine-tuning and hybrid are unavailable for now (Training examples: None yet)." */
export function constraintText(p: ChecklistPayload, c: Constraint): string {
  const names = formatList(c.approaches.map((id) => inSentence(p.approaches[id])));
  const verb = c.approaches.length === 1 ? 'is' : 'are';
  return `${names.charAt(0).toUpperCase()}${names.slice(1)} ${verb} unavailable for now (${answerText(p, c.factor, c.value)}).`;
}

/** Citation numbers for source ids: their position in the payload's source list. */
export function citationNumbers(
  p: ChecklistPayload,
  ids: readonly string[],
): { id: string; n: number }[] {
  return ids
    .map((id) => ({ id, n: p.sources.findIndex((s) => s.id === id) + 1 }))
    .filter((c) => c.n > 0)
    .sort((a, b) => a.n - b.n);
}

/** "3 of 13 answered" */
export function progressText(d: Decision): string {
  return `${d.answered} of ${d.total} answered`;
}

/** The whole result as Markdown: answers, recommendation, reasons, constraints, changes, notes, sources. */
export function toMarkdown(
  p: ChecklistPayload,
  answers: Answers,
  d: Decision,
  url: string,
): string {
  const cite = (ids: readonly string[]) =>
    citationNumbers(p, ids)
      .map((c) => `[${c.n}]`)
      .join('');
  const used = new Set<string>();
  const track = (ids: readonly string[]) => {
    for (const id of ids) used.add(id);
    return cite(ids);
  };
  const lines: string[] = [`# Checklist result: ${headline(p, d)}`, ''];
  if (d.answered === 0) {
    lines.push('No questions answered yet.', '', `Checklist: ${url}`);
    return lines.join('\n');
  }
  lines.push(confidenceText(p, d), '');
  for (const cap of d.capped)
    lines.push(`${capText(p, cap)} ${cap.reason} ${track(cap.sources)}`, '');
  for (const r of d.revisions) lines.push(`${revisionTitle(r)} ${r.note} ${track(r.sources)}`, '');
  lines.push(
    `Scores from ${progressText(d)}: ${APPROACH_IDS.map((id) => `${p.approaches[id]} ${points(d.scores[id])}`).join(', ')}.`,
    '',
  );
  lines.push('## Your answers', '');
  for (const factor of p.model.factors) {
    const value = Object.hasOwn(answers, factor.key) ? answers[factor.key] : undefined;
    const text = value === undefined ? '' : answerText(p, factor.key, value);
    if (text) lines.push(`- ${text}`);
  }
  if (d.constraints.length > 0) {
    lines.push('', '## Ruled out for now', '');
    for (const c of d.constraints)
      lines.push(`- ${constraintText(p, c)} ${c.unless} ${track(c.sources)}`);
  }
  lines.push('', '## Why', '');
  for (const r of d.reasons) {
    lines.push(
      `- **${answerText(p, r.factor, r.value)}** (${effectsText(p, r.effects)}): ${r.text} ${track(r.sources)}`,
    );
  }
  if (d.tie) lines.push(`- Tie: ${p.model.rules.ties.reason} ${track(p.model.rules.ties.sources)}`);
  const [change] = d.changes;
  lines.push(
    '',
    '## What would change it',
    '',
    change
      ? `- ${changeText(p, change)}`
      : '- No single changed answer would change the recommendation.',
  );
  if (d.readiness.length > 0) {
    lines.push('', '## Before you fine-tune', '');
    for (const note of d.readiness)
      lines.push(`- **${note.title}.** ${note.text} ${track(note.sources)}`);
  }
  lines.push('', '## Sources', '');
  for (const c of citationNumbers(p, [...used])) {
    const title = p.sources[c.n - 1]?.title ?? c.id;
    lines.push(`- [${c.n}] ${title}: ${p.site}${sourcePath(c.id)}`);
  }
  lines.push('', `Result: ${url}`);
  return lines.join('\n');
}
