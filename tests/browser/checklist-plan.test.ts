/**
 * The checklist's result as a plan, in a real browser: every result carries its plan in
 * `data-plan`, says what to do next and links the calculator with the answers; a provider
 * from a link drives the warnings; when every approach is ruled out it says so, names the
 * answers in conflict and gives no confidence, and its Markdown agrees.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, baseUrl, describeViolations, open, useBrowser } from '../support/browser';

const browser = useBrowser();
const RESULT = '[data-result-region]';
const attr = (page: Page, name: string) => page.locator(RESULT).getAttribute(name);
const resultText = (page: Page) => page.locator(RESULT).innerText();
const ready = (page: Page) => page.locator('decision-checklist[data-ready]').waitFor();

describe('the result is a plan', () => {
  test('every result carries its plan, next steps and a cost link with the answers', async () => {
    const { page, errors, close } = await open(
      browser(),
      '/checklist/?gap=knowledge&change=often&volume=high&provider=microsoft',
    );
    await ready(page);
    expect(await attr(page, 'data-recommendation')).toBe('retrieval');
    expect(await attr(page, 'data-plan')).toBe('prompt-engineering retrieval');
    expect(await attr(page, 'data-confidence')).toMatch(/^(low|medium|high)$/);
    const steps = page.locator(`${RESULT} h3:text-is("Next steps") + ol > li`);
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    expect(await steps.count()).toBeLessThanOrEqual(5);
    for (const href of await steps
      .locator('a:not(sup a)')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/(guide|cost|offers)\//);
    const cost = page.locator(`${RESULT} a[data-cost-link]`);
    expect(await cost.getAttribute('href')).toBe(
      '/cost/?paths=prompting,retrieval&volume=3000000&offer=microsoft-foundry-gpt-4-1-mini',
    );
    expect(await cost.innerText()).toBe('Cost this plan at 3,000,000 requests a month');
    // Changing an answer changes the plan, and its attribute follows.
    await page.getByRole('radio', { name: /^Both:/ }).check();
    await page.locator('input[name="examples"][value="over-10k"]').check();
    await page.locator('input[name="expertise"][value="ml-team"]').check();
    await page.locator('input[name="tunable"][value="yes"]').check();
    await expect
      .poll(() => attr(page, 'data-plan'))
      .toBe('prompt-engineering retrieval fine-tuning');
    expect(errors).toEqual([]);
    await close();
  });

  test('a team tuning on OpenAI is warned with both dates and sent to the guide on moving off', async () => {
    const { page, close } = await open(
      browser(),
      '/checklist/?gap=behaviour&examples=1k-10k&tasks=one&change=rarely&consistency=strict&provider=openai&tunable=yes',
    );
    await ready(page);
    expect(['fine-tuning', 'hybrid']).not.toContain(await attr(page, 'data-recommendation'));
    expect(await attr(page, 'data-plan')).not.toContain('fine-tuning');
    const text = await resultText(page);
    expect(text).toMatch(/OpenAI is closing fine-tuning/);
    expect(text).toMatch(/6 January 2027 \(as of \d{1,2} \w+ 20\d\d\)/);
    expect(text).toMatch(/14 January 2027 \(as of \d{1,2} \w+ 20\d\d\)/);
    expect(
      await page
        .locator(`${RESULT} a[href="/guide/fine-tuning/#move-off-a-retiring-model"]`)
        .count(),
    ).toBeGreaterThan(0);
    expect(text).toMatch(/Fine-tuning and hybrid are ruled out by your answer to Provider: OpenAI/);
    await close();
  });
});

describe('when no approach fits', () => {
  const CONFLICT =
    '/checklist/?privacy=in-house&hosting=api&gap=knowledge&tunable=no&examples=none';

  test('it says so, gives no confidence, names the answers in conflict and what would unblock them', async () => {
    const { page, errors, close } = await open(browser(), CONFLICT);
    await ready(page);
    expect(await attr(page, 'data-recommendation')).toBe('none');
    expect(await attr(page, 'data-confidence')).toBeNull();
    expect(await attr(page, 'data-plan')).toBe('');
    const text = await resultText(page);
    expect(text).toMatch(/No approach fits these answers yet/);
    expect(text).not.toMatch(/(High|Medium|Low) confidence/);
    expect(text).toMatch(
      /ruled out by your answers to Data privacy: No, it must stay in-house and Hosting: A vendor's API is acceptable/,
    );
    expect(text).toMatch(/What would make it possible: Host an open-weight model/);
    expect(text).toMatch(/If Hosting were “On our own infrastructure/);
    expect(await page.locator('[data-summary]').innerText()).toMatch(
      /No approach fits these answers yet\.$/,
    );
    expect(errors).toEqual([]);
    await close();
  });

  test('its Markdown agrees: no approach, no confidence, the conflict and the way out', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(baseUrl() + CONFLICT);
    await ready(page);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await expect
      .poll(clipboard)
      .toMatch(/^# Checklist result: No approach fits these answers yet\n/);
    const markdown = await clipboard();
    expect(markdown).not.toMatch(/confidence:/i);
    expect(markdown).toContain('## Ruled out');
    expect(markdown).toMatch(/If Hosting were “On our own infrastructure/);
    await context.close();
  });

  test('has no axe violations', async () => {
    const { page, close } = await open(browser(), CONFLICT);
    await ready(page);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await close();
  });
});

describe('how the checklist decides', () => {
  test('every question’s reasons and sources are on their own page, linked from the table by hand', async () => {
    const { page, close } = await open(browser(), '/checklist/', { javaScriptEnabled: false });
    const why = page.locator('#rubric ~ div caption a').first();
    const href = await why.getAttribute('href');
    expect(href).toMatch(/^\/checklist\/how-it-decides\/#[a-z-]+$/);
    await page.goto(baseUrl() + href!);
    const section = page.locator(`section[aria-labelledby="${href!.split('#')[1]}"]`);
    expect(await section.locator('li').count()).toBeGreaterThan(1);
    const cite = section.locator('sup.cite a').first();
    const target = await cite.getAttribute('href');
    expect(await page.locator(`${target} a`).getAttribute('href')).toMatch(/^\/sources\/#/);
    await close();
  });
});
