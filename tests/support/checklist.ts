/**
 * The checklist's real content for unit tests: every `content/checklist/*.yaml` parsed and
 * validated with the same schemas the build uses, turned into the engine's model by the same
 * function the page uses. (Astro's content layer is not available inside Vitest.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { factorSchema, rulesSchema } from '../../src/schemas/checklist';
import { toDecisionModel, toPayload } from '../../src/lib/checklist/model';
import type { ApproachId } from '../../src/lib/site/approaches';

const DIR = join(process.cwd(), 'content/checklist');

const read = (file: string): unknown => parse(readFileSync(join(DIR, file), 'utf8'));

export const factorEntries = readdirSync(DIR)
  .filter((file) => file.endsWith('.yaml') && !file.startsWith('_'))
  .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: factorSchema.parse(read(file)) }));

export const rules = rulesSchema.parse(read('_rules.yaml'));

export const model = toDecisionModel(factorEntries, rules);

const readContent = (file: string) =>
  parse(readFileSync(join(process.cwd(), 'content', file), 'utf8')) as { id: string }[];

/** The island's payload, as the page builds it (guide page titles stand in as slugs). */
export const payload = toPayload({
  model,
  approaches: readContent('approaches.yaml') as { id: ApproachId; label: string }[],
  sources: readContent('sources.yaml') as { id: string; title: string }[],
  guidePages: [{ id: 'overview', title: 'Overview' }],
  criteria: readdirSync(join(process.cwd(), 'content/criteria')).map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    label: (
      parse(readFileSync(join(process.cwd(), 'content/criteria', file), 'utf8')) as {
        label: string;
      }
    ).label,
  })),
  factorLinks: Object.fromEntries(
    factorEntries.map((f) => [f.id, { criteria: f.data.criteria, guide: f.data.guide }]),
  ),
  approachGuide: rules.guide,
  site: 'https://prompt-or-tune.example.org',
});
