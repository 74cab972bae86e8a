import { describe, expect, test } from 'vitest';
import { APPROACH_IDS, byApproach } from '../../../src/lib/site/approaches';
import {
  checkIntegrity,
  formatProblems,
  type Check,
  type ContentSet,
} from '../../../src/lib/content/build/integrity';
import { CHECKS } from '../../../src/lib/content/build/checks';

/** A small, valid content set; each test breaks one thing in a copy of it. */
function valid(): ContentSet {
  const verdict = { sources: ['s1'] };
  return {
    sources: [
      { id: 's1', data: {} },
      { id: 's2', data: {} },
    ],
    glossary: [
      { id: 'lora', filePath: 'content/glossary.yaml', data: { sources: ['s1'], related: [] } },
    ],
    approaches: APPROACH_IDS.map((id) => ({ id, data: {} })),
    guide: [
      {
        id: 'overview',
        filePath: 'content/guide/overview.mdx',
        body: 'Text <Cite ids="s1" /> and <Term id="lora">LoRA</Term>.',
        data: { order: 1, sources: ['s1'] },
      },
    ],
    criteria: [
      {
        id: 'cost',
        filePath: 'content/criteria/cost.yaml',
        data: {
          order: 1,
          approaches: byApproach(() => verdict),
          glossary: ['lora'],
          guide: ['overview#two-ways'],
        },
      },
    ],
    checklist: [
      {
        id: 'budget',
        filePath: 'content/checklist/budget.yaml',
        data: {
          order: 1,
          criteria: ['cost'],
          options: [
            { value: 'low', sources: ['s1'] },
            { value: 'high', sources: ['s2'] },
          ],
        },
      },
    ],
  };
}

type Break = (c: ContentSet) => void;
const first = <T>(list: T[]): T => list[0] as T;

describe('content cross-references', () => {
  test('valid content has no problems', () => {
    expect(checkIntegrity(valid())).toEqual([]);
  });

  const cases: [string, Break, { file: string; field: string; message: RegExp }][] = [
    [
      'a criterion citing an unknown source',
      (c) => (first(c.criteria).data.approaches['fine-tuning'] = { sources: ['nope'] }),
      {
        file: 'content/criteria/cost.yaml',
        field: 'approaches.fine-tuning.sources',
        message: /unknown source "nope"/,
      },
    ],
    [
      'a disagreement note citing an unknown source',
      (c) => (first(c.criteria).data.disagreement = { sources: ['ghost'] }),
      {
        file: 'content/criteria/cost.yaml',
        field: 'disagreement.sources',
        message: /unknown source "ghost"/,
      },
    ],
    [
      'a criterion linking an unknown glossary term',
      (c) => (first(c.criteria).data.glossary = ['qlora']),
      {
        file: 'content/criteria/cost.yaml',
        field: 'glossary',
        message: /unknown glossary term "qlora"/,
      },
    ],
    [
      'a criterion pointing at a guide page that does not exist',
      (c) => (first(c.criteria).data.guide = ['missing#x']),
      {
        file: 'content/criteria/cost.yaml',
        field: 'guide',
        message: /unknown guide page "missing"/,
      },
    ],
    [
      'a guide page citing an unknown source in its body',
      (c) => (first(c.guide).body = 'One\nTwo <Cite ids="s1 zzz" />'),
      {
        file: 'content/guide/overview.mdx',
        field: 'line 2',
        message: /<Cite> names unknown source "zzz"/,
      },
    ],
    [
      'a guide page citing a source its front matter does not list',
      (c) => (first(c.guide).body = '<Cite ids="s1 s2" />'),
      {
        file: 'content/guide/overview.mdx',
        field: 'line 1',
        message: /"s2", which is missing from the front matter/,
      },
    ],
    [
      'a guide page listing a source it never cites',
      (c) => (first(c.guide).data.sources = ['s1', 's2']),
      {
        file: 'content/guide/overview.mdx',
        field: 'sources',
        message: /"s2" is listed but never cited/,
      },
    ],
    [
      'a guide page with an unknown source in its front matter',
      (c) => (first(c.guide).data.sources = ['s1', 'who']),
      { file: 'content/guide/overview.mdx', field: 'sources', message: /unknown source "who"/ },
    ],
    [
      'a guide page linking an unknown glossary term',
      (c) => (first(c.guide).body = '<Cite ids="s1" /> <Term id="gpu">GPU</Term>'),
      {
        file: 'content/guide/overview.mdx',
        field: 'line 1',
        message: /unknown glossary term "gpu"/,
      },
    ],
    [
      'two guide pages with the same order',
      (c) =>
        c.guide.push({
          id: 'two',
          filePath: 'content/guide/two.mdx',
          body: '<Cite ids="s1" />',
          data: { order: 1, sources: ['s1'] },
        }),
      {
        file: 'content/guide/two.mdx',
        field: 'order',
        message: /also used by content\/guide\/overview.mdx/,
      },
    ],
    [
      'two criteria with the same row order',
      (c) =>
        c.criteria.push({
          ...first(c.criteria),
          id: 'price',
          filePath: 'content/criteria/price.yaml',
        }),
      {
        file: 'content/criteria/price.yaml',
        field: 'order',
        message: /also used by content\/criteria\/cost.yaml/,
      },
    ],
    [
      'a checklist option citing an unknown source',
      (c) => (first(c.checklist).data.options[1] = { value: 'high', sources: ['x'] }),
      {
        file: 'content/checklist/budget.yaml',
        field: 'options[1].sources',
        message: /unknown source "x"/,
      },
    ],
    [
      'a checklist factor naming an unknown criterion',
      (c) => (first(c.checklist).data.criteria = ['price']),
      {
        file: 'content/checklist/budget.yaml',
        field: 'criteria',
        message: /unknown criterion "price"/,
      },
    ],
    [
      'a checklist factor with the same option value twice',
      (c) => (first(c.checklist).data.options[1] = { value: 'low', sources: ['s1'] }),
      {
        file: 'content/checklist/budget.yaml',
        field: 'options[1].value',
        message: /"low" is used twice/,
      },
    ],
    [
      'a glossary term related to an unknown term',
      (c) => (first(c.glossary).data.related = ['peft']),
      {
        file: 'content/glossary.yaml',
        field: 'lora.related',
        message: /unknown glossary term "peft"/,
      },
    ],
    [
      'an approach list that is not exactly the approaches',
      (c) => c.approaches.pop(),
      {
        file: 'content/approaches.yaml',
        field: 'id',
        message: /must list exactly prompt-engineering, fine-tuning, hybrid/,
      },
    ],
    [
      'an offer naming a model that does not exist',
      (c) => {
        c.models = [{ id: 'm', data: {} }];
        c.offers = [
          { id: 'o', filePath: 'content/offers/o.yaml', data: { sources: ['s1'], model: 'gone' } },
        ];
      },
      { file: 'content/offers/o.yaml', field: 'model', message: /unknown model "gone"/ },
    ],
    [
      'an offer quoting a source it does not list',
      (c) => {
        c.models = [{ id: 'm', data: {} }];
        c.offers = [
          {
            id: 'o',
            filePath: 'content/offers/o.yaml',
            data: { sources: ['s1'], model: 'm', training: { source: 's2' } } as never,
          },
        ];
      },
      {
        file: 'content/offers/o.yaml',
        field: 'training.source',
        message: /"s2" is quoted but not listed in sources/,
      },
    ],
    [
      'a model quoting an unknown source',
      (c) => {
        c.models = [
          { id: 'm', filePath: 'content/models/m.yaml', data: { tunedUntil: { source: 'x' } } },
        ];
      },
      { file: 'content/models/m.yaml', field: 'tunedUntil.source', message: /unknown source "x"/ },
    ],
  ];

  test.each(cases)('%s is reported with its file and field', (_, breakIt, expected) => {
    const content = valid();
    breakIt(content);
    const problems = checkIntegrity(content);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe(expected.file);
    expect(problem?.field).toBe(expected.field);
    expect(problem?.message).toMatch(expected.message);
  });

  test('a new check is one function in the list: its problems reach the build error', () => {
    const everySourceUsed: Check = (content, known) =>
      [...known.sources]
        .filter((id) => !JSON.stringify(content.criteria).includes(`"${id}"`))
        .map((id) => ({ file: 'content/sources.yaml', field: id, message: 'never cited' }));
    expect(checkIntegrity(valid(), [...CHECKS, everySourceUsed])).toEqual([
      { file: 'content/sources.yaml', field: 's2', message: 'never cited' },
    ]);
  });

  test('the build error lists every problem on its own line', () => {
    const message = formatProblems([
      { file: 'content/a.yaml', field: 'x', message: 'bad' },
      { file: 'content/b.yaml', field: 'y', message: 'worse' },
    ]);
    expect(message).toBe(
      'Content has 2 broken references:\n  content/a.yaml › x: bad\n  content/b.yaml › y: worse',
    );
  });
});
