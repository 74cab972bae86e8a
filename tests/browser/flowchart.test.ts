/**
 * The decision flowchart in a real browser: assistive technology finds its steps as a list (and
 * not the drawing as well), and a reader whose browser ignores the site's CSS still gets them.
 */
import { describe, expect, test } from 'vitest';
import { open, useBrowser } from '../support/browser';

const PAGE = '/guide/when-to-choose/';
const browser = useBrowser();

describe('decision flowchart', () => {
  test('screen readers find a named figure whose steps are a list, each question read once', async () => {
    const { page, close } = await open(browser(), PAGE, { javaScriptEnabled: false });
    try {
      // What assistive technology is given: the accessibility tree of the figure.
      const snapshot = await page.locator('figure.flowchart').ariaSnapshot();
      expect(snapshot).toMatch(/^- figure "[^"]{10,}"/);
      const questions = page.locator('figure.flowchart [data-flow-text-equivalent] ol > li');
      expect(await questions.count()).toBeGreaterThanOrEqual(3);
      for (const question of await questions.all()) {
        const text = (await question.innerText()).split('\n')[0] ?? '';
        expect(text.length).toBeGreaterThan(10);
        // Read once, from the list: the drawing repeats the words but is hidden from the tree.
        expect(snapshot.split(text).length - 1, text).toBe(1);
      }
    } finally {
      await close();
    }
  });

  test('with the site CSS switched off, the steps are still there to read', async () => {
    const { page, close } = await open(browser(), PAGE);
    try {
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('link[rel="stylesheet"], style')) el.remove();
      });
      const list = page.locator('figure.flowchart [data-flow-text-equivalent] ol');
      expect(await list.isVisible()).toBe(true);
      const box = await list.boundingBox();
      expect(box && box.width > 100 && box.height > 100).toBe(true);
    } finally {
      await close();
    }
  });
});
