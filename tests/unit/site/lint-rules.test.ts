/**
 * No island can turn a URL parameter, stored state or search query into markup or code. The
 * guard is the linter (eslint.config.js: no-unsanitized, no-eval, no-new-func and restricted
 * calls), which `npm test` runs over every file; these tests prove that it catches each sink,
 * so the guard cannot be switched off by accident. Astro's `set:html` is not JavaScript, so it
 * is checked here directly. The same linter keeps build-only code out of the browser and the
 * clock out of the site's code and tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

const SINKS = [
  'el.innerHTML = value;',
  'el.outerHTML = value;',
  "el.insertAdjacentHTML('beforeend', value);",
  'document.write(value);',
  'document.writeln(value);',
  'range.createContextualFragment(value);',
  'el.setHTMLUnsafe(value);',
  'Document.parseHTMLUnsafe(value);',
  'eval(value);',
  'new Function(value);',
  "setTimeout('run()', 10);",
  'setInterval(`run()`, 10);',
  "el.setAttribute('onclick', value);",
];

// The fixtures are not files of the TypeScript project, so type-aware rules are left out here.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

/** The rules that guard the sinks; other findings in the fixtures (unused names…) are noise. */
const GUARDS = new Set([
  'no-unsanitized/method',
  'no-unsanitized/property',
  'no-eval',
  'no-new-func',
  'no-restricted-syntax',
]);

/** The guard rules a snippet of client-side code breaks. */
async function problems(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(
    `declare const el: any, range: any, value: string;\n${code}\n`,
    {
      filePath: 'src/components/sink-fixture.ts',
    },
  );
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return (result?.messages ?? []).flatMap((m) =>
    m.ruleId && GUARDS.has(m.ruleId) ? [m.ruleId] : [],
  );
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

describe('no HTML or code sinks in client-side code', () => {
  test.each(SINKS)('the linter rejects %s', async (code) => {
    expect(await problems(code)).not.toEqual([]);
  });

  test('the linter accepts text and attributes set safely', async () => {
    const safe =
      "el.textContent = value; el.setAttribute('title', value); setTimeout(() => value, 1);";
    expect(await problems(safe)).toEqual([]);
  });

  test('Astro templates never inject raw HTML (set:html), except escaped JSON data and the constant theme script', () => {
    const templates = files('src', /\.astro$/)
      .filter((p) => !p.endsWith('JsonData.astro') && !p.endsWith('ThemeScript.astro'))
      .filter((p) => /\bset:html\b/.test(readFileSync(p, 'utf8')));
    expect(templates).toEqual([]);
  });
});

/** The boundary rule's findings for `code` placed at `filePath`. */
async function boundary(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return (result?.messages ?? []).flatMap((m) =>
    m.ruleId === '@typescript-eslint/no-restricted-imports' ? [m.message] : [],
  );
}

describe('code the browser runs never imports build-only code', () => {
  const island = 'src/components/cost/boundary-fixture.ts';
  const shared = 'src/lib/cost/boundary-fixture.ts';
  test.each([
    ["import { parseHtml } from '../../lib/site/build/html';", island],
    ["import { siteContent } from '../../data/content';", island],
    ["import { z } from 'astro/zod';", island],
    ["import { parse } from 'node-html-parser';", shared],
    ["import { readFileSync } from 'node:fs';", shared],
    ["import { getCollection } from 'astro:content';", shared],
    ["import { offerSchema } from '../../schemas/offer';", shared],
    ["import { checkIntegrity } from '../content/build/integrity';", shared],
  ])('the linter rejects %s in %s', async (code, file) => {
    expect(await boundary(code, file)).not.toEqual([]);
  });

  test('types from the schemas, shared modules, and build code using build modules are fine', async () => {
    expect(await boundary("import type { OfferData } from '../../schemas/offer';", shared)).toEqual(
      [],
    );
    expect(await boundary("import { formatUsd } from '../../lib/cost/format';", island)).toEqual(
      [],
    );
    expect(
      await boundary("import { parse } from 'node-html-parser';", 'src/lib/site/build/fixture.ts'),
    ).toEqual([]);
  });
});

/** The clock rule's findings for `code` placed at `filePath`. */
async function clockReads(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return (result?.messages ?? []).flatMap((m) =>
    m.ruleId === 'no-restricted-syntax' && m.message.includes('SITE_TODAY') ? [m.message] : [],
  );
}

describe('nothing reads the clock but the build, once, so a test can set the day', () => {
  test.each([
    ['const today = new Date();', 'src/lib/offers/clock-fixture.ts'],
    ['const now = Date.now();', 'src/lib/offers/clock-fixture.ts'],
    ['const text = Date();', 'src/data/clock-fixture.ts'],
    ['---\nconst today = new Date();\n---\n<p>{today.getFullYear()}</p>', 'src/pages/clock.astro'],
    ['const today = new Date();', 'tests/unit/clock-fixture.test.ts'],
  ])('the linter rejects %s in %s', async (code, file) => {
    expect(await clockReads(code, file)).not.toEqual([]);
  });

  test('a given date is fine anywhere, and the build reads the clock in src/data/today.ts', async () => {
    const given =
      "const day = new Date('2027-01-15T00:00:00Z'); const ms = Date.parse('2027-01-15');";
    expect(await clockReads(given, 'src/lib/offers/clock-fixture.ts')).toEqual([]);
    expect(await clockReads('export const now = new Date();', 'src/data/today.ts')).toEqual([]);
  });
});
