import { describe, expect, test } from 'vitest';
import { changeDate, changeText, changesFor } from '../../../src/lib/guide/changes';
import { facts } from '../../fixtures/content';

const entry = (id: string, date: string, guide: string[], precision: 'day' | 'month' = 'day') => ({
  id,
  data: {
    date: new Date(`${date}T00:00:00Z`),
    precision,
    title: `Title of ${id}`,
    what: 'Jobs end on {fact:last-jobs}.',
    meaning: 'Plan for it.',
    guide,
  },
});

describe('the changes log', () => {
  test('dates read at the precision the source gives', () => {
    expect(changeDate(entry('a', '2026-05-07', []))).toBe('7 May 2026');
    expect(changeDate(entry('b', '2025-05-01', [], 'month'))).toBe('May 2025');
  });

  test('facts in an entry are filled in with the day they were checked', () => {
    expect(changeText(entry('a', '2026-05-07', []), facts).what).toBe(
      'Jobs end on 6 January 2027 (as of 30 November 2026).',
    );
  });

  test('a guide page finds the entries that affect it, sections included', () => {
    const log = [
      entry('a', '2026-05-07', ['fine-tuning']),
      entry('b', '2026-01-01', ['data#x', 'beyond']),
    ];
    expect(changesFor(log, 'data').map((c) => c.id)).toEqual(['b']);
    expect(changesFor(log, 'fine-tuning').map((c) => c.id)).toEqual(['a']);
    expect(changesFor(log, 'overview')).toEqual([]);
  });
});
