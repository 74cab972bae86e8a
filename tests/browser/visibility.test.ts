/**
 * Everyone can see it: forced colours keep ratings, the active search result and pressed
 * toggles visible; print is dark on white with ratings as numbers, and an empty checklist prints
 * its questions; sighted readers see what copy and impossible actions did; the header's focus
 * order follows what is on screen, and so do the guide's contents; every page reflows on a phone
 * with large text in a wide font, and prints within the paper.
 */
import { describe, expect, test } from 'vitest';
import { baseUrl, open, useBrowser } from '../support/browser';
import { sitemapPaths } from '../support/dist';
import { layoutProblems, raiseTextSize, useWideFont, wideFontReady } from '../support/layout';

const browser = useBrowser();

describe('forced colours', () => {
  test('rating pips, pressed toggles and the active search result stay visible', async () => {
    const { page, close } = await open(browser(), '/compare/?criteria=core');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(() => customElements.get('compare-table'));
    // Forced colours drop background images, unless the element opts out in system colours.
    const pips = await page
      .locator('tr[data-criterion="cost"] td[data-approach="fine-tuning"] .pips')
      .evaluate((el) => getComputedStyle(el).backgroundImage);
    const colours = new Set(pips.match(/rgba?\([^)]*\)/g));
    expect(pips).toMatch(/^linear-gradient/);
    expect(colours.size, 'filled and empty pips differ').toBe(2);
    const pressed = await page
      .locator('button[data-preset="core"][aria-pressed="true"]')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(pressed).toBe('solid');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.keyboard.type('cost');
    await page.locator('site-search dialog .search-option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const active = page.locator('site-search .search-option[aria-selected="true"]');
    await active.first().waitFor();
    expect(await active.first().evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await close();
  });
});

describe('print', () => {
  test('in the dark theme, pages print dark text on white and ratings as numbers', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/compare/`);
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.documentElement).backgroundColor,
      fg: getComputedStyle(document.body).color,
    }));
    expect(colours.bg).toBe('rgb(255, 255, 255)');
    expect(colours.fg).toBe('rgb(21, 24, 30)');
    const rating = page.locator(
      'tr[data-criterion="cost"] td[data-approach="fine-tuning"] .rating',
    );
    expect(await rating.locator('.rating-text').isVisible()).toBe(true);
    expect(await rating.locator('.pips').isVisible()).toBe(false);
    await context.close();
  });

  test('an empty checklist prints its questions', async () => {
    const { page, close } = await open(browser(), '/checklist/');
    await page.locator('decision-checklist[data-ready]').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('decision-checklist fieldset').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('input[name="budget"][value="low"]').check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('decision-checklist fieldset').first().isVisible()).toBe(false);
    await close();
  });

  test('on narrow paper nothing runs off the sheet: wide tables fit and long links break', async () => {
    // The printable width of US Letter with one-inch margins, the narrowest common paper area.
    const paper = 624;
    const views = [
      // Views whose "This view:" link is long, with no hyphen or space for a line to break at.
      '/compare/?criteria=cost,latency,privacy,consistency,maintenance,customization,generalization,scalability&sort=rating:hybrid&weights=cost:high,latency:high,privacy:high',
      '/cost/?volume=123456789&input=12345&output=54321&overhead=1234&inPrice=1.23456&outPrice=9.87654',
    ];
    const context = await browser().newContext({ viewport: { width: paper, height: 900 } });
    await useWideFont(context);
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    for (const path of [...sitemapPaths(), ...views]) {
      await page.goto(`${baseUrl()}${path}`);
      if (views.includes(path))
        await page.locator('[data-print-url]', { hasText: /^This view: \S+\?/ }).waitFor();
      await wideFontReady(page);
      for (const problem of await layoutProblems(page, { paper: true }))
        problems.push(`${path} ${problem}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('feedback and focus', () => {
  test('copying the comparison link, and a control that cannot act, are shown on screen', async () => {
    const { page, close } = await open(browser(), '/compare/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.waitForFunction(() => customElements.get('compare-table'));
    const status = page.locator('compare-table [data-status]');
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect.poll(() => status.innerText()).toMatch(/Link copied/);
    expect(await status.isVisible()).toBe(true);
    await page.locator('select[name="gap-b"]').selectOption('prompt-engineering');
    await page.getByRole('button', { name: 'Sort by gap' }).click();
    await expect.poll(() => status.innerText()).toMatch(/two different approaches/);
    expect(await status.isVisible()).toBe(true);
    await close();
  });

  test.each([320, 1280])('at %i px the header is focused in the order it reads', async (width) => {
    const { page, close } = await open(browser(), '/', { viewport: { width, height: 800 } });
    await page.waitForFunction(() => customElements.get('theme-switch'));
    const positions: { name: string; x: number; y: number }[] = [];
    await page.locator('header a').first().focus();
    for (let i = 0; i < 7; i++) {
      positions.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const r = el.getBoundingClientRect();
          return { name: el.textContent?.trim() ?? el.tagName, x: r.left, y: r.top };
        }),
      );
      await page.keyboard.press('Tab');
    }
    // Reading order: top to bottom by row, left to right within a row.
    const reading = [...positions].sort((a, b) =>
      Math.abs(a.y - b.y) > 10 ? a.y - b.y : a.x - b.x,
    );
    expect(positions.map((p) => p.name)).toEqual(reading.map((p) => p.name));
    await close();
  });
});

describe('guide pages', () => {
  test('every link of “On this page” is in view when the keyboard reaches it, in a 720 px high window', async () => {
    const guides = sitemapPaths().filter((path) => /^\/guide\/[^/]+\/$/.test(path));
    expect(guides.length).toBeGreaterThan(3);
    // Reduced motion: the browser scrolls focus into view at once, not in a smooth glide.
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const outOfSight: string[] = [];
    for (const path of guides) {
      await page.goto(`${baseUrl()}${path}`);
      const links = page.locator('nav.toc a');
      // Half-way down the text, where the list has stuck beside it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await links.first().focus();
      for (let i = 0; i < (await links.count()); i++) {
        if (i > 0) await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          const link = document.activeElement;
          if (!link?.closest('nav.toc')) return 'focus left the list';
          const r = link.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight ? '' : `“${link.textContent?.trim()}”`;
        });
        if (where) outOfSight.push(`${path} ${where}`);
      }
    }
    expect(outOfSight).toEqual([]);
    await context.close();
  });
});

describe('phones', () => {
  test('at 320 px with 24 px text in a wide font, nothing on any page is wider than the window or cut off', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(20);
    const context = await browser().newContext({ viewport: { width: 320, height: 700 } });
    await useWideFont(context);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      await raiseTextSize(page);
      await wideFontReady(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems.push(`${path} scrolls sideways (${width} px)`);
      for (const problem of await layoutProblems(page)) problems.push(`${path} ${problem}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
