import { describe, expect, test } from 'vitest';
import { formatDate, formatList } from '../../../src/lib/site/format';
import { readingMinutes } from '../../../src/lib/site/site';

describe('formatting', () => {
  test.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('the list %j reads "%s"', (items, expected) => {
    expect(formatList(items)).toBe(expected);
  });

  test('dates read day month year, whatever the time zone', () => {
    expect(formatDate(new Date('2026-11-21'))).toBe('21 November 2026');
  });

  test('reading time counts words, not markup, and is at least a minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(440))).toBe(2);
    expect(readingMinutes(`${'<Cite ids="a b c d e f" /> '.repeat(500)} word`)).toBe(1);
  });
});
