// Screenshots of pages in light and dark, at phone and desktop widths, for looking at what
// was built: `npm run screenshots -- /guide/overview/ /compare/` (default: home and Overview).
// Needs a preview server on BASE_URL (default http://localhost:4321): run `npm start` first.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const pages = paths.length ? paths : ['/', '/guide/overview/'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const { executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const sizes = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
for (const path of pages) {
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    for (const size of sizes) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${scheme}-${size.name}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      console.log(name);
      await context.close();
    }
  }
}
await browser.close();
