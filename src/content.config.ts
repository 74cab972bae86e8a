/**
 * The content model: every collection the site is built from, where it lives and its schema.
 * This is the only module that knows where content is stored. Schemas check the shape of each
 * entry; cross-references between collections (a cited source, a criterion id) are checked
 * once every collection is loaded, in `src/lib/integrity.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { APPROACH_IDS } from './lib/approaches';

/** Lower-case words joined by hyphens: ids that end up in URLs and anchors. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/** A list of source ids from `content/sources.yaml`. */
const sourceIds = z.array(slug).min(1, 'cite at least one source');

const approachId = z.enum(APPROACH_IDS);

/** Guide pages: MDX in `content/guide/`, the file name (without `.mdx`) is the URL slug. */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  schema: z.object({
    /** The page title: the `<h1>`, the `<title>` and the link text in navigation. */
    title: z.string().min(3),
    /** One or two sentences for the meta description, search results and the guide index. */
    description: z.string().min(30).max(200),
    /** Position in reading order (1 = first); previous/next links follow it. Unique. */
    order: z.number().int().positive(),
    /** Ids of every source the page cites, in any order; must match the page's <Cite> ids. */
    sources: sourceIds,
    /** The date a person last checked the page against its sources. */
    reviewed: z.coerce.date(),
    /** Which approaches the page covers, for search filters. */
    approaches: z.array(approachId).min(1),
  }),
});

/** One comparison criterion per YAML file in `content/criteria/`; the file name is its id. */
const verdict = z.object({
  /** A few words for the table cell, such as "Low" or "Hours to days". */
  verdict: z.string().min(1).max(40),
  /** One to three sentences saying why, shown on expansion and on the criterion page. */
  explanation: z.string().min(20),
  /** 1 to 5, where 5 is the best outcome for the reader (cheapest, fastest, most flexible…). */
  rating: z.number().int().min(1).max(5),
  /** Sources behind the verdict. */
  sources: sourceIds,
});

const criteria = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/criteria' }),
  schema: z.object({
    /** Short name: the table row header and the page title ("Cost"). */
    label: z.string().min(2),
    /** The reader's question the criterion answers ("How much will it cost?"). */
    question: z.string().endsWith('?'),
    /** One line that answers the question for all approaches at once. */
    summary: z.string().min(20),
    /** One of the five criteria every reader asks about (shown by the "core" filter). */
    core: z.boolean().default(false),
    /** Default row order in the table (1 = first). Unique. */
    order: z.number().int().positive(),
    /**
     * What the ends of this criterion's 1–5 rating mean, so every rating is read on a stated
     * scale: `best` describes a 5 ("Cheapest to build and run"), `worst` a 1.
     */
    scale: z.object({
      best: z.string().min(3).max(60),
      worst: z.string().min(3).max(60),
    }),
    /** Other words readers use for the criterion; they help search land on its page. */
    synonyms: z.array(z.string()).default([]),
    /** The verdict for each approach; all three are required. */
    approaches: z.object({
      'prompt-engineering': verdict,
      'fine-tuning': verdict,
      hybrid: verdict,
    }),
    /** Where sources disagree on this criterion: who says what, in our words. */
    disagreement: z
      .object({
        summary: z.string().min(20),
        sources: sourceIds,
      })
      .optional(),
    /** Glossary ids of terms the criterion page should link. */
    glossary: z.array(slug).default([]),
    /** Guide pages (slug, optionally `slug#heading-anchor`) that discuss this criterion. */
    guide: z.array(z.string().regex(/^[a-z0-9-]+(?:#[a-z0-9-]+)?$/)).default([]),
  }),
});

/** A guide page slug, optionally with a heading anchor: `data` or `data#how-much`. */
const guideRef = z
  .string()
  .regex(/^[a-z0-9-]+(?:#[a-z0-9-]+)?$/, 'use a guide slug, optionally #anchor');

/** Points an answer gives each approach: −3 (strongly against) to 3 (strongly for). */
const points = z.number().int().min(-3).max(3);

/**
 * One checklist factor per YAML file in `content/checklist/`; the file name is its URL key
 * (`budget.yaml` → `?budget=low`). Keys and option values are a public contract: shared links
 * contain them. Files whose name starts with `_` are not factors (see `checklistRules`).
 */
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
  /**
   * The answers, in order along their scale (least to most: `low`, `medium`, `high`). The
   * order matters: "what would change the answer" counts steps along it, and for `examples`,
   * `budget` and `expertise` a later option must never favour fine-tuning less (a test checks).
   */
  options: z
    .array(
      z.object({
        /** The value used in shared links (`?budget=low`). */
        value: slug,
        /** The option as the reader sees it. */
        label: z.string().min(1),
        /** Points this answer adds to (or takes from) each approach. */
        effects: z.object({
          'prompt-engineering': points,
          'fine-tuning': points,
          hybrid: points,
        }),
        /**
         * Approaches this answer rules out for now, whatever the points say: a constraint,
         * not a weight. The result says so, and what would make them available.
         */
        blocks: z
          .array(
            z.object({
              /** The approaches ruled out. */
              approaches: z.array(approachId).min(1),
              /**
               * Other answers that must also be given for the block to apply, as factor key →
               * values (`{ budget: [low] }`); empty means the answer alone is enough.
               */
              when: z.record(slug, z.array(slug).min(1)).default({}),
              /** What would make the approaches available, in one or two sentences. */
              unless: z.string().min(20),
              /** Sources behind `unless`. */
              sources: sourceIds,
            }),
          )
          .default([]),
        /** Why the answer moves the scores this way, in one or two sentences. */
        reason: z.string().min(20),
        /** Sources behind the reason. */
        sources: sourceIds,
      }),
    )
    .min(2),
});

const checklist = defineCollection({
  loader: glob({ pattern: ['*.yaml', '!_*.yaml'], base: './content/checklist' }),
  schema: factorSchema,
});

/** A note shown with the result before the reader starts fine-tuning. */
const readinessNote = z.object({
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
 * entry. The engine in `src/lib/decision.ts` applies them; every sentence a reader sees about
 * how the result was reached comes from here or from a factor file.
 */
export const rulesSchema = z.object({
  /** Titles of the question groups, as headings over their questions. */
  groups: z.object({ project: z.string(), resources: z.string(), requirements: z.string() }),
  /** How ties are broken: the first approach in `order` wins, and why. */
  ties: z.object({
    order: z
      .array(approachId)
      .length(3)
      .refine((ids) => new Set(ids).size === 3, 'name each approach once'),
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
  readiness: z.array(readinessNote).min(1),
  /** Guide pages the result links for each recommended approach (slug or `slug#anchor`). */
  guide: z.object({
    'prompt-engineering': z.array(guideRef).min(1),
    'fine-tuning': z.array(guideRef).min(1),
    hybrid: z.array(guideRef).min(1),
  }),
});

const checklistRules = defineCollection({
  loader: glob({ pattern: '_rules.yaml', base: './content/checklist' }),
  schema: rulesSchema,
});

/** The articles and documents the guide cites: `content/sources.yaml`. */
const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: z.object({
    /** Full title as published. */
    title: z.string().min(3),
    /** Who published it (company, site, or a description when unnamed). */
    publisher: z.string().min(2),
    /** `article`: one of the five source articles; `vendor`: a model vendor's documentation. */
    kind: z.enum(['article', 'vendor']),
    /** Publication date, when the source gives one. */
    published: z.coerce.date().optional(),
    /** Last-updated date, when the source gives one. */
    updated: z.coerce.date().optional(),
    /** What to say when the source gives no usable date. */
    dateNote: z.string().optional(),
    /** Address, when known. */
    url: z.url().optional(),
    /** The file under `shared/sources/` the article text came from. */
    file: z.string().optional(),
    /** `legacy` or `deprecated` when the publisher itself says so. */
    status: z.enum(['current', 'legacy', 'deprecated']).default('current'),
    /** What the publisher says about that status. */
    statusNote: z.string().optional(),
    /** What the source contributes to the guide, in our words. */
    contributes: z.string().min(30),
  }),
});

/** Technical terms: `content/glossary.yaml`; each id is an anchor on /glossary/. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.object({
    /** The term as written in running text. */
    term: z.string().min(2),
    /** Other names for the same thing; they help search. */
    aliases: z.array(z.string()).default([]),
    /** A definition of one to three sentences, in our words. */
    definition: z.string().min(20),
    /** Sources the definition rests on. */
    sources: sourceIds,
    /** Ids of related glossary terms. */
    related: z.array(slug).default([]),
  }),
});

/** The three approaches: `content/approaches.yaml`. Ids are fixed by `APPROACH_IDS`. */
const approaches = defineCollection({
  loader: file('./content/approaches.yaml'),
  schema: z.object({
    /** Full name ("Prompt engineering"). */
    label: z.string(),
    /** A short name for narrow table headers. */
    short: z.string(),
    /** One sentence on what the approach is. */
    summary: z.string().min(20),
  }),
});

export const collections = {
  guide,
  criteria,
  checklist,
  checklistRules,
  sources,
  glossary,
  approaches,
};
