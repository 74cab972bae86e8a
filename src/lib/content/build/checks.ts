/**
 * The cross-reference checks, one small function per concept, run in the order of `CHECKS`.
 * Each sees all content and the ids that exist, and returns its problems, naming the file and
 * the field. To add a check, write a `Check` here and list it in `CHECKS`.
 */
import { factPlaceholders } from '../../guide/facts';
import { citedSources, linkedTerms, shownFacts } from '../../guide/build/mdx-references';
import { APPROACH_IDS } from '../../site/approaches';
import {
  fileOf,
  guidePages,
  sameOrder,
  unknownIds,
  type AnswerSet,
  type Check,
  type ContentSet,
  type Problem,
} from './content-set';

const guideFile = (page: ContentSet['guide'][number]) =>
  fileOf(page, `content/guide/${page.id}.mdx`);
const criterionFile = (criterion: ContentSet['criteria'][number]) =>
  fileOf(criterion, `content/criteria/${criterion.id}.yaml`);
const factorFile = (factor: ContentSet['checklist'][number]) =>
  fileOf(factor, `content/checklist/${factor.id}.yaml`);
const RULES_FILE = 'content/checklist/_rules.yaml';

/**
 * A guide page cites only sources that exist and that its front matter lists, and lists none
 * it never cites with <Cite>.
 */
export const guideCitations: Check = (content, known) =>
  content.guide.flatMap((page) => {
    const file = guideFile(page);
    const cited = citedSources(page.body ?? '');
    const citedIds = new Set(cited.map((ref) => ref.id));
    return [
      ...unknownIds(known, 'sources', { file, field: 'sources' }, page.data.sources),
      ...cited.flatMap((ref): Problem[] => {
        const field = `line ${ref.line}`;
        if (!ref.id) return [{ file, field, message: '<Cite> has no ids' }];
        if (!known.sources.has(ref.id))
          return [{ file, field, message: `<Cite> names unknown source "${ref.id}"` }];
        if (!page.data.sources.includes(ref.id))
          return [
            {
              file,
              field,
              message: `<Cite> names "${ref.id}", which is missing from the front matter's sources`,
            },
          ];
        return [];
      }),
      ...page.data.sources
        .filter((id) => known.sources.has(id) && !citedIds.has(id))
        .map((id) => ({
          file,
          field: 'sources',
          message: `"${id}" is listed but never cited with <Cite>`,
        })),
    ];
  });

/** Every <Fact> and <Term> in a guide page names a fact or glossary term that exists. */
export const guideFactsAndTerms: Check = (content, known) =>
  content.guide.flatMap((page) => {
    const file = guideFile(page);
    const body = page.body ?? '';
    return [
      ...shownFacts(body)
        .filter((ref) => !known.facts.has(ref.id))
        .map((ref) => ({
          file,
          field: `line ${ref.line}`,
          message: `<Fact> names unknown fact "${ref.id}"`,
        })),
      ...linkedTerms(body)
        .filter((ref) => !known.glossary.has(ref.id))
        .map((ref) => ({
          file,
          field: `line ${ref.line}`,
          message: `<Term> names unknown glossary term "${ref.id}"`,
        })),
    ];
  });

/** Guide pages, criteria and checklist questions each have a place of their own. */
export const uniqueOrders: Check = (content) => [
  ...sameOrder(content.guide.map((page) => ({ file: guideFile(page), order: page.data.order }))),
  ...sameOrder(content.criteria.map((c) => ({ file: criterionFile(c), order: c.data.order }))),
  ...sameOrder(content.checklist.map((f) => ({ file: factorFile(f), order: f.data.order }))),
];

/** A criterion's verdicts, disagreement, glossary terms and guide links point at what exists. */
export const criteriaReferences: Check = (content, known) =>
  content.criteria.flatMap((criterion) => {
    const file = criterionFile(criterion);
    const d = criterion.data;
    return [
      ...Object.entries(d.approaches).flatMap(([approach, verdict]) =>
        unknownIds(
          known,
          'sources',
          { file, field: `approaches.${approach}.sources` },
          verdict.sources,
        ),
      ),
      ...unknownIds(
        known,
        'sources',
        { file, field: 'disagreement.sources' },
        d.disagreement?.sources ?? [],
      ),
      ...unknownIds(known, 'glossary', { file, field: 'glossary' }, d.glossary),
      ...unknownIds(known, 'guide', { file, field: 'guide' }, guidePages(d.guide)),
    ];
  });

/** Each checklist question's answer values, by question key. */
const answerValues = (content: ContentSet) =>
  new Map(content.checklist.map((f) => [f.id, new Set(f.data.options.map((o) => o.value))]));

/** Answers a condition names (a block's `when` or `except`, an alert's `answers`) must exist. */
function unknownAnswers(
  values: ReturnType<typeof answerValues>,
  at: { file: string; field: string },
  set: AnswerSet,
): Problem[] {
  return Object.entries(set).flatMap(([key, wanted]): Problem[] => {
    const options = values.get(key);
    if (!options) return [{ ...at, message: `unknown checklist factor "${key}"` }];
    return wanted
      .filter((value) => !options.has(value))
      .map((value) => ({
        file: at.file,
        field: `${at.field}.${key}`,
        message: `"${key}" has no option "${value}"`,
      }));
  });
}

/**
 * A checklist question links criteria and guide pages that exist; its answers have distinct
 * values and cite sources that exist; a block or an alert depends only on questions and
 * answers that exist; an answer's cost link names an offer that exists.
 */
export const checklistQuestions: Check = (content, known) => {
  const values = answerValues(content);
  const offers = new Set((content.offers ?? []).map((o) => o.id));
  return content.checklist.flatMap((factor) => {
    const file = factorFile(factor);
    const seen = new Set<string>();
    return [
      ...unknownIds(known, 'criteria', { file, field: 'criteria' }, factor.data.criteria),
      ...unknownIds(known, 'guide', { file, field: 'guide' }, guidePages(factor.data.guide ?? [])),
      ...factor.data.options.flatMap((option, index) => {
        const at = `options[${index}]`;
        const repeated = seen.has(option.value);
        seen.add(option.value);
        return [
          ...unknownIds(known, 'sources', { file, field: `${at}.sources` }, option.sources),
          ...(repeated
            ? [{ file, field: `${at}.value`, message: `"${option.value}" is used twice` }]
            : []),
          ...(option.caps ?? []).flatMap((cap, c) =>
            unknownIds(known, 'sources', { file, field: `${at}.caps[${c}].sources` }, cap.sources),
          ),
          ...(option.blocks ?? []).flatMap((block, b) => {
            const field = `${at}.blocks[${b}]`;
            return [
              ...unknownIds(known, 'sources', { file, field: `${field}.sources` }, block.sources),
              ...unknownAnswers(values, { file, field: `${field}.when` }, block.when),
              ...unknownAnswers(values, { file, field: `${field}.except` }, block.except ?? {}),
            ];
          }),
          ...(option.alerts ?? []).flatMap((alert, a) => {
            const field = `${at}.alerts[${a}]`;
            return [
              ...unknownIds(known, 'sources', { file, field: `${field}.sources` }, alert.sources),
              ...unknownIds(
                known,
                'guide',
                { file, field: `${field}.guide` },
                guidePages([alert.guide]),
              ),
              ...unknownAnswers(values, { file, field: `${field}.answers` }, alert.answers ?? {}),
            ];
          }),
          ...(option.cost?.offer !== undefined && content.offers && !offers.has(option.cost.offer)
            ? [{ file, field: `${at}.cost.offer`, message: `unknown offer "${option.cost.offer}"` }]
            : []),
        ];
      }),
      ...unknownIds(
        known,
        'sources',
        { file, field: 'basis.sources' },
        factor.data.basis?.sources ?? [],
      ),
    ];
  });
};

/**
 * The checklist's rules cite sources that exist, date revisions of questions that exist and
 * link guide pages that exist.
 */
export const checklistRules: Check = (content, known) => {
  const values = answerValues(content);
  return (content.checklistRules ?? []).flatMap((rules) => {
    const file = fileOf(rules, RULES_FILE);
    const r = rules.data;
    return [
      ...unknownIds(known, 'sources', { file, field: 'ties.sources' }, r.ties.sources),
      ...r.readiness.flatMap((note, index) =>
        unknownIds(known, 'sources', { file, field: `readiness[${index}].sources` }, note.sources),
      ),
      ...(r.revisions ?? []).flatMap((revision, index) => {
        const field = `revisions[${index}]`;
        return [
          ...unknownIds(known, 'sources', { file, field: `${field}.sources` }, revision.sources),
          ...[...revision.changed, ...revision.added]
            .filter((key) => !values.has(key))
            .map((key) => ({ file, field, message: `unknown checklist factor "${key}"` })),
        ];
      }),
      ...Object.entries(r.guide).flatMap(([approach, refs]) =>
        unknownIds(known, 'guide', { file, field: `guide.${approach}` }, guidePages(refs)),
      ),
      ...(r.plans ?? []).flatMap((plan, p) =>
        plan.steps.flatMap((step, i) => {
          const field = `plans[${p}].steps[${i}]`;
          return [
            ...unknownIds(known, 'sources', { file, field: `${field}.sources` }, step.sources),
            ...unknownIds(
              known,
              'guide',
              { file, field: `${field}.guide` },
              guidePages(step.guide ? [step.guide] : []),
            ),
          ];
        }),
      ),
      ...(r.later ?? []).flatMap((later, index) =>
        unknownIds(known, 'sources', { file, field: `later[${index}].sources` }, later.sources),
      ),
    ];
  });
};

/** Glossary terms cite sources and relate to terms that exist. */
export const glossaryReferences: Check = (content, known) =>
  content.glossary.flatMap((term) => {
    const file = fileOf(term, 'content/glossary.yaml');
    return [
      ...unknownIds(known, 'sources', { file, field: `${term.id}.sources` }, term.data.sources),
      ...unknownIds(known, 'glossary', { file, field: `${term.id}.related` }, term.data.related),
    ];
  });

/** Facts cite sources that exist. */
export const factSources: Check = (content, known) =>
  (content.facts ?? []).flatMap((fact) =>
    unknownIds(
      known,
      'sources',
      { file: fileOf(fact, 'content/facts.yaml'), field: `${fact.id}.sources` },
      fact.data.sources,
    ),
  );

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

/**
 * Offers and base models: every offer cites sources that exist and names a model that exists;
 * every figure's `source` is a known source, and an offer lists among its `sources` each source
 * one of its figures quotes, so the page that shows the offer cites them all.
 */
export const offersAndModels: Check = (content, known) => {
  const models = new Set((content.models ?? []).map((m) => m.id));
  const named = (data: unknown, file: string, listed?: ReadonlySet<string>): Problem[] =>
    namedSources(data, '').flatMap(({ field, id }): Problem[] => {
      if (!known.sources.has(id)) return [{ file, field, message: `unknown source "${id}"` }];
      if (listed && !listed.has(id))
        return [{ file, field, message: `"${id}" is quoted but not listed in sources` }];
      return [];
    });
  return [
    ...(content.offers ?? []).flatMap((offer) => {
      const file = fileOf(offer, `content/offers/${offer.id}.yaml`);
      return [
        ...unknownIds(known, 'sources', { file, field: 'sources' }, offer.data.sources),
        ...(offer.data.model !== undefined && !models.has(offer.data.model)
          ? [{ file, field: 'model', message: `unknown model "${offer.data.model}"` }]
          : []),
        ...named(offer.data, file, new Set(offer.data.sources)),
      ];
    }),
    ...(content.models ?? []).flatMap((model) =>
      named(model.data, fileOf(model, `content/models/${model.id}.yaml`)),
    ),
  ];
};

/** The calculator's worked examples price offers that exist. */
export const costExampleOffers: Check = (content) => {
  const offers = new Set((content.offers ?? []).map((o) => o.id));
  return (content.costExamples ?? [])
    .filter((example) => !offers.has(example.data.offer))
    .map((example) => ({
      file: fileOf(example, 'content/cost-examples.yaml'),
      field: `${example.id}.offer`,
      message: `unknown offer "${example.data.offer}"`,
    }));
};

/** `{fact:id}` placeholders in a sentence name facts that exist. */
const factsIn = (
  known: Parameters<Check>[1],
  at: { file: string; field: string },
  text: string | undefined,
) => unknownIds(known, 'facts', at, factPlaceholders(text ?? ''));

/**
 * An entry of the changes log cites sources, names guide pages and fills in facts that exist.
 */
export const changesLog: Check = (content, known) =>
  (content.changes ?? []).flatMap((change) => {
    const file = fileOf(change, 'content/changes.yaml');
    const d = change.data;
    return [
      ...unknownIds(known, 'sources', { file, field: `${change.id}.sources` }, d.sources),
      ...unknownIds(known, 'guide', { file, field: `${change.id}.guide` }, guidePages(d.guide)),
      ...factsIn(known, { file, field: `${change.id}.what` }, d.what),
      ...factsIn(known, { file, field: `${change.id}.meaning` }, d.meaning),
    ];
  });

/** The checklist's sentences (readiness notes, reasons, what lifts a block) fill in real facts. */
export const checklistFacts: Check = (content, known) => [
  ...(content.checklistRules ?? []).flatMap((rules) => {
    const file = fileOf(rules, RULES_FILE);
    return [
      ...rules.data.readiness.flatMap((note, index) =>
        factsIn(known, { file, field: `readiness[${index}].text` }, note.text),
      ),
      ...(rules.data.plans ?? []).flatMap((plan, p) =>
        plan.steps.flatMap((step, i) =>
          factsIn(known, { file, field: `plans[${p}].steps[${i}].text` }, step.text),
        ),
      ),
      ...(rules.data.later ?? []).flatMap((later, index) =>
        factsIn(known, { file, field: `later[${index}].text` }, later.text),
      ),
    ];
  }),
  ...content.checklist.flatMap((factor) => {
    const file = factorFile(factor);
    return factor.data.options.flatMap((option, index) => [
      ...factsIn(known, { file, field: `options[${index}].reason` }, option.reason),
      ...(option.blocks ?? []).flatMap((block, b) =>
        factsIn(known, { file, field: `options[${index}].blocks[${b}].unless` }, block.unless),
      ),
      ...(option.alerts ?? []).flatMap((alert, a) =>
        factsIn(known, { file, field: `options[${index}].alerts[${a}].text` }, alert.text),
      ),
    ]);
  }),
];

/** `content/approaches.yaml` labels exactly the approaches the code knows. */
export const approachList: Check = (content) => {
  const ids = content.approaches.map((e) => e.id).sort();
  return ids.join() === [...APPROACH_IDS].sort().join()
    ? []
    : [
        {
          file: 'content/approaches.yaml',
          field: 'id',
          message: `must list exactly ${APPROACH_IDS.join(', ')} (found ${ids.join(', ') || 'none'})`,
        },
      ];
};

/** Every check, in the order their problems are listed. */
export const CHECKS: readonly Check[] = [
  guideCitations,
  guideFactsAndTerms,
  uniqueOrders,
  criteriaReferences,
  checklistQuestions,
  checklistRules,
  glossaryReferences,
  factSources,
  offersAndModels,
  costExampleOffers,
  changesLog,
  checklistFacts,
  approachList,
];
