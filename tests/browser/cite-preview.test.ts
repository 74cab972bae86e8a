/**
 * Beside a citation number, the source's own words: shown when the number is focused from the
 * keyboard or hovered with a mouse, described to screen readers while open, gone on Escape; a
 * tap follows the link to the same words in the reference list, as it does without JavaScript.
 */
import { describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { axe, describeViolations, open, useBrowser } from '../support/browser';

const PAGE = '/guide/fine-tuning/';
const browser = useBrowser();
/** The first citation on the page that names a passage (its link ends in --<quote>). */
const QUOTED = 'article sup.cite a[href*="--"]';

/**
 * The middle of a citation number, where a reader points. Playwright's own pointer actions aim
 * at the link's first box, which its hidden "source" label (positioned off the text for screen
 * readers) moves away from the number, so the tests point at the whole link's box instead.
 */
async function middleOf(link: Locator) {
  await link.scrollIntoViewIfNeeded();
  const box = await link.evaluate((a) => {
    const r = a.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  return box;
}

describe('the words behind a citation', () => {
  test('focusing a citation from the keyboard shows its source and words; Escape hides them', async () => {
    const { page, errors, close } = await open(browser(), PAGE);
    try {
      const link = page.locator(QUOTED).first();
      const target = decodeURIComponent(((await link.getAttribute('href')) ?? '').slice(1));
      const words = (await page.locator(`[id="${target}"] q`).first().innerText()).trim();
      await link.focus();
      const tip = page.locator('#cite-preview-tip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.innerText()).toContain(words.slice(0, 40));
      expect(await link.getAttribute('aria-describedby')).toBe('cite-preview-tip');
      expect(describeViolations(await axe(page))).toBe('');
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(await link.getAttribute('aria-describedby')).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('hovering with a mouse shows the words; moving away hides them', async () => {
    const { page, close } = await open(browser(), PAGE);
    try {
      const link = page.locator(QUOTED).first();
      const { x, y } = await middleOf(link);
      await page.mouse.move(x, y);
      const tip = page.locator('#cite-preview-tip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      await page.mouse.move(5, 5);
      await expect.poll(() => tip.isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  test('without JavaScript a citation leads to the quoted words in the reference list', async () => {
    const { page, close } = await open(browser(), PAGE, { javaScriptEnabled: false });
    try {
      const link = page.locator(QUOTED).first();
      const target = decodeURIComponent(((await link.getAttribute('href')) ?? '').slice(1));
      const { x, y } = await middleOf(link);
      await page.mouse.click(x, y);
      await expect
        .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
        .toBe(`#${target}`);
      const passage = page.locator(`[id="${target}"]`);
      expect(await passage.isVisible()).toBe(true);
      expect((await passage.locator('q').first().innerText()).length).toBeGreaterThan(9);
    } finally {
      await close();
    }
  });

  test('a tap follows the link instead of opening a preview', async () => {
    const { page, close } = await open(browser(), PAGE, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 800 },
    });
    try {
      const link = page.locator(QUOTED).first();
      const target = decodeURIComponent(((await link.getAttribute('href')) ?? '').slice(1));
      const { x, y } = await middleOf(link);
      await page.touchscreen.tap(x, y);
      await expect
        .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
        .toBe(`#${target}`);
      expect(await page.locator('#cite-preview-tip').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});
