import { describe, expect, test } from 'vitest';
import {
  arithmetic,
  coreIds,
  defaultView,
  gap,
  percent,
  rowsFrom,
  visibleRows,
  weightedTotals,
  type Row,
  type Sort,
  type View,
} from '../../../src/lib/compare/model';

/** Four small rows in authored order; ratings chosen so every sort gives a different order. */
const rows: Row[] = [
  {
    id: 'cost',
    label: 'Cost',
    core: true,
    ratings: { 'prompt-engineering': 5, 'fine-tuning': 2, hybrid: 3, retrieval: 1 },
  },
  {
    id: 'latency',
    label: 'Latency',
    core: false,
    ratings: { 'prompt-engineering': 3, 'fine-tuning': 4, hybrid: 4, retrieval: 1 },
  },
  {
    id: 'expertise',
    label: 'Expertise',
    core: true,
    ratings: { 'prompt-engineering': 4, 'fine-tuning': 2, hybrid: 1, retrieval: 1 },
  },
  {
    id: 'data',
    label: 'data requirements',
    core: false,
    ratings: { 'prompt-engineering': 5, 'fine-tuning': 1, hybrid: 4, retrieval: 1 },
  },
];
const view = (change: Partial<View> = {}): View => ({ ...defaultView(rows), ...change });
const ids = (list: readonly Row[]) => list.map((r) => r.id);

describe('choosing rows', () => {
  test.each([
    [
      'every criterion by default, in authored order',
      view(),
      ['cost', 'latency', 'expertise', 'data'],
    ],
    [
      'only the chosen criteria, still in authored order',
      view({ criteria: ['data', 'cost'] }),
      ['cost', 'data'],
    ],
    ['only the core criteria', view({ criteria: coreIds(rows) }), ['cost', 'expertise']],
    ['nothing for an id that is not a criterion', view({ criteria: ['nope'] }), []],
  ])('shows %s', (_, v, expected) => {
    expect(ids(visibleRows(rows, v))).toEqual(expected);
  });
});

describe('sorting rows', () => {
  const cases: [string, Sort, string[]][] = [
    ['authored order', { by: 'order' }, ['cost', 'latency', 'expertise', 'data']],
    [
      'name A to Z, ignoring case',
      { by: 'name', reversed: false },
      ['cost', 'data', 'expertise', 'latency'],
    ],
    ['name Z to A', { by: 'name', reversed: true }, ['latency', 'expertise', 'data', 'cost']],
    [
      'fine-tuning rating, best first',
      { by: 'rating', approach: 'fine-tuning', reversed: false },
      ['latency', 'cost', 'expertise', 'data'],
    ],
    [
      'fine-tuning rating, worst first',
      { by: 'rating', approach: 'fine-tuning', reversed: true },
      ['data', 'cost', 'expertise', 'latency'],
    ],
    // prompting − fine-tuning: cost 3, latency −1, expertise 2, data 4
    [
      'gap prompting − fine-tuning, largest first',
      { by: 'gap', a: 'prompt-engineering', b: 'fine-tuning', reversed: false },
      ['data', 'cost', 'expertise', 'latency'],
    ],
    [
      'gap prompting − fine-tuning, smallest first',
      { by: 'gap', a: 'prompt-engineering', b: 'fine-tuning', reversed: true },
      ['latency', 'expertise', 'cost', 'data'],
    ],
    // hybrid − fine-tuning: cost 1, latency 0, expertise −1, data 3
    [
      'gap hybrid − fine-tuning, largest first',
      { by: 'gap', a: 'hybrid', b: 'fine-tuning', reversed: false },
      ['data', 'cost', 'latency', 'expertise'],
    ],
  ];
  test.each(cases)('by %s', (_, sort, expected) => {
    expect(ids(visibleRows(rows, view({ sort })))).toEqual(expected);
  });

  test('keeps authored order between rows that tie', () => {
    const tied = rows.map((r) => ({ ...r, ratings: { ...r.ratings, hybrid: 3 } }));
    expect(
      ids(visibleRows(tied, view({ sort: { by: 'rating', approach: 'hybrid', reversed: false } }))),
    ).toEqual(ids(rows));
  });

  test('the gap is the first approach minus the second', () => {
    expect(gap(rows[0] as Row, 'prompt-engineering', 'fine-tuning')).toBe(3);
    expect(gap(rows[0] as Row, 'fine-tuning', 'prompt-engineering')).toBe(-3);
  });
});

describe('weighted totals', () => {
  test('with default weights every criterion counts twice (medium) and the best sum leads', () => {
    const { totals, leaders } = weightedTotals(rows, view());
    expect(totals.map((t) => [t.approach, t.points, t.max])).toEqual([
      ['prompt-engineering', (5 + 3 + 4 + 5) * 2, 40],
      ['fine-tuning', (2 + 4 + 2 + 1) * 2, 40],
      ['hybrid', (3 + 4 + 1 + 4) * 2, 40],
      ['retrieval', (1 + 1 + 1 + 1) * 2, 40],
    ]);
    expect(leaders).toEqual(['prompt-engineering']);
  });

  test.each([
    [
      'high latency and no weight elsewhere hands the lead to a tie of fine-tuning and hybrid',
      { cost: 'none', expertise: 'none', data: 'none', latency: 'high' },
      ['fine-tuning', 'hybrid'],
    ],
    [
      'a single low weight still produces a leader',
      { cost: 'low', expertise: 'none', data: 'none', latency: 'none' },
      ['prompt-engineering'],
    ],
    [
      'no weight anywhere means nobody leads',
      { cost: 'none', expertise: 'none', data: 'none', latency: 'none' },
      [],
    ],
  ] as const)('%s', (_, weights, expected) => {
    expect(weightedTotals(rows, view({ weights })).leaders).toEqual(expected);
  });

  test('only counts the criteria and approaches on show', () => {
    const { totals } = weightedTotals(
      rows,
      view({ criteria: ['latency'], approaches: ['hybrid'], weights: { latency: 'high' } }),
    );
    expect(totals).toEqual([
      {
        approach: 'hybrid',
        points: 12,
        max: 15,
        terms: [{ criterion: 'latency', rating: 4, weight: 'high', points: 12 }],
      },
    ]);
  });

  test('shows its arithmetic with criterion names, the maximum and the percentage', () => {
    const { totals } = weightedTotals(
      rows,
      view({ criteria: ['cost', 'latency'], weights: { cost: 'high', latency: 'none' } }),
    );
    const labels = { cost: 'Cost', latency: 'Latency' };
    expect(arithmetic(totals[0]!, labels)).toBe('Cost 5 × 3 + Latency 3 × 0 = 15 of 15 (100%)');
    expect(arithmetic(totals[1]!, labels)).toBe('Cost 2 × 3 + Latency 4 × 0 = 6 of 15 (40%)');
  });

  test('a percentage of nothing is 0, not a division by zero', () => {
    expect(percent({ points: 0, max: 0 })).toBe(0);
    expect(percent({ points: 2, max: 3 })).toBe(67);
  });
});

test('rows are built from criteria entries with one rating per approach', () => {
  const verdict = (rating: number) => ({ rating });
  const built = rowsFrom([
    {
      id: 'cost',
      data: {
        label: 'Cost',
        core: true,
        approaches: {
          'prompt-engineering': verdict(5),
          'fine-tuning': verdict(2),
          hybrid: verdict(3),
          retrieval: verdict(1),
        },
      },
    },
  ]);
  expect(built).toEqual([rows[0]]);
});
