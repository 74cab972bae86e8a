/**
 * The checklist's content keeps its promises: the constraints the engine relies on are there,
 * and broken cross-references fail the build. (Its link contract, the keys and values shared
 * links contain, is held in link-contract.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { APPROACH_IDS } from '../../../src/lib/site/approaches';
import { model, rules } from '../../support/checklist';
import { checkIntegrity, type ContentSet } from '../../../src/lib/content/build/integrity';

describe('checklist content', () => {
  test('no examples rules out fine-tuning; no ML expertise does so with a low budget', () => {
    const block = (key: string, value: string) =>
      model.factors.find((f) => f.key === key)?.options.find((o) => o.value === value)?.blocks ??
      [];
    expect(block('examples', 'none')).toEqual([
      expect.objectContaining({ approaches: expect.arrayContaining(['fine-tuning']), when: {} }),
    ]);
    expect(block('expertise', 'none')).toEqual([
      expect.objectContaining({
        approaches: expect.arrayContaining(['fine-tuning']),
        when: { budget: ['low'] },
      }),
    ]);
  });

  test('readiness notes cover an evaluation set, a prompting baseline and curated data, each with vendor sources', () => {
    const ids = rules.readiness.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['evaluation-set', 'prompting-baseline', 'curated-data']),
    );
    const vendor = /^(openai|anthropic|azure|google|aws|mistral)-/;
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
