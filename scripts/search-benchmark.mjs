// Search benchmark, in Chromium against the built site, as readers use it:
//
// 1. Ranks: each reader query in tests/search-queries.yaml is typed into /search/, and the rank
//    of the page that answers it is read from the list on screen (the site tests require the
//    first three; this shows where each one really lands, and what came above it).
// 2. Speed: queries are typed one key at a time into the search dialog, and each key press is
//    timed until the list shows the results for what is in the field, once the index is loaded.
//
//   npm run bench:search                               serves the existing dist/
//   BASE_URL=http://localhost:4321 npm run bench:search
//
// Without BASE_URL it starts `astro preview` on a free port and stops it afterwards. Needs a
// production build (`npm run build`). Writes bench/search.md. Not a test: it never fails on a
// rank or a timing, and timings depend on the machine.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startPreview } from './preview.mjs';

/** @typedef {Window & { benchmark: { pressed: number, timings: number[] } }} BenchWindow */
/** @typedef {{ query: string, expect: string, why: string }} ReaderQuery */
/** @typedef {import('playwright-core').Page} Page */

/** @type {unknown} */
const readerQueries = parse(readFileSync('tests/search-queries.yaml', 'utf8'));
const READER_QUERIES = /** @type {ReaderQuery[]} */ (readerQueries);

/** Queries typed key by key for the timings. */
const TYPED = [
  'cost',
  'time to market',
  'LoRA',
  'catastrophic forgetting',
  'how many examples do I need',
  'privacy',
  'is fine tuning expensive',
  'latency under 200 ms',
];

/**
 * Types a query into the search page and returns the pages listed, best first, without the
 * highlight parameter (headings under a page are left out: they are not ranked).
 * @param {Page} page
 * @param {string} query
 * @returns {Promise<string[]>}
 */
async function listed(page, query) {
  await page.locator('search-page input[name="q"]').fill(query);
  await page
    .locator('search-page [role="listbox"]:not([aria-busy])')
    .and(page.locator(`[data-query="${query.replace(/"/g, '\\"')}"]`))
    .waitFor({ timeout: 30_000 });
  return page.locator('search-page .search-option:not(.search-sub)').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL(a.getAttribute('href') ?? '', location.origin);
      url.searchParams.delete('highlight');
      return url.pathname + url.search + url.hash;
    }),
  );
}

/**
 * @param {Page} page
 * @param {string} origin
 */
async function ranks(page, origin) {
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  const rows = [];
  for (const { query, expect } of READER_QUERIES) {
    const urls = await listed(page, query);
    const at = urls.indexOf(expect);
    rows.push({ query, expect, rank: at === -1 ? null : at + 1, top: urls.slice(0, 3) });
  }
  return rows;
}

/**
 * @param {Page} page
 * @param {string} origin
 */
async function timings(page, origin) {
  await page.goto(`${origin}/guide/overview/`, { waitUntil: 'networkidle' });
  // In the page: note the time of each key press in the field, and the time the list next
  // shows the results for the field's text.
  await page.evaluate(() => {
    const w = /** @type {BenchWindow} */ (/** @type {unknown} */ (window));
    const dialog = document.querySelector('site-search dialog');
    const field = dialog?.querySelector('input[name="q"]');
    const list = dialog?.querySelector('[role="listbox"]');
    if (!(field instanceof HTMLInputElement) || !list) throw new Error('no search dialog');
    w.benchmark = { pressed: 0, timings: [] };
    field.addEventListener('keydown', () => (w.benchmark.pressed = performance.now()), {
      capture: true,
    });
    new MutationObserver(() => {
      const done =
        list.getAttribute('data-query') === field.value.trim() && !list.hasAttribute('aria-busy');
      if (done && w.benchmark.pressed) {
        w.benchmark.timings.push(performance.now() - w.benchmark.pressed);
        w.benchmark.pressed = 0;
      }
    }).observe(list, {
      attributes: true,
      attributeFilter: ['data-query', 'aria-busy'],
      childList: true,
    });
  });
  const count = () =>
    page.evaluate(
      () => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).benchmark.timings.length,
    );

  const started = Date.now();
  await page.keyboard.press('/');
  await page.keyboard.type('a');
  await page.waitForFunction(
    () =>
      /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).benchmark.timings.length === 1,
    null,
    { timeout: 30_000 },
  );
  const firstLoad = Date.now() - started;
  await page.waitForLoadState('networkidle'); // the index has finished loading

  const field = page.locator('site-search input[name="q"]');
  let presses = 0;
  for (const query of TYPED) {
    await field.fill('');
    for (const char of query) {
      const before = await count();
      await page.keyboard.type(char);
      await page.waitForFunction(
        (n) =>
          /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).benchmark.timings.length > n,
        before,
        { timeout: 10_000 },
      );
      presses++;
    }
  }
  /** @type {number[]} */
  const all = (
    await page.evaluate(
      () => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).benchmark.timings,
    )
  ).slice(1);
  all.sort((a, b) => a - b);
  const at = (/** @type {number} */ q) =>
    all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? NaN;
  return { firstLoad, presses, median: at(0.5), p95: at(0.95), slowest: all.at(-1) ?? NaN };
}

const server = process.env.BASE_URL
  ? { url: process.env.BASE_URL, stop: () => {} }
  : await startPreview({ readyPath: '/pagefind/pagefind.js' });
const { executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const rows = await ranks(await browser.newPage(), server.url);
  const speed = await timings(await browser.newPage(), server.url);

  const ms = (/** @type {number} */ n) => `${n.toFixed(1)} ms`;
  const inTop3 = rows.filter((r) => r.rank !== null && r.rank <= 3).length;
  const lines = [
    '# Search benchmark',
    '',
    'The built site in Chromium, searched as readers search it.',
    '',
    `## Reader queries: the answer's rank (${inTop3} of ${rows.length} in the first three)`,
    '',
    'Queries and answers: `tests/search-queries.yaml`. “–” means not among the results listed.',
    '',
    '| rank | query | answer | first three |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.rank ?? '–'}${r.rank !== null && r.rank <= 3 ? '' : ' ⚠'} | ${r.query} | \`${r.expect}\` | ${r.top.map((u) => `\`${u}\``).join(' ')} |`,
    ),
    '',
    '## Keystroke to results, index loaded',
    '',
    `First open, index loading included: ${speed.firstLoad} ms.`,
    `${speed.presses} key presses over ${TYPED.length} queries: median ${ms(speed.median)}, 95th percentile ${ms(speed.p95)}, slowest ${ms(speed.slowest)}.`,
    '',
  ];
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/search.md', lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  server.stop();
}
