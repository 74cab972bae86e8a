/**
 * An offer's status follows its dates, so the site is right the day after a deadline without an
 * edit: a table of cases a reader would sign, and properties that hold for any dates.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  OFFER_STATUSES,
  offerStatus,
  openToNewCustomers,
  statusChanges,
  type StatusDates,
} from '../../../src/lib/offers/status';
import { offerWarnings } from '../../../src/lib/offers/build/warnings';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const openai: StatusDates = {
  closedToNew: day('2026-05-07'),
  lastNewJobs: day('2027-01-06'),
  shutdown: day('2027-01-14'),
};

describe('an offer’s status is worked out from its dates', () => {
  test.each<[string, StatusDates, string, string]>([
    ['no dates at all: available', {}, '2026-12-06', 'available'],
    [
      'a retirement announced but not come: closing',
      { shutdown: day('2027-07-21') },
      '2026-12-06',
      'closing',
    ],
    [
      'before it closed to new customers, OpenAI’s offer was closing',
      openai,
      '2026-05-06',
      'closing',
    ],
    [
      'on the day it closed to new customers: existing customers only',
      openai,
      '2026-05-07',
      'existing-customers',
    ],
    ['the day after the last-jobs date: no new jobs', openai, '2027-01-07', 'no-new-jobs'],
    ['on the shutdown day: retired', openai, '2027-01-14', 'retired'],
    [
      'a model retired before any other date: retired, whatever else is listed',
      { lastNewJobs: day('2026-09-20'), shutdown: day('2026-10-20') },
      '2026-12-06',
      'retired',
    ],
  ])('%s', (_, dates, today, expected) => {
    expect(offerStatus(dates, day(today))).toBe(expected);
  });

  test('only available and closing offers are open to someone new to the provider', () => {
    expect(OFFER_STATUSES.filter(openToNewCustomers)).toEqual(['available', 'closing']);
  });

  // Days within two centuries, so that adding years never leaves the range a Date can hold.
  const aDay = fc.date({ min: day('2000-01-01'), max: day('2100-01-01'), noInvalidDate: true });
  const dates = fc.record({
    closedToNew: fc.option(aDay, { nil: undefined }),
    lastNewJobs: fc.option(aDay, { nil: undefined }),
    shutdown: fc.option(aDay, { nil: undefined }),
  });

  test('an offer is retired exactly when its shutdown day has come, and never offered after', () => {
    fc.assert(
      fc.property(dates, aDay, (d, today) => {
        const status = offerStatus(d, today);
        const shutDown = d.shutdown !== undefined && d.shutdown <= today;
        expect(status === 'retired').toBe(shutDown);
        if (shutDown) expect(openToNewCustomers(status)).toBe(false);
      }),
    );
  });

  test('as days pass a status only moves forward: nothing reopens', () => {
    fc.assert(
      fc.property(dates, aDay, fc.nat(4000), (d, today, days) => {
        const later = new Date(today.getTime() + days * 86_400_000);
        const rank = (t: Date) => OFFER_STATUSES.indexOf(offerStatus(d, t));
        expect(rank(later)).toBeGreaterThanOrEqual(rank(today));
      }),
    );
  });
});

describe('the build names offers whose status changed since they were checked', () => {
  const offers = [
    { id: 'openai', dates: openai, checked: day('2026-12-06') },
    {
      id: 'retired-when-checked',
      dates: { shutdown: day('2026-10-20') },
      checked: day('2026-12-06'),
    },
    { id: 'open', dates: {}, checked: day('2026-12-06') },
  ];

  test('nothing has changed on the day they were checked', () => {
    expect(statusChanges(offers, day('2026-12-06'))).toEqual([]);
  });

  test('after a deadline only the offer it belongs to is named, with both statuses', () => {
    const changes = statusChanges(offers, day('2027-01-10'));
    expect(changes.map((c) => [c.offer.id, c.was, c.now])).toEqual([
      ['openai', 'existing-customers', 'no-new-jobs'],
    ]);
  });
});

describe('the build’s warnings about offers', () => {
  const offer = { id: 'openai', dates: openai, checked: day('2026-12-06') };

  test('none on the day an offer was checked', () => {
    expect(offerWarnings([offer], day('2026-12-06'))).toEqual([]);
  });

  test('a passed deadline and old prices are each named with the file', () => {
    const [changed, stale] = offerWarnings([offer], day('2027-01-21'));
    expect(changed).toContain('content/offers/openai.yaml: existing customers only → retired');
    expect(stale).toMatch(
      /content\/offers\/openai\.yaml › openai: offer prices last checked 2026-12-06 \(46 days ago\)/,
    );
  });

  test('prices are stale after 45 days, not 120 as facts are', () => {
    expect(offerWarnings([{ ...offer, dates: {} }], day('2027-01-20'))).toEqual([]);
    expect(offerWarnings([{ ...offer, dates: {} }], day('2027-01-21'))).toHaveLength(1);
  });
});
