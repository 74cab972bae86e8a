// How long search takes from a keystroke to the results on screen, once the index is loaded:
// types queries one key at a time into the search dialog of the built site in Chromium and
// times each key press until the list shows the results for what is in the field.
//
//   npx node scripts/search-benchmark.mjs            # builds nothing: serves the existing dist/
//   BASE_URL=http://localhost:4321 npx node scripts/search-benchmark.mjs
//
// Without BASE_URL it starts `astro preview` on a free port and stops it afterwards. Needs a
// production build (`npm run build`). Not a test: timings depend on the machine.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startPreview } from './preview.mjs';

/** @typedef {Window & { benchmark: { pressed: number, timings: number[] } }} BenchWindow */

const QUERIES = [
  'cost',
  'time to market',
  'LoRA',
  'catastrophic forgetting',
  'how many examples do I need',
  'privacy',
  'is fine tuning expensive',
  'evaluation set',
];

const server = process.env.BASE_URL
  ? { url: process.env.BASE_URL, stop: () => {} }
  : await startPreview({ readyPath: '/pagefind/pagefind.js' });
const { executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/guide/overview/`, { waitUntil: 'networkidle' });

  // In the page: note the time of each key press in the field, and the time the list next
  // shows the results for the field's text.
  await page.evaluate(() => {
    const w = /** @type {BenchWindow} */ (/** @type {unknown} */ (window));
    const dialog = document.querySelector('site-search dialog');
    const field = dialog?.querySelector('input[name="q"]');
    if (!(field instanceof HTMLInputElement)) throw new Error('no search field');
    const list = dialog?.querySelector('[role="listbox"]');
    if (!field || !list) throw new Error('no search dialog on the page');
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
  for (const query of QUERIES) {
    await field.fill('');
    for (const char of query) {
      const before = await page.evaluate(
        () => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).benchmark.timings.length,
      );
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
  const timings = (
    await page.evaluate(
      () => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).benchmark.timings,
    )
  ).slice(1);
  if (process.env.VERBOSE) console.log(timings.map((t) => t.toFixed(0)).join(' '));
  timings.sort((a, b) => a - b);
  const at = (/** @type {number} */ q) =>
    timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? NaN;
  const ms = (/** @type {number} */ n) => `${n.toFixed(1)} ms`;
  console.log(`search benchmark against ${server.url}`);
  console.log(`first open, index loading included: ${firstLoad} ms`);
  console.log(
    `keystroke → results on screen, index loaded (${presses} key presses over ${QUERIES.length} queries):`,
  );
  console.log(
    `  median ${ms(at(0.5))} · 95th percentile ${ms(at(0.95))} · slowest ${ms(timings.at(-1) ?? NaN)}`,
  );
} finally {
  await browser.close();
  server.stop();
}
