/**
 * Turns checklist content (factor files and `_rules.yaml`, as loaded and validated by the
 * content layer, or parsed by a test) into the plain model the decision engine reads, and into
 * the payload the checklist island receives as JSON. Pure: plain data in, plain data out.
 */
import type { FactorData, RulesData } from '../../schemas/checklist';
import { byApproach, type ApproachId } from '../site/approaches';
import type { DecisionModel, Factor } from './decision';
import { fillFacts, type FactValue } from '../guide/facts';
import { TOOLS, criterionPath, guideLink, type Link } from '../site/routes';

/** A tool a checklist answer can link: a key of TOOLS. */
export type ToolId = keyof typeof TOOLS;

/** A checklist factor entry as the content layer (or a test) loads it. */
export interface FactorEntry {
  id: string;
  data: Pick<FactorData, 'label' | 'order' | 'options' | 'retired'>;
}

/** The parts of `_rules.yaml` the engine reads. */
export type RulesInput = Pick<
  RulesData,
  'ties' | 'confidence' | 'layers' | 'plans' | 'later' | 'readiness' | 'revisions'
>;

/**
 * The engine's model from content. `facts` fills `{fact:id}` in the sentences a reader sees
 * (reasons, what would lift a block, alerts, notes, steps) with the fact and the day it was
 * checked.
 */
export function toDecisionModel(
  factors: readonly FactorEntry[],
  rules: RulesInput,
  facts: ReadonlyMap<string, FactValue> = new Map(),
): DecisionModel {
  const sorted = [...factors].sort((a, b) => a.data.order - b.data.order);
  const fill = (text: string) => fillFacts(text, facts);
  return {
    factors: sorted.map((entry): Factor => ({
      key: entry.id,
      label: entry.data.label,
      retired: entry.data.retired,
      options: entry.data.options.map((o) => ({
        value: o.value,
        label: o.label,
        effects: o.effects,
        blocks: o.blocks.map((b) => ({ ...b, unless: fill(b.unless) })),
        caps: o.caps.map((c) => ({ ...c, reason: fill(c.reason) })),
        needs: o.needs,
        next: o.next,
        alerts: o.alerts.map((a) => ({ ...a, text: fill(a.text) })),
        cost: o.cost,
        reason: fill(o.reason),
        sources: o.sources,
      })),
    })),
    rules: {
      ties: rules.ties,
      confidence: rules.confidence,
      layers: rules.layers,
      plans: rules.plans.map((p) => ({
        ...p,
        steps: p.steps.map((s) => ({ ...s, text: fill(s.text) })),
      })),
      later: rules.later.map((l) => ({ ...l, text: fill(l.text) })),
      readiness: rules.readiness.map((note) => ({ ...note, text: fill(note.text) })),
      revisions: rules.revisions.map((r) => ({
        ...r,
        date: r.date.toISOString().slice(0, 10),
        note: fill(r.note),
      })),
    },
  };
}

/** A page link in the result. */
export type { Link } from '../site/routes';

/**
 * Everything the island needs besides the engine's model: names to show and pages to link.
 * Built at build time so the browser never has to look anything up.
 */
export interface ChecklistPayload {
  model: DecisionModel;
  /** Approach id → label ("Fine-tuning"). */
  approaches: Record<ApproachId, string>;
  /** Every source the checklist cites, in order of first citation: its number is index + 1. */
  sources: { id: string; title: string }[];
  /** Guide pages to read for each recommendation. */
  guide: Record<ApproachId, Link[]>;
  /** Criterion and guide pages related to each factor, by factor key. */
  related: Record<string, Link[]>;
  /** The guide sections and tools that next steps and alerts link, by ref (`slug#anchor`, `cost`). */
  pages: Record<string, Link>;
  /** The site's origin, for absolute links in copied Markdown. */
  site: string;
}

export interface PayloadInput {
  model: DecisionModel;
  approaches: readonly { id: ApproachId; label: string }[];
  sources: readonly { id: string; title: string }[];
  /** Titles of guide pages (`slug`) and of sections (`slug#anchor`) the links point to. */
  guidePages: readonly { id: string; title: string }[];
  criteria: readonly { id: string; label: string }[];
  /** Factor key → the criterion ids and guide refs (`slug` or `slug#anchor`) in its file. */
  factorLinks: Readonly<
    Record<
      string,
      {
        criteria: readonly string[];
        guide: readonly string[];
        tools?: readonly ToolId[];
        /** Sources of the factor's `basis`, cited beside the table for scoring by hand. */
        basis?: readonly string[] | undefined;
      }
    >
  >;
  /** Approach id → guide refs, from `_rules.yaml`. */
  approachGuide: Readonly<Record<ApproachId, readonly string[]>>;
  site: string;
}

/** Every guide ref (`slug#anchor`) the model's steps and alerts link. */
export function modelGuideRefs(model: DecisionModel): string[] {
  return [
    ...model.rules.plans.flatMap((p) => p.steps.flatMap((s) => (s.guide ? [s.guide] : []))),
    ...model.factors.flatMap((f) => f.options.flatMap((o) => o.alerts.map((a) => a.guide))),
  ];
}

export function toPayload(input: PayloadInput): ChecklistPayload {
  const label = (id: ApproachId) => input.approaches.find((a) => a.id === id)?.label ?? id;
  const titleOf = (ref: string) => input.guidePages.find((p) => p.id === ref)?.title;
  const guide = (id: ApproachId) => input.approachGuide[id].map((ref) => guideLink(ref, titleOf));
  const related: Record<string, Link[]> = {};
  for (const factor of input.model.factors) {
    const links = input.factorLinks[factor.key] ?? { criteria: [], guide: [] };
    related[factor.key] = [
      ...links.criteria.map((id) => ({
        href: criterionPath(id),
        label: input.criteria.find((c) => c.id === id)?.label ?? id,
      })),
      ...links.guide.map((ref) => guideLink(ref, titleOf)),
      ...(links.tools ?? []).map((id) => ({ ...TOOLS[id] })),
    ];
  }
  const pages: Record<string, Link> = Object.fromEntries(
    Object.entries(TOOLS).map(([id, link]) => [id, { ...link }]),
  );
  for (const ref of modelGuideRefs(input.model)) pages[ref] = guideLink(ref, titleOf);
  // Numbered in reading order: the engine's sources, then those only the table by hand cites.
  const cited = [
    ...new Set([
      ...citedSources(input.model),
      ...Object.values(input.factorLinks).flatMap((l) => l.basis ?? []),
    ]),
  ];
  return {
    model: input.model,
    approaches: byApproach(label),
    sources: cited.map((id) => ({
      id,
      title: input.sources.find((s) => s.id === id)?.title ?? id,
    })),
    guide: byApproach(guide),
    related,
    pages,
    site: input.site.replace(/\/$/, ''),
  };
}

/** Every source id the model cites, in reading order (questions, then rules), each once. */
export function citedSources(model: DecisionModel): string[] {
  const { rules } = model;
  const ids = model.factors.flatMap((f) =>
    f.options.flatMap((o) => [
      ...o.sources,
      ...o.blocks.flatMap((b) => b.sources),
      ...o.caps.flatMap((c) => c.sources),
      ...o.alerts.flatMap((a) => a.sources),
    ]),
  );
  ids.push(
    ...rules.ties.sources,
    ...rules.plans.flatMap((p) => p.steps.flatMap((s) => s.sources)),
    ...rules.later.flatMap((l) => l.sources),
    ...rules.readiness.flatMap((n) => n.sources),
    ...rules.revisions.flatMap((r) => r.sources),
  );
  return [...new Set(ids)];
}
