/**
 * The decision checklist: one factor per YAML file in `content/checklist/` (the file name is its
 * URL key: `budget.yaml` → `?budget=low`), and `content/checklist/_rules.yaml` for what belongs
 * to no single factor. Keys and option values are a public contract: shared links contain them.
 *
 * The engine reasons in the order the guide does: what the model is missing shapes the plan
 * (`needs`, `next`), hard constraints remove approaches (`blocks`), and the points of every
 * answer rank what is left (`effects`). The types the engine reads are derived from these
 * schemas (`src/lib/checklist/decision.ts`), never written out again.
 */
import { z } from 'astro/zod';
import { APPROACH_IDS } from '../lib/site/approaches';
import { approachId, date, guideRef, perApproach, slug, sourceIds, toolIds } from './common';

/** Points an answer gives each approach: −3 (strongly against) to 3 (strongly for). */
const points = z.number().int().min(-3).max(3);

/** Factor key → option values: a condition on other answers. */
const answerSet = z.record(slug, z.array(slug).min(1));

/** A constraint: the answer (with the answers in `when`) rules approaches out, whatever the points. */
export const blockSchema = z.object({
  /**
   * The approaches ruled out. Every approach that is built on one of them is ruled out with it
   * (a hybrid needs a tuned model): `layers` in `_rules.yaml` says what each is built on.
   */
  approaches: z.array(approachId).min(1),
  /**
   * Other answers that must also be given for the block to apply, as factor key → values
   * (`{ budget: [low] }`); empty means the answer alone is enough.
   */
  when: answerSet.default({}),
  /** Answers that lift the block when given (`{ tunable: ['yes'] }`): an existing customer, say. */
  except: answerSet.default({}),
  /** What would make the approaches available, in one or two sentences. */
  unless: z.string().min(20),
  /** Sources behind `unless`. */
  sources: sourceIds,
});

/**
 * A ceiling on confidence: when the recommendation is one of `approaches`, the result is never
 * more sure than `confidence`, whatever else was answered (or skipped). The result gives
 * `reason`: what it would take to be surer.
 */
export const capSchema = z.object({
  /** The recommendations the ceiling applies to. */
  approaches: z.array(approachId).min(1),
  /** The highest confidence such a recommendation can have. */
  confidence: z.enum(['low', 'medium']),
  /** Why, and what would lift the ceiling (a hire, a managed service …), in one or two sentences. */
  reason: z.string().min(20),
  /** Sources behind the reason. */
  sources: sourceIds,
});

/** A warning the result shows with this answer: a service closing, a date to plan around. */
export const alertSchema = z.object({
  /** The warning in a few words ("OpenAI is closing fine-tuning"). */
  title: z.string().min(5),
  /** One to three sentences, with the dates as `{fact:<id>}`. */
  text: z.string().min(20),
  /**
   * Shown when the result involves one of these approaches: recommended, favoured by the points,
   * in the plan or among the layers to add later.
   */
  approaches: z.array(approachId).min(1),
  /** Shown also when one of these answers is given (a team that tunes today answers `tunable: yes`). */
  answers: answerSet.default({}),
  /** The guide section that says what to do (`slug#anchor`). */
  guide: guideRef,
  /** Sources behind the text. */
  sources: sourceIds,
});

/** The names of the cost calculator's paths (`/cost/?paths=…`), a contract of the calculator. */
export const COST_PATHS = ['prompting', 'retrieval', 'fine-tuning', 'tuned-retrieval'] as const;

/** What an answer sets on the "Cost this plan" link to the calculator (`/cost/?volume=…&offer=…`). */
const costInputs = z
  .object({
    /** Requests a month: a point inside the answer's range, which the result says it used. */
    volume: z.number().int().positive().optional(),
    /** The offer (`content/offers/<id>.yaml`) whose prices fit the answer. */
    offer: slug.optional(),
  })
  .default({});

/** One answer to a factor's question. */
export const optionSchema = z.object({
  /** The value used in shared links (`?budget=low`). */
  value: slug,
  /** The option as the reader sees it; an option that stands for a quantity keeps its unit. */
  label: z.string().min(1),
  /** Points this answer adds to (or takes from) each approach. */
  effects: perApproach(points),
  /**
   * Approaches this answer rules out, whatever the points say: a constraint, not a weight. The
   * result says so, and what would make them available.
   */
  blocks: z.array(blockSchema).default([]),
  /** Ceilings on how confident a recommendation can be when this answer is given. */
  caps: z.array(capSchema).default([]),
  /**
   * Layers the plan must include when they are available (a knowledge gap needs retrieval). An
   * approach whose plan, with these layers, is headed by another approach is not recommended:
   * prompting alone does not supply missing facts.
   */
  needs: z.array(approachId).default([]),
  /** Layers to add later when the plan does not include them yet (a behaviour gap: fine-tuning). */
  next: z.array(approachId).default([]),
  /** Warnings the result shows with this answer. */
  alerts: z.array(alertSchema).default([]),
  /** What this answer sets on the link to the cost calculator. */
  cost: costInputs,
  /** Why the answer moves the scores this way, in one or two sentences. */
  reason: z.string().min(20),
  /** Sources behind the reason. */
  sources: sourceIds,
});

export const factorSchema = z.object({
  /** A short name for the factor ("Budget"): the answer summary, the result and the rubric. */
  label: z.string().min(2).max(30),
  /** The question as the reader sees it: the `<legend>` of its fieldset. */
  question: z.string().endsWith('?'),
  /** A hint shown under the question: what it means, in a sentence or two. */
  help: z.string().optional(),
  /**
   * Where the lines between the answers come from and what they rest on, shown with the table
   * for scoring by hand (kept out of the question, which every reader sees on every page).
   */
  basis: z.object({ text: z.string().min(20), sources: sourceIds }).optional(),
  /** The group the question is shown in; group titles are in `_rules.yaml`. */
  group: z.enum(['project', 'resources', 'requirements']),
  /** Position within the checklist (1 = first). Unique. */
  order: z.number().int().positive(),
  /** Criterion ids the factor relates to; the result links their pages. */
  criteria: z.array(slug).default([]),
  /** Guide pages (slug, optionally `slug#heading-anchor`) the result links for this factor. */
  guide: z.array(guideRef).default([]),
  /** Tools the result links for this factor (`cost`, `offers`). */
  tools: toolIds,
  /**
   * The answers, in order along their scale (least to most: `low`, `medium`, `high`). The
   * order matters: "what would change the answer" counts steps along it, and for `examples`,
   * `budget` and `expertise` a later option must never favour fine-tuning less, for `change` a
   * later one never more (a test checks). Every question also has one "Not sure", which is no
   * answer: it is not listed here.
   */
  options: z.array(optionSchema).min(2),
  /**
   * Values that older shared links may carry but that are no longer offered; a link with one
   * reads as "Not sure", and `revisions` in `_rules.yaml` says why.
   */
  retired: z.array(slug).default([]),
});

/** A note shown with the result before the reader starts fine-tuning. */
export const readinessNoteSchema = z.object({
  /** Stable id (an anchor and a test handle). */
  id: slug,
  /** The note in a few words ("Build an evaluation set first"). */
  title: z.string().min(5),
  /** One to three sentences: what to do and why. */
  text: z.string().min(20),
  /** Shown when the recommendation (or the approach the scores favour) is one of these. */
  approaches: z.array(approachId).min(1),
  /** Sources behind the note. */
  sources: sourceIds,
});

/** One concrete thing to do next, with the page that shows how. */
export const stepSchema = z
  .object({
    /** The action, in one or two sentences. */
    text: z.string().min(20),
    /** The guide section that explains it (`slug#anchor`). */
    guide: guideRef.optional(),
    /** Or the tool that does it. */
    tool: z.enum(['cost', 'offers']).optional(),
    /** Sources behind the advice. */
    sources: sourceIds,
  })
  .refine((s) => (s.guide === undefined) !== (s.tool === undefined), {
    message: 'link each step to one guide section or one tool',
  });

/** What to build: the layers of a plan, in build order, and what to do next. */
export const planSchema = z.object({
  /** The layers, in build order, always starting with prompt engineering. */
  layers: z
    .array(z.enum(['prompt-engineering', 'retrieval', 'fine-tuning']))
    .min(1)
    .refine((l) => l[0] === 'prompt-engineering', 'start with prompt-engineering'),
  /** The approaches that can head this plan (the recommendation names one of them). */
  headline: z.array(approachId).min(1),
  /** The calculator paths that price this plan beside what it builds on. */
  cost: z.array(z.enum(COST_PATHS)).min(1),
  /** Three to five concrete next steps. */
  steps: z.array(stepSchema).min(3).max(5),
});

/** What would add a layer that the plan does not have yet. */
export const laterSchema = z.object({
  layer: z.enum(['retrieval', 'fine-tuning']),
  /** When and how to add it, in one or two sentences. */
  text: z.string().min(20),
  sources: sourceIds,
});

/** Every combination of layers a plan can have: prompting, plus any of the others. */
const PLAN_LAYERS = ['retrieval', 'fine-tuning'] as const;
const planKey = (layers: readonly string[]) => [...layers].sort().join(' ');

/**
 * The decision rules that belong to no single factor: `content/checklist/_rules.yaml`, one
 * entry. The engine in `src/lib/checklist/decision.ts` applies them; every sentence a reader sees about
 * how the result was reached comes from here or from a factor file.
 */
export const rulesSchema = z
  .object({
    /** Titles of the question groups, as headings over their questions. */
    groups: z.object({ project: z.string(), resources: z.string(), requirements: z.string() }),
    /** How ties are broken: the first approach in `order` wins, and why. */
    ties: z.object({
      order: z
        .array(approachId)
        .length(APPROACH_IDS.length, 'name every approach')
        .refine((ids) => new Set(ids).size === ids.length, 'name each approach once'),
      reason: z.string().min(20),
      sources: sourceIds,
    }),
    /** Confidence from the lead of the recommendation over the runner-up, in points. */
    confidence: z
      .object({
        /** A lead of at least this many points is "high" confidence. */
        high: z.number().int().positive(),
        /** A lead of at least this many points is "medium"; less is "low". */
        medium: z.number().int().positive(),
      })
      .refine((c) => c.high > c.medium, 'high must be above medium'),
    /**
     * What building each approach means, as layers in build order: a hybrid is prompting on a
     * tuned model. An approach is ruled out with any layer it is built on.
     */
    layers: perApproach(
      z
        .array(z.enum(['prompt-engineering', 'retrieval', 'fine-tuning']))
        .min(1)
        .refine((l) => l[0] === 'prompt-engineering', 'start with prompt-engineering'),
    ),
    /** One entry per combination of layers: who heads it, what it costs, what to do next. */
    plans: z.array(planSchema),
    /** What would add retrieval or fine-tuning later, when the plan lacks it. */
    later: z.array(laterSchema),
    /** Notes before fine-tuning: evaluation set, prompting baseline, curated data… */
    readiness: z.array(readinessNoteSchema).min(1),
    /**
     * Rule changes that can change the answer to a link made before them: a link that answers a
     * `changed` factor but none of the `added` ones is taken to predate the change, and its result
     * shows `note`.
     */
    revisions: z
      .array(
        z.object({
          date,
          changed: z.array(slug).min(1),
          added: z.array(slug).default([]),
          note: z.string().min(20),
          sources: sourceIds,
        }),
      )
      .default([]),
    /** Guide pages the result links for each recommended approach (slug or `slug#anchor`). */
    guide: perApproach(z.array(guideRef).min(1)),
  })
  .superRefine((rules, ctx) => {
    // Every plan the engine can build has its entry: prompting plus any subset of the others.
    const wanted = [[], ['retrieval'], ['fine-tuning'], [...PLAN_LAYERS]].map((extra) =>
      planKey(['prompt-engineering', ...extra]),
    );
    const have = rules.plans.map((p) => planKey(p.layers));
    for (const key of wanted) {
      if (!have.includes(key))
        ctx.addIssue({ code: 'custom', path: ['plans'], message: `no plan for layers "${key}"` });
    }
    have.forEach((key, i) => {
      if (have.indexOf(key) !== i)
        ctx.addIssue({ code: 'custom', path: ['plans', i], message: `"${key}" is listed twice` });
    });
    for (const layer of PLAN_LAYERS) {
      if (!rules.later.some((l) => l.layer === layer))
        ctx.addIssue({ code: 'custom', path: ['later'], message: `say when to add ${layer}` });
    }
  });

export type BlockData = z.infer<typeof blockSchema>;
export type CapData = z.infer<typeof capSchema>;
export type AlertData = z.infer<typeof alertSchema>;
export type ReadinessNoteData = z.infer<typeof readinessNoteSchema>;
export type StepData = z.infer<typeof stepSchema>;
export type PlanData = z.infer<typeof planSchema>;
export type LaterData = z.infer<typeof laterSchema>;
export type FactorData = z.infer<typeof factorSchema>;
export type OptionData = z.infer<typeof optionSchema>;
export type RulesData = z.infer<typeof rulesSchema>;
export type CostPath = (typeof COST_PATHS)[number];
