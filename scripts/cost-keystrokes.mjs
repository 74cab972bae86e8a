// How long the cost calculator takes to recompute per keystroke, with the CPU slowed four
// times (Chromium's DevTools throttling), on /cost/ with every path compared. The island marks
// each recompute with the User Timing API: `cost-update` (the model, the verdict, the table) and
// `cost-details` (the arithmetic, what would change the verdict and the chart, drawn once their
// module has loaded). Part of `npm run bench`; a measurement, never a pass or fail.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.mjs';

/** Types four digits and deletes them, again and again, so every figure stays within range. */
const KEYS = Array.from({ length: 6 }, () => [
  '1',
  '2',
  '3',
  '4',
  'Backspace',
  'Backspace',
  'Backspace',
  'Backspace',
]).flat();

/**
 * Types into "Requests per month" and returns the time each recompute took, in milliseconds.
 * @param {string} origin  where the site is served
 * @param {string} executablePath  the Chromium to use
 * @returns {Promise<{ keystrokes: number, update: number[], details: number[], total: number[] }>}
 */
export async function measureCostKeystrokes(origin, executablePath) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/cost/?paths=prompting,retrieval,fine-tuning,tuned-retrieval`, {
      waitUntil: 'networkidle',
    });
    await page.waitForFunction(() => customElements.get('cost-calculator'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const field = page.getByLabel('Requests per month');
    await field.fill('5');
    await field.press('End');
    // One warm-up keystroke loads the deferred modules, as a reader's first one does.
    await field.press('0');
    await page.waitForTimeout(500);
    await page.evaluate(() => performance.clearMeasures());
    for (const key of KEYS) {
      await field.press(key);
      // Let the deferred part run before the next key, as between a reader's keystrokes.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    }
    const measures = await page.evaluate(() =>
      ['cost-update', 'cost-details'].map((name) =>
        performance.getEntriesByName(name, 'measure').map((m) => m.duration),
      ),
    );
    const [update = [], details = []] = measures;
    return {
      keystrokes: KEYS.length,
      update,
      details,
      total: update.map((ms, i) => ms + (details[i] ?? 0)),
    };
  } finally {
    await browser.close();
  }
}
