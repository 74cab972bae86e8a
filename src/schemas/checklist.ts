/**
 * The decision checklist: one factor per YAML file in `content/checklist/` (the file name is its
 * URL key: `budget.yaml` → `?budget=low`), and `content/checklist/_rules.yaml` for what belongs
 * to no single factor. Keys and option values are a public contract: shared links contain them.
 */
import { z } from 'astro/zod';
import { APPROACH_IDS } from '../lib/site/approaches';
import { approachId, date, guideRef, perApproach, slug, sourceIds, toolIds } from './common';

/** Points an answer gives each approach: −3 (strongly against) to 3 (strongly for). */
const points = z.number().int().min(-3).max(3);

/** A constraint: the answer (with the answers in `when`) rules approaches out for now. */
export const blockSchema = z.object({
  /** The approaches ruled out. */
  approaches: z.array(approachId).min(1),
  /**
   * Other answers that must also be given for the block to apply, as factor key → values
   * (`{ budget: [low] }`); empty means the answer alone is enough.
   */
  when: z.record(slug, z.array(slug).min(1)).default({}),
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

/** One answer to a factor's question. */
export const optionSchema = z.object({
  /** The value used in shared links (`?budget=low`). */
  value: slug,
  /** The option as the reader sees it. */
  label: z.string().min(1),
  /** Points this answer adds to (or takes from) each approach. */
  effects: perApproach(points),
  /**
   * Approaches this answer rules out for now, whatever the points say: a constraint, not a
   * weight. The result says so, and what would make them available.
   */
  blocks: z.array(blockSchema).default([]),
  /** Ceilings on how confident a recommendation can be when this answer is given. */
  caps: z.array(capSchema).default([]),
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
  /** A hint shown under the question. */
  help: z.string().optional(),
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
   * `budget` and `expertise` a later option must never favour fine-tuning less (a test checks).
   */
  options: z.array(optionSchema).min(2),
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

/**
 * The decision rules that belong to no single factor: `content/checklist/_rules.yaml`, one
 * entry. The engine in `src/lib/checklist/decision.ts` applies them; every sentence a reader sees about
 * how the result was reached comes from here or from a factor file.
 */
export const rulesSchema = z.object({
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
});

export type BlockData = z.infer<typeof blockSchema>;
export type ReadinessNoteData = z.infer<typeof readinessNoteSchema>;
export type FactorData = z.infer<typeof factorSchema>;
export type OptionData = z.infer<typeof optionSchema>;
export type RulesData = z.infer<typeof rulesSchema>;
