/**
 * The build's day: the clock's day unless SITE_TODAY sets another, so that tests and previews
 * can build the site as it will read on a later day; a setting that is not a date stops the build.
 */
import { describe, expect, test } from 'vitest';
import { siteToday } from '../../../src/data/today';

const now = new Date('2026-12-06T15:42:00Z');

describe('the day the site is built for', () => {
  test('without SITE_TODAY it is the clock’s day, at midnight UTC like every content date', () => {
    expect(siteToday(undefined, now).toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(siteToday('', now).toISOString()).toBe('2026-12-06T00:00:00.000Z');
  });

  test('SITE_TODAY=2027-01-15 builds the site as it will read on 15 January 2027', () => {
    expect(siteToday('2027-01-15', now).toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  test.each(['15/01/2027', '2027-1-15', '2027-02-30', '2027-13-01', 'tomorrow'])(
    'SITE_TODAY=%s stops the build and says how to write the day',
    (setting) => {
      expect(() => siteToday(setting, now)).toThrow(
        'SITE_TODAY must be a date written YYYY-MM-DD, such as 2027-01-15',
      );
    },
  );
});
