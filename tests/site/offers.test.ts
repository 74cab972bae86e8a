/**
 * /offers/, /offers.json and the calculator's offer list, over the built site: every figure is a
 * number or "unknown" with the words it rests on, an unknown figure never reads as $0, statuses
 * follow the dates on the day of the build, and the calculator starts from an offer a new
 * customer can buy, with every other offer's status in its option's visible text.
 */
import { describe, expect, test } from 'vitest';
import { parseHtml, readDist } from '../support/dist';

interface Figure {
  value: number | 'unknown';
  basis?: string;
  quote?: string;
  locator?: string;
  note?: string;
}
interface Offer {
  id: string;
  status: string;
  dates: { shutdown?: { date: string }; lastNewJobs?: { date: string } };
  training?: { perMillionTokens: Figure };
  hosting?: { perMonth: Figure };
}
const data = JSON.parse(readDist('offers.json')) as {
  format: number;
  asOf: string;
  offers: Offer[];
};
const page = parseHtml(readDist('offers/index.html'));

/** Every figure in an offer: an object with a `value`. */
function figures(value: unknown): Figure[] {
  if (!value || typeof value !== 'object') return [];
  if ('value' in value) return [value as Figure];
  return Object.values(value).flatMap(figures);
}

describe('/offers.json', () => {
  test('is format 2, dated, with at least one offer', () => {
    expect(data.format).toBe(2);
    expect(data.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.offers.length).toBeGreaterThan(0);
  });

  test('every figure is a number or "unknown"; a known one quotes its source and says where', () => {
    for (const offer of data.offers)
      for (const f of figures(offer)) {
        expect(typeof f.value === 'number' || f.value === 'unknown', offer.id).toBe(true);
        if (f.value === 'unknown') expect(f.note, offer.id).toBeTruthy();
        else if (f.basis) {
          expect(f.quote, offer.id).toBeTruthy();
          expect(f.locator, offer.id).toBeTruthy();
        }
      }
  });

  test('an offer is retired exactly when its shutdown day had come on the day of the build', () => {
    for (const offer of data.offers) {
      const shut = offer.dates.shutdown !== undefined && offer.dates.shutdown.date <= data.asOf;
      expect(offer.status === 'retired', offer.id).toBe(shut);
    }
  });
});

describe('/offers/', () => {
  test('an unknown training price or hosting fee reads "unknown", never $0', () => {
    for (const offer of data.offers) {
      const row = page.querySelector(`tr[data-offer="${offer.id}"]`);
      expect(row, offer.id).not.toBeNull();
      const cells = row?.querySelectorAll('td') ?? [];
      if (offer.training?.perMillionTokens.value === 'unknown') {
        expect(cells[1]?.text, offer.id).toMatch(/^\s*unknown/);
        expect(row?.getAttribute('data-training'), offer.id).toBe('');
      }
      if (offer.hosting?.perMonth.value === 'unknown') {
        expect(cells[4]?.text, offer.id).toMatch(/^\s*unknown/);
        expect(row?.getAttribute('data-hosting'), offer.id).toBe('');
      }
    }
  });

  test('each row carries its derived status, and the source’s words are on the page', () => {
    for (const offer of data.offers)
      expect(page.querySelector(`tr[data-offer="${offer.id}"]`)?.getAttribute('data-status')).toBe(
        offer.status,
      );
    expect(page.querySelectorAll('[data-quote]').length).toBeGreaterThan(data.offers.length);
  });
});

describe('the calculator’s offers', () => {
  const cost = parseHtml(readDist('cost/index.html'));
  const options = cost.querySelectorAll('select[name="offer"] option');
  const status = (id: string) => data.offers.find((o) => o.id === id)?.status;

  test('it starts from an offer a new customer can buy today', () => {
    const selected = options.find((o) => o.hasAttribute('selected'));
    expect(['available', 'closing']).toContain(status(selected?.getAttribute('value') ?? ''));
  });

  test('an offer closed to new customers, to new jobs or retired says so first in its visible text', () => {
    for (const option of options) {
      const s = status(option.getAttribute('value') ?? '');
      if (s && !['available', 'closing'].includes(s))
        expect(option.text, option.text).toMatch(
          /^(Existing customers only|No new jobs|Retired): /,
        );
    }
  });
});
