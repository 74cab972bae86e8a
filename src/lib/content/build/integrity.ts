/**
 * Cross-reference checks over all content, run once per build after the schemas have passed.
 * A schema can only see its own entry; this module sees everything, so it is where a cited
 * source, a glossary term, a criterion or a guide page that does not exist is caught. Each
 * problem names the file and the field so that the author can go straight to it.
 */
import type {
  BlockData,
  FactorData,
  OptionData,
  ReadinessNoteData,
} from '../../../schemas/checklist';
import type { CriterionData, VerdictData } from '../../../schemas/criterion';
import type { ChangeData } from '../../../schemas/change';
import type { FactData } from '../../../schemas/fact';
import { factPlaceholders } from '../../guide/facts';
import type { TermData } from '../../../schemas/glossary';
import type { GuideData } from '../../../schemas/guide';
import { APPROACH_IDS } from '../../site/approaches';
import { citedSources, linkedTerms, shownFacts } from '../../guide/build/mdx-references';

/** The minimal view of a content entry this module needs (Astro's entries fit it). */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: T;
}

/** The list of sources an entry (or part of one) cites. */
type Cites = Pick<VerdictData, 'sources'>;

/** The fields of each kind of entry this module reads, derived from the content schemas. */
export type GuideFields = Pick<GuideData, 'order' | 'sources'>;
export type CriterionFields = Pick<CriterionData, 'order' | 'glossary' | 'guide'> & {
  approaches: Record<string, Cites>;
  disagreement?: Cites | undefined;
};
export type FactorFields = Pick<FactorData, 'order' | 'criteria'> & {
  guide?: FactorData['guide'] | undefined;
  options: (Pick<OptionData, 'value' | 'sources'> & {
    reason?: string | undefined;
    blocks?: (Pick<BlockData, 'when' | 'sources'> & { unless?: string | undefined })[] | undefined;
    caps?: { sources: string[] }[] | undefined;
  })[];
};
export interface RulesFields {
  ties: Cites;
  readiness: (Pick<ReadinessNoteData, 'id' | 'sources'> & { text?: string | undefined })[];
  revisions?: { changed: string[]; added: string[]; sources: string[] }[] | undefined;
  guide: Readonly<Record<string, readonly string[]>>;
}
export type TermFields = Pick<TermData, 'sources' | 'related'>;
export type FactFields = Pick<FactData, 'sources'>;
export type ChangeFields = Pick<ChangeData, 'sources' | 'guide' | 'what' | 'meaning'>;

export interface ContentSet {
  guide: Entry<GuideFields>[];
  criteria: Entry<CriterionFields>[];
  checklist: Entry<FactorFields>[];
  /** The checklist's rules file (`content/checklist/_rules.yaml`), when present. */
  checklistRules?: Entry<RulesFields>[];
  sources: Entry<unknown>[];
  glossary: Entry<TermFields>[];
  /** Dated facts (`content/facts.yaml`), when present. */
  facts?: Entry<FactFields>[];
  /** The "what changed" log (`content/changes.yaml`), when present. */
  changes?: Entry<ChangeFields>[];
  /** Where tuning is offered (`content/offers/*.yaml`), when present. */
  offers?: Entry<{ sources: string[]; model?: string }>[];
  /** Base models and their retirement (`content/models/*.yaml`), when present. */
  models?: Entry<unknown>[];
  /** The cost calculator's worked examples, when present. */
  costExamples?: Entry<{ offer: string }>[];
  approaches: Entry<unknown>[];
}

export interface Problem {
  /** The content file, relative to the project root. */
  file: string;
  /** Where in the file: a field path such as `approaches.fine-tuning.sources`, or `line 12`. */
  field: string;
  message: string;
}

export function checkIntegrity(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const known = {
    sources: new Set(content.sources.map((e) => e.id)),
    glossary: new Set(content.glossary.map((e) => e.id)),
    criteria: new Set(content.criteria.map((e) => e.id)),
    guide: new Set(content.guide.map((e) => e.id)),
    facts: new Set((content.facts ?? []).map((e) => e.id)),
  };
  const fileOf = (entry: Entry<unknown>, fallback: string) => entry.filePath ?? fallback;

  const unknownIds = (
    file: string,
    field: string,
    ids: readonly string[],
    kind: keyof typeof known,
    label: string,
  ) => {
    for (const id of ids) {
      if (!known[kind].has(id)) {
        problems.push({ file, field, message: `unknown ${label} "${id}"` });
      }
    }
  };

  // Guide pages: front matter, citations and term links in the body, reading order.
  const orders = new Map<number, string>();
  for (const page of content.guide) {
    const file = fileOf(page, `content/guide/${page.id}.mdx`);
    unknownIds(file, 'sources', page.data.sources, 'sources', 'source');
    const cited = citedSources(page.body ?? '');
    for (const ref of cited) {
      if (!ref.id) problems.push({ file, field: `line ${ref.line}`, message: '<Cite> has no ids' });
      else if (!known.sources.has(ref.id)) {
        problems.push({
          file,
          field: `line ${ref.line}`,
          message: `<Cite> names unknown source "${ref.id}"`,
        });
      } else if (!page.data.sources.includes(ref.id)) {
        problems.push({
          file,
          field: `line ${ref.line}`,
          message: `<Cite> names "${ref.id}", which is missing from the front matter's sources`,
        });
      }
    }
    const citedIds = new Set(cited.map((ref) => ref.id));
    for (const id of page.data.sources) {
      if (known.sources.has(id) && !citedIds.has(id)) {
        problems.push({
          file,
          field: 'sources',
          message: `"${id}" is listed but never cited with <Cite>`,
        });
      }
    }
    for (const ref of shownFacts(page.body ?? '')) {
      if (!known.facts.has(ref.id)) {
        problems.push({
          file,
          field: `line ${ref.line}`,
          message: `<Fact> names unknown fact "${ref.id}"`,
        });
      }
    }
    for (const ref of linkedTerms(page.body ?? '')) {
      if (!known.glossary.has(ref.id)) {
        problems.push({
          file,
          field: `line ${ref.line}`,
          message: `<Term> names unknown glossary term "${ref.id}"`,
        });
      }
    }
    const clash = orders.get(page.data.order);
    if (clash) {
      problems.push({
        file,
        field: 'order',
        message: `order ${page.data.order} is also used by ${clash}`,
      });
    }
    orders.set(page.data.order, file);
  }

  // Criteria: every source, glossary term and guide page they point to, and a unique row order.
  const rows = new Map<number, string>();
  for (const criterion of content.criteria) {
    const file = fileOf(criterion, `content/criteria/${criterion.id}.yaml`);
    const taken = rows.get(criterion.data.order);
    if (taken) {
      problems.push({
        file,
        field: 'order',
        message: `order ${criterion.data.order} is also used by ${taken}`,
      });
    }
    rows.set(criterion.data.order, file);
    for (const [approach, verdict] of Object.entries(criterion.data.approaches)) {
      unknownIds(file, `approaches.${approach}.sources`, verdict.sources, 'sources', 'source');
    }
    if (criterion.data.disagreement) {
      unknownIds(
        file,
        'disagreement.sources',
        criterion.data.disagreement.sources,
        'sources',
        'source',
      );
    }
    unknownIds(file, 'glossary', criterion.data.glossary, 'glossary', 'glossary term');
    const pages = criterion.data.guide.map((ref) => ref.split('#')[0] ?? ref);
    unknownIds(file, 'guide', pages, 'guide', 'guide page');
  }

  // Checklist factors: their sources, related criteria and guide pages, option values, and the
  // other answers a block depends on.
  const factorValues = new Map(
    content.checklist.map((f) => [f.id, new Set(f.data.options.map((o) => o.value))]),
  );
  const factorOrders = new Map<number, string>();
  for (const factor of content.checklist) {
    const file = fileOf(factor, `content/checklist/${factor.id}.yaml`);
    unknownIds(file, 'criteria', factor.data.criteria, 'criteria', 'criterion');
    unknownIds(
      file,
      'guide',
      (factor.data.guide ?? []).map((ref) => ref.split('#')[0] ?? ref),
      'guide',
      'guide page',
    );
    const clash = factorOrders.get(factor.data.order);
    if (clash)
      problems.push({
        file,
        field: 'order',
        message: `order ${factor.data.order} is also used by ${clash}`,
      });
    factorOrders.set(factor.data.order, file);
    const values = new Set<string>();
    factor.data.options.forEach((option, index) => {
      unknownIds(file, `options[${index}].sources`, option.sources, 'sources', 'source');
      if (values.has(option.value)) {
        problems.push({
          file,
          field: `options[${index}].value`,
          message: `"${option.value}" is used twice`,
        });
      }
      values.add(option.value);
      (option.caps ?? []).forEach((cap, c) => {
        unknownIds(file, `options[${index}].caps[${c}].sources`, cap.sources, 'sources', 'source');
      });
      (option.blocks ?? []).forEach((block, b) => {
        const field = `options[${index}].blocks[${b}]`;
        unknownIds(file, `${field}.sources`, block.sources, 'sources', 'source');
        for (const [key, wanted] of Object.entries(block.when)) {
          const known = factorValues.get(key);
          if (!known)
            problems.push({
              file,
              field: `${field}.when`,
              message: `unknown checklist factor "${key}"`,
            });
          for (const value of known ? wanted : []) {
            if (!known?.has(value)) {
              problems.push({
                file,
                field: `${field}.when.${key}`,
                message: `"${key}" has no option "${value}"`,
              });
            }
          }
        }
      });
    });
  }
  for (const rules of content.checklistRules ?? []) {
    const file = fileOf(rules, 'content/checklist/_rules.yaml');
    unknownIds(file, 'ties.sources', rules.data.ties.sources, 'sources', 'source');
    rules.data.readiness.forEach((note, index) => {
      unknownIds(file, `readiness[${index}].sources`, note.sources, 'sources', 'source');
    });
    (rules.data.revisions ?? []).forEach((revision, index) => {
      const field = `revisions[${index}]`;
      unknownIds(file, `${field}.sources`, revision.sources, 'sources', 'source');
      for (const key of [...revision.changed, ...revision.added]) {
        if (!factorValues.has(key))
          problems.push({ file, field, message: `unknown checklist factor "${key}"` });
      }
    });
    for (const [approach, refs] of Object.entries(rules.data.guide)) {
      unknownIds(
        file,
        `guide.${approach}`,
        refs.map((ref) => ref.split('#')[0] ?? ref),
        'guide',
        'guide page',
      );
    }
  }

  for (const term of content.glossary) {
    const file = fileOf(term, 'content/glossary.yaml');
    unknownIds(file, `${term.id}.sources`, term.data.sources, 'sources', 'source');
    unknownIds(file, `${term.id}.related`, term.data.related, 'glossary', 'glossary term');
  }

  for (const fact of content.facts ?? []) {
    const file = fileOf(fact, 'content/facts.yaml');
    unknownIds(file, `${fact.id}.sources`, fact.data.sources, 'sources', 'source');
  }

  problems.push(...checkOffers(content, known.sources));

  const offerIds = new Set((content.offers ?? []).map((o) => o.id));
  for (const example of content.costExamples ?? []) {
    if (!offerIds.has(example.data.offer)) {
      problems.push({
        file: fileOf(example, 'content/cost-examples.yaml'),
        field: `${example.id}.offer`,
        message: `unknown offer "${example.data.offer}"`,
      });
    }
  }

  /** `{fact:id}` placeholders in a sentence must name real facts. */
  const factsIn = (file: string, field: string, text: string) => {
    unknownIds(file, field, factPlaceholders(text), 'facts', 'fact');
  };
  for (const change of content.changes ?? []) {
    const file = fileOf(change, 'content/changes.yaml');
    unknownIds(file, `${change.id}.sources`, change.data.sources, 'sources', 'source');
    const pages = change.data.guide.map((ref) => ref.split('#')[0] ?? ref);
    unknownIds(file, `${change.id}.guide`, pages, 'guide', 'guide page');
    factsIn(file, `${change.id}.what`, change.data.what);
    factsIn(file, `${change.id}.meaning`, change.data.meaning);
  }
  for (const rules of content.checklistRules ?? []) {
    const file = fileOf(rules, 'content/checklist/_rules.yaml');
    rules.data.readiness.forEach((note, index) => {
      factsIn(file, `readiness[${index}].text`, note.text ?? '');
    });
  }
  for (const factor of content.checklist) {
    const file = fileOf(factor, `content/checklist/${factor.id}.yaml`);
    factor.data.options.forEach((option, index) => {
      factsIn(file, `options[${index}].reason`, option.reason ?? '');
      (option.blocks ?? []).forEach((block, b) => {
        factsIn(file, `options[${index}].blocks[${b}].unless`, block.unless ?? '');
      });
    });
  }

  const approachIds = content.approaches.map((e) => e.id).sort();
  if (approachIds.join() !== [...APPROACH_IDS].sort().join()) {
    problems.push({
      file: 'content/approaches.yaml',
      field: 'id',
      message: `must list exactly ${APPROACH_IDS.join(', ')} (found ${approachIds.join(', ') || 'none'})`,
    });
  }

  return problems;
}

/**
 * Offers and base models: every offer names a model that exists, every figure's `source` is a
 * known source, and an offer lists among its `sources` each source one of its figures quotes,
 * so the page that shows the offer cites them all.
 */
function checkOffers(content: ContentSet, sources: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const models = new Set((content.models ?? []).map((m) => m.id));
  const named = (entry: Entry<unknown>, file: string, listed?: ReadonlySet<string>) => {
    for (const { field, id } of namedSources(entry.data, '')) {
      if (!sources.has(id)) problems.push({ file, field, message: `unknown source "${id}"` });
      else if (listed && !listed.has(id))
        problems.push({ file, field, message: `"${id}" is quoted but not listed in sources` });
    }
  };
  for (const offer of content.offers ?? []) {
    const file = offer.filePath ?? `content/offers/${offer.id}.yaml`;
    for (const id of offer.data.sources)
      if (!sources.has(id))
        problems.push({ file, field: 'sources', message: `unknown source "${id}"` });
    if (offer.data.model !== undefined && !models.has(offer.data.model))
      problems.push({ file, field: 'model', message: `unknown model "${offer.data.model}"` });
    named(offer, file, new Set(offer.data.sources));
  }
  for (const model of content.models ?? [])
    named(model, model.filePath ?? `content/models/${model.id}.yaml`);
  return problems;
}

/** Every `source: <id>` inside an entry's data, with the path of the object that names it. */
function namedSources(value: unknown, path: string): { field: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => namedSources(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const field = path ? `${path}.${key}` : key;
    return key === 'source' && typeof child === 'string'
      ? [{ field, id: child }]
      : namedSources(child, field);
  });
}

/** A build error message listing every problem, one per line. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
  return `Content has ${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
