/**
 * The decision engine behind the checklist: answers in, a reasoned recommendation out.
 *
 * Pure and deterministic: no DOM, no clock, no randomness, and no knowledge of where the data
 * comes from. Every effect, constraint, reason and source lives in `content/checklist/`; this
 * module only adds them up. Total: any subset of answers, including none and including keys or
 * values it does not know (those are ignored), gives a valid result. Explained: the scores the
 * reader sees are the sums of the per-answer effects listed in the reasons, nothing else.
 */
import { APPROACH_IDS, byApproach, type ApproachId } from '../site/approaches';

export type Scores = Readonly<Record<ApproachId, number>>;

/** A constraint: this answer (together with `when`) rules out approaches for now. */
export interface Block {
  approaches: readonly ApproachId[];
  /** Other answers that must also be given for the block to apply: factor key → values. */
  when: Readonly<Record<string, readonly string[]>>;
  /** What would make the approaches available. */
  unless: string;
  sources: readonly string[];
}

/** A ceiling on confidence while this answer is given and the recommendation is one of `approaches`. */
export interface Cap {
  approaches: readonly ApproachId[];
  confidence: 'low' | 'medium';
  /** Why, and what would lift the ceiling. */
  reason: string;
  sources: readonly string[];
}

export interface FactorOption {
  value: string;
  label: string;
  effects: Scores;
  blocks: readonly Block[];
  caps?: readonly Cap[] | undefined;
  reason: string;
  sources: readonly string[];
}

export interface Factor {
  /** The URL key (`budget`). */
  key: string;
  label: string;
  /** In order along their scale; "steps" between answers count along it. */
  options: readonly FactorOption[];
}

export interface ReadinessNote {
  id: string;
  title: string;
  text: string;
  approaches: readonly ApproachId[];
  sources: readonly string[];
}

/**
 * A change to the rules that can change the answer to an older shared link: a link that answers
 * one of `changed` but none of `added` predates it, and its result says why it may differ.
 */
export interface Revision {
  /** ISO date of the change. */
  date: string;
  /** Factors whose scoring changed. */
  changed: readonly string[];
  /** Factors added at the same time; answering any of them means the link is newer. */
  added: readonly string[];
  note: string;
  sources: readonly string[];
}

export interface Rules {
  ties: { order: readonly ApproachId[]; reason: string; sources: readonly string[] };
  confidence: { high: number; medium: number };
  readiness: readonly ReadinessNote[];
  revisions?: readonly Revision[] | undefined;
}

export interface DecisionModel {
  /** In question order. */
  factors: readonly Factor[];
  rules: Rules;
}

/** Factor key → option value. Any subset; anything the model does not know is ignored. */
export type Answers = Readonly<Partial<Record<string, string>>>;

export type Confidence = 'low' | 'medium' | 'high';

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** One answer's contribution to the result. */
export interface Reason {
  factor: string;
  value: string;
  effects: Scores;
  /** Points this answer gave the recommendation minus those it gave the runner-up. */
  lead: number;
  text: string;
  sources: readonly string[];
}

/** A constraint in force: approaches ruled out by an answer (and the answers in `when`). */
export interface Constraint {
  factor: string;
  value: string;
  approaches: readonly ApproachId[];
  unless: string;
  sources: readonly string[];
}

/** A single changed answer that would change the recommendation. */
export interface Change {
  factor: string;
  from: string;
  to: string;
  /** Distance along the factor's scale (1 = the next answer up or down). */
  steps: number;
  recommendation: ApproachId;
}

export interface Decision {
  /** How many questions were answered with a known value, and how many there are. */
  answered: number;
  total: number;
  recommendation: ApproachId;
  /** Sum of the effects of every answer, per approach. */
  scores: Scores;
  /** Approaches ruled out by a constraint (recommended only if every approach is). */
  blocked: readonly ApproachId[];
  /** The approach the recommendation is measured against: next best available, else best blocked. */
  runnerUp: ApproachId;
  /** Recommendation's score minus the runner-up's; null when the runner-up is ruled out. */
  margin: number | null;
  confidence: Confidence;
  /** True when the recommendation won a tie, decided by `rules.ties.order`. */
  tie: boolean;
  /** The approach the scores alone favour; differs from `recommendation` when a constraint decided. */
  favoured: ApproachId;
  /** Every answer's contribution, strongest first. */
  reasons: readonly Reason[];
  constraints: readonly Constraint[];
  /** Smallest single answer changes that flip the recommendation, one per factor, smallest first. */
  changes: readonly Change[];
  /** Notes to act on before fine-tuning, when the result involves it. */
  readiness: readonly ReadinessNote[];
  /** Ceilings that lowered the confidence, with what would lift them. */
  capped: readonly (Cap & { factor: string; value: string })[];
  /** Rule changes since the answers were (apparently) given that may have changed the result. */
  revisions: readonly Revision[];
}

interface Given {
  factor: Factor;
  index: number;
  option: FactorOption;
}

function givenAnswers(model: DecisionModel, answers: Answers): Given[] {
  const given: Given[] = [];
  for (const factor of model.factors) {
    const value = Object.hasOwn(answers, factor.key) ? answers[factor.key] : undefined;
    const index = factor.options.findIndex((o) => o.value === value);
    const option = factor.options[index];
    if (option) given.push({ factor, index, option });
  }
  return given;
}

function activeConstraints(given: readonly Given[], answers: Answers): Constraint[] {
  const out: Constraint[] = [];
  for (const { factor, option } of given) {
    for (const block of option.blocks) {
      const applies = Object.entries(block.when).every(([key, values]) => {
        const answer = Object.hasOwn(answers, key) ? answers[key] : undefined;
        return answer !== undefined && values.includes(answer);
      });
      if (applies) {
        out.push({
          factor: factor.key,
          value: option.value,
          approaches: block.approaches,
          unless: block.unless,
          sources: block.sources,
        });
      }
    }
  }
  return out;
}

/** Approaches by score, highest first; ties go to the earlier approach in `order`. */
function rank(
  ids: readonly ApproachId[],
  scores: Scores,
  order: readonly ApproachId[],
): ApproachId[] {
  const position = (id: ApproachId) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length + APPROACH_IDS.indexOf(id) : i;
  };
  return [...ids].sort((a, b) => scores[b] - scores[a] || position(a) - position(b));
}

/** Scores, constraints and the winner: all that "what would change it" needs, run once per alternative. */
function tally(model: DecisionModel, answers: Answers) {
  const given = givenAnswers(model, answers);
  const scores = byApproach(() => 0);
  for (const { option } of given) {
    for (const id of APPROACH_IDS) scores[id] += option.effects[id];
  }
  const constraints = activeConstraints(given, answers);
  const blockedSet = new Set(constraints.flatMap((c) => c.approaches));
  const blocked = APPROACH_IDS.filter((id) => blockedSet.has(id));
  // If constraints ever ruled out everything, the scores alone decide: the result stays total.
  const availableIds =
    blocked.length === APPROACH_IDS.length
      ? [...APPROACH_IDS]
      : APPROACH_IDS.filter((id) => !blockedSet.has(id));
  const ranked = rank(availableIds, scores, model.rules.ties.order);
  const recommendation = ranked[0] ?? 'prompt-engineering';
  return { given, scores, constraints, blocked, ranked, recommendation };
}

function evaluate(model: DecisionModel, answers: Answers): Omit<Decision, 'changes'> {
  const { given, scores, constraints, blocked, ranked, recommendation } = tally(model, answers);
  const order = model.rules.ties.order;
  const favoured = rank(APPROACH_IDS, scores, order)[0] ?? recommendation;
  const others = APPROACH_IDS.filter((id) => id !== recommendation);
  const runnerUp = ranked[1] ?? rank(others, scores, order)[0] ?? recommendation;
  const margin = ranked[1] === undefined ? null : scores[recommendation] - scores[ranked[1]];
  const { high, medium } = model.rules.confidence;
  const byMargin: Confidence =
    given.length === 0
      ? 'low'
      : margin === null || margin >= high
        ? 'high'
        : margin >= medium
          ? 'medium'
          : 'low';
  // A ceiling set by an answer (no ML expertise, say) holds whatever else was answered or skipped.
  const ceilings = given.flatMap(({ factor, option }) =>
    (option.caps ?? [])
      .filter((cap) => cap.approaches.includes(recommendation))
      .map((cap) => ({ ...cap, factor: factor.key, value: option.value })),
  );
  const capped = ceilings.filter((cap) => RANK[cap.confidence] < RANK[byMargin]);
  const confidence = capped.reduce<Confidence>(
    (level, cap) => (RANK[cap.confidence] < RANK[level] ? cap.confidence : level),
    byMargin,
  );
  const answered = new Set(given.map((g) => g.factor.key));
  const revisions = (model.rules.revisions ?? []).filter(
    (r) => r.changed.some((key) => answered.has(key)) && !r.added.some((key) => answered.has(key)),
  );

  const reasons = given
    .map(({ factor, option }) => ({
      factor: factor.key,
      value: option.value,
      effects: option.effects,
      lead: option.effects[recommendation] - option.effects[runnerUp],
      text: option.reason,
      sources: option.sources,
      order: model.factors.indexOf(factor),
    }))
    // Strongest first: what separated the recommendation from the runner-up (these leads add up
    // to the margin), then the push the answer gave the recommendation itself.
    .sort(
      (a, b) =>
        Math.abs(b.lead) - Math.abs(a.lead) ||
        b.effects[recommendation] - a.effects[recommendation] ||
        a.order - b.order,
    )
    .map(({ order: _order, ...reason }) => reason);

  const involved = new Set([recommendation, favoured]);
  const readiness =
    given.length === 0
      ? []
      : model.rules.readiness.filter((note) => note.approaches.some((id) => involved.has(id)));

  return {
    answered: given.length,
    total: model.factors.length,
    recommendation,
    scores,
    blocked,
    runnerUp,
    margin,
    confidence,
    tie: margin === 0,
    favoured,
    reasons,
    constraints,
    readiness,
    capped,
    revisions,
  };
}

/**
 * For each answered question, the nearest other answer that changes the recommendation; the
 * list is sorted by distance along the scale, then question order.
 */
function flips(model: DecisionModel, answers: Answers, current: ApproachId): Change[] {
  const changes: Change[] = [];
  for (const { factor, index, option } of givenAnswers(model, answers)) {
    let best: Change | undefined;
    factor.options.forEach((alternative, j) => {
      if (j === index) return;
      const steps = Math.abs(j - index);
      if (best && best.steps <= steps) return;
      const next = tally(model, { ...answers, [factor.key]: alternative.value }).recommendation;
      if (next !== current)
        best = {
          factor: factor.key,
          from: option.value,
          to: alternative.value,
          steps,
          recommendation: next,
        };
    });
    if (best) changes.push(best);
  }
  const order = (key: string) => model.factors.findIndex((f) => f.key === key);
  return changes.sort((a, b) => a.steps - b.steps || order(a.factor) - order(b.factor));
}

/** The recommendation for a set of answers, with its scores, reasons, constraints and what would change it. */
export function decide(model: DecisionModel, answers: Answers): Decision {
  const core = evaluate(model, answers);
  return { ...core, changes: flips(model, answers, core.recommendation) };
}

/** The factor and option behind a key and value, for labels; undefined when unknown. */
export function optionOf(model: DecisionModel, key: string, value: string) {
  const factor = model.factors.find((f) => f.key === key);
  const option = factor?.options.find((o) => o.value === value);
  return factor && option ? { factor, option } : undefined;
}
