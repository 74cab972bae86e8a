import { describe, expect, test } from 'vitest';
import {
  citationOrder,
  citedSources,
  linkedTerms,
} from '../../../src/lib/guide/build/mdx-references';

describe('references in MDX source', () => {
  const mdx = [
    '---',
    'title: x',
    '---',
    'Cheap to start <Cite ids="a b" /> and quick.',
    '',
    'A <Term id="lora">LoRA</Term> run <Cite ids="c a" />.',
    "Single quotes work too <Cite ids='d' />.",
  ].join('\n');

  test('citations are found with the line they are on', () => {
    expect(citedSources(mdx)).toEqual([
      { id: 'a', line: 4 },
      { id: 'b', line: 4 },
      { id: 'c', line: 6 },
      { id: 'a', line: 6 },
      { id: 'd', line: 7 },
    ]);
  });

  test('reference numbers follow the order of first citation', () => {
    expect(citationOrder(mdx)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('glossary links are found', () => {
    expect(linkedTerms(mdx)).toEqual([{ id: 'lora', line: 6 }]);
  });

  test('an empty citation is reported as an empty id, not skipped', () => {
    expect(citedSources('<Cite ids="" />')).toEqual([{ id: '', line: 1 }]);
  });
});
