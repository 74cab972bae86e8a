import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  combinations,
  keysOf,
  parseQuery,
  stemOf,
  type SearchWordList,
} from '../../../src/lib/search/query';

/** A small list in the shape of content/search.yaml: tests never depend on the live file. */
const LIST: SearchWordList = {
  synonyms: [
    ['rag', 'retrieval'],
    ['vector database', 'vector store', 'index'],
    ['brand voice', 'tone of voice', 'style'],
    ['self-host', 'own infrastructure'],
  ],
  stopWords: ['how', 'to', 'vs', 'under', 'of', 'the', 'what', 'is'],
  units: ['ms', 'weeks'],
};

/** A concept as readable text: its alternatives, phrases in quotes. */
const show = (query: string) => {
  const parsed = parseQuery(query, LIST);
  return {
    concepts: parsed.concepts.map((c) =>
      c.alternatives.map((a) => (a.phrase ? `"${a.words.join(' ')}"` : a.words.join(' '))),
    ),
    minor: parsed.minor,
  };
};

describe('words as the search index sees them', () => {
  test.each([
    ['Fine-Tune', ['finetune']],
    ['  RAG   vs (fine-tuning)? ', ['rag', 'vs', 'finetuning']],
    ['“quoted” model’s', ['quoted', 'models']],
    ['3.5 ms', ['35', 'ms']],
    ['—', []],
  ])('%j → %j', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });
});

describe('what a query asks for', () => {
  test.each([
    // [query, concepts (alternatives, phrases in quotes), minor words, why]
    ['migrate', [['migrate']], [], 'a word of its own'],
    ['RAG', [['rag', 'retrieval']], [], 'an abbreviation and its long form are one concept'],
    [
      'vector database',
      [['vector database', '"vector store"', 'index']],
      [],
      'a synonym phrase is one concept; other multi-word synonyms must appear as written',
    ],
    [
      'tone of voice',
      [['tone of voice', '"brand voice"', 'style']],
      [],
      'a phrase with a stop word inside stays whole',
    ],
    ['vector store', [['vector store', '"vector database"', 'index']], [], 'any phrase of a group'],
    [
      'RAG vs fine tuning',
      [['rag', 'retrieval'], ['fine'], ['tuning']],
      ['vs'],
      '“vs” carries no meaning',
    ],
    [
      'latency under 200 ms',
      [['latency']],
      ['under', '200', 'ms'],
      'a number and its unit are a figure, not a topic',
    ],
    ['ms latency', [['ms'], ['latency']], [], 'a unit with no number before it is a word'],
    ['self-host', [['selfhost', '"own infrastructure"']], [], 'hyphens join, as in the index'],
    ['what is', [['what'], ['is']], [], 'a query of stop words only is searched for them'],
    ['rag rag retrieval', [['rag', 'retrieval']], [], 'a concept counts once, however it is typed'],
  ])('%j', (query, concepts, minor) => {
    expect(show(query)).toEqual({ concepts, minor });
  });

  test('every word of a query is kept somewhere: in a concept or among the minor words', () => {
    const word = fc.constantFrom(
      ...['rag', 'retrieval', 'vector', 'database', 'store', 'how', 'to', 'vs', '200', 'ms'],
      ...['cost', 'tone', 'of', 'voice', 'style', 'fine-tune'],
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const parsed = parseQuery(words.join(' '), LIST);
        const kept = new Set([
          ...parsed.concepts.flatMap((c) => c.alternatives.flatMap((a) => a.words)),
          ...parsed.minor,
        ]);
        for (const key of keysOf(words.join(' '))) expect(kept).toContain(key);
        // What the reader typed always comes first, and is searched as words.
        for (const c of parsed.concepts) expect(c.alternatives[0]?.phrase).toBe(false);
      }),
    );
  });
});

describe('combinations of synonyms', () => {
  test('one item from each list, the first items first', () => {
    expect(combinations([['a', 'b'], ['c'], ['d', 'e']], 10)).toEqual([
      ['a', 'c', 'd'],
      ['a', 'c', 'e'],
      ['b', 'c', 'd'],
      ['b', 'c', 'e'],
    ]);
  });

  test('never more than the cap, and none when a list is empty', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(9), { maxLength: 4 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 20 }),
        (lists, cap) => {
          const out = combinations(lists, cap);
          expect(out.length).toBeLessThanOrEqual(cap);
          if (lists.some((l) => l.length === 0)) expect(out).toEqual([]);
          for (const combo of out) expect(combo).toHaveLength(lists.length);
        },
      ),
    );
  });
});

describe('a synonym group is found from any form of its words', () => {
  test.each([
    ['migrating', 'migrate'],
    ['migration', 'migrate'],
    ['evaluations', 'evaluation'],
  ])('“%s” asks for the same thing as “%s”', (a, b) => {
    const list = {
      ...LIST,
      synonyms: [...LIST.synonyms, ['migrate', 'move off'], ['evaluation', 'evals']],
    };
    const alternatives = (q: string) =>
      parseQuery(q, list).concepts.map((c) => c.alternatives.slice(1));
    expect(alternatives(a)).toEqual(alternatives(b));
  });

  test('stems cut suffixes, never a short word to nothing', () => {
    expect(stemOf('migrating')).toBe(stemOf('migration'));
    expect(stemOf('uses')).toBe('uses');
    expect(stemOf('rag')).toBe('rag');
  });
});
