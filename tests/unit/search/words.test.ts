/**
 * content/search.yaml, the words search treats specially: the file parses with its schema and
 * holds the synonyms readers need (issue 21); a mistake in it is named by field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { searchWordsSchema } from '../../../src/schemas/search';

const raw = parse(readFileSync('content/search.yaml', 'utf8')) as unknown;

describe('content/search.yaml', () => {
  test('parses with the schema', () => {
    const result = searchWordsSchema.safeParse(raw);
    expect(result.success, result.error?.message).toBe(true);
  });

  test.each([
    ['vector database', 'vector store', 'index', 'embeddings'],
    ['brand voice', 'tone of voice', 'style'],
    ['evals', 'evaluation'],
    ['migrate', 'move off', 'switch provider'],
    ['self-host', 'own infrastructure', 'open-weight'],
    ['cheapest', 'price', 'cost'],
  ])('“%s” has its synonyms in one group', (...phrases) => {
    const { synonyms } = searchWordsSchema.parse(raw);
    const group = synonyms.find((g) => g.includes(phrases[0] ?? ''));
    expect(group).toEqual(expect.arrayContaining(phrases));
  });
});

describe('mistakes are named by field', () => {
  const base = { synonyms: [['rag', 'retrieval']], stopWords: ['the'], units: ['ms'] };
  const problems = (data: unknown) =>
    (searchWordsSchema.safeParse(data).error?.issues ?? []).map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );

  test.each([
    [
      'a phrase in two groups (hyphens aside)',
      {
        ...base,
        synonyms: [
          ['self-host', 'own'],
          ['selfhost', 'own infrastructure'],
        ],
      },
      /^synonyms\.1\.0: .*already in the group of “self-host”/,
    ],
    ['a group of one', { ...base, synonyms: [['rag']] }, /^synonyms\.0: .*at least two/],
    ['capitals', { ...base, synonyms: [['RAG', 'retrieval']] }, /^synonyms\.0\.0: .*lower-case/],
    ['a stop word twice', { ...base, stopWords: ['the', 'the'] }, /^stopWords\.1: .*twice/],
    ['a unit of two words', { ...base, units: ['per cent'] }, /^units\.0: .*single/],
  ])('%s', (_, data, message) => {
    expect(problems(data)).toEqual([expect.stringMatching(message)]);
  });
});
