/**
 * Search that can be relied on, in a real browser: the same query gives the same results on
 * every load, even with the idle-time prefetch racing the first search; a part of search that
 * fails to load says search is unavailable (never "No pages match") and "Try again" really
 * starts again; the dialog says when its own code is loading or could not load; and the query
 * in the page title cannot reorder it.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, useBrowser } from '../support/browser';
import { searchTitle } from '../../src/lib/search/search';
import { SITE_NAME } from '../../src/lib/site/site';

const browser = useBrowser();
const soon = { timeout: 20_000 };

const status = (page: Page, root: string) => page.locator(`${root} [data-search-status]`);

/** Waits for the list of results for `query`, and returns every link in it, in order. */
async function results(page: Page, query: string, root = 'search-page') {
  await page
    .locator(`${root} [role="listbox"][data-query="${query}"]:not([aria-busy])`)
    .waitFor(soon);
  return page
    .locator(`${root} [role="option"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/**
 * A context where the prefetch starts at once (no waiting for the browser to be idle) and each
 * page's search data arrives after a random delay, so that the prefetch and the first search
 * ask for the same pages' data at the same time, in a different order on every load.
 */
async function racingContext(): Promise<BrowserContext> {
  const context = await browser().newContext();
  await context.addInitScript(() => {
    window.requestIdleCallback = (run: IdleRequestCallback) =>
      window.setTimeout(() => run({ didTimeout: false, timeRemaining: () => 50 }), 0);
  });
  await context.route('**/pagefind/fragment/**', async (route) => {
    await new Promise((done) => setTimeout(done, Math.random() * 150));
    await route.continue();
  });
  return context;
}

describe('the same query gives the same results on every load', () => {
  test.each(['gemini', 'evals'])(
    '/search/?q=%s, five loads with the prefetch racing the first search',
    async (query) => {
      const lists: (string | null)[][] = [];
      const sentences: string[] = [];
      for (let load = 0; load < 5; load++) {
        const context = await racingContext();
        const page = await context.newPage();
        await page.goto(`${baseUrl()}/search/?q=${query}`);
        lists.push(await results(page, query));
        sentences.push(await status(page, 'search-page').innerText());
        await context.close();
      }
      expect(lists[0]?.length).toBeGreaterThan(3);
      for (const list of lists) expect(list).toEqual(lists[0]);
      for (const sentence of sentences) expect(sentence).toBe(sentences[0]);
    },
  );
});

describe('a part of search that fails to load', () => {
  test('a failed index file says search is unavailable, never that no pages match; Try again recovers', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route('**/pagefind/index/**', (route) => route.abort());
    await page.goto(`${baseUrl()}/search/?q=cost`);
    await expect
      .poll(() => status(page, 'search-page').innerText(), soon)
      .toMatch(/^Search is unavailable/);
    expect(await status(page, 'search-page').innerText()).not.toMatch(/No pages? match/);
    expect(await page.locator('search-page [role="option"]').count()).toBe(0);

    await page.unroute('**/pagefind/index/**');
    await status(page, 'search-page').getByRole('button', { name: 'Try again' }).click();
    expect((await results(page, 'cost'))[0]).toMatch(/^\/criteria\/cost\//);
    await context.close();
  });

  test.each([
    ['its entry file', '**/pagefind/pagefind.js*'],
    ['its WebAssembly', '**/pagefind/wasm.*'],
  ])('after %s fails, Try again starts afresh and finds results', async (_, pattern) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await context.route(pattern, (route) => route.abort());
    await page.goto(`${baseUrl()}/search/?q=cost`);
    await expect
      .poll(() => status(page, 'search-page').innerText(), soon)
      .toMatch(/^Search is unavailable/);

    await context.unroute(pattern);
    await status(page, 'search-page').getByRole('button', { name: 'Try again' }).click();
    expect((await results(page, 'cost'))[0]).toMatch(/^\/criteria\/cost\//);
    await context.close();
  });
});

test('in the dialog, a failed load is said before anything is typed, and Try again recovers', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  await context.route('**/pagefind/pagefind.js*', (route) => route.abort());
  await page.goto(`${baseUrl()}/guide/overview/`);
  await page.keyboard.press('/');
  const dialogStatus = status(page, 'site-search dialog');
  await expect.poll(() => dialogStatus.innerText(), soon).toMatch(/^Search is unavailable/);

  await context.unroute('**/pagefind/pagefind.js*');
  await dialogStatus.getByRole('button', { name: 'Try again' }).click();
  await page.locator('site-search input[name="q"]').fill('cost');
  expect((await results(page, 'cost', 'site-search dialog'))[0]).toMatch(/^\/criteria\/cost\//);
  await context.close();
});

describe('the search dialog’s own code', () => {
  const dialogCode = '**/_astro/dialog.*.js';

  test('while it loads, the dialog says so', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(dialogCode, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/guide/overview/`);
    await page.keyboard.press('/');
    await expect
      .poll(() => status(page, 'site-search dialog').innerText(), soon)
      .toBe('Loading search…');
    await page.keyboard.type('cost');
    release();
    expect((await results(page, 'cost', 'site-search dialog'))[0]).toMatch(/^\/criteria\/cost\//);
    await context.close();
  });

  test('when it cannot load, the dialog says so and asks for a reload, which brings it back', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route(dialogCode, (route) => route.abort());
    await page.goto(`${baseUrl()}/guide/overview/`);
    await page.keyboard.press('/');
    const sentence = /^Search could not load\. Reload the page to try again\.$/;
    await expect.poll(() => status(page, 'site-search dialog').innerText(), soon).toMatch(sentence);
    // Opened again, it says the same, never an empty dialog.
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await expect.poll(() => status(page, 'site-search dialog').innerText(), soon).toMatch(sentence);

    await page.unroute(dialogCode);
    await page.reload();
    await page.keyboard.press('/');
    await page.keyboard.type('cost');
    expect((await results(page, 'cost', 'site-search dialog'))[0]).toMatch(/^\/criteria\/cost\//);
    await context.close();
  });
});

test('the query in the page title is isolated: right-to-left text and overrides cannot reorder it', async () => {
  const query = 'تكلفة \u202eevil\u2069 cost';
  const context = await browser().newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.title(), soon).toBe(searchTitle(query, SITE_NAME));
  const title = await page.title();
  expect(title).toMatch(/^“\u2068[^\u2066-\u2069\u202a-\u202e]*\u2069”: Search · /);
  await context.close();
});
