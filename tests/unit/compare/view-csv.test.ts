import { describe, expect, test } from 'vitest';
import { viewCsv } from '../../../src/lib/compare/view-csv';
import { comparisonData, type DataInput } from '../../../src/lib/compare/data';
import { defaultView } from '../../../src/lib/compare/model';
import { byApproach } from '../../../src/lib/site/approaches';
import { parseCsv } from '../../support/csv';
import { APPROACH_ENTRIES, SITE } from '../../support/comparison-input';

const verdict = (rating: number, text: string, sources = ['s1']) => ({
  verdict: text,
  rating,
  explanation: 'Because of reasons given.',
  sources,
});
const input: DataInput = {
  site: SITE,
  approaches: [...APPROACH_ENTRIES],
  criteria: ['cost', 'latency'].map((id, i) => ({
    id,
    data: {
      label: id === 'cost' ? 'Cost' : 'Latency',
      question: 'What?',
      summary: 'A summary of the criterion.',
      core: true,
      scale: { best: 'Best', worst: 'Worst' },
      approaches: byApproach((a) =>
        verdict(a === 'fine-tuning' ? 2 + i : 4, `=${a}`, a === 'hybrid' ? ['s2'] : ['s1']),
      ),
    },
  })),
  sources: [
    { id: 's1', data: { title: 'One', publisher: 'P', url: 'https://one.example/' } },
    { id: 's2', data: { title: 'Two', publisher: 'Q' } },
  ],
};
const data = comparisonData(input);
const rows = data.criteria.map((c) => ({
  id: c.id,
  label: c.label,
  core: c.core,
  ratings: byApproach((a) => c.verdicts[a].rating),
}));

describe('the current view as a wide CSV', () => {
  test('one row per criterion shown, one column per approach shown, weights and totals', () => {
    const view = {
      ...defaultView(rows),
      approaches: ['prompt-engineering', 'fine-tuning'] as const,
      weights: { cost: 'high' as const },
      sort: { by: 'name' as const, reversed: true },
    };
    const table = parseCsv(viewCsv(data, { ...view, approaches: [...view.approaches] }));
    expect(table[0]).toEqual([
      'Criterion',
      'Weight',
      'Prompt engineering',
      'Fine-tuning',
      'Sources',
    ]);
    expect(table.map((r) => r[0])).toEqual(['Criterion', 'Latency', 'Cost', 'Weighted total']);
    expect(table[2]?.slice(1, 4)).toEqual([
      'high (×3)',
      "'=prompt-engineering (4/5)",
      "'=fine-tuning (2/5)",
    ]);
    expect(table[2]?.[4]).toBe('One <https://one.example/>');
    expect(table[3]?.slice(2, 4)).toEqual(['20 of 25 (80%)', '12 of 25 (48%)']);
  });

  test('sources are titles with addresses, never ids', () => {
    const csv = viewCsv(data, defaultView(rows));
    expect(csv).toContain('One <https://one.example/>; Two');
    expect(csv).not.toMatch(/\bs1\b|\bs2\b/);
  });
});
