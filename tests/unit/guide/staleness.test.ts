import { describe, expect, test } from 'vitest';
import { STALE_AFTER_DAYS, formatStale, staleChecks } from '../../../src/lib/guide/build/staleness';

const today = new Date('2026-11-30T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (id: string, checked: string, kind = 'source') => ({
  kind,
  id,
  file: kind === 'source' ? 'content/sources.yaml' : 'content/facts.yaml',
  checked: day(checked),
});

describe('the build warns about checks older than 120 days', () => {
  test('a check 120 days old is still fresh; 121 days is stale', () => {
    expect(STALE_AFTER_DAYS).toBe(120);
    const stale = staleChecks([entry('fresh', '2026-08-02'), entry('old', '2026-08-01')], today);
    expect(stale.map((s) => [s.id, s.age])).toEqual([['old', 121]]);
  });

  test('stale entries are listed oldest first with their file, kind and age', () => {
    const stale = staleChecks(
      [entry('a', '2026-06-01'), entry('price', '2025-01-01', 'fact'), entry('b', '2026-11-29')],
      today,
    );
    expect(formatStale(stale)).toBe(
      [
        '2 entries were last checked more than 120 days ago; check them against their sources and update `checked`:',
        '  content/facts.yaml › price: fact last checked 2025-01-01 (698 days ago)',
        '  content/sources.yaml › a: source last checked 2026-06-01 (182 days ago)',
      ].join('\n'),
    );
  });

  test('nothing stale means no warning at all', () => {
    expect(formatStale(staleChecks([entry('a', '2026-11-01')], today))).toBe('');
  });
});
