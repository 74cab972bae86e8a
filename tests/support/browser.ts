/** Shared set-up for browser tests: one Chromium per test file, pages with error capture. */
import { afterAll, beforeAll, inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { useWideFont, wideFontReady } from './layout';

export const baseUrl = () => inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/**
 * One Chromium for the calling test file: launched before its tests, closed after them.
 * Returns a getter, since the browser exists only once the tests start.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running (use it inside a test)');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

/** Makes every `localStorage` access throw, as some private modes do. */
async function blockStorage(context: BrowserContext) {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
}

/**
 * Opens `path` in a fresh context and records every console error and uncaught exception.
 * `storage: false` makes local storage unavailable, as in some private modes; `wideFont` sets
 * the page in the wide test font, for tests that measure layout (see layout.ts).
 */
export async function open(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
  { storage = true, wideFont = false }: { storage?: boolean; wideFont?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  if (!storage) await blockStorage(context);
  if (wideFont) await useWideFont(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()}`));
  await page.goto(baseUrl() + path, { waitUntil: 'load' });
  if (wideFont) await wideFontReady(page);
  return { page, errors, close: () => context.close() };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.2 A and AA, plus best practices) on the page; returns violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // axe-core's global, injected above; typed here as the little of it this helper uses.
    const { axe } = window as unknown as {
      axe: { run: (root: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** A readable one-line-per-problem summary of axe violations for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    .join('\n');
}

/** Smooth scrolling is on: waits until the window stops moving. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        const check = () => {
          if (window.scrollY === last) resolve();
          else {
            last = window.scrollY;
            setTimeout(check, 100);
          }
        };
        setTimeout(check, 50);
      }),
  );
}
