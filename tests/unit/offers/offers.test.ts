/**
 * An offer reads as it stands on the day the site is built for: once its last day for new jobs
 * or its shutdown has passed, it is closed, whatever its file last said, and it sorts after the
 * offers a reader can still use. Fixed values come from tests/fixtures/content.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { byStatus, resolveOffer, statusOn } from '../../../src/lib/offers/offers';
import { statusText } from '../../../src/lib/offers/text';
import { fixture, offers } from '../../fixtures/content';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const windingDown = fixture(offers, 'winding-down');
const open = fixture(offers, 'open');
const resolve = (id: string, today: Date) =>
  resolveOffer(id, fixture(offers, id), undefined, today);

describe('an offer’s status on a given day', () => {
  test.each([
    ['2026-12-06', 'closing'],
    ['2027-01-05', 'closing'],
    ['2027-01-06', 'closed'],
    ['2027-01-14', 'closed'],
    ['2027-01-15', 'closed'],
  ] as const)(
    'a wind-down with no new jobs from 6 January 2027 reads, on %s, as %s',
    (on, status) => {
      expect(statusOn(windingDown, day(on))).toBe(status);
    },
  );

  test('past its shutdown an offer is closed even with no last day for new jobs', () => {
    const { lastNewJobs: _gone, ...dates } = windingDown.dates;
    expect(statusOn({ status: 'closing', dates }, day('2027-01-13'))).toBe('closing');
    expect(statusOn({ status: 'closing', dates }, day('2027-01-14'))).toBe('closed');
  });

  test('on any day, an offer with no announced end keeps its status, and a closed one never reopens', () => {
    const anyDay = fc.date({ min: day('2000-01-01'), max: day('2100-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(statusOn(open, earlier)).toBe('available');
        if (statusOn(windingDown, earlier) === 'closed')
          expect(statusOn(windingDown, later)).toBe('closed');
      }),
    );
  });

  test('on 15 January 2027 the resolved offer says it is closed, with the dates that closed it', () => {
    const offer = resolve('winding-down', day('2027-01-15'));
    expect(offer.status).toBe('closed');
    expect(statusText(offer)).toBe(
      'Closed: closed to new users from 7 May 2026; no new jobs from 6 January 2027; tuned models shut down 14 January 2027.',
    );
  });

  test('offers a reader can still use come first, and a closed one last', () => {
    const before = [resolve('winding-down', day('2026-12-06')), resolve('open', day('2026-12-06'))];
    expect(before.sort(byStatus).map((o) => [o.id, o.status])).toEqual([
      ['open', 'available'],
      ['winding-down', 'closing'],
    ]);
    const after = [resolve('open', day('2027-01-15')), resolve('winding-down', day('2027-01-15'))];
    expect(after.sort(byStatus).map((o) => o.status)).toEqual(['available', 'closed']);
  });
});
