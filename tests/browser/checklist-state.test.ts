/**
 * The checklist keeps the reader's answers, and the reader, safe: "Clear answers" clears what
 * is saved; an older tab never writes over newer answers; a full storage still gives back what
 * was saved; focus never falls to the page after a notice closes; the progress bar stays
 * visible in forced colours and never hides the answer chosen with the arrow keys; data of the
 * wrong shape falls back to the table by hand; and a note about rule changes is only ever shown
 * over a shared link.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, settle, useBrowser } from '../support/browser';

const browser = useBrowser();
const KEYS = ['checklist-answers', 'checklist-answers-earlier'];
const saved = (page: Page) =>
  page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), KEYS);
const ready = (page: Page) => page.locator('decision-checklist[data-ready]').first().waitFor();
/** Saves answers once per context, before any page script runs (run with the answers as arg). */
function seed(answers: Record<string, string>) {
  if (!sessionStorage.getItem('seeded')) {
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('checklist-answers', JSON.stringify({ v: 1, answers }));
  }
}

describe('saved answers', () => {
  test('"Clear answers" clears the saved answers too, even over a shared link', async () => {
    const context = await browser().newContext();
    await context.addInitScript(seed, { budget: 'low' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/?budget=high&stage=production`);
    await ready(page);
    await page.locator('input[name="volume"][value="high"]').check();
    expect((await saved(page)).some(Boolean)).toBe(true);
    await page.getByRole('button', { name: 'Clear answers' }).click();
    expect(await saved(page)).toEqual([null, null]);
    await page.goto(`${baseUrl()}/checklist/`);
    await ready(page);
    expect(await page.locator('input[type="radio"]:checked:not([value=""])').count()).toBe(0);
    await context.close();
  });

  test('an older tab takes the answers saved in a newer one, and never writes over them', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const older = await context.newPage();
    await older.goto(`${baseUrl()}/checklist/`);
    await ready(older);
    // The guide's embedded checklist, in another tab, gets three answers.
    const guide = await context.newPage();
    await guide.goto(`${baseUrl()}/guide/when-to-choose/`);
    const embedded = guide.locator('decision-checklist');
    await embedded.scrollIntoViewIfNeeded();
    await ready(guide);
    await embedded.locator('input[name="stage"][value="prototype"]').check();
    await embedded.locator('input[name="budget"][value="low"]').check();
    await embedded.locator('input[name="timeline"][value="days"]').check();
    // The older tab follows, then answers one more question.
    await expect
      .poll(() => older.locator('input[name="timeline"][value="days"]').isChecked())
      .toBe(true);
    await older.locator('input[name="volume"][value="low"]').check();
    const stored = JSON.parse((await saved(older))[0] ?? '{}') as { answers: object };
    expect(stored.answers).toEqual({
      stage: 'prototype',
      budget: 'low',
      timeline: 'days',
      volume: 'low',
    });
    await context.close();
  });

  test('a full storage still gives back the saved answers, and says new ones will not be kept', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      localStorage.setItem(
        'checklist-answers',
        JSON.stringify({ v: 1, answers: { budget: 'low', stage: 'prototype' } }),
      );
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/`);
    await ready(page);
    expect(await page.locator('input[name="budget"][value="low"]').isChecked()).toBe(true);
    expect(await page.locator('[data-result-region]').getAttribute('data-recommendation')).toBe(
      'prompt-engineering',
    );
    expect(await page.locator('decision-checklist [data-storage-note]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('focus and visibility', () => {
  test('after "Dismiss" and "Use my saved answers", focus goes to the answers, not the page', async () => {
    const context = await browser().newContext();
    await context.addInitScript(seed, { budget: 'low' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/?budget=high&nope=1`);
    await ready(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el === document.body || el === null
          ? 'body'
          : el.closest('form')
            ? 'form'
            : el.tagName;
      });
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await focused()).toBe('form');
    await page.getByRole('button', { name: 'Use my saved answers' }).click();
    expect(await focused()).toBe('form');
    expect(await page.locator('input[name="budget"][value="low"]').isChecked()).toBe(true);
    await context.close();
  });

  test('the progress meter stays visible in forced colours', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${baseUrl()}/checklist/?budget=low&stage=prototype`);
    await ready(page);
    const colours = await page.evaluate(() => {
      const meter = document.querySelector<HTMLElement>('[data-meter]')!;
      const bg = (el: Element) => getComputedStyle(el).backgroundColor;
      return { meter: bg(meter), track: bg(meter.parentElement!), page: bg(document.body) };
    });
    expect(colours.meter).not.toBe('rgba(0, 0, 0, 0)');
    expect(colours.meter).not.toBe(colours.track);
    expect(colours.meter).not.toBe(colours.page);
    await context.close();
  });

  test('at 320 px with 24 px text, arrow keys never leave the chosen answer behind the progress bar', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/`);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '150%'));
    await ready(page);
    const covered = () =>
      page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const bar = document.querySelector('.progress-bar')!.getBoundingClientRect();
        const f = focused.getBoundingClientRect();
        return f.bottom > bar.top && f.top < bar.bottom;
      });
    const hidden: string[] = [];
    for (const name of ['gap', 'provider', 'volume']) {
      // The question's first answer in view just above the bar, as a reader scrolling would
      // leave it, with the next answers behind the bar.
      await page.evaluate((n) => {
        const input = document.querySelector<HTMLInputElement>(`input[name="${n}"]`)!;
        const bar = document.querySelector('.progress-bar')!.getBoundingClientRect();
        const label = input.closest('label')!.getBoundingClientRect();
        window.scrollBy({ top: label.bottom - bar.top + 2, behavior: 'instant' });
        input.focus({ preventScroll: true });
      }, name);
      const count = await page.locator(`input[name="${name}"]`).count();
      for (let i = 1; i < count; i++) {
        await page.keyboard.press('ArrowDown');
        await settle(page);
        if (await covered()) hidden.push(`${name} #${i}`);
      }
    }
    expect(hidden).toEqual([]);
    await context.close();
  });
});

describe('data and links', () => {
  test('checklist data of the wrong shape falls back to the table by hand, with a notice', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The real data with the answers' labels turned into numbers: nothing would throw, but the
    // result would read "Budget: 0".
    await page.route('**/checklist/model.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as {
        model: { factors: { options: { label: unknown }[] }[] };
      };
      for (const factor of data.model.factors)
        factor.options.forEach((option, i) => (option.label = i));
      await route.fulfill({ response, json: data });
    });
    await page.goto(`${baseUrl()}/checklist/?budget=low`);
    const loading = page.locator('decision-checklist [data-loading]');
    await expect.poll(() => loading.innerText()).toMatch(/could not load its data/);
    expect(
      await loading.getByRole('link', { name: 'Score your answers by hand' }).isVisible(),
    ).toBe(true);
    expect(await page.locator('#rubric ~ div tr[aria-current="true"]').count()).toBe(1);
    expect(await page.locator('decision-checklist[data-ready]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('"this result may differ from when the link was made" shows over a link, never without one', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/`);
    await ready(page);
    await page.locator('input[name="consistency"][value="strict"]').check();
    const region = page.locator('[data-result-region]');
    await expect.poll(() => region.getAttribute('data-recommendation')).not.toBeNull();
    expect(await region.innerText()).not.toMatch(/may differ from when the link was made/);
    // Reloaded, the page's own address is not a shared link either.
    await page.reload();
    await ready(page);
    expect(await region.innerText()).not.toMatch(/may differ from when the link was made/);
    // A link from someone else, made before the rules changed, is told.
    const other = await context.browser()!.newContext();
    const shared = await other.newPage();
    await shared.goto(`${baseUrl()}/checklist/?consistency=strict`);
    await ready(shared);
    expect(await shared.locator('[data-result-region]').innerText()).toMatch(
      /may differ from when the link was made/,
    );
    await other.close();
    await context.close();
  });
});
