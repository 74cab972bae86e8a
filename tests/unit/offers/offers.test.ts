/**
 * Offers resolved for /offers/, /offers.json and the calculator, on the fixture: the shutdown
 * comes from the model, an unknown figure stays unknown (never 0), a price set by the provider's
 * rule takes the base model's numbers, and every figure keeps the words it rests on.
 */
import { describe, expect, test } from 'vitest';
import { offerSchema } from '../../../src/schemas/offer';
import type { ModelData } from '../../../src/schemas/model';
import { UNKNOWN, known, resolveOffer } from '../../../src/lib/offers/offers';
import { exampleRunCost, statusText, tokenText, trainingText } from '../../../src/lib/offers/text';
import { sortRows } from '../../../src/lib/site/table-sort';
import {
  fixtureModels,
  fixtureOffers,
  resolvedFixture,
  resolvedFixtures,
} from '../../fixtures/offers';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-12-06');

describe('resolving an offer', () => {
  test('its shutdown is its model’s retirement, and its status follows', () => {
    const o = resolvedFixture('closing', today);
    expect(o.dates.shutdown?.date).toBe('2027-01-14');
    expect(o.dates.shutdown?.quote).toBe('a-1 retires on 2027-01-14');
    expect(o.status).toBe('existing-customers');
    expect(resolvedFixture('closing', day('2027-01-14')).status).toBe('retired');
  });

  test('a provider that keeps tuned models longer gives that day, not the base model’s', () => {
    const o = resolvedFixture('rule-priced', today);
    expect(o.model.retires).toBe('2026-10-14');
    expect(o.dates.shutdown?.date).toBe('2027-10-14');
    expect(o.status).toBe('closing');
  });

  test('an unknown figure stays unknown, with the note saying what could not be read', () => {
    const o = resolvedFixture('rule-priced', today);
    expect(o.training?.perMillionTokens.value).toBe(UNKNOWN);
    expect(o.training?.perMillionTokens.note).toMatch(/could not be read/);
    expect(o.hosting?.perMonth.value).toBe(UNKNOWN);
    expect(known(o.hosting?.perMonth)).toBeUndefined();
  });

  test('prices set by the provider’s rule take the base model’s numbers and quote the rule; no cache discount is assumed', () => {
    const o = resolvedFixture('rule-priced', today);
    // The rule names input and output tokens only: cached input is charged as input.
    expect([o.tuned?.input.value, o.tuned?.cachedInput.value, o.tuned?.output.value]).toEqual([
      0.4, 0.4, 1.6,
    ]);
    expect(o.tuned?.input.quote).toBe("tuned models bill at the base model's rates");
  });

  test('base prices from the dataset quote the dataset’s entry', () => {
    const o = resolvedFixture('closing', today);
    expect(o.base?.input).toMatchObject({
      value: 0.4,
      basis: 'genai-prices',
      source: 'genai-prices',
    });
    expect(o.base?.input.quote).toContain('input_mtok 0.4');
  });

  test('an hourly fee is also given for a month of 730 hours', () => {
    const o = resolvedFixture('hourly', today);
    expect(o.hosting?.perHour?.value).toBe(4);
    expect(o.hosting?.perMonth.value).toBe(2920);
  });

  test('a self-hosted offer runs on GPUs and carries its price and speeds', () => {
    const o = resolvedFixture('gpu', today);
    expect(o.host).toBe('gpu');
    expect([
      known(o.gpu?.perHour),
      known(o.gpu?.throughput),
      known(o.gpu?.trainThroughput),
    ]).toEqual([3.6, 2000, 5000]);
    expect(o.model.retires).toBe('open weights');
  });

  test('an offer with neither base prices nor a dataset entry fails, naming its file', () => {
    const data = offerSchema.parse({ ...fixtureOffers['rule-priced'], base: undefined });
    const model = { id: 'no-date', data: fixtureModels['no-date'] as ModelData };
    expect(() => resolveOffer('rule-priced', data, model, {}, today)).toThrow(
      'content/offers/rule-priced.yaml › base',
    );
  });
});

describe('what /offers/ shows', () => {
  test('an unknown price reads "unknown", never $0', () => {
    const o = resolvedFixture('rule-priced', today);
    expect(trainingText(o)).toBe('unknown');
    expect(exampleRunCost(o, 3e6)).toBeUndefined();
    const unknown = { value: UNKNOWN } as const;
    expect(tokenText({ input: unknown, cachedInput: unknown, output: unknown })).toBe('unknown');
  });

  test('the status says which dates have passed and which are to come', () => {
    expect(statusText(resolvedFixture('closing', today), today)).toBe(
      'Existing customers only: closed to new customers 7 May 2026; no new jobs from 6 January 2027; tuned models shut down on 14 January 2027.',
    );
  });

  test.each<[string, number | undefined]>([
    // 3 million training tokens at $5 per million.
    ['closing', 15],
    // 3 million at $0.48 is $1.44, below the $20 minimum per job.
    ['hourly', 20],
    // 3,000,000 ÷ (5,000 a second × 3,600) hours × $3.60 an hour = $0.60.
    ['gpu', 0.6],
    ['rule-priced', undefined],
  ])('one example run of 3 million training tokens on %s costs %s', (id, expected) => {
    const cost = exampleRunCost(resolvedFixture(id, today), 3e6);
    if (expected === undefined) expect(cost).toBeUndefined();
    else expect(cost).toBeCloseTo(expected, 10);
  });

  test('sorting by the example run puts per-token and per-GPU-hour offers on one scale, unknown last', () => {
    const rows = resolvedFixtures(today).map((o) => ({
      row: o.id,
      value: String(exampleRunCost(o, 3e6) ?? ''),
    }));
    expect(sortRows(rows, true)).toEqual(['gpu', 'closing', 'hourly', 'rule-priced']);
    expect(sortRows(rows, false)).toEqual(['hourly', 'closing', 'gpu', 'rule-priced']);
  });
});
