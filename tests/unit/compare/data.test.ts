import { describe, expect, test } from 'vitest';
import {
  CSV_COLUMNS,
  comparisonData,
  csvField,
  toCsv,
  type DataInput,
} from '../../../src/lib/compare/data';
import { parseCsv } from '../../support/csv';
import { APPROACH_ENTRIES, SITE } from '../../support/comparison-input';

const verdict = (rating: number, explanation: string) => ({
  verdict: `V${rating}`,
  rating,
  explanation,
  sources: ['s1'],
});
const input: DataInput = {
  site: SITE,
  approaches: [...APPROACH_ENTRIES],
  criteria: [
    {
      id: 'cost',
      data: {
        label: 'Cost',
        question: 'How much, "really"?',
        summary: 'A summary, with a comma.',
        core: true,
        scale: { best: 'Cheapest', worst: 'Dearest' },
        approaches: {
          'prompt-engineering': verdict(5, 'Cheap, at first.'),
          'fine-tuning': verdict(2, 'Line one\nline two'),
          hybrid: { ...verdict(3, 'In between.'), sources: ['s1', 's2'] },
          retrieval: verdict(4, 'Index, not training.'),
        },
        disagreement: { summary: 'They differ.', sources: ['s2'] },
      },
    },
  ],
  sources: [
    { id: 's1', data: { title: 'One', publisher: 'P', url: 'https://one.example/' } },
    { id: 's2', data: { title: 'Two', publisher: 'Q' } },
    { id: 'unused', data: { title: 'Three', publisher: 'R' } },
  ],
};

describe('the downloadable comparison data', () => {
  const data = comparisonData(input);

  test('gives each criterion its page address, scale, verdicts keyed by approach and its disagreement', () => {
    expect(data.criteria[0]).toEqual({
      id: 'cost',
      label: 'Cost',
      question: 'How much, "really"?',
      summary: 'A summary, with a comma.',
      core: true,
      scale: { best: 'Cheapest', worst: 'Dearest' },
      url: 'https://example.org/criteria/cost/',
      verdicts: {
        'prompt-engineering': verdict(5, 'Cheap, at first.'),
        'fine-tuning': verdict(2, 'Line one\nline two'),
        hybrid: { ...verdict(3, 'In between.'), sources: ['s1', 's2'] },
        retrieval: verdict(4, 'Index, not training.'),
      },
      disagreement: { summary: 'They differ.', sources: ['s2'] },
    });
  });

  test('lists only the sources the criteria cite, with null for a missing address', () => {
    expect(data.sources).toEqual([
      { id: 's1', title: 'One', publisher: 'P', url: 'https://one.example/' },
      { id: 's2', title: 'Two', publisher: 'Q', url: null },
    ]);
  });

  test('the CSV has a header and one row per criterion and approach that reads back exactly', () => {
    const csv = toCsv(data);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual([
      [
        'cost',
        'Cost',
        'How much, "really"?',
        'true',
        'prompt-engineering',
        'V5',
        '5',
        'Cheap, at first.',
        's1',
      ],
      [
        'cost',
        'Cost',
        'How much, "really"?',
        'true',
        'fine-tuning',
        'V2',
        '2',
        'Line one\nline two',
        's1',
      ],
      ['cost', 'Cost', 'How much, "really"?', 'true', 'hybrid', 'V3', '3', 'In between.', 's1 s2'],
      [
        'cost',
        'Cost',
        'How much, "really"?',
        'true',
        'retrieval',
        'V4',
        '4',
        'Index, not training.',
        's1',
      ],
    ]);
  });

  test.each([
    ['plain text stays bare', 'Low', 'Low'],
    ['a comma is quoted', 'a, b', '"a, b"'],
    ['quotes are doubled inside quotes', 'say "hi"', '"say ""hi"""'],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['a formula opens as text', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a leading plus is guarded', '+1', '"\'+1"'],
    ['a leading minus is guarded', '-2+3', '"\'-2+3"'],
    ['a leading at-sign is guarded', '@SUM(A1)', '"\'@SUM(A1)"'],
    ['a leading tab is guarded', '\tx', '"\'\tx"'],
    ['a leading carriage return is guarded', '\rx', '"\'\rx"'],
    ['a sign inside a cell is left alone', 'a-b', 'a-b'],
  ])('a CSV field: %s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
