/**
 * Every page of the sitemap, in a real browser: no accessibility violations in the light and
 * dark themes, no console errors, and readable content with JavaScript turned off.
 */
import { describe, expect, test } from 'vitest';
import { axe, describeViolations, open, useBrowser } from '../support/browser';
import { sitemapPaths } from '../support/dist';

const paths = [...sitemapPaths(), '/no-such-page/'];
const browser = useBrowser();

describe.each(paths)('%s', (path) => {
  const isMissing = path === '/no-such-page/';

  test.each(['light', 'dark'] as const)(
    'has no axe violations in the %s theme',
    async (colorScheme) => {
      const { page, close } = await open(browser(), path, { colorScheme });
      try {
        const violations = await axe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  test('loads with no console errors or failed requests', async () => {
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

  test('shows its content with JavaScript disabled', async () => {
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
