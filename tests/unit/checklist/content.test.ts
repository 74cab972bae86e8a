/**
 * The checklist's content keeps its promises: the constraints the engine relies on are there,
 * and broken cross-references fail the build. (Its link contract, the keys and values shared
 * links contain, is held in link-contract.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { APPROACH_IDS } from '../../../src/lib/site/approaches';
import { decide } from '../../../src/lib/checklist/decision';
import { model, rules } from '../../support/checklist';
import { checkIntegrity, type ContentSet } from '../../../src/lib/content/build/integrity';

describe('checklist content', () => {
  test('no examples rules out tuning, as does no ML expertise with a low budget or self-hosting', () => {
    const tuning = ['fine-tuning', 'hybrid'];
    for (const answers of [
      { examples: 'none' },
      { expertise: 'none', budget: 'low' },
      { expertise: 'none', hosting: 'own-infrastructure' },
    ])
      expect(decide(model, answers).blocked).toEqual(expect.arrayContaining(tuning));
    expect(decide(model, { expertise: 'none' }).blocked).toEqual([]);
  });

  test('readiness notes cover an evaluation set, a prompting baseline and curated data, each with vendor sources', () => {
    const ids = rules.readiness.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['evaluation-set', 'prompting-baseline', 'curated-data']),
    );
    const vendor = /^(openai|anthropic|azure|google|aws|mistral|foundry|ms)-/;
    for (const note of rules.readiness)
      expect(
        note.sources.some((id) => vendor.test(id)),
        note.id,
      ).toBe(true);
  });
});

describe('checklist cross-references fail the build when broken', () => {
  const base = (): ContentSet => ({
    sources: [{ id: 's1', data: {} }],
    glossary: [],
    approaches: APPROACH_IDS.map((id) => ({ id, data: {} })),
    guide: [],
    criteria: [],
    checklist: [
      {
        id: 'budget',
        data: { order: 1, criteria: [], options: [{ value: 'low', sources: ['s1'] }] },
      },
      {
        id: 'expertise',
        data: {
          order: 2,
          criteria: [],
          options: [
            {
              value: 'none',
              sources: ['s1'],
              blocks: [{ when: { budget: ['low'] }, sources: ['s1'] }],
            },
          ],
        },
      },
    ],
    checklistRules: [
      {
        id: 'rules',
        data: {
          ties: { sources: ['s1'] },
          readiness: [{ id: 'n', sources: ['s1'] }],
          guide: { hybrid: [] },
        },
      },
    ],
  });

  test('a valid set has no problems', () => {
    expect(checkIntegrity(base())).toEqual([]);
  });

  test.each([
    [
      'a block on an unknown factor',
      (c: ContentSet) => (c.checklist[1]!.data.options[0]!.blocks![0]!.when = { budgte: ['low'] }),
      'unknown checklist factor "budgte"',
    ],
    [
      'a block on an unknown value',
      (c: ContentSet) => (c.checklist[1]!.data.options[0]!.blocks![0]!.when = { budget: ['tiny'] }),
      '"budget" has no option "tiny"',
    ],
    [
      'a block citing an unknown source',
      (c: ContentSet) => (c.checklist[1]!.data.options[0]!.blocks![0]!.sources = ['nope']),
      'unknown source "nope"',
    ],
    [
      'two factors in the same position',
      (c: ContentSet) => (c.checklist[1]!.data.order = 1),
      'order 1 is also used',
    ],
    [
      'a readiness note citing an unknown source',
      (c: ContentSet) => (c.checklistRules![0]!.data.readiness[0]!.sources = ['nope']),
      'unknown source "nope"',
    ],
    [
      'a rules link to a missing guide page',
      (c: ContentSet) => (c.checklistRules![0]!.data.guide = { hybrid: ['missing'] }),
      'unknown guide page "missing"',
    ],
    [
      'a factor link to a missing guide page',
      (c: ContentSet) => (c.checklist[0]!.data.guide = ['missing#part']),
      'unknown guide page "missing"',
    ],
    [
      'an exception on an unknown answer',
      (c: ContentSet) =>
        (c.checklist[1]!.data.options[0]!.blocks![0]!.except = { budget: ['huge'] }),
      '"budget" has no option "huge"',
    ],
    [
      'a warning that links a missing guide page',
      (c: ContentSet) =>
        (c.checklist[0]!.data.options[0]!.alerts = [{ sources: ['s1'], guide: 'gone#x' }]),
      'unknown guide page "gone"',
    ],
    [
      'an answer that prices an unknown offer',
      (c: ContentSet) => {
        c.offers = [{ id: 'real', data: { sources: ['s1'] } }];
        c.checklist[0]!.data.options[0]!.cost = { offer: 'imaginary' };
      },
      'unknown offer "imaginary"',
    ],
    [
      'a next step citing an unknown source',
      (c: ContentSet) =>
        (c.checklistRules![0]!.data.plans = [{ steps: [{ sources: ['nope'], guide: 'a' }] }]),
      'unknown source "nope"',
    ],
    [
      'where the lines come from, citing an unknown source',
      (c: ContentSet) => (c.checklist[0]!.data.basis = { sources: ['nope'] }),
      'unknown source "nope"',
    ],
  ])('%s', (_name, breakIt, message) => {
    const content = base();
    breakIt(content);
    expect(
      checkIntegrity(content)
        .map((p) => p.message)
        .join('\n'),
    ).toContain(message);
  });
});
