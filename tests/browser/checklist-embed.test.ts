/**
 * The checklist embedded in a guide page (`<Checklist />` in MDX, on "When to choose which"):
 * its code loads only when the reader gets near it, it answers like the full checklist, and it
 * leaves the guide page's address alone.
 */
import { describe, expect, test } from 'vitest';
import { axe, describeViolations, open, useBrowser } from '../support/browser';

const PAGE = '/guide/when-to-choose/';
const browser = useBrowser();

describe('the checklist inside a guide page', () => {
  test('loads its code only when the reader scrolls to it, then answers live without touching the URL', async () => {
    const { page, errors, close } = await open(browser(), PAGE);
    const loaded = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((r) => r.name.includes('checklist-element') || r.name.includes('model.json')),
      );
    await page.waitForLoadState('networkidle');
    expect(await loaded()).toBe(false);

    const checklist = page.locator('decision-checklist');
    await checklist.scrollIntoViewIfNeeded();
    await checklist.locator('[data-action="clear"]').waitFor({ state: 'visible' });
    expect(await loaded()).toBe(true);

    await checklist.getByRole('radio', { name: 'None yet' }).check();
    await checklist.getByRole('radio', { name: 'Within days' }).check();
    const region = checklist.locator('[data-result-region]');
    await expect.poll(() => region.getAttribute('data-recommendation')).toBe('prompt-engineering');
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  test('has no accessibility violations once answered, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await open(browser(), PAGE, { colorScheme });
      const checklist = page.locator('decision-checklist');
      await checklist.scrollIntoViewIfNeeded();
      await checklist.locator('[data-action="clear"]').waitFor({ state: 'visible' });
      await checklist.getByRole('radio', { name: 'An ML team' }).check();
      await expect
        .poll(() => checklist.locator('[data-result-region]').getAttribute('data-recommendation'))
        .not.toBeNull();
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await close();
    }
  });
});
