/**
 * Malformed content fails the build with a message naming the file and the field. Each case
 * breaks one thing in a scratch copy of the project and runs a real `astro build` on it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createScratch, type ContentEdit, type Scratch } from '../support/scratch';

let scratch: Scratch | undefined;

beforeAll(() => {
  scratch = createScratch();
});

afterAll(() => scratch?.remove());

/** Builds the scratch project with `edit` applied to a fresh copy of content/; returns the output. */
function buildWith(edit: ContentEdit) {
  if (!scratch) throw new Error('no scratch copy');
  scratch.resetContent(edit);
  return scratch.build({ SITE_URL: '' });
}

describe('bad content fails the build and says where', { timeout: 180_000 }, () => {
  test('a guide page without a title names the file and the missing field', async () => {
    const { failed, output } = await buildWith((file) =>
      file('guide/overview.mdx', (t) => t.replace(/^title: .*\n/m, '')),
    );
    expect(failed).toBe(true);
    expect(output).toContain('content/guide/overview.mdx');
    expect(output).toMatch(/title/);
  });

  test('a criterion citing an unknown source names the file, the field and the id', async () => {
    const { failed, output } = await buildWith((file) =>
      file('criteria/cost.yaml', (t) =>
        t.replace('sources: [dev-guide, swayam]', 'sources: [dev-guide, no-such-source]'),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toContain(
      'content/criteria/cost.yaml › approaches.hybrid.sources: unknown source "no-such-source"',
    );
  });

  test('a rating outside 1 to 5 names the file and the field', async () => {
    const { failed, output } = await buildWith((file) =>
      file('criteria/cost.yaml', (t) => t.replace('rating: 5', 'rating: 9')),
    );
    expect(failed).toBe(true);
    expect(output).toContain('content/criteria/cost.yaml');
    expect(output).toMatch(/approaches\.prompt-engineering\.rating/);
  });

  test('a citation in a guide page body to an unknown source names the file and line', async () => {
    const { failed, output } = await buildWith((file) =>
      file('guide/overview.mdx', (t) =>
        t.replace('**The short answer:**', '**The short answer:** <Cite ids="invented" />'),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(
      /content\/guide\/overview\.mdx › line \d+: <Cite> names unknown source "invented"/,
    );
  });

  test('a citation of a vendor document without the words it rests on names the file and line', async () => {
    const { failed, output } = await buildWith((file) =>
      file('guide/overview.mdx', (t) =>
        t.replace(
          '**The short answer:**',
          '**The short answer:** <Cite ids="openai-deprecations" />',
        ),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(
      /content\/guide\/overview\.mdx › line \d+: <Cite> of "openai-deprecations" \(a vendor document\) needs the words it rests on/,
    );
  });

  test('a citation naming a passage its source does not have names the file, line and passage', async () => {
    const { failed, output } = await buildWith((file) =>
      file('guide/overview.mdx', (t) =>
        t.replace(
          '**The short answer:**',
          '**The short answer:** <Cite ids="anddata#no-such-passage" />',
        ),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(
      /content\/guide\/overview\.mdx › line \d+: <Cite> names quote "no-such-passage" of "anddata"/,
    );
  });

  test('a quote longer than a quotation names the file and the field', async () => {
    const { failed, output } = await buildWith((file) =>
      file('quotes/openai-deprecations.yaml', (t) =>
        t.replace(/quote: >-\n/, `quote: >-\n      ${'very long '.repeat(40)}\n`),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toContain('openai-deprecations');
    expect(output).toMatch(/quotes\.0\.quote/);
  });

  test('a fact without the words of one of its sources names the fact and the source', async () => {
    const { failed, output } = await buildWith((file) =>
      file('facts.yaml', (t) =>
        t.replace(
          'sources: [cohere-finetuning]',
          'sources: [cohere-finetuning, mistral-finetuning]',
        ),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toContain('content/facts.yaml');
    expect(output).toMatch(
      /cohere-tuning-deprecated\.quotes: give the words of "mistral-finetuning"/,
    );
  });

  test('a vendor source without the date it was checked names the file, the entry and the field', async () => {
    const { failed, output } = await buildWith((file) =>
      file('sources.yaml', (t) =>
        t.replace(/(- id: openai-deprecations\n(?: {2}.*\n)*?) {2}checked: [\d-]+\n/, '$1'),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toContain('content/sources.yaml');
    expect(output).toContain('openai-deprecations');
    expect(output).toMatch(/checked/);
    expect(output).toMatch(/give the date the source was last checked/);
  });

  test('a search synonym in two groups names the file and the field', async () => {
    const { failed, output } = await buildWith((file) =>
      file('search.yaml', (t) => t.replace('- [evals, evaluation]', '- [evals, evaluation, rag]')),
    );
    expect(failed).toBe(true);
    expect(output).toContain('content/search.yaml');
    expect(output).toMatch(/synonyms\.7\.2/);
    expect(output).toMatch(/“rag” is already in the group of “rag”/);
  });

  test('a dated fact that names no real fact names the file and line', async () => {
    const { failed, output } = await buildWith((file) =>
      file('guide/overview.mdx', (t) =>
        t.replace('**The short answer:**', '**The short answer:** <Fact id="no-such-fact" />'),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toMatch(
      /content\/guide\/overview\.mdx › line \d+: <Fact> names unknown fact "no-such-fact"/,
    );
  });

  test('a broken internal link names the page and the link', async () => {
    const { failed, output } = await buildWith((file) =>
      file('guide/overview.mdx', (t) => t.replace('[sources](/sources/)', '[sources](/sauces/)')),
    );
    expect(failed).toBe(true);
    expect(output).toContain('/guide/overview/ → /sauces/ (no such page or file)');
    // A build without SITE_URL says which origin its absolute links use.
    expect(output).toContain('SITE_URL is not set');
  });

  test('a missing image names the page and the image', async () => {
    const { failed, output } = await buildWith((file) =>
      file('guide/overview.mdx', (t) =>
        t.replace(
          '## How to use this site',
          '![A diagram](/images/missing.svg)\n\n## How to use this site',
        ),
      ),
    );
    expect(failed).toBe(true);
    expect(output).toContain('/guide/overview/ → /images/missing.svg (no such page or file)');
  });
});
