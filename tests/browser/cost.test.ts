/**
 * The cost calculator in a real browser: a shared link reproduces its inputs and outputs for
 * every path, editing an input updates the figures and the address, unknown prices read as
 * unknown and the verdict says what it leaves out, a hostile link runs nothing and says which
 * fields it ignored with their ranges, it works by keyboard alone, on a phone the verdict stays in
 * view and nothing scrolls sideways, it prints its offer and inputs, a slow or missing script
 * never leaves a blank column, and without JavaScript the worked examples carry the arithmetic.
 * It asserts behaviour, not figures that content may change.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, open, useBrowser } from '../support/browser';

const browser = useBrowser();

async function calculator(query = '', options = {}) {
  const opened = await open(browser(), `/cost/${query}`, options);
  await opened.page.waitForFunction(() => customElements.get('cost-calculator'));
  return opened;
}

const live = '[data-result="live"]';
const output = (page: Page, name: string) =>
  page.locator(`${live} [data-cost="${name}"]`).getAttribute('data-value');
const outputs = (page: Page) =>
  page
    .locator(`${live} [data-cost]`)
    .evaluateAll((els: HTMLElement[]) =>
      els.map((el) => `${el.dataset['cost']}=${el.dataset['value']}`),
    );
const query = (page: Page) => new URL(page.url()).search;
const assumptions = (page: Page) => page.locator('[data-assumptions] > summary').click();
const ALL = '?paths=prompting,retrieval,fine-tuning,tuned-retrieval';

describe('the cost calculator', () => {
  test('editing an input updates every figure and the address; a shared link reproduces both exactly', async () => {
    const first = await calculator(ALL, { permissions: ['clipboard-read', 'clipboard-write'] });
    let link: string;
    let before: string[];
    try {
      const { page, errors } = first;
      const startMonth = await output(page, 'prompting-month');
      await page.getByLabel('Requests per month').fill('250000');
      await expect.poll(() => output(page, 'prompting-month')).not.toBe(startMonth);
      // The address follows once typing pauses.
      await expect.poll(() => query(page)).toContain('volume=250000');
      await assumptions(page);
      await page.getByLabel('Tuned model input price (USD per million tokens)').fill('0.5');
      await expect.poll(() => query(page)).toContain('tunedInPrice=0.5');
      await page.getByRole('button', { name: 'Copy link' }).click();
      link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(page.url());
      before = await outputs(page);
      expect(errors).toEqual([]);
    } finally {
      await first.close();
    }
    const second = await calculator(new URL(link).search);
    try {
      expect(await second.page.getByLabel('Requests per month').inputValue()).toBe('250000');
      expect(await outputs(second.page)).toEqual(before);
    } finally {
      await second.close();
    }
  });

  test('every output is on the page for its paths from a shared link, GPU counts included', async () => {
    const { page, errors, close } = await calculator(
      `${ALL}&host=gpu&offer=self-hosted-llama-3-1-8b`,
    );
    try {
      const keys = (await outputs(page)).map((pair) => pair.split('=')[0]);
      for (const key of [
        'prompted-request',
        'tuned-request',
        'training-run',
        'prompting-month',
        'tuning-month',
        'prompting-upfront',
        'tuning-upfront',
        'payback-months',
        'breakeven-volume',
        'retrieval-request',
        'retrieval-month',
        'retrieval-upfront',
        'tuned-retrieval-request',
        'tuned-retrieval-month',
        'tuned-retrieval-upfront',
        'tuned-retrieval-payback-months',
        'gpus-prompting',
        'gpus-tuned',
        'cheapest',
      ])
        expect(keys).toContain(key);
      expect(Number(await output(page, 'gpus-prompting'))).toBeGreaterThanOrEqual(1);
      expect(['prompting', 'retrieval', 'fine-tuning', 'tuned-retrieval', 'unknown']).toContain(
        await output(page, 'cheapest'),
      );
      // Four paths: four columns and four lines in the chart.
      expect(await page.locator(`${live} [data-table] thead th[data-path]:visible`).count()).toBe(
        4,
      );
      expect(await page.locator(`${live} polyline[visibility="visible"]`).count()).toBe(4);
      expect(await page.locator(`${live} [data-verdict]`).innerText()).toMatch(
        /is the cheapest|cheapest of the paths priced in full/,
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an unknown price reads "unknown — enter yours" and the verdict says what it leaves out', async () => {
    const { page, close } = await calculator('?offer=google-gemini-3-5-flash-lite');
    try {
      await assumptions(page);
      const train = page.getByLabel('Training price (USD per million training tokens)');
      expect(await train.inputValue()).toBe('');
      expect(await train.getAttribute('placeholder')).toBe('unknown — enter yours');
      expect(await page.locator('#cost-trainPrice-from').innerText()).toBe(
        'Unknown — enter yours.',
      );
      expect(await page.locator(`${live} [data-excluded]`).innerText()).toMatch(/training price/);
      expect(await page.locator(`${live} [data-verdict]`).innerText()).toMatch(
        /leaves out the .*unknown — enter yours/,
      );
      // Entering it counts it.
      await train.fill('5');
      await expect
        .poll(() => page.locator(`${live} [data-excluded]`).innerText())
        .not.toMatch(/training price/);
    } finally {
      await close();
    }
  });

  test('with a tuning price unknown, what it touches reads as a floor and nothing reads as $0, before and after an edit', async () => {
    const { page, close } = await calculator('?offer=google-gemini-3-5-flash-lite');
    try {
      const read = async () => ({
        upfront: await page.locator(`${live} [data-cost="tuning-upfront"]`).innerText(),
        flips: await page.locator(`${live} [data-flips] li`).allInnerTexts(),
        caption: await page.locator(`${live} [data-chart-floors]`).innerText(),
        working: await page.locator(`${live} [data-arithmetic]`).innerText(),
      });
      const check = async () => {
        const now = await read();
        expect(now.flips.length).toBeGreaterThan(0);
        expect(now.upfront).toMatch(/^at least \$/);
        expect(now.caption).toMatch(/fine-tuning leaves out unknown prices/);
        for (const flip of now.flips) expect(flip).toMatch(/unknown|^No |not known yet/);
        expect(now.working).not.toMatch(/× \$0\b(?!\.)/);
        return now.working;
      };
      const before = await check();
      await page.getByLabel('Requests per month').fill('400000');
      // The working is redrawn by the island once its modules load.
      await expect.poll(async () => (await read()).working).not.toBe(before);
      await check();
    } finally {
      await close();
    }
  });

  test('a comparison without fine-tuning shows no training run or break-even; ticking it shows them', async () => {
    const { page, close } = await calculator('?paths=prompting,retrieval');
    try {
      const training = page.locator(`${live} [data-cost="training-run"]`);
      const breakeven = page.locator(`${live} [data-cost="breakeven-volume"]`);
      expect(await training.isVisible()).toBe(false);
      expect(await breakeven.isVisible()).toBe(false);
      await assumptions(page);
      await page.getByRole('checkbox', { name: 'Fine-tuning', exact: true }).check();
      await expect.poll(() => training.isVisible()).toBe(true);
      expect(await breakeven.isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  test('a link with prices but no offer says it uses my own prices and which are missing', async () => {
    const { page, close } = await calculator('?inPrice=1');
    try {
      const note = await page.locator('[data-offer-note]').innerText();
      expect(note).toMatch(/^Using my own prices/);
      expect(note).toMatch(/unknown — enter yours: .*Base model output price/);
      expect(await page.locator('select[name="offer"]').inputValue()).toBe('');
    } finally {
      await close();
    }
  });

  test('a shutdown inside the months compared is named, with what moving adds', async () => {
    const { page, close } = await calculator('?offer=openai-gpt-4-1-mini');
    try {
      const warning = page.locator(`${live} [data-warning]`);
      await expect.poll(() => warning.isVisible()).toBe(true);
      expect(await warning.innerText()).toMatch(/\d{1,2} \w+ 20\d\d/);
      expect(await warning.innerText()).toMatch(/training run and the tuning hours|switch/);
    } finally {
      await close();
    }
  });

  test('a hostile link runs nothing, shows no markup and names the fields it ignored with their range', async () => {
    const hostile =
      '?volume=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&input=-5&offer=%3Cscript%3E&months=9999&volume=2&rate=%E2%80%AE1&paths=%3Cb%3E';
    const { page, errors, close } = await calculator(hostile);
    try {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs += 1;
        void d.dismiss();
      });
      const notice = page.locator('cost-calculator [data-notice]');
      await expect.poll(() => notice.isVisible()).toBe(true);
      const text = await notice.innerText();
      expect(text).toMatch(/Requests per month/);
      expect(text).toMatch(/it may be 0 to 10,000,000,000\), so 50,000 is used/);
      expect(text).toMatch(/outside 1 to 120, so 120 is used/);
      expect(text).not.toMatch(/<|onerror|script|\u202e/i);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(query(page)).not.toMatch(/script|onerror/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a number that is not one, or out of range, is kept in the field, marked, with the range said', async () => {
    const { page, close } = await calculator();
    try {
      const before = await output(page, 'prompting-month');
      const field = page.getByLabel('Requests per month');
      await field.fill('lots');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.inputValue()).toBe('lots');
      expect(await output(page, 'prompting-month')).toBe(before);
      await field.fill('99999999999');
      expect(await page.locator('#cost-volume-error').innerText()).toMatch(
        /enter a number from 0 to 10,000,000,000; [\d,]+ is used meanwhile/,
      );
      await field.fill('1000');
      expect(await field.getAttribute('aria-invalid')).toBeNull();
    } finally {
      await close();
    }
  });

  test('works by keyboard alone: choosing another offer changes the prices and the result', async () => {
    const { page, close } = await calculator();
    try {
      const before = await output(page, 'prompting-month');
      await page.locator('#cost-offer').focus();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => output(page, 'prompting-month')).not.toBe(before);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    } finally {
      await close();
    }
  });

  test('choosing a project opens its paths and figures', async () => {
    const { page, close } = await calculator();
    try {
      await page.locator('#cost-project').selectOption({ index: 1 });
      await expect.poll(() => query(page)).toMatch(/project=/);
      expect(await page.locator('[data-starting]').innerText()).toMatch(/Starting from/);
    } finally {
      await close();
    }
  });

  test.each(['light', 'dark'] as const)(
    'has no axe violations after editing, with every part open, in the %s theme',
    async (scheme) => {
      const { page, close } = await calculator(`${ALL}&volume=120000`, { colorScheme: scheme });
      try {
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        expect(describeViolations(await axe(page))).toBe('');
      } finally {
        await close();
      }
    },
  );

  test('the chart keeps its months label and draws the new totals once the script runs', async () => {
    const { page, close } = await calculator();
    try {
      const before = await page.locator(`${live} [data-line="prompting"]`).getAttribute('points');
      await page.getByLabel('Requests per month').fill('900000');
      await expect
        .poll(() => page.locator(`${live} [data-line="prompting"]`).getAttribute('points'))
        .not.toBe(before);
      const labels = await page.locator(`${live} svg text`).allTextContents();
      expect(labels.map((text) => text.trim())).toContain('months');
    } finally {
      await close();
    }
  });

  test('"Copy as Markdown" says it copied, and says so when it cannot', async () => {
    const ok = await calculator('', { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await ok.page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect
        .poll(() => ok.page.locator('[data-status]').innerText())
        .toMatch(/^Copied as Markdown/);
      expect(await ok.page.evaluate(() => navigator.clipboard.readText())).toMatch(
        /^# What it costs/,
      );
    } finally {
      await ok.close();
    }
    const failing = await calculator();
    try {
      // The export's own module cannot be fetched.
      await failing.page.route(/markdown.*\.js$/, (route) => route.abort());
      await failing.page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect
        .poll(() => failing.page.locator('[data-status]').innerText())
        .toMatch(/^Could not/);
    } finally {
      await failing.close();
    }
  });

  test('a printed calculator names its offer and lists the figures it used', async () => {
    const { page, close } = await calculator('?volume=123456');
    try {
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const printed = page.locator('[data-print-inputs]');
      expect(await printed.isVisible()).toBe(true);
      const text = await printed.innerText();
      expect(text).toMatch(/Offer: \S/);
      expect(text).toContain('Requests per month: 123,456');
      expect(await page.locator('form.cost-form').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  test('at 320 px with the text at 24 px, nothing scrolls sideways once numbers are edited', async () => {
    const { page, close } = await calculator(ALL, { viewport: { width: 320, height: 640 } });
    try {
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '150%'));
      await page.getByLabel('Requests per month').fill('123456789');
      await assumptions(page);
      await page.getByLabel('Engineering rate (USD per hour)').fill('123.456');
      await expect.poll(() => query(page)).toContain('rate=123.456');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    } finally {
      await close();
    }
  });

  test('on a phone the verdict stays in view while the reader edits', async () => {
    const { page, close } = await calculator('', { viewport: { width: 375, height: 700 } });
    try {
      await assumptions(page);
      const field = page.getByLabel('Engineering rate (USD per hour)');
      await field.fill('150');
      await field.scrollIntoViewIfNeeded();
      const summary = await page.locator('[data-summary]').boundingBox();
      const box = await field.boundingBox();
      expect(summary).not.toBeNull();
      expect(summary!.y + summary!.height).toBeLessThanOrEqual(700 + 1);
      expect(summary!.y).toBeGreaterThanOrEqual(0);
      // The focused field is not under the summary.
      expect(box!.y + box!.height).toBeLessThanOrEqual(summary!.y + 1);
      expect(await page.locator('[data-summary]').innerText()).toMatch(/Over \d+ months/);
    } finally {
      await close();
    }
  });

  test('a slow or missing script never leaves a blank input column', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.route(/cost\.astro_astro_type_script.*\.js$/, (route) => route.abort());
      const { baseUrl } = await import('../support/browser');
      await page.goto(`${baseUrl()}/cost/`, { waitUntil: 'load' });
      const volume = page.getByLabel('Requests per month');
      expect(await volume.isVisible()).toBe(true);
      expect(await volume.inputValue()).not.toBe('');
      expect(await page.locator('[data-loading]').isVisible()).toBe(true);
      expect(await page.locator(`${live} [data-verdict]`).innerText()).not.toBe('');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the worked examples give their numbers, verdict and arithmetic', async () => {
    const { page, close } = await open(browser(), '/cost/', { javaScriptEnabled: false });
    try {
      expect(await page.locator('form.cost-form').isVisible()).toBe(false);
      expect(await page.locator(`${live} [data-verdict]`).innerText()).not.toBe('');
      const examples = page.locator('article[id^="example-"]');
      expect(await examples.count()).toBeGreaterThanOrEqual(3);
      for (const example of await examples.all()) {
        // The starting example's working is the live result's, above.
        if ((await example.locator('[data-verdict]').count()) === 0) continue;
        expect(await example.locator('[data-verdict]').innerText()).not.toBe('');
        expect(await example.locator('[data-arithmetic] li').count()).toBeGreaterThanOrEqual(8);
      }
    } finally {
      await close();
    }
  });
});
