/**
 * The words of a checklist result, shared by the island (what the reader sees and hears) and
 * the "copy as Markdown" export, so both say exactly the same thing. Pure: a decision and the
 * payload's labels in, strings out. Every value used here is a label or id from content, never
 * raw input from a URL or storage.
 */
import { APPROACH_IDS, type ApproachId } from '../site/approaches';
import {
  optionOf,
  planFor,
  withDependants,
  type Answer,
  type Answers,
  type Cap,
  type Constraint,
  type Decision,
  type Flip,
  type Later,
  type Recommendation,
  type Revision,
  type Scores,
} from './decision';
import type { ChecklistPayload, Link } from './model';
import type { BlockData, CapData } from '../../schemas/checklist';
import { formatDate, formatList, inSentence, signed } from '../site/format';
import { PATHS } from '../site/routes';

/** "1 point", "−3 points" */
export function points(n: number): string {
  return `${n < 0 ? `−${-n}` : n} point${Math.abs(n) === 1 ? '' : 's'}`;
}

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** An approach's name inside a sentence: "fine-tuning", "retrieval (RAG)". */
function named(p: ChecklistPayload, id: ApproachId): string {
  return inSentence(p.approaches[id]);
}

/** "fine-tuning and hybrid are", "retrieval (RAG) is" */
function subject(p: ChecklistPayload, ids: readonly ApproachId[]): string {
  return `${formatList(ids.map((id) => named(p, id)))} ${ids.length === 1 ? 'is' : 'are'}`;
}

/** The recommendation as a headline; "for now" when a rule overrode the points. */
export function headline(p: ChecklistPayload, d: Decision): string {
  if (d.recommendation === 'none') return 'No approach fits these answers yet';
  return d.favoured === d.recommendation || d.partial.includes(d.favoured)
    ? p.approaches[d.recommendation]
    : `${p.approaches[d.recommendation]}, for now`;
}

/** "Medium confidence"; empty when nothing is recommended. */
export function confidenceLevel(d: Decision): string {
  return d.confidence ? `${capital(d.confidence)} confidence` : '';
}

/** One sentence: how sure the result is and why, from the margin. */
export function confidenceText(p: ChecklistPayload, d: Decision): string {
  if (d.recommendation === 'none')
    return 'Your answers rule out every approach, so no confidence is given. The answers in conflict, and what would settle them, are below.';
  const level = confidenceLevel(d);
  if (d.margin === null || d.runnerUp === undefined) {
    const out = d.blocked.length > 0 ? `${subject(p, d.blocked)} ruled out by your answers` : '';
    const partial =
      d.partial.length > 0
        ? `${formatList(d.partial.map((id) => named(p, id)))} alone does not supply what is missing`
        : '';
    return `${level}: ${[out, partial].filter(Boolean).join(', and ')}.`;
  }
  if (d.tie) {
    return `${level}: ${named(p, d.recommendation)} and ${named(p, d.runnerUp)} tie at ${points(d.scores[d.recommendation])}. ${p.model.rules.ties.reason}`;
  }
  return `${level}: ${named(p, d.recommendation)} leads ${named(p, d.runnerUp)} by ${points(d.margin)}.`;
}

/** "Confidence is held at medium by your answer to ML expertise: None." */
export function capText(p: ChecklistPayload, cap: Cap): string {
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

/** "the recommendation would be fine-tuning" / "no approach would fit" */
function wouldBe(p: ChecklistPayload, r: Recommendation): string {
  return r === 'none' ? 'no approach would fit' : `the recommendation would be ${named(p, r)}`;
}

/** "If Budget were “High” instead of “Low”, the recommendation would be fine-tuning." */
export function changeText(p: ChecklistPayload, c: Flip): string {
  const from = optionOf(p.model, c.factor, c.from);
  const to = optionOf(p.model, c.factor, c.to);
  if (!from || !to) return '';
  return `If ${from.factor.label} were “${to.option.label}” instead of “${from.option.label}”, ${wouldBe(p, c.recommendation)}.`;
}

/** "your answer to Budget: Low" / "your answers to Data privacy: No and Hosting: An API" */
function answersText(p: ChecklistPayload, answers: readonly Answer[]): string {
  const texts = answers.map((a) => answerText(p, a.factor, a.value));
  return `your answer${texts.length === 1 ? '' : 's'} to ${formatList(texts)}`;
}

/** "Fine-tuning and hybrid are ruled out by your answer to Training examples: None yet." */
export function constraintText(p: ChecklistPayload, c: Constraint): string {
  return capital(`${subject(p, c.approaches)} ruled out by ${answersText(p, [c, ...c.with])}.`);
}

/** "Prompt engineering, then retrieval (RAG)" */
export function planText(p: ChecklistPayload, d: Decision): string {
  return capital(d.plan.map((id) => named(p, id)).join(', then '));
}

/** "Later, fine-tuning: add it once…" */
export function laterText(p: ChecklistPayload, l: Later): string {
  const held =
    l.blockedBy.length > 0
      ? ` For now it is ruled out by ${formatList(l.blockedBy.map((c) => answersText(p, [c, ...c.with])))}.`
      : '';
  return `Later, ${named(p, l.layer)}: ${l.text}${held}`;
}

/** The next steps of the decision's plan, each with the page that shows how. */
export function steps(p: ChecklistPayload, d: Decision) {
  const plan = planFor(p.model.rules, d.plan);
  return (plan?.steps ?? []).map((step) => ({
    ...step,
    link: p.pages[step.guide ?? step.tool ?? ''],
  }));
}

/**
 * "Cost this plan": the calculator with the plan's paths and what the answers imply (a volume
 * inside the answer's range, the provider's offer). Undefined when nothing is recommended.
 */
export function costLink(
  p: ChecklistPayload,
  answers: Answers,
  d: Decision,
): (Link & { volume?: number | undefined }) | undefined {
  const plan = planFor(p.model.rules, d.plan);
  if (!plan || d.recommendation === 'none') return undefined;
  let volume: number | undefined;
  let offer: string | undefined;
  for (const factor of p.model.factors) {
    const value = Object.hasOwn(answers, factor.key) ? answers[factor.key] : undefined;
    const cost = factor.options.find((o) => o.value === value)?.cost ?? {};
    volume = cost.volume ?? volume;
    offer = cost.offer ?? offer;
  }
  const params = new URLSearchParams({ paths: plan.cost.join(',') });
  if (volume !== undefined) params.set('volume', String(volume));
  if (offer !== undefined) params.set('offer', offer);
  const label =
    volume === undefined
      ? 'Cost this plan'
      : `Cost this plan at ${volume.toLocaleString('en-GB')} requests a month`;
  return { href: `${PATHS.cost}?${params.toString().replaceAll('%2C', ',')}`, label, volume };
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

/** The short summary the progress bar announces: "3 of 17 answered. Retrieval (RAG), high confidence." */
export function summaryText(p: ChecklistPayload, d: Decision): string {
  const level = confidenceLevel(d);
  return `${progressText(d)}. ${headline(p, d)}${level ? `, ${level.toLowerCase()}` : ''}.`;
}

export const NO_CHANGE = 'No single changed answer would change the recommendation.';

/**
 * The changes a result shows: the nearest one, or, when nothing fits, every answer that would
 * let something fit (each names an answer in conflict).
 */
export function changesShown(d: Decision): readonly Flip[] {
  return d.recommendation === 'none' ? d.changes : d.changes.slice(0, 1);
}

/** "Budget is Low or Medium and Hosting is A vendor's API" */
function conditionText(p: ChecklistPayload, set: Readonly<Record<string, readonly string[]>>) {
  return formatList(
    Object.entries(set).map(([key, values]) => {
      const labels = values.map((v) => optionOf(p.model, key, v)?.option.label ?? v);
      const label = p.model.factors.find((f) => f.key === key)?.label ?? key;
      return `${label} is “${labels.join('” or “')}”`;
    }),
  );
}

/** A rule in a few words, for the table by hand: "Rules out fine-tuning and hybrid when Hosting is …" */
export function blockSummary(
  p: ChecklistPayload,
  block: Pick<BlockData, 'approaches' | 'when' | 'except'>,
): string {
  const names = formatList(
    withDependants(p.model.rules, block.approaches).map((id) => named(p, id)),
  );
  const when = Object.keys(block.when).length > 0 ? ` when ${conditionText(p, block.when)}` : '';
  const except =
    Object.keys(block.except).length > 0 ? `, unless ${conditionText(p, block.except)}` : '';
  return `Rules out ${names}${when}${except}.`;
}

/** "Confidence in fine-tuning and hybrid is at most medium." */
export function capSummary(p: ChecklistPayload, cap: Pick<CapData, 'approaches' | 'confidence'>) {
  return `Confidence in ${formatList(cap.approaches.map((id) => named(p, id)))} is at most ${cap.confidence}.`;
}

/** "The plan needs retrieval." / "Later: fine-tuning." */
export function layersSummary(
  p: ChecklistPayload,
  needs: readonly ApproachId[],
  next: readonly ApproachId[],
): string {
  const list = (ids: readonly ApproachId[]) => formatList(ids.map((id) => named(p, id)));
  return [
    needs.length > 0 ? `The plan needs ${list(needs)}.` : '',
    next.length > 0 ? `Add ${list(next)} later, when it pays.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
