/**
 * The site still reads right, and its tests still pass, once the dates in content have passed.
 * A scratch copy is built with SITE_TODAY set to 15 January 2027, the day after OpenAI's tuned
 * models shut down, then checked here and by the site suite and the unit tests that read the
 * build's day. (The other unit tests cannot depend on the day: the linter keeps the clock out of
 * them and out of src/. The browser suite is too slow to repeat here; README, "Tests", says how
 * to run everything on another day.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_FILES, createScratch, type RunResult, type Scratch } from '../support/scratch';

const DAY = '2027-01-15';
/** Unit tests that import SITE_TODAY (the others are kept off the clock by the linter). */
const DAY_READERS = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => join('tests/unit', file))
  .filter((file) => readFileSync(file, 'utf8').includes('SITE_TODAY'));
const env = { SITE_TODAY: DAY };

let scratch: Scratch | undefined;
let build: RunResult = { failed: true, output: 'not built' };

const dist = (file: string) => readFileSync(join(scratch?.dir ?? '', 'dist', file), 'utf8');

beforeAll(async () => {
  scratch = createScratch([
    ...BUILD_FILES,
    'tests',
    'scripts',
    'vitest.config.ts',
    'eslint.config.js',
    'budgets.json',
    '.htmlvalidaterc.json',
  ]);
  scratch.resetContent();
  build = await scratch.build(env);
}, 300_000);

afterAll(() => scratch?.remove());

interface PublishedDate {
  date: string;
}
interface PublishedOffer {
  id: string;
  status: string;
  dates: { closedToNew?: PublishedDate; lastNewJobs?: PublishedDate; shutdown?: PublishedDate };
}

/** Statuses in the order /offers/ lists them: open ones first, retired ones last. */
const ORDER = ['available', 'closing', 'existing-customers', 'no-new-jobs', 'retired'];

describe(`the site built for ${DAY}`, { timeout: 300_000 }, () => {
  test('builds, and says which day it reads as', () => {
    expect(build.failed, build.output).toBe(false);
    expect(build.output).toContain(`SITE_TODAY is set: the site reads as it will on ${DAY}`);
  });

  test('an offer reads as its dates say on that day, and closed offers come after open ones', () => {
    const { offers } = JSON.parse(dist('offers.json')) as { offers: PublishedOffer[] };
    const files = readdirSync(join(scratch?.dir ?? '', 'content/offers'));
    expect(offers.map((o) => `${o.id}.yaml`).sort()).toEqual(files.sort());
    const rows = parseHtml(dist('offers/index.html')).querySelectorAll('tr[data-offer]');
    expect(rows.map((row) => row.getAttribute('data-offer'))).toEqual(offers.map((o) => o.id));
    const passed = (d: PublishedDate | undefined) => d !== undefined && d.date <= DAY;
    for (const [i, offer] of offers.entries()) {
      const { closedToNew, lastNewJobs, shutdown } = offer.dates;
      const expected = passed(shutdown)
        ? 'retired'
        : passed(lastNewJobs)
          ? 'no-new-jobs'
          : passed(closedToNew)
            ? 'existing-customers'
            : closedToNew || lastNewJobs || shutdown
              ? 'closing'
              : 'available';
      expect(offer.status, offer.id).toBe(expected);
      expect(rows[i]?.getAttribute('data-status'), offer.id).toBe(offer.status);
    }
    const ranks = offers.map((o) => ORDER.indexOf(o.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test('the cost page works its examples out as of that day', () => {
    expect(parseHtml(dist('cost/index.html')).text.replace(/\s+/g, ' ')).toContain(
      'as of 15 January 2027',
    );
  });

  test('every site test, and every unit test that reads the build’s day, passes on it', async () => {
    const suites = await scratch!.node(
      'node_modules/vitest/vitest.mjs',
      ['run', '--project', 'site', '--project', 'unit', 'tests/site/', ...DAY_READERS],
      env,
    );
    expect(suites.failed, suites.output.slice(-4000)).toBe(false);
  });
});
