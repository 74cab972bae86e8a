/**
 * The decision checklist in a real browser: answered by keyboard alone, kept across reloads,
 * reproduced from a shared link, cleared, copied and printed; hostile links and corrupt saved
 * state are ignored with a notice and never run; it keeps working when storage is off.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, baseUrl, describeViolations, open, useBrowser } from '../support/browser';
import { model } from '../support/checklist';

const browser = useBrowser();

const RESULT = '[data-result-region]';
const recommendation = (page: Page) => page.locator(RESULT).getAttribute('data-recommendation');
const resultText = (page: Page) => page.locator(RESULT).innerText();
const notice = (page: Page) => page.locator('decision-checklist [data-notice]');
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('checklist-answers'));
const query = (page: Page) => new URL(page.url()).search;

/** Waits until the element has upgraded (its JavaScript-only controls are showing). */
async function ready(page: Page) {
  await page.locator('decision-checklist [data-action="clear"]').waitFor({ state: 'visible' });
}

/** Presses Tab until a radio of the named question has focus. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 80; i++) {
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.name ?? '',
    );
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach question "${name}" with Tab`);
}

describe('the decision checklist', () => {
  test('can be answered with the keyboard alone, and the result follows live', async () => {
    const { page, errors, close } = await open(browser(), '/checklist/');
    await ready(page);
    expect(await recommendation(page)).toBeNull();
    expect(await page.locator('[data-summary]').innerText()).toBe(
      `0 of ${model.factors.length} answered`,
    );

    // The startup of the sources: prototype, small budget, days to ship.
    for (const name of ['stage', 'budget', 'timeline']) {
      await tabTo(page, name);
      // Focus starts on the checked "Not sure"; the next arrow press wraps to the first answer.
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator('input[name="timeline"]:checked').getAttribute('value')).toBe('days');
    expect(await recommendation(page)).toBe('prompt-engineering');
    expect(await page.locator('[data-summary]').innerText()).toMatch(
      new RegExp(
        `^3 of ${model.factors.length} answered\\. Prompt engineering, high confidence\\.$`,
      ),
    );
    expect(await page.locator('[data-summary]').getAttribute('role')).toBe('status');
    expect(query(page)).toBe('?stage=prototype&budget=low&timeline=days');

    // Its reasons cite sources that link to the site's source list.
    const cite = page.locator(`${RESULT} sup.cite a`).first();
    const target = await cite.getAttribute('href');
    expect(await page.locator(`${RESULT} ${target} a`).getAttribute('href')).toMatch(
      /^\/sources\/#[a-z-]+$/,
    );
    expect(errors).toEqual([]);
    await close();
  });

  test('reloading keeps the answers and the same result', async () => {
    const { page, close } = await open(browser(), '/checklist/');
    await ready(page);
    await page.locator('input[name="examples"][value="over-10k"]').check();
    await page.locator('input[name="expertise"][value="ml-team"]').check();
    await page.locator('input[name="domain"][value="specialized"]').check();
    const before = await resultText(page);
    expect(await recommendation(page)).toBe('fine-tuning');

    await page.reload();
    await ready(page);
    expect(await resultText(page)).toBe(before);
    expect(await page.locator('input[name="examples"]:checked').getAttribute('value')).toBe(
      'over-10k',
    );

    // Without the query, the saved answers come back and the address is rewritten to share them.
    await page.goto(`${baseUrl()}/checklist/`);
    await ready(page);
    expect(await resultText(page)).toBe(before);
    expect(query(page)).toBe('?domain=specialized&examples=over-10k&expertise=ml-team');

    // A link with no checklist answers in it (a newsletter's tracking, a search result's
    // highlight) keeps the saved answers, quietly.
    for (const extra of ['utm_source=newsletter&ref=blog', 'highlight=budget']) {
      await page.goto(`${baseUrl()}/checklist/?${extra}`);
      await ready(page);
      expect(await resultText(page)).toBe(before);
      expect(await notice(page).isVisible()).toBe(false);
    }
    await close();
  });

  test('a shared link reproduces the result exactly in another browser(), without touching its saved answers', async () => {
    const link = '/checklist/?domain=specialized&examples=1k-10k&accuracy=critical&tasks=many';
    const first = await open(browser(), link);
    await ready(first.page);
    const expected = await resultText(first.page);
    expect(await recommendation(first.page)).toBe('hybrid');
    await first.close();

    const second = await open(browser(), '/checklist/');
    await ready(second.page);
    await second.page.locator('input[name="budget"][value="low"]').check();
    await second.page.goto(baseUrl() + link);
    await ready(second.page);
    expect(await resultText(second.page)).toBe(expected);
    expect(await second.page.locator('input[name="budget"]:checked').getAttribute('value')).toBe(
      '',
    );
    expect(await stored(second.page)).toContain('"budget":"low"');
    await second.close();
  });

  test('clear resets the answers, the address and the saved state', async () => {
    const { page, close } = await open(browser(), '/checklist/?stage=prototype&budget=low');
    await ready(page);
    await page.locator('input[name="volume"][value="high"]').check();
    expect(await stored(page)).not.toBeNull();
    await page.getByRole('button', { name: 'Clear answers' }).click();
    expect(await recommendation(page)).toBeNull();
    expect(await page.locator('input[type="radio"]:checked:not([value=""])').count()).toBe(0);
    expect(query(page)).toBe('');
    expect(await stored(page)).toBeNull();
    expect(await page.locator('[data-say]').innerText()).toBe(
      'Answers cleared, and nothing is saved.',
    );
    await close();
  });

  test('a hostile link shows a notice, keeps the valid answers and runs nothing', async () => {
    const hostile =
      '/checklist/?budget=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E' +
      '&%3Cscript%3Ewindow.pwned%3D2%3C%2Fscript%3E=low&stage=prototype&javascript:alert(1)=1';
    const context = await browser().newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseUrl() + hostile);
    await ready(page);
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    expect(await notice(page).innerText()).toMatch(
      /^Ignored from the link: 2 unknown settings and an invalid answer for Budget\./,
    );
    expect(await recommendation(page)).toBe('prompt-engineering');
    expect(query(page)).toBe('?stage=prototype');
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(
      await page.locator('main img, main script:not([type="application/json"]):not([src])').count(),
    ).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);

    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice(page).isVisible()).toBe(false);
    await context.close();
  });

  test('corrupt saved state shows a notice, is discarded, and nothing runs', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/checklist/`);
    await page.evaluate(() =>
      localStorage.setItem(
        'checklist-answers',
        '{"v":1,"answers":<img src=x onerror="window.pwned=1">',
      ),
    );
    await page.reload();
    await ready(page);
    expect(await notice(page).innerText()).toMatch(/could not be read/);
    expect(await recommendation(page)).toBeNull();
    expect(await stored(page)).toBeNull();
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    await context.close();
  });

  test('says so, and keeps the hand-scoring table, when its data cannot be loaded', async () => {
    const context = await browser().newContext();
    await context.route('**/checklist/model.json', (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl()}/checklist/?budget=low`);
    const loading = page.locator('decision-checklist [data-loading]');
    await expect
      .poll(() => loading.innerText(), { timeout: 10_000 })
      .toMatch(/could not load its data/);
    expect(
      await loading.getByRole('link', { name: 'Score your answers by hand' }).isVisible(),
    ).toBe(true);
    expect(await page.locator('decision-checklist [data-action="clear"]').isVisible()).toBe(false);
    expect(await page.locator('#rubric').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('works when storage is unavailable and says the answers will not be kept', async () => {
    const { page, errors, close } = await open(browser(), '/checklist/', {}, { storage: false });
    await ready(page);
    expect(await page.locator('[data-storage-note]').isVisible()).toBe(true);
    await page.locator('input[name="gap"][value="format"]').check();
    expect(await recommendation(page)).toBe('prompt-engineering');
    expect(query(page)).toBe('?gap=format');
    expect(errors).toEqual([]);
    await close();
  });

  test('copies the link and the result as Markdown', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(
      `${baseUrl()}/checklist/?domain=specialized&examples=over-10k&expertise=ml-team`,
    );
    await ready(page);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(clipboard)
      .toBe(`${baseUrl()}/checklist/?domain=specialized&examples=over-10k&expertise=ml-team`);
    expect(await page.locator('[data-say]').innerText()).toBe('Link copied.');

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(clipboard).toMatch(/^# Checklist result: Fine-tuning\n/);
    const markdown = await clipboard();
    expect(markdown).toContain('- ML expertise: An ML team');
    expect(markdown).toContain('## Why');
    expect(markdown).toMatch(/## Sources\n\n- \[\d+\] .+: https?:\/\/.+\/sources\/#[a-z-]+/);
    // Markdown travels, so its links use the production origin, not the page's own.
    expect(markdown).toMatch(/\nResult: https:\/\/prompt-or-tune\.example\.org\/checklist\/\?/);
    await context.close();
  });

  test('a knowledge gap that changes often picks retrieval, and the result says how sure it is', async () => {
    const { page, close } = await open(browser(), '/checklist/');
    await ready(page);
    await page.getByRole('radio', { name: /^Knowledge:/ }).check();
    await page.getByRole('radio', { name: /^Often \(every month/ }).check();
    await expect.poll(() => recommendation(page)).toBe('retrieval');
    expect(await page.locator(RESULT).getAttribute('data-confidence')).toMatch(
      /^(low|medium|high)$/,
    );
    expect(query(page)).toContain('gap=knowledge');
    await close();
  });

  test('a model that cannot be tuned rules tuning out, with what would change that', async () => {
    const { page, close } = await open(
      browser(),
      '/checklist/?examples=over-10k&expertise=ml-team&consistency=strict&tunable=no',
    );
    await ready(page);
    expect(['prompt-engineering', 'retrieval']).toContain(await recommendation(page));
    expect(await resultText(page)).toMatch(
      /Fine-tuning and hybrid are ruled out by your answer to Tuning available: No/,
    );
    expect(await resultText(page)).toMatch(/What would make it possible: A model or provider/);
    await close();
  });

  test('no ML expertise holds tuning below high confidence and says what would lift it', async () => {
    const { page, close } = await open(
      browser(),
      '/checklist/?gap=both&stage=production&tasks=many&change=rarely&budget=high&timeline=months&examples=over-10k&expertise=none&accuracy=critical&consistency=strict&volume=high',
    );
    await ready(page);
    expect(await recommendation(page)).toBe('hybrid');
    expect(await page.locator(RESULT).getAttribute('data-confidence')).toBe('medium');
    expect(await resultText(page)).toMatch(/Confidence is held at medium/);
    await close();
  });

  test('an old link answering privacy says the checklist changed since, and why', async () => {
    const { page, close } = await open(browser(), '/checklist/?privacy=in-house&budget=high');
    await ready(page);
    expect(await resultText(page)).toMatch(/The checklist changed on 30 November 2026/);
    await close();
  });

  test('prints the answers and the whole result, with no control and no answer split across pages', async () => {
    // The longest result: every question answered, a constraint in force, all readiness notes.
    const { page, close } = await open(
      browser(),
      '/checklist/?gap=both&stage=production&domain=specialized&tasks=one&change=rarely&budget=high&timeline=months&examples=none&expertise=ml-team&provider=open-weight&tunable=yes&accuracy=critical&consistency=strict&privacy=in-house&hosting=own-infrastructure&latency=critical&volume=high',
    );
    await ready(page);
    await page.emulateMedia({ media: 'print' });

    // The answers, as sentences, in place of the form.
    expect(await page.locator('decision-checklist form').isVisible()).toBe(false);
    expect(await page.locator('#rubric').isVisible()).toBe(false);
    expect(await page.locator(`${RESULT} .print-only li`).count()).toBe(model.factors.length);
    // The result itself: headline, plan, next steps and reasons, as numbers, not controls.
    const printed = await resultText(page);
    for (const part of [/Plan: /, /Next steps/, /Why/, /\d+ points?/])
      expect(printed).toMatch(part);
    // Nothing that only works on screen.
    expect(
      await page.locator(':is(input, button, select, textarea, summary):visible').count(),
    ).toBe(0);
    // Every answer and every list item stays whole on its page.
    const splittable = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(`${selector} li`)].filter(
          (li) => getComputedStyle(li).breakInside !== 'avoid',
        ).length,
      RESULT,
    );
    expect(splittable).toBe(0);
    await close();
  });

  test.each(['light', 'dark'] as const)(
    'has no axe violations with a result and a notice showing (%s)',
    async (colorScheme) => {
      const { page, close } = await open(
        browser(),
        '/checklist/?examples=none&accuracy=critical&tasks=many&budget=high&stage=production&volume=high&nope=1',
        { colorScheme },
      );
      await ready(page);
      await page.locator('details summary').first().click();
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await close();
    },
  );

  test('without JavaScript: the questions read as a list and every answer’s points are in a table', async () => {
    const { page, close } = await open(browser(), '/checklist/', { javaScriptEnabled: false });
    expect(await page.locator('decision-checklist fieldset legend').count()).toBe(
      model.factors.length,
    );
    expect(await page.locator('#rubric ~ div table').count()).toBe(model.factors.length);
    expect(await page.locator('.no-js-only').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    await close();
  });
});
