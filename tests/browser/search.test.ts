/**
 * Search in a real browser: the dialog opened by button and shortcuts, used by keyboard alone,
 * the /search/ page and its URL, accessibility with the dialog open, lazy loading, safe
 * rendering of what the reader typed, and a missing index.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, baseUrl, describeViolations, open, useBrowser } from '../support/browser';

const browser = useBrowser();

const dialog = (page: Page) => page.locator('site-search dialog');
const field = (page: Page) => dialog(page).locator('input[name="q"]');
const options = (page: Page, root = 'site-search dialog') =>
  page.locator(`${root} [role="option"]`);
const focusedIsField = (page: Page) => field(page).evaluate((el) => el === document.activeElement);
const activeOption = (page: Page) => field(page).getAttribute('aria-activedescendant');
/** The index loads on first use; give it time on a busy machine. */
const soon = { timeout: 20_000 };

/** Waits until the list shows the results for `query`. */
async function resultsFor(page: Page, query: string, root = 'site-search dialog') {
  await page
    .locator(`${root} [role="listbox"][data-query="${query}"]:not([aria-busy])`)
    .waitFor(soon);
  await options(page, root).first().waitFor(soon);
}

/** Opens the dialog with `/` and types a query, waiting for its results. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await resultsFor(page, query);
}

describe('the search dialog', () => {
  test.each([
    ['the header button', (page: Page) => page.locator('[data-search-open]').click()],
    ['/', (page: Page) => page.keyboard.press('/')],
    ['Ctrl+K', (page: Page) => page.keyboard.press('Control+k')],
    ['⌘K', (page: Page) => page.keyboard.press('Meta+k')],
  ])('opens with %s, with focus in the search field', async (_, openIt) => {
    const { page, errors, close } = await open(browser(), '/guide/overview/');
    await openIt(page);
    await expect
      .poll(
        () => dialog(page).evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal')),
        soon,
      )
      .toBe(true);
    await expect.poll(() => focusedIsField(page), soon).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test('/ typed into a field stays a slash', async () => {
    const { page, close } = await open(browser(), '/guide/overview/');
    await page.keyboard.press('/');
    await expect.poll(() => focusedIsField(page), soon).toBe(true);
    await page.keyboard.type('a/b');
    expect(await field(page).inputValue()).toBe('a/b');
    await close();
  });

  test('lists highlighted results as you type; arrow keys move through them and Enter opens one, highlighted', async () => {
    const { page, errors, close } = await open(browser(), '/guide/overview/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('cost');
    await resultsFor(page, 'cost');
    expect(await options(page).first().locator('mark').count()).toBeGreaterThan(0);
    expect(await field(page).getAttribute('aria-expanded')).toBe('true');

    const ids = await options(page).evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page)).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page)).toBe(ids[1]);
    expect(await page.locator(`#${ids[1]}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await activeOption(page)).toBe(ids[0]);
    await page.keyboard.press('ArrowUp'); // wraps to the last
    expect(await activeOption(page)).toBe(ids.at(-1));
    await page.keyboard.press('ArrowDown'); // and back to the first
    expect(await focusedIsField(page)).toBe(true);

    const href = await page.locator(`#${ids[0]}`).getAttribute('href');
    expect(href).toMatch(/^\/criteria\/cost\/\?highlight=cost$/);
    expect(errors).toEqual([]);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await page.locator('main mark.pagefind-highlight').first().waitFor();
    expect(await page.locator('main mark.pagefind-highlight').first().innerText()).toMatch(/cost/i);
    await close();
  });

  test('a glossary term opens the glossary at its entry, highlighted', async () => {
    const { page, close } = await open(browser(), '/');
    await searchFor(page, 'LoRA');
    await page.keyboard.press('ArrowDown');
    await Promise.all([
      page.waitForURL('**/glossary/?highlight=lora#lora'),
      page.keyboard.press('Enter'),
    ]);
    await page
      .locator('#lora')
      .locator('xpath=..')
      .locator('mark.pagefind-highlight')
      .first()
      .waitFor();
    await close();
  });

  test('Escape closes it and gives focus back to where it was', async () => {
    const { page, close } = await open(browser(), '/guide/overview/');
    const trigger = page.locator('[data-search-open]');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedIsField(page), soon).toBe(true);
    await page.keyboard.type('lora');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open), soon)
      .toBe(false);
    expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);

    // Opened by shortcut from a link in the text: focus goes back to that link.
    const link = page.locator('main .prose a').first();
    await link.focus();
    await page.keyboard.press('/');
    await expect.poll(() => focusedIsField(page), soon).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => link.evaluate((el) => el === document.activeElement), soon).toBe(true);
    await close();
  });

  test('Enter with no result chosen, or “See all results”, leads to the search page', async () => {
    const { page, close } = await open(browser(), '/');
    await searchFor(page, 'time to market');
    expect(await dialog(page).locator('[data-search-more]').getAttribute('href')).toBe(
      '/search/?q=time+to+market',
    );
    await Promise.all([
      page.waitForURL('**/search/?q=time+to+market'),
      page.keyboard.press('Enter'),
    ]);
    await resultsFor(page, 'time to market', 'search-page');
    await close();
  });

  test('a search that finds nothing says so and offers where to go next', async () => {
    const { page, close } = await open(browser(), '/');
    await page.keyboard.press('/');
    await page.keyboard.type('asdf');
    const status = dialog(page).locator('[data-search-status]');
    await expect.poll(() => status.innerText(), soon).toMatch(/^No pages match “asdf”/);
    expect(await options(page).count()).toBe(0);
    const next = await status
      .locator('a')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(next).toContainEqual(['the glossary', '/glossary/']);
    expect(next).toContainEqual(['the cost calculator', '/cost/']);
    await close();
  });

  test('the glossary alias “evals” leads to its entry first', async () => {
    const { page, close } = await open(browser(), '/');
    await searchFor(page, 'evals');
    expect(await options(page).first().getAttribute('href')).toBe(
      '/glossary/?highlight=evals#evaluation-set',
    );
    await close();
  });

  test('filters by kind of page', async () => {
    const { page, close } = await open(browser(), '/');
    await searchFor(page, 'cost');
    await dialog(page).locator('select[name="type"]').selectOption('glossary');
    await expect
      .poll(
        () =>
          options(page).evaluateAll((els) =>
            els.every((el) => el.getAttribute('href')?.startsWith('/glossary/')),
          ),
        soon,
      )
      .toBe(true);
    expect(await options(page).count()).toBeGreaterThan(0);
    await close();
  });

  test.each(['light', 'dark'] as const)(
    'has no axe violations when open with results, in the %s theme',
    async (colorScheme) => {
      const { page, close } = await open(browser(), '/guide/overview/', { colorScheme });
      await searchFor(page, 'cost');
      await page.keyboard.press('ArrowDown');
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await close();
    },
  );
});

describe('loading', () => {
  test('a page loads no search code and no index until search is opened', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (req) => requests.push(new URL(req.url()).pathname));
    await page.goto(`${baseUrl()}/guide/overview/`, { waitUntil: 'networkidle' });
    const searchCode = (path: string) =>
      path.startsWith('/pagefind/') ||
      /\/_astro\/(dialog|panel|engine|find|highlight)\./.test(path);
    expect(requests.filter(searchCode)).toEqual([]);
    await searchFor(page, 'cost');
    expect(requests).toContain('/pagefind/pagefind.js');
    await context.close();
  });

  test('with the index missing, search says so', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }),
    );
    await page.goto(`${baseUrl()}/guide/overview/`);
    await page.keyboard.press('/');
    await page.keyboard.type('cost');
    await expect
      .poll(() => dialog(page).locator('[data-search-status]').innerText(), soon)
      .toMatch(/index could not be loaded/);
    expect(await options(page).count()).toBe(0);
    await context.close();
  });
});

describe('what the reader typed is shown as text, never run as markup', () => {
  const attack = '<img src=x onerror="window.pwned=1">cost';

  test('in the dialog', async () => {
    const { page, close } = await open(browser(), '/');
    await page.keyboard.press('/');
    await field(page).fill(attack);
    await expect
      .poll(() => dialog(page).locator('[data-search-status]').innerText(), soon)
      .toContain(attack);
    expect(await dialog(page).locator('img').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    await close();
  });

  test('on the search page, from the URL', async () => {
    const { page, close } = await open(browser(), `/search/?q=${encodeURIComponent(attack)}`);
    await expect
      .poll(() => page.locator('search-page [data-search-status]').innerText(), soon)
      .toContain(attack);
    expect(await page.locator('search-page img').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    await close();
  });
});

describe('the search page', () => {
  test('/search/?q=cost shows results, and they survive a reload and the back button', async () => {
    const { page, errors, close } = await open(browser(), '/search/?q=cost');
    const pageField = page.locator('search-page input[name="q"]');
    await resultsFor(page, 'cost', 'search-page');
    expect(await pageField.inputValue()).toBe('cost');
    expect(await options(page, 'search-page').first().getAttribute('href')).toMatch(
      /^\/criteria\/cost\//,
    );
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);

    await page.reload();
    await resultsFor(page, 'cost', 'search-page');
    expect(await pageField.inputValue()).toBe('cost');

    // Typing rewrites the address, so what is on screen can be shared.
    await pageField.fill('lora');
    await resultsFor(page, 'lora', 'search-page');
    await expect.poll(() => new URL(page.url()).search, soon).toBe('?q=lora');
    expect(await page.title()).toMatch(/^“\u2068lora\u2069”: Search/);

    await Promise.all([
      page.waitForURL('**/glossary/**'),
      options(page, 'search-page').first().click(),
    ]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search, soon).toBe('?q=lora');
    await resultsFor(page, 'lora', 'search-page');
    expect(await pageField.inputValue()).toBe('lora');
    await close();
  });

  test('a filter in the URL applies, and one that is not valid is ignored with a notice', async () => {
    const { page, close } = await open(
      browser(),
      '/search/?q=cost&type=glossary&approach=nonsense',
    );
    await resultsFor(page, 'cost', 'search-page');
    expect(await page.locator('search-page select[name="type"]').inputValue()).toBe('glossary');
    const hrefs = await options(page, 'search-page').evaluateAll((els) =>
      els.map((el) => el.getAttribute('href')),
    );
    expect(hrefs.every((href) => href?.startsWith('/glossary/'))).toBe(true);
    await expect
      .poll(() => page.locator('search-page [data-search-notice]').innerText(), soon)
      .toMatch(/^The approach in the link was not recognised/);
    expect(await page.locator('search-page [data-search-notice]').innerText()).not.toContain(
      'nonsense',
    );
    await expect.poll(() => new URL(page.url()).search, soon).toBe('?q=cost&type=glossary');
    await close();
  });

  test('when no page has every word, it lists the pages with most of them and says so', async () => {
    const { page, close } = await open(browser(), '/search/?q=latency+under+200+ms+on+a+kiosk');
    await resultsFor(page, 'latency under 200 ms on a kiosk', 'search-page');
    expect(await page.locator('search-page [data-search-status]').innerText()).toMatch(
      /^No page has every word of “latency under 200 ms on a kiosk”; these have most/,
    );
    expect(await options(page, 'search-page').first().getAttribute('href')).toMatch(
      /^\/criteria\/latency\//,
    );
    await close();
  });

  test('submitting adds a history entry; back returns to the earlier search', async () => {
    const { page, close } = await open(browser(), '/search/?q=cost');
    await resultsFor(page, 'cost', 'search-page');
    const pageField = page.locator('search-page input[name="q"]');
    await pageField.fill('privacy');
    await pageField.press('Enter');
    await resultsFor(page, 'privacy', 'search-page');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search, soon).toBe('?q=cost');
    await resultsFor(page, 'cost', 'search-page');
    expect(await pageField.inputValue()).toBe('cost');
    await close();
  });

  test.each(['light', 'dark'] as const)(
    'has no axe violations with results listed, in the %s theme',
    async (colorScheme) => {
      const { page, close } = await open(browser(), '/search/?q=cost&type=criterion', {
        colorScheme,
      });
      await resultsFor(page, 'cost', 'search-page');
      await page.locator('search-page input[name="q"]').press('ArrowDown');
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await close();
    },
  );

  test('without JavaScript, it explains that search needs it and links the guide and the criteria', async () => {
    const { page, close } = await open(browser(), '/search/?q=cost', { javaScriptEnabled: false });
    expect(await page.locator('main').innerText()).toMatch(/needs JavaScript/);
    expect(await page.locator('main a[href="/guide/"]').isVisible()).toBe(true);
    expect(await page.locator('main a[href="/criteria/"]').isVisible()).toBe(true);
    expect(await page.locator('search-page input[name="q"]').isVisible()).toBe(false);
    await close();
  });
});

test('highlighting on the page a result opens marks whole words, never “per” inside “cheaper”', async () => {
  const { page, close } = await open(browser(), '/guide/cost-and-time/?highlight=per');
  try {
    const marks = page.locator('mark.pagefind-highlight');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const texts = await marks.evaluateAll((els) => els.map((el) => el.textContent?.toLowerCase()));
    expect(new Set(texts)).toEqual(new Set(['per']));
  } finally {
    await close();
  }
});
