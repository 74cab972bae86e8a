/** The theme follows the system, can be switched by keyboard, is remembered and never flashes. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, open, useBrowser } from '../support/browser';

const browser = useBrowser();

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(16, 19, 24)';
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Records the background at the first animation frame, which runs before the first paint. */
async function recordFirstFrame(page: Page) {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrameBg: string }).firstFrameBg = getComputedStyle(
        document.documentElement,
      ).backgroundColor;
    });
  });
}
const firstFrame = (page: Page) =>
  page.evaluate(() => (window as unknown as { firstFrameBg: string }).firstFrameBg);

describe('theme', () => {
  test.each([
    ['light', LIGHT_BG],
    ['dark', DARK_BG],
  ] as const)(
    'follows a %s system preference when the reader has not chosen',
    async (scheme, expected) => {
      const { page, close } = await open(browser(), '/', { colorScheme: scheme });
      expect(await background(page)).toBe(expected);
      expect(await page.locator('theme-switch select').inputValue()).toBe('system');
      await close();
    },
  );

  test('can be switched with the keyboard alone, and the choice is remembered without a flash', async () => {
    const { page, errors, close } = await open(browser(), '/guide/overview/', {
      colorScheme: 'light',
    });
    const select = page.locator('theme-switch select');
    // Tab from the top of the page until the theme control has focus.
    for (
      let i = 0;
      i < 30 && !(await select.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown'); // System → Light
    await page.keyboard.press('ArrowDown'); // Light → Dark
    expect(await select.inputValue()).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);

    // A new page in the same session, with a light system theme: dark from the first frame.
    await recordFirstFrame(page);
    await page.goto(`${baseUrl()}/compare/`);
    expect(await firstFrame(page)).toBe(DARK_BG);
    expect(await page.locator('theme-switch select').inputValue()).toBe('dark');

    // Back to System: the light system preference applies again.
    await page.locator('theme-switch select').selectOption('system');
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  test('shows System, and follows the system, when the stored choice is not one it knows', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('theme', 'sepia'));
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.waitForFunction(() => customElements.get('theme-switch'));
    expect(await page.locator('theme-switch select').inputValue()).toBe('system');
    expect(await background(page)).toBe(DARK_BG);
    await context.close();
  });

  test('a choice of light wins over a dark system preference from the first frame', async () => {
    const { page, close } = await open(browser(), '/', { colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('theme', 'light'));
    await recordFirstFrame(page);
    await page.reload();
    expect(await firstFrame(page)).toBe(LIGHT_BG);
    await close();
  });

  test('still switches when storage is unavailable, as in some private modes', async () => {
    const { page, errors, close } = await open(
      browser(),
      '/',
      { colorScheme: 'light' },
      { storage: false },
    );
    await page.locator('theme-switch select').selectOption('dark');
    expect(await background(page)).toBe(DARK_BG);
    expect(errors).toEqual([]);
    await close();
  });
});
