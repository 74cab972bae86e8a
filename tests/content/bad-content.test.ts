/**
 * Malformed content fails the build with a message naming the file and the field. Each case
 * breaks one thing in a scratch copy of the project and runs a real `astro build` on it.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const ROOT = process.cwd();
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bad-content-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, item), join(scratch, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Builds the scratch project with `edit` applied to a fresh copy of content/; returns the output. */
async function buildWith(
  edit: (file: (path: string, change: (text: string) => string) => void) => void,
) {
  rmSync(join(scratch, 'content'), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(scratch, 'content'), { recursive: true });
  edit((path, change) => {
    const full = join(scratch, 'content', path);
    const before = readFileSync(full, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the edit to ${path} changed nothing`);
    writeFileSync(full, after);
  });
  try {
    await run(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: scratch,
      env: { ...process.env, SITE_URL: '', FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { failed: false, output: '' };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
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

  test('a vendor source without the date it was checked names the file, the entry and the field', async () => {
    const { failed, output } = await buildWith((file) =>
      file('sources.yaml', (t) =>
        t.replace(/(- id: openai-deprecations\n(?: {2}.*\n)*?) {2}checked: 2026-11-30\n/, '$1'),
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
