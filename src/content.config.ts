/**
 * The content model: every collection the site is built from and where it lives. This is the
 * only module that knows where content is stored; the schemas, one per concept with every field
 * documented, are in src/schemas/. Schemas check the shape of each entry; cross-references
 * between collections (a cited source, a criterion id) are checked once every collection is
 * loaded, in `src/lib/content/build/integrity.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { approachSchema } from './schemas/approach';
import { factorSchema, rulesSchema } from './schemas/checklist';
import { changeSchema } from './schemas/change';
import { costExampleSchema } from './schemas/cost-example';
import { factSchema } from './schemas/fact';
import { criterionSchema } from './schemas/criterion';
import { termSchema } from './schemas/glossary';
import { guideSchema } from './schemas/guide';
import { modelSchema } from './schemas/model';
import { offerSchema } from './schemas/offer';
import { quoteFileSchema } from './schemas/quote';
import { searchWordsSchema } from './schemas/search';
import { sourceSchema } from './schemas/source';

const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  schema: guideSchema,
});

const criteria = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/criteria' }),
  schema: criterionSchema,
});

/** Files whose name starts with `_` are not factors (see `checklistRules`). */
const checklist = defineCollection({
  loader: glob({ pattern: ['*.yaml', '!_*.yaml'], base: './content/checklist' }),
  schema: factorSchema,
});

const checklistRules = defineCollection({
  loader: glob({ pattern: '_rules.yaml', base: './content/checklist' }),
  schema: rulesSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

/** One file per source: content/quotes/<source-id>.yaml, the passages its citations rest on. */
const quotes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quotes' }),
  schema: quoteFileSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: termSchema,
});

const facts = defineCollection({
  loader: file('./content/facts.yaml'),
  schema: factSchema,
});

const changes = defineCollection({
  loader: file('./content/changes.yaml'),
  schema: changeSchema,
});

const offers = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/offers' }),
  schema: offerSchema,
});

const models = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/models' }),
  schema: modelSchema,
});

const costExamples = defineCollection({
  loader: file('./content/cost-examples.yaml'),
  schema: costExampleSchema,
});

const approaches = defineCollection({
  loader: file('./content/approaches.yaml'),
  schema: approachSchema,
});

/** One file: the words search treats specially (synonyms, stop words). */
const search = defineCollection({
  loader: glob({ pattern: 'search.yaml', base: './content' }),
  schema: searchWordsSchema,
});

export const collections = {
  guide,
  facts,
  changes,
  offers,
  models,
  costExamples,
  criteria,
  checklist,
  checklistRules,
  sources,
  quotes,
  glossary,
  approaches,
  search,
};
