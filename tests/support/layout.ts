/**
 * A known wide font for the browser tests that measure layout, so that they give the same
 * answer on every machine whatever fonts it has installed. DejaVu Sans (from the
 * @fontsource/dejavu-sans devDependency) is one of the widest common sans-serif fonts: a page
 * that reflows with it reflows with the narrower ones readers are likely to have.
 *
 * The font is served from the site's own origin and declared by appending to the site's own
 * stylesheets, so the pages keep their Content Security Policy (font-src 'self', no inline
 * style) exactly as readers get it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** The family name the pages are given; unlike "DejaVu Sans", no machine has it installed. */
export const WIDE_FONT = 'Layout Test Wide';

const FONT_PATH = '/__test-fonts__/';
const files = createRequire(import.meta.url);
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;
const fileName = ({ weight, style }: (typeof FACES)[number]) =>
  `dejavu-sans-latin-${weight}-${style}.woff2`;

/** The @font-face rules and the rule that puts every element, form controls included, in it. */
const WIDE_FONT_CSS = [
  ...FACES.map(
    (face) =>
      `@font-face{font-family:'${WIDE_FONT}';font-weight:${face.weight};font-style:${face.style};` +
      `src:url(${FONT_PATH}${fileName(face)}) format('woff2')}`,
  ),
  // Monospace stays monospace (DejaVu Sans Mono is wider still where installed).
  `*:not(code,kbd,pre,samp){font-family:'${WIDE_FONT}' !important}`,
].join('\n');

/**
 * Gives every page opened in `context` the wide test font: serves its files and appends the
 * rules above to each of the site's stylesheets as it loads.
 */
export async function useWideFont(context: BrowserContext): Promise<void> {
  await context.route(`**${FONT_PATH}*`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(FONT_PATH.length);
    const face = FACES.find((f) => fileName(f) === name);
    if (!face) return route.fulfill({ status: 404 });
    return route.fulfill({
      contentType: 'font/woff2',
      body: readFileSync(files.resolve(`@fontsource/dejavu-sans/files/${name}`)),
    });
  });
  await context.route('**/_astro/*.css', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n${WIDE_FONT_CSS}` });
  });
}

/**
 * Waits until the page's text is set in the wide font; fails, rather than measuring in another
 * font, if it never loads.
 */
export async function wideFontReady(page: Page): Promise<void> {
  const loaded = await page.evaluate(async (family) => {
    await Promise.all([
      document.fonts.load(`16px '${family}'`),
      document.fonts.load(`bold 16px '${family}'`),
    ]);
    await document.fonts.ready;
    const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === family);
    return faces.filter((f) => f.status === 'loaded').map((f) => f.weight);
  }, WIDE_FONT);
  if (!loaded.includes('400') || !loaded.includes('700'))
    throw new Error(`the wide test font did not load on ${page.url()} (loaded: ${loaded.join()})`);
}

/** Raises the reader's default text size from 16 to 24 px, as the browser setting would. */
export async function raiseTextSize(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '150%'));
}

/**
 * What does not fit the window: elements that reach past its right edge, and text cut off or
 * spilling out of its box, each named by a short selector and its text for the failure message.
 * On screen an element inside a box that scrolls sideways is held by it; on `paper` nothing
 * scrolls, so everything must fit.
 */
export function layoutProblems(page: Page, { paper = false } = {}): Promise<string[]> {
  return page.evaluate((paper) => {
    const viewport = document.documentElement.clientWidth;
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList]
        .slice(0, 3)
        .map((c) => `.${c}`)
        .join('') +
      ` “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
    const scrolls = (el: Element) => !paper && /auto|scroll/.test(getComputedStyle(el).overflowX);
    // Screen-reader-only text is clipped to a pixel on purpose.
    const srOnly = (style: CSSStyleDeclaration) =>
      style.clip !== 'auto' || style.clipPath !== 'none';
    const held = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement)
        if (scrolls(p) || srOnly(getComputedStyle(p))) return true;
      return false;
    };
    const problems: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || srOnly(style)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Only the outermost element that reaches too far: its children go with it.
      const parent = el.parentElement;
      const parentOver = parent && parent.getBoundingClientRect().right > viewport + 0.5;
      if (r.right > viewport + 0.5 && !parentOver && !held(el))
        problems.push(`${name(el)} reaches ${Math.round(r.right)} px`);
      if (el instanceof SVGElement) {
        // An SVG does not reflow: its text must fit inside the drawing, or it is cut off.
        const box = el.ownerSVGElement?.getBoundingClientRect();
        if (el.tagName === 'text' && box && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
          problems.push(`${name(el)}: text cut off by the edge of its drawing`);
        continue;
      }
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (hasText && !scrolls(el) && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)}: text ${el.scrollWidth} px in a ${el.clientWidth} px box`);
    }
    return problems;
  }, paper);
}
