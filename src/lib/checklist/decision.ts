/**
 * The decision engine behind the checklist: answers in, a reasoned plan out.
 *
 * It reasons in the order the guide does. What the model is missing shapes the plan: a
 * knowledge gap needs retrieval, a behaviour gap points to prompting first and tuning later.
 * Hard constraints then remove approaches outright, with every approach built on a removed one
 * (a hybrid needs a tuned model). The points of every answer rank what is left, and the winner's
 * layers, with the layers the gap needs, make the plan.
 *
 * Pure and deterministic: no DOM, no clock, no randomness, and no knowledge of where the data
 * comes from. Every effect, constraint, layer, reason and source lives in `content/checklist/`;
 * this module only applies them. Total: any subset of answers, including none and including
 * keys or values it does not know (those are ignored), gives a valid result. Explained: the
 * scores the reader sees are the sums of the per-answer effects listed in the reasons.
 */
import type {
  AlertData,
  CapData,
  FactorData,
  OptionData,
  ReadinessNoteData,
  RulesData,
} from '../../schemas/checklist';
import { APPROACH_IDS, byApproach, type ApproachId } from '../site/approaches';

export type Scores = Readonly<Record<ApproachId, number>>;

/** An answer as the engine reads it: the option from content, `{fact:…}` filled in. */
export type FactorOption = Pick<
  OptionData,
  | 'value'
  | 'label'
  | 'effects'
  | 'blocks'
  | 'caps'
  | 'needs'
  | 'next'
  | 'alerts'
  | 'cost'
  | 'reason'
  | 'sources'
>;

/** A question: its URL key (`budget`), its label and its answers in order along their scale. */
export interface Factor extends Pick<FactorData, 'label' | 'retired'> {
  key: string;
  options: readonly FactorOption[];
}

/**
 * A change to the rules that can change the answer to an older shared link: a link that answers
 * one of `changed` but none of `added` predates it, and its result says why it may differ.
 */
export type Revision = Omit<RulesData['revisions'][number], 'date'> & {
  /** ISO date of the change. */
  date: string;
};

export type Rules = Pick<
  RulesData,
  'ties' | 'confidence' | 'layers' | 'plans' | 'later' | 'readiness'
> & { revisions: readonly Revision[] };

export interface DecisionModel {
  /** In question order. */
  factors: readonly Factor[];
  rules: Rules;
}

/** Factor key → option value. Any subset; anything the model does not know is ignored. */
export type Answers = Readonly<Partial<Record<string, string>>>;

export type Confidence = 'low' | 'medium' | 'high';

/** What the result headlines: an approach, or `none` when every approach is ruled out. */
export type Recommendation = ApproachId | 'none';

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** One answer, as the factor key and option value it was given. */
export interface Answer {
  factor: string;
  value: string;
}

/** One answer's contribution to the result. */
export interface Reason extends Answer {
  effects: Scores;
  /** Points this answer gave the recommendation minus those it gave the runner-up. */
  lead: number;
  text: string;
  sources: readonly string[];
}

/** A constraint in force: approaches ruled out by an answer and the answers in its `when`. */
export interface Constraint extends Answer {
  /** The other answers the constraint needed (privacy in-house *with* a vendor's API). */
  with: readonly Answer[];
  /** Every approach it removes: those it names and those built on them. */
  approaches: readonly ApproachId[];
  unless: string;
  sources: readonly string[];
}

/** A single changed answer that would change the recommendation. */
export interface Flip {
  factor: string;
  from: string;
  to: string;
  /** Distance along the factor's scale (1 = the next answer up or down). */
  steps: number;
  recommendation: Recommendation;
}

/** A layer the plan does not have yet, and what would add it. */
export interface Later {
  layer: ApproachId;
  text: string;
  sources: readonly string[];
  /** The constraints that keep it out for now, if any (their `unless` says what lifts them). */
  blockedBy: readonly Constraint[];
}

export type ReadinessNote = ReadinessNoteData;
export type Cap = CapData & Answer;
export type Alert = AlertData & Answer;

export interface Decision {
  /** How many questions were answered with a known value, and how many there are. */
  answered: number;
  total: number;
  recommendation: Recommendation;
  /** The layers to build now, in build order; empty when every approach is ruled out. */
  plan: readonly ApproachId[];
  /** Layers to add later, with what would add them. */
  later: readonly Later[];
  /** Sum of the effects of every answer, per approach. */
  scores: Scores;
  /** Approaches ruled out by a constraint: never recommended, never in the plan. */
  blocked: readonly ApproachId[];
  /**
   * Approaches not ruled out, but not enough alone for what is missing (prompting alone, for
   * a knowledge gap): their plan is headed by another approach.
   */
  partial: readonly ApproachId[];
  /** The approach the recommendation is measured against; undefined when there is none. */
  runnerUp: ApproachId | undefined;
  /** Recommendation's score minus the runner-up's; null without a runner-up. */
  margin: number | null;
  /** Undefined when every approach is ruled out. */
  confidence: Confidence | undefined;
  /** True when the recommendation won a tie, decided by `rules.ties.order`. */
  tie: boolean;
  /** The approach the scores alone favour; differs from `recommendation` when a rule decided. */
  favoured: ApproachId;
  /** Every answer's contribution, strongest first. */
  reasons: readonly Reason[];
  constraints: readonly Constraint[];
  /** Smallest single answer changes that change the recommendation, one per factor, smallest first. */
  changes: readonly Flip[];
  /** Notes to act on before fine-tuning, when the result involves it. */
  readiness: readonly ReadinessNote[];
  /** Ceilings that lowered the confidence, with what would lift them. */
  capped: readonly Cap[];
  /** Warnings for these answers (a provider closing its tuning service, say). */
  alerts: readonly Alert[];
  /** Rule changes since the answers were (apparently) given that may have changed the result. */
  revisions: readonly Revision[];
}

interface Given {
  factor: Factor;
  index: number;
  option: FactorOption;
}

function answerOf(answers: Answers, key: string): string | undefined {
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

function givenAnswers(model: DecisionModel, answers: Answers): Given[] {
  const given: Given[] = [];
  for (const factor of model.factors) {
    const value = answerOf(answers, factor.key);
    const index = factor.options.findIndex((o) => o.value === value);
    const option = factor.options[index];
    if (option) given.push({ factor, index, option });
  }
  return given;
}

/** The answers among `set` (factor key → values) that were given; all of them, or none. */
function matching(set: Readonly<Record<string, readonly string[]>>, answers: Answers) {
  const found: Answer[] = [];
  for (const [factor, values] of Object.entries(set)) {
    const value = answerOf(answers, factor);
    if (value !== undefined && values.includes(value)) found.push({ factor, value });
  }
  return found;
}

/** Approaches in `ids` plus every approach built on one of them, in `APPROACH_IDS` order. */
export function withDependants(rules: Rules, ids: readonly ApproachId[]): ApproachId[] {
  return APPROACH_IDS.filter((id) =>
    [id, ...rules.layers[id]].some((layer) => (ids as readonly string[]).includes(layer)),
  );
}

function activeConstraints(model: DecisionModel, given: readonly Given[], answers: Answers) {
  const out: Constraint[] = [];
  for (const { factor, option } of given) {
    for (const block of option.blocks) {
      const needed = matching(block.when, answers);
      const applies =
        needed.length === Object.keys(block.when).length &&
        matching(block.except, answers).length === 0;
      if (applies) {
        out.push({
          factor: factor.key,
          value: option.value,
          with: needed,
          approaches: withDependants(model.rules, block.approaches),
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

/** The plan entry for a set of layers (the schema guarantees one per combination). */
export function planFor(rules: Rules, layers: readonly string[]) {
  const key = [...layers].sort().join(' ');
  return rules.plans.find((p) => [...p.layers].sort().join(' ') === key);
}

/** Everything "what would change it" needs, run once per alternative answer. */
function tally(model: DecisionModel, answers: Answers) {
  const { rules } = model;
  const given = givenAnswers(model, answers);
  const scores = byApproach(() => 0);
  for (const { option } of given) {
    for (const id of APPROACH_IDS) scores[id] += option.effects[id];
  }
  const constraints = activeConstraints(model, given, answers);
  const blockedSet = new Set(constraints.flatMap((c) => c.approaches));
  const blocked = APPROACH_IDS.filter((id) => blockedSet.has(id));
  const available = APPROACH_IDS.filter((id) => !blockedSet.has(id));
  const needs = new Set(given.flatMap((g) => g.option.needs).filter((id) => !blockedSet.has(id)));
  // An approach's plan: its own layers and the ones the gap needs, in the build order of the
  // plans' layers (prompting, retrieval, tuning).
  const order = rules.plans.reduce<string[]>(
    (all, p) => (p.layers.length > all.length ? [...p.layers] : all),
    [],
  );
  const planOf = (id: ApproachId) => {
    const layers = new Set<string>([...rules.layers[id], ...needs]);
    return order.filter((layer) => layers.has(layer)) as ApproachId[];
  };
  const heads = (id: ApproachId) => planFor(rules, planOf(id))?.headline.includes(id) ?? true;
  const partial = available.filter((id) => !heads(id));
  const ranked = rank(
    available.filter((id) => heads(id)),
    scores,
    rules.ties.order,
  );
  const top = ranked[0];
  const recommendation: Recommendation = top ?? 'none';
  return {
    given,
    scores,
    constraints,
    blocked,
    partial,
    ranked,
    recommendation,
    plan: top ? planOf(top) : [],
  };
}

/** True when the decision involves an approach: as the answer, the favourite, or a layer. */
function involves(
  ids: readonly ApproachId[],
  d: Pick<Decision, 'recommendation' | 'favoured' | 'plan' | 'later'>,
) {
  const involved = new Set<string>([
    d.recommendation,
    d.favoured,
    ...d.plan,
    ...d.later.map((l) => l.layer),
  ]);
  return ids.some((id) => involved.has(id));
}

function evaluate(model: DecisionModel, answers: Answers): Omit<Decision, 'changes'> {
  const { rules } = model;
  const { given, scores, constraints, blocked, partial, ranked, recommendation, plan } = tally(
    model,
    answers,
  );
  const order = rules.ties.order;
  const favoured = rank(APPROACH_IDS, scores, order)[0] ?? 'prompt-engineering';
  const runnerUp = ranked[1];
  const margin =
    recommendation === 'none' || runnerUp === undefined
      ? null
      : scores[recommendation] - scores[runnerUp];
  const { high, medium } = rules.confidence;
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
    option.caps
      .filter((cap) => (cap.approaches as readonly string[]).includes(recommendation))
      .map((cap) => ({ ...cap, factor: factor.key, value: option.value })),
  );
  const capped = ceilings.filter((cap) => RANK[cap.confidence] < RANK[byMargin]);
  const confidence =
    recommendation === 'none'
      ? undefined
      : capped.reduce<Confidence>(
          (level, cap) => (RANK[cap.confidence] < RANK[level] ? cap.confidence : level),
          byMargin,
        );

  // Layers to add later: those the gap points to next (or needs, when a constraint keeps them
  // out), and those of the approach the points favour when a constraint keeps it out; each says
  // what would add it.
  const wanted = new Set<string>([
    ...given.flatMap((g) => [...g.option.needs, ...g.option.next]),
    ...(blocked.includes(favoured) ? rules.layers[favoured] : []),
  ]);
  const later: Later[] =
    recommendation === 'none'
      ? []
      : rules.later
          .filter((l) => wanted.has(l.layer) && !(plan as readonly string[]).includes(l.layer))
          .map((l) => ({
            layer: l.layer,
            text: l.text,
            sources: l.sources,
            blockedBy: constraints.filter((c) => c.approaches.includes(l.layer)),
          }));

  const answered = new Set(given.map((g) => g.factor.key));
  const revisions = rules.revisions.filter(
    (r) => r.changed.some((key) => answered.has(key)) && !r.added.some((key) => answered.has(key)),
  );

  const lead = (effects: Scores) =>
    recommendation === 'none' || runnerUp === undefined
      ? 0
      : effects[recommendation] - effects[runnerUp];
  const own = (effects: Scores) => (recommendation === 'none' ? 0 : effects[recommendation]);
  const reasons = given
    .map(({ factor, option }) => ({
      factor: factor.key,
      value: option.value,
      effects: option.effects,
      lead: lead(option.effects),
      text: option.reason,
      sources: option.sources,
      order: model.factors.indexOf(factor),
    }))
    // Strongest first: what separated the recommendation from the runner-up (these leads add up
    // to the margin), then the push the answer gave the recommendation itself.
    .sort(
      (a, b) =>
        Math.abs(b.lead) - Math.abs(a.lead) || own(b.effects) - own(a.effects) || a.order - b.order,
    )
    .map(({ order: _order, ...reason }) => reason);

  const shape = { recommendation, favoured, plan, later };
  const readiness =
    given.length === 0 ? [] : rules.readiness.filter((note) => involves(note.approaches, shape));
  const alerts = given.flatMap(({ factor, option }) =>
    option.alerts
      .filter(
        (alert) => involves(alert.approaches, shape) || matching(alert.answers, answers).length > 0,
      )
      .map((alert) => ({ ...alert, factor: factor.key, value: option.value })),
  );

  return {
    answered: given.length,
    total: model.factors.length,
    recommendation,
    plan,
    later,
    scores,
    blocked,
    partial,
    runnerUp,
    margin,
    confidence,
    tie: margin === 0,
    favoured,
    reasons,
    constraints,
    readiness,
    capped,
    alerts,
    revisions,
  };
}

/**
 * For each answered question, the nearest other answer that changes the recommendation; the
 * list is sorted by distance along the scale, then question order.
 */
function flips(model: DecisionModel, answers: Answers, current: Recommendation): Flip[] {
  const changes: Flip[] = [];
  for (const { factor, index, option } of givenAnswers(model, answers)) {
    let best: Flip | undefined;
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

/** The recommendation for a set of answers, with its plan, reasons, constraints and what would change it. */
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
