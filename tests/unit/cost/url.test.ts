/**
 * The calculator's inputs in a shared link: a link reopens the same figures, only what differs
 * from the defaults is written, and a link that cannot be trusted changes nothing it should not
 * and says which field it ignored, never repeating what it held.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  INPUT_LIMITS,
  PRICE_KEYS,
  type OfferPrices,
  type PriceKey,
} from '../../../src/lib/cost/inputs';
import {
  COST_PARAMS,
  decodeCost,
  encodeCost,
  resolveInputs,
  resolvePrices,
  type CostDefaults,
  type CostState,
  type CostValues,
  type ValueKey,
} from '../../../src/lib/cost/url';

const defaults: CostDefaults = {
  offer: 'gpt-4-1-mini',
  values: {
    volume: 50_000,
    input: 1_000,
    output: 300,
    overhead: 1_500,
    cached: 0,
    inPrice: 0.4,
    cachedPrice: 0.1,
    outPrice: 1.6,
    tunedInPrice: 0.8,
    tunedOutPrice: 3.2,
    trainPrice: 5,
    hosting: 0,
    examples: 1_000,
    exampleTokens: 1_000,
    epochs: 3,
    retrains: 0,
    promptHours: 10,
    tuneHours: 40,
    rate: 100,
    months: 24,
  },
};
const offers = ['gpt-4-1-mini', 'gemini-flash', 'bedrock-nova'];
const options = { offers, defaults };
const VALUE_KEYS = COST_PARAMS.filter((k): k is ValueKey => k !== 'offer');

/** A state; `null` for the offer means the reader's own prices alone. */
const state = (
  values: Partial<CostValues> = {},
  offer: string | null = defaults.offer,
  custom: PriceKey[] = [],
): CostState => ({
  values: { ...defaults.values, ...values },
  offer: offer ?? undefined,
  customPrices: new Set(custom),
});

const offerPrices: OfferPrices = {
  inPrice: 0.4,
  cachedPrice: 0.1,
  outPrice: 1.6,
  tunedInPrice: 0.8,
  tunedOutPrice: 3.2,
  trainPrice: 5,
  hosting: 0,
  minimumPerJob: 0,
};
const hostedOffer: OfferPrices = {
  ...offerPrices,
  hosting: 1_460,
  minimumPerJob: 20,
};

describe('the inputs written into a link', () => {
  test.each<[string, CostState, string]>([
    ['the default view is a bare address', state(), ''],
    ['a changed figure is the only thing written', state({ volume: 120_000 }), 'volume=120000'],
    ['another offer is named', state({}, 'gemini-flash'), 'offer=gemini-flash'],
    [
      'parameters keep one order, whatever changed first',
      state({ months: 36, cached: 50, volume: 1_000 }, 'gemini-flash'),
      'volume=1000&cached=50&offer=gemini-flash&months=36',
    ],
    [
      'a typed price on the default offer names the offer, so the link keeps it',
      state({ inPrice: 1.5 }, defaults.offer, ['inPrice']),
      'offer=gpt-4-1-mini&inPrice=1.5',
    ],
    [
      'typed prices and no offer are written alone',
      state({ inPrice: 1.5, outPrice: 6 }, null, ['inPrice', 'outPrice']),
      'inPrice=1.5&outPrice=6',
    ],
    [
      'a typed hosting fee keeps the default offer without naming it',
      state({ hosting: 100 }, defaults.offer, ['hosting']),
      'hosting=100',
    ],
    ['a price equal to the form’s default but not typed is not written', state({ inPrice: 9 }), ''],
    [
      'no offer and no typed price is written as a zero input price',
      state({}, null, []),
      'inPrice=0',
    ],
  ])('%s', (_, s, expected) => {
    expect(encodeCost(s, defaults)).toBe(expected);
  });
});

describe('a link read back', () => {
  test('a bare address is the default view with no notices', () => {
    expect(decodeCost('', options)).toEqual({
      values: defaults.values,
      offer: defaults.offer,
      customPrices: new Set(),
      notices: [],
    });
  });

  test('typed prices without an offer stand alone', () => {
    const d = decodeCost('?inPrice=1.5&tunedInPrice=2', options);
    expect(d.offer).toBeUndefined();
    expect([...d.customPrices]).toEqual(['inPrice', 'tunedInPrice']);
    expect(d.notices).toEqual([]);
  });

  test('a typed hosting fee alone keeps the default offer', () => {
    const d = decodeCost('hosting=100', options);
    expect(d.offer).toBe(defaults.offer);
    expect(d.values.hosting).toBe(100);
    expect([...d.customPrices]).toEqual(['hosting']);
  });

  test('typed prices replace the named offer’s', () => {
    const d = decodeCost('offer=gemini-flash&tunedInPrice=4', options);
    expect(d.offer).toBe('gemini-flash');
    expect(resolveInputs(d, hostedOffer)).toMatchObject({
      tunedInPrice: 4,
      inPrice: hostedOffer.inPrice,
      hosting: 1_460,
      minimumPerJob: 20,
    });
  });

  test('the same figures come back from every link the page writes', () => {
    const values = fc.record(
      Object.fromEntries(
        VALUE_KEYS.map((key) => {
          const { min, max, whole } = INPUT_LIMITS[key];
          return [key, whole ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true })];
        }),
      ) as Record<ValueKey, fc.Arbitrary<number>>,
    );
    const states = fc.record({
      values,
      offer: fc.option(fc.constantFrom(...offers), { nil: undefined }),
      customPrices: fc.subarray([...PRICE_KEYS]).map((keys) => new Set(keys)),
    });
    fc.assert(
      fc.property(states, fc.constantFrom(offerPrices, hostedOffer), (s, prices) => {
        const link = encodeCost(s, defaults);
        const d = decodeCost(link, options);
        expect(d.notices).toEqual([]);
        expect(d.offer).toBe(s.offer);
        expect(encodeCost(d, defaults)).toBe(link);
        for (const key of VALUE_KEYS)
          if (!(PRICE_KEYS as readonly string[]).includes(key))
            expect(d.values[key]).toBe(s.values[key]);
        for (const key of s.customPrices) expect(d.values[key]).toBe(s.values[key]);
        const offer = s.offer === undefined ? undefined : prices;
        expect(resolveInputs(d, offer)).toEqual(resolveInputs(s, offer));
      }),
    );
  });
});

describe('prices from an offer, from the reader, or from the reader alone', () => {
  test('with an offer, typed figures replace its own and its minimum charge stays', () => {
    expect(resolvePrices(hostedOffer, { outPrice: 2, hosting: 0 })).toEqual({
      ...hostedOffer,
      outPrice: 2,
      hosting: 0,
    });
  });

  test('without one, only the figures given count: no minimum charge, no hosting but hosting', () => {
    expect(resolvePrices(undefined, { inPrice: 3, tunedOutPrice: 9 })).toEqual({
      inPrice: 3,
      cachedPrice: 3,
      outPrice: 0,
      tunedInPrice: 0,
      tunedOutPrice: 9,
      trainPrice: 0,
      hosting: 0,
      minimumPerJob: 0,
    });
    expect(resolvePrices(undefined, { inPrice: 3, cachedPrice: 1, hosting: 50 })).toMatchObject({
      cachedPrice: 1,
      hosting: 50,
      minimumPerJob: 0,
    });
  });
});

describe('a link that cannot be trusted', () => {
  const hostile = '<img src=x onerror=alert(1)>"><script>alert(1)</script>';
  test.each<[string, string, Partial<CostValues>, RegExp]>([
    ['a word is not a number', 'volume=abc', {}, /“Requests per month” \(volume\).*not a number/],
    ['a negative figure is ignored', 'volume=-5', {}, /\(volume\) in the link is negative/],
    [
      'a huge figure is clamped to the limit',
      'volume=1e400',
      { volume: INPUT_LIMITS.volume.max },
      /\(volume\).*more than the calculator allows, so 10,000,000,000 is used/,
    ],
    [
      'a long run of digits is clamped too',
      `examples=${'9'.repeat(60)}`,
      { examples: INPUT_LIMITS.examples.max },
      /\(examples\).*more than/,
    ],
    ['the cache share stops at 100', 'cached=150', { cached: 100 }, /\(cached\).*so 100 is used/],
    ['months start at 1', 'months=0', { months: 1 }, /\(months\).*less than.*so 1 is used/],
    ['months stop at 120', 'months=500', { months: 120 }, /\(months\).*so 120 is used/],
    ['months are whole', 'months=12.6', { months: 13 }, /\(months\).*not a whole number/],
    [
      'a repeated parameter uses the first',
      'volume=70000&volume=80000',
      { volume: 70_000 },
      /\(volume\) appears more than once/,
    ],
    ['markup is not a number', `volume=${encodeURIComponent(hostile)}`, {}, /\(volume\)/],
    ['a right-to-left override is not a number', 'rate=%E2%80%AE500', {}, /\(rate\)/],
    ['Infinity is not a number', 'inPrice=Infinity', {}, /\(inPrice\)/],
    ['hexadecimal is not a number', 'inPrice=0x10', {}, /\(inPrice\)/],
    ['a decimal comma is not a number', 'inPrice=1,5', {}, /\(inPrice\)/],
    ['an empty value is not a number', 'hosting=', {}, /\(hosting\)/],
    ['a value too long to be typed is dropped', `rate=${'1'.repeat(101)}`, {}, /\(rate\)/],
  ])('%s', (_, query, expected, notice) => {
    const d = decodeCost(query, options);
    expect(d.values).toEqual({ ...defaults.values, ...expected });
    expect(d.notices.join(' ')).toMatch(notice);
    expect(d.offer).toBe(defaults.offer);
  });

  test('two different bad values both name the field and neither is repeated', () => {
    const d = decodeCost('volume=a&volume=b', options);
    expect(d.notices).toEqual([
      '“Requests per month” (volume) appears more than once in the link; only the first is used.',
      '“Requests per month” (volume) in the link is not a number, so the default is used.',
    ]);
  });

  test('an unknown offer falls back to the default, or to the typed prices alone', () => {
    const unknown = decodeCost(`offer=${encodeURIComponent(hostile)}`, options);
    expect(unknown.offer).toBe(defaults.offer);
    expect(unknown.notices).toEqual([
      'The offer (offer) in the link is not one the calculator knows, so the default offer is used.',
    ]);
    const typed = decodeCost('offer=nope&inPrice=2', options);
    expect(typed.offer).toBeUndefined();
    expect(typed.notices[0]).toMatch(/only the prices the link gives are used/);
  });

  test('a parameter the calculator does not use is ignored without a word', () => {
    expect(decodeCost(`foo=${encodeURIComponent(hostile)}`, options).notices).toEqual([]);
  });

  test('whatever a link holds, figures stay within limits and notices never repeat it', () => {
    const junk = fc
      .string({ unit: 'binary', maxLength: 30 })
      .map((s) => `<b>${s}\u202E`)
      .chain((v) => fc.constantFrom(v, `-${v}`, `9${v}`));
    const queries = fc.array(fc.tuple(fc.constantFrom(...COST_PARAMS), junk), { maxLength: 8 });
    fc.assert(
      fc.property(queries, (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const d = decodeCost(query, options);
        expect(d.notices.length).toBeGreaterThanOrEqual(pairs.length > 0 ? 1 : 0);
        for (const notice of d.notices) {
          expect(notice).not.toMatch(/[<>\u202E]/);
          for (const [, value] of pairs) expect(notice).not.toContain(value);
        }
        expect(d.offer === undefined || offers.includes(d.offer)).toBe(true);
        for (const key of VALUE_KEYS) {
          const { min, max } = INPUT_LIMITS[key];
          expect(d.values[key]).toBeGreaterThanOrEqual(min);
          expect(d.values[key]).toBeLessThanOrEqual(max);
        }
      }),
    );
  });

  test('huge and hostile numbers of every kind are clamped or ignored, with the field named', () => {
    const numbers = fc.oneof(
      fc.double().map(String),
      fc.bigInt().map(String),
      fc.constantFrom('1e308', '1e-400', '-0', '.5', '5.', 'NaN', '+7', ' 7 '),
    );
    fc.assert(
      fc.property(fc.constantFrom(...COST_PARAMS), numbers, (key, value) => {
        const d = decodeCost(new URLSearchParams([[key, value]]).toString(), options);
        for (const notice of d.notices) expect(notice).toContain(`(${key})`);
        for (const k of VALUE_KEYS) expect(Number.isFinite(d.values[k])).toBe(true);
      }),
    );
  });
});
