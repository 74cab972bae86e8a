/**
 * Nothing a reader enters is lost, and nothing leaves an empty panel: answers clicked before the
 * checklist's script arrives survive it, a shared link never silently replaces saved answers,
 * storage that starts failing is reported at once, and data or a search index that is slow or
 * never comes says so with a retry. Slow networks are emulated through the Chrome DevTools
 * Protocol as well as by holding requests.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { baseUrl, settle, useBrowser } from '../support/browser';
import { raiseTextSize, useWideFont, wideFontReady } from '../support/layout';

const browser = useBrowser();
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('checklist-answers'));

/** Holds a request until `release` is called; `never` holds it for good. */
function hold() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const handler = async (route: Route) => {
    await gate;
    await route.continue();
  };
  return { handler, release: () => release() };
}

/** A slow 3G-like link (400 ms, 400 kbit/s) for the page, through the DevTools Protocol. */
async function slowNetwork(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
}

describe('answers are never lost', () => {
  test('answers clicked before the checklist script has loaded survive it, on a slow network', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // A slow 3G-like link for the whole page, through the DevTools Protocol…
    await slowNetwork(context, page);
    // …and the checklist's data held back until the reader has clicked.
    const data = hold();
    await page.route('**/checklist/model.json', data.handler);
    await page.goto(`${baseUrl()}/checklist/?stage=prototype`, { waitUntil: 'domcontentloaded' });
    await page.locator('input[name="budget"][value="high"]').check();
    await page.locator('input[name="examples"][value="over-10k"]').check();
    data.release();
    await page.locator('decision-checklist[data-ready]').waitFor();
    expect(await page.locator('input[name="budget"][value="high"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="examples"][value="over-10k"]').isChecked()).toBe(true);
    // The link's own answer is kept too, and the early clicks are in the address and saved.
    expect(await page.locator('input[name="stage"][value="prototype"]').isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).search).toContain('budget=high');
    expect(await stored(page)).toContain('over-10k');
    await context.close();
  });

  test("answers clicked in a guide page's checklist before its code has loaded survive it", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const data = hold();
    await page.route('**/checklist/model.json', data.handler);
    await page.goto(`${baseUrl()}/guide/when-to-choose/`);
    const checklist = page.locator('decision-checklist');
    await checklist.scrollIntoViewIfNeeded();
    await checklist.getByRole('radio', { name: 'None yet' }).check();
    data.release();
    await page.locator('decision-checklist[data-ready]').waitFor();
    expect(await checklist.getByRole('radio', { name: 'None yet' }).isChecked()).toBe(true);
    await expect
      .poll(() => checklist.locator('[data-result-region]').getAttribute('data-recommendation'))
      .toBeTruthy();
    await context.close();
  });

  test('answers given over a shared link are saved, the earlier ones kept and offered back', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'checklist-answers',
          JSON.stringify({ v: 1, answers: { budget: 'low', timeline: 'days' } }),
        );
      }
    });
    const earlier = (page: Page) =>
      page.evaluate(() => localStorage.getItem('checklist-answers-earlier'));
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/?budget=high&examples=over-10k`);
    await page.locator('decision-checklist[data-ready]').waitFor();
    const restore = page.locator('decision-checklist [data-restore]');
    // Until the reader answers, the saved answers stay as they were, and the page says so.
    expect(await restore.innerText()).toMatch(/saved answers stay as they are until you change/);
    expect(await stored(page)).toContain('"budget":"low"');
    // Answering for themselves saves the reader's answers, and keeps the earlier ones.
    await page.locator('input[name="stage"][value="production"]').check();
    await expect.poll(() => stored(page)).toContain('"stage":"production"');
    expect(await stored(page)).toContain('"budget":"high"');
    expect(await earlier(page)).toContain('"budget":"low"');
    expect(await restore.innerText()).toMatch(/answers you had saved before are kept too/);
    // Reloading without the link brings back the latest answers, and still offers the earlier.
    await page.goto(`${baseUrl()}/checklist/`);
    await page.locator('decision-checklist[data-ready]').waitFor();
    expect(await page.locator('input[name="stage"][value="production"]').isChecked()).toBe(true);
    expect(await restore.isVisible()).toBe(true);
    // Switching back swaps the two sets: nothing is lost either way.
    await restore.getByRole('button', { name: 'Use my earlier answers' }).click();
    expect(await page.locator('input[name="budget"][value="low"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="timeline"][value="days"]').isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).search).toBe('?budget=low&timeline=days');
    expect(await stored(page)).toContain('"budget":"low"');
    expect(await earlier(page)).toContain('"stage":"production"');
    // Forgetting them is the reader's choice, and says so.
    await restore.getByRole('button', { name: 'Forget them' }).click();
    expect(await earlier(page)).toBeNull();
    expect(await restore.isVisible()).toBe(false);
    await context.close();
  });

  test('when saving starts failing after the page loaded, the reader is told then', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      const proto = Storage.prototype;
      const original = Object.getOwnPropertyDescriptor(proto, 'setItem')!;
      let calls = 0;
      Object.defineProperty(proto, 'setItem', {
        ...original,
        value(this: Storage, key: string, value: string) {
          // The probe at start-up succeeds; the first real save hits a full quota.
          calls += 1;
          if (calls > 1) throw new DOMException('full', 'QuotaExceededError');
          Reflect.apply(original.value as (k: string, v: string) => void, this, [key, value]);
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/`);
    await page.locator('decision-checklist[data-ready]').waitFor();
    const note = page.locator('decision-checklist [data-storage-note]');
    expect(await note.isVisible()).toBe(false);
    await page.locator('input[name="budget"][value="low"]').check();
    await expect.poll(() => note.isVisible()).toBe(true);
    await context.close();
  });
});

describe('data that is slow or never comes', () => {
  test('checklist data that hangs shows Loading at once, then a retry and the table by hand', async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    await tab.route('**/checklist/model.json', hold().handler);
    await tab.goto(`${baseUrl()}/checklist/?budget=low`);
    const loading = tab.locator('decision-checklist [data-loading]');
    await expect.poll(() => loading.innerText()).toMatch(/Loading the checklist/);
    await expect.poll(() => loading.innerText(), { timeout: 10_000 }).toMatch(/taking a while/);
    expect(await loading.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(
      await loading.getByRole('link', { name: 'Score your answers by hand' }).isVisible(),
    ).toBe(true);
    await context.close();
  });

  test("checklist data that fails marks the link's answers in the table for scoring by hand", async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    await tab.route('**/checklist/model.json', (route) => route.abort());
    await tab.goto(`${baseUrl()}/checklist/?budget=low&examples=none`);
    const loading = tab.locator('decision-checklist [data-loading]');
    await expect.poll(() => loading.innerText()).toMatch(/could not load/);
    const marked = tab.locator('#rubric ~ div tr[aria-current="true"]');
    expect(await marked.count()).toBe(2);
    expect(await marked.first().getAttribute('data-option')).toBe('budget=low');
    await context.close();
  });

  test('on a slow network, search says Loading at once and then answers what was typed', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await slowNetwork(context, page);
    await page.locator('[data-search-open]').click();
    const dialog = page.locator('site-search dialog');
    await dialog.locator('input[name="q"]').waitFor();
    await page.keyboard.type('cost');
    const status = dialog.locator('[data-search-status]');
    await expect.poll(() => status.innerText()).toMatch(/Loading search/);
    // Nothing typed while the index crawled in is lost: the results are for the whole query.
    await dialog
      .locator('[role="listbox"][data-query="cost"]:not([aria-busy]) [role="option"]')
      .first()
      .waitFor({ timeout: 45_000 });
    expect(await dialog.locator('input[name="q"]').inputValue()).toBe('cost');
    await context.close();
  });

  test('a search index that hangs says Loading at once, then offers a retry', async () => {
    const context = await browser().newContext();
    const tab = await context.newPage();
    await tab.route('**/pagefind/pagefind.js', hold().handler);
    await tab.goto(`${baseUrl()}/search/?q=cost`);
    const status = tab.locator('search-page [data-search-status]');
    await expect.poll(() => status.innerText()).toMatch(/Loading search/);
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/taking a while/);
    expect(await status.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('everyone can see it', () => {
  test('the sticky progress bar never covers the control that has focus', async () => {
    // A phone, with the reader's default text size raised to 24 px.
    const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
    await useWideFont(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/`);
    await wideFontReady(page);
    await raiseTextSize(page);
    await page.locator('decision-checklist[data-ready]').waitFor();
    const focusable = '.checklist-form :is(input, a[href], button, summary)';
    const position = () =>
      page.evaluate(
        (selector) => [...document.querySelectorAll(selector)].indexOf(document.activeElement!),
        focusable,
      );

    // The form's tab order, as a keyboard reader meets it.
    await page.locator('.checklist-form input').first().focus();
    const order = [await position()];
    for (;;) {
      await page.keyboard.press('Tab');
      const next = await position();
      if (next < 0) break;
      order.push(next);
    }
    expect(order.length).toBeGreaterThan(15);

    // The hard case for each step: the next control already on screen, but behind the bar, so
    // the browser sees no need to scroll unless the control asks for room (scroll-margin).
    const covered: string[] = [];
    for (let k = 1; k < order.length; k++) {
      await page.evaluate(
        ([selector, from, to]) => {
          const controls = [...document.querySelectorAll<HTMLElement>(selector)];
          const bar = document.querySelector('.progress-bar')!.getBoundingClientRect();
          const target = controls[to]!.getBoundingClientRect();
          window.scrollBy({ top: target.top - bar.top - 2, behavior: 'instant' });
          controls[from]!.focus({ preventScroll: true });
        },
        [focusable, order[k - 1]!, order[k]!] as const,
      );
      await page.keyboard.press('Tab');
      await settle(page);
      const hidden = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.progress-bar');
        if (!focused || !bar || bar.contains(focused)) return '';
        const f = focused.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        return f.bottom > b.top && f.top < b.bottom ? focused.outerHTML.slice(0, 80) : '';
      });
      if (hidden) covered.push(hidden);
    }
    expect(covered).toEqual([]);
    await context.close();
  });
});
