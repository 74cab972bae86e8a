/**
 * The colour tokens in src/styles/global.css meet WCAG 2.2 AA in both themes: 4.5:1 for text,
 * 3:1 for focus rings and borders that carry meaning. Reads the light-dark() pairs from the CSS
 * itself, so a token change is checked as soon as it is made.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');
const tokens = new Map<string, { light: string; dark: string }>();
for (const m of css.matchAll(/--c-([a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
  tokens.set(m[1] ?? '', { light: m[2] ?? '', dark: m[3] ?? '' });
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const UI = 3;
const backgrounds = ['bg', 'surface', 'raised'];
const pairs: [string, string, number][] = [
  ...['fg', 'muted', 'accent', 'accent-strong', 'prompt', 'tune', 'hybrid', 'retrieval'].flatMap(
    (fg) => backgrounds.map((bg): [string, string, number] => [fg, bg, TEXT]),
  ),
  ['on-accent', 'accent', TEXT],
  ['on-accent', 'accent-strong', TEXT],
  ['fg', 'note', TEXT],
  ['accent', 'note', TEXT],
  ['focus', 'bg', UI],
  ['focus', 'surface', UI],
  ['note-border', 'note', UI],
];

describe('colour contrast of the theme tokens', () => {
  test('the tokens are all written as light-dark() pairs', () => {
    expect(tokens.size).toBeGreaterThanOrEqual(15);
  });

  for (const theme of ['light', 'dark'] as const) {
    test.each(pairs)(`${theme} theme: %s on %s reaches %f:1`, (fg, bg, min) => {
      const a = tokens.get(fg)?.[theme];
      const b = tokens.get(bg)?.[theme];
      expect(a, `token --c-${fg}`).toBeDefined();
      expect(b, `token --c-${bg}`).toBeDefined();
      expect(contrast(a ?? '', b ?? '')).toBeGreaterThanOrEqual(min);
    });
  }
});
