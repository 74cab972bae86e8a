/**
 * Every page of the sitemap, in a real browser: no accessibility violations in the light and
 * dark themes, no console errors, and readable content with JavaScript turned off.
 */
import { describe, test } from 'vitest';
import { axe, describeViolations, open, useBrowser } from '../support/browser';
import { sitemapPaths } from '../support/dist';

const paths = [...sitemapPaths(), '/no-such-page/'];
const browser = useBrowser();

// Pages are independent and axe is CPU-bound inside the browser, so two run at once: the
// browser's renderer processes use both cores while each test waits on its own page.
describe.concurrent.each(paths)('%s', (path) => {
  const isMissing = path === '/no-such-page/';

  test('has no axe violations in the light or the dark theme', async ({ expect }) => {
    // One load, both themes: with no saved choice the page follows the system preference, so
    // switching the emulated preference re-themes it in place (the theme tests cover the
    // saved-choice path). Half the page loads of checking each theme separately.
    const { page, close } = await open(browser(), path, { colorScheme: 'light' });
    try {
      const light = await axe(page);
      expect(light, `light theme:\n${describeViolations(light)}`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        true,
      );
      const dark = await axe(page);
      expect(dark, `dark theme:\n${describeViolations(dark)}`).toEqual([]);
    } finally {
      await close();
    }
  });

  test('loads with no console errors or failed requests', async ({ expect }) => {
    const { page, errors, close } = await open(browser(), path);
    try {
      await page.waitForLoadState('networkidle');
      // The unknown address answers 404 on purpose; that one failed load is expected.
      const unexpected = errors.filter((e) => !(isMissing && /404/.test(e)));
      expect(unexpected).toEqual([]);
    } finally {
      await close();
    }
  });

  test('shows its content with JavaScript disabled', async ({ expect }) => {
    const { page, close } = await open(browser(), path, { javaScriptEnabled: false });
    try {
      expect(await page.locator('main h1').isVisible()).toBe(true);
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length).toBeGreaterThan(100);
      // Controls that need JavaScript are hidden rather than left broken.
      expect(await page.locator('theme-switch select').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});
