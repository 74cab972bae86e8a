/**
 * Checklist content for unit tests, parsed and validated with the same schemas the build uses
 * and turned into the engine's model by the same function the page uses. (Astro's content layer
 * is not available inside Vitest.)
 *
 * Two sets: the real content (`model`, `payload`), for the table of cases an expert would sign,
 * and a fixture (`fixture`) in tests/fixtures/checklist/, small and fixed, for properties of the
 * engine that must hold whatever the content says, so that editing content cannot break them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { factorSchema, rulesSchema } from '../../src/schemas/checklist';
import { factSchema } from '../../src/schemas/fact';
import { toDecisionModel, toPayload } from '../../src/lib/checklist/model';
import type { DecisionModel } from '../../src/lib/checklist/decision';
import type { ApproachId } from '../../src/lib/site/approaches';

const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));

/** Every factor file and the rules of a checklist directory, validated. */
export function loadChecklist(dir: string) {
  const factorEntries = readdirSync(dir)
    .filter((file) => file.endsWith('.yaml') && !file.startsWith('_'))
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: factorSchema.parse(readYaml(join(dir, file))),
    }));
  const rules = rulesSchema.parse(readYaml(join(dir, '_rules.yaml')));
  return { factorEntries, rules };
}

const content = (file: string) => join(process.cwd(), 'content', file);

/** The site's facts, to fill `{fact:…}` as the build does. */
const facts = new Map(
  (readYaml(content('facts.yaml')) as { id: string }[]).map(({ id, ...data }) => [
    id,
    factSchema.parse(data),
  ]),
);

export const { factorEntries, rules } = loadChecklist(content('checklist'));

/** The real checklist, as the page builds it. */
export const model = toDecisionModel(factorEntries, rules, facts);

const fixtureSet = loadChecklist(join(process.cwd(), 'tests/fixtures/checklist'));

/** A small, fixed checklist for properties of the engine (tests/fixtures/checklist/). */
export const fixture: DecisionModel = toDecisionModel(fixtureSet.factorEntries, fixtureSet.rules);

/** The fixture's payload: fixed labels, sources `s1`… titled "Source 1"…, pages by ref. */
export const fixturePayload = toPayload({
  model: fixture,
  approaches: [
    { id: 'prompt-engineering', label: 'Prompt engineering' },
    { id: 'fine-tuning', label: 'Fine-tuning' },
    { id: 'hybrid', label: 'Hybrid' },
    { id: 'retrieval', label: 'Retrieval (RAG)' },
  ],
  sources: Array.from({ length: 9 }, (_, i) => ({ id: `s${i + 1}`, title: `Source ${i + 1}` })),
  guidePages: [{ id: 'fine-tuning#move-off-a-retiring-model', title: 'Moving off' }],
  criteria: [],
  factorLinks: {},
  approachGuide: fixtureSet.rules.guide,
  site: 'https://example.org',
});

const readContent = (file: string) => readYaml(content(file)) as { id: string }[];

/** The island's payload, as the page builds it (guide page titles stand in as slugs). */
export const payload = toPayload({
  model,
  approaches: readContent('approaches.yaml') as { id: ApproachId; label: string }[],
  sources: readContent('sources.yaml') as { id: string; title: string }[],
  guidePages: [{ id: 'overview', title: 'Overview' }],
  criteria: readdirSync(content('criteria')).map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    label: (readYaml(join(content('criteria'), file)) as { label: string }).label,
  })),
  factorLinks: Object.fromEntries(
    factorEntries.map((f) => [
      f.id,
      {
        criteria: f.data.criteria,
        guide: f.data.guide,
        tools: f.data.tools,
        basis: f.data.basis?.sources,
      },
    ]),
  ),
  approachGuide: rules.guide,
  site: 'https://prompt-or-tune.example.org',
});
