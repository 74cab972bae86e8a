/**
 * A quote from one of the five articles is their exact words: each appears in the article's
 * text (whitespace and the shape of quotation marks aside), and stays under ten words, so that
 * quoting never becomes copying (the source-overlap check flags ten or more). The articles live
 * outside the project (../shared/sources), so this runs where they are, as in CI.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

const ARTICLES = resolve('../shared/sources');
const available = existsSync(ARTICLES);

interface SourceEntry {
  id: string;
  kind: string;
  file?: string;
}
const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as SourceEntry[];
const articles = sources.filter((s) => s.kind === 'article');

/** Lower case, one space between words, straight quotation marks and apostrophes. */
const normalise = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

const quotesOf = (id: string): { id: string; quote: string }[] => {
  const path = join('content/quotes', `${id}.yaml`);
  return existsSync(path)
    ? (parse(readFileSync(path, 'utf8')) as { quotes: { id: string; quote: string }[] }).quotes
    : [];
};

const cases = articles.flatMap((a) => quotesOf(a.id).map((q) => ({ article: a, ...q })));

describe.skipIf(!available)('quotes of the five articles are their exact words', () => {
  test('at least one article is quoted, so this check checks something', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(readdirSync(ARTICLES).length).toBeGreaterThan(0);
  });

  test.each(cases.map((c) => [`${c.article.id}#${c.id}`, c] as const))(
    '%s stands word for word in the article',
    (_, { article, quote }) => {
      expect(article.file, `${article.id} names its file`).toBeDefined();
      const text = readFileSync(join(ARTICLES, article.file ?? ''), 'utf8');
      expect(normalise(text)).toContain(normalise(quote));
    },
  );

  test.each(cases.map((c) => [`${c.article.id}#${c.id}`, c] as const))(
    '%s is under ten words, a quotation and not a copy',
    (_, { quote }) => {
      expect(quote.split(/\s+/).length).toBeLessThan(10);
    },
  );
});
