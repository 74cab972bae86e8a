/**
 * The calculator's state in a shared link: a link reopens the same figures, paths and choices,
 * only what differs from the project is written, and a link that cannot be trusted changes
 * nothing it should not and says which field it ignored, its allowed range and the value used,
 * never repeating what it held. Projects and offers come from tests/fixtures, not content.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { INPUT_LIMITS, OFFER_KEYS, PATH_IDS, type OfferKey } from '../../../src/lib/cost/inputs';
import {
  COST_PARAMS,
  decodeCost,
  encodeCost,
  projectState,
  type CostState,
  type CostValues,
  type ValueKey,
} from '../../../src/lib/cost/url';
import { PROJECTS } from '../../fixtures/cost';

const [support, handbook] = PROJECTS as [(typeof PROJECTS)[0], (typeof PROJECTS)[0]];
const offers = ['closing', 'rule-priced', 'hourly', 'gpu'];
const options = { offers, projects: PROJECTS };
const VALUE_KEYS = COST_PARAMS.filter(
  (k): k is ValueKey =>
    k !== 'offer' && k !== 'paths' && k !== 'host' && k !== 'move' && k !== 'project',
);
const start = projectState(support);

/** A state from the first project with some things changed. */
const state = (change: Partial<CostState> & { typed?: Partial<Record<OfferKey, number>> } = {}) => {
  const { typed = {}, ...rest } = change;
  return {
    ...start,
    ...rest,
    values: { ...start.values, ...rest.values, ...typed },
    custom: new Set(Object.keys(typed) as OfferKey[]),
  } satisfies CostState;
};

describe('the inputs written into a link', () => {
  test.each<[string, CostState, string]>([
    ['the first project’s default view is a bare address', state(), ''],
    [
      'a changed figure is the only thing written',
      state({ values: { ...start.values, volume: 120_000 } }),
      'volume=120000',
    ],
    ['another offer is named', state({ offer: 'hourly' }), 'offer=hourly'],
    [
      'parameters keep one order, whatever changed first',
      state({
        offer: 'hourly',
        values: { ...start.values, months: 36, cached: 50, volume: 1_000, batch: 20 },
      }),
      'volume=1000&cached=50&offer=hourly&months=36&batch=20',
    ],
    [
      'a typed price on the project’s offer names the offer, so the link keeps it',
      state({ typed: { inPrice: 1.5 } }),
      'offer=closing&inPrice=1.5',
    ],
    [
      'typed prices and no offer are written alone',
      state({ offer: undefined, typed: { inPrice: 1.5, outPrice: 6 } }),
      'inPrice=1.5&outPrice=6',
    ],
    [
      'a typed hosting fee keeps the project’s offer without naming it',
      state({ typed: { hosting: 100 } }),
      'hosting=100',
    ],
    ['my own prices with nothing typed is an empty offer', state({ offer: undefined }), 'offer='],
    [
      'paths, host and move are written when they differ',
      state({ paths: ['retrieval', 'prompting'], host: 'gpu', move: 'prompt' }),
      'paths=prompting%2Cretrieval&host=gpu&move=prompt',
    ],
    [
      'another project is named, and its own figures are not written',
      projectState(handbook),
      'project=handbook',
    ],
    [
      'a typed search index is written; the project’s own is not',
      { ...projectState(handbook), custom: new Set<OfferKey>(['store']) },
      'store=40&project=handbook',
    ],
  ])('%s', (_, s, expected) => {
    expect(encodeCost(s, PROJECTS)).toBe(expected);
  });
});

describe('a link read back', () => {
  test('a bare address is the first project’s view with no notices', () => {
    expect(decodeCost('', options)).toEqual({ ...start, notices: [] });
  });

  test('the checklist’s link opens its paths, volume and offer', () => {
    const d = decodeCost('paths=retrieval,fine-tuning&volume=300000&offer=hourly', options);
    expect(d.paths).toEqual(['retrieval', 'fine-tuning']);
    expect(d.values.volume).toBe(300_000);
    expect(d.offer).toBe('hourly');
    expect(d.notices).toEqual([]);
  });

  test('a project link opens its figures, offer and paths', () => {
    const d = decodeCost('project=handbook', options);
    expect(d).toMatchObject({ project: 'handbook', offer: 'rule-priced', paths: handbook.paths });
    expect(d.values.volume).toBe(20_000);
  });

  test('typed prices without an offer stand alone', () => {
    const d = decodeCost('?inPrice=1.5&tunedInPrice=2', options);
    expect(d.offer).toBeUndefined();
    expect([...d.custom]).toEqual(['inPrice', 'tunedInPrice']);
    expect(d.notices).toEqual([]);
  });

  test('a typed hosting fee alone keeps the project’s offer', () => {
    const d = decodeCost('hosting=100', options);
    expect(d.offer).toBe(support.offer);
    expect(d.values.hosting).toBe(100);
    expect([...d.custom]).toEqual(['hosting']);
  });

  test('tracking and search parameters are ignored without a word', () => {
    const d = decodeCost('utm_source=x&highlight=cost&ref=news&volume=1000', options);
    expect(d.notices).toEqual([]);
    expect(d.values.volume).toBe(1000);
  });

  test('the same state comes back from every link the page writes', () => {
    const values = fc.record(
      Object.fromEntries(
        VALUE_KEYS.map((key) => {
          const { min, max, whole } = INPUT_LIMITS[key];
          return [key, whole ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true })];
        }),
      ) as Record<ValueKey, fc.Arbitrary<number>>,
    );
    const states = fc.record({
      project: fc.constantFrom(...PROJECTS.map((p) => p.id)),
      values,
      offer: fc.option(fc.constantFrom(...offers), { nil: undefined }),
      custom: fc.subarray([...OFFER_KEYS]).map((keys) => new Set(keys)),
      paths: fc.subarray([...PATH_IDS], { minLength: 1 }),
      host: fc.option(fc.constantFrom('api' as const, 'gpu' as const), { nil: undefined }),
      move: fc.constantFrom('tune' as const, 'prompt' as const),
    });
    fc.assert(
      fc.property(states, (s) => {
        // What the page would hold: offer figures not typed are the project's zeros.
        const project = PROJECTS.find((p) => p.id === s.project) ?? support;
        const base = projectState(project).values;
        const v: CostValues = { ...s.values };
        for (const key of OFFER_KEYS) if (!s.custom.has(key)) v[key] = base[key];
        const held: CostState = { ...s, values: v };
        const link = encodeCost(held, PROJECTS);
        const d = decodeCost(link, options);
        expect(d.notices).toEqual([]);
        const { notices: _n, ...back } = d;
        expect(back).toEqual({ ...held, paths: PATH_IDS.filter((p) => s.paths.includes(p)) });
        expect(encodeCost(d, PROJECTS)).toBe(link);
      }),
    );
  });
});

describe('a link that cannot be trusted', () => {
  const hostile = '<img src=x onerror=alert(1)>"><script>alert(1)</script>';
  test.each<[string, string, Partial<CostValues>, string]>([
    [
      'a word is not a number: the range and the value used are said',
      'volume=abc',
      {},
      '“Requests per month” (volume) in the link is not a number (it may be 0 to 10,000,000,000), so 50,000 is used.',
    ],
    [
      'a negative figure is ignored',
      'volume=-5',
      {},
      '“Requests per month” (volume) in the link is negative (it may be 0 to 10,000,000,000), so 50,000 is used.',
    ],
    [
      'a huge figure is clamped to the limit',
      'volume=1e400',
      { volume: INPUT_LIMITS.volume.max },
      '“Requests per month” (volume) in the link is outside 0 to 10,000,000,000, so 10,000,000,000 is used.',
    ],
    [
      'the cache share stops at 100%',
      'cached=150',
      { cached: 100 },
      '“Share of those tokens served from the prompt cache (%)” (cached) in the link is outside 0% to 100%, so 100% is used.',
    ],
    [
      'months start at 1',
      'months=0',
      { months: 1 },
      '“Months compared” (months) in the link is outside 1 to 120, so 1 is used.',
    ],
    [
      'months are whole',
      'months=12.6',
      { months: 13 },
      '“Months compared” (months) in the link is not a whole number, so 13 is used.',
    ],
    [
      'GPU hours stop at always on',
      'hoursOn=1000',
      { hoursOn: 730 },
      '“Hours a month the GPUs run (730 = always)” (hoursOn) in the link is outside 1 to 730, so 730 is used.',
    ],
    [
      'a repeated parameter uses the first',
      'volume=70000&volume=80000',
      { volume: 70_000 },
      '“Requests per month” (volume) appears more than once in the link; only the first is used.',
    ],
  ])('%s', (_, query, expected, notice) => {
    const d = decodeCost(query, options);
    expect(d.values).toEqual({ ...start.values, ...expected });
    expect(d.notices).toEqual([notice]);
    expect(d.offer).toBe(support.offer);
  });

  test.each([
    ['markup', `volume=${encodeURIComponent(hostile)}`],
    ['a right-to-left override', 'rate=%E2%80%AE500'],
    ['Infinity', 'inPrice=Infinity'],
    ['hexadecimal', 'inPrice=0x10'],
    ['a decimal comma', 'inPrice=1,5'],
    ['an empty value', 'hosting='],
    ['a value too long to be typed', `rate=${'1'.repeat(101)}`],
  ])('%s is not a number', (_, query) => {
    const d = decodeCost(query, options);
    expect(d.notices).toHaveLength(1);
    expect(d.notices[0]).toMatch(/is not a number/);
  });

  test('an unknown offer falls back to the project’s, or to the typed prices alone', () => {
    const unknown = decodeCost(`offer=${encodeURIComponent(hostile)}`, options);
    expect(unknown.offer).toBe(support.offer);
    expect(unknown.notices).toEqual([
      'The offer (offer) in the link is not one the calculator knows, so the project’s offer is used.',
    ]);
    const typed = decodeCost('offer=nope&inPrice=2', options);
    expect(typed.offer).toBeUndefined();
    expect(typed.notices[0]).toMatch(/only the prices the link gives are used/);
  });

  test('unknown paths are left out, and with none left the project’s are used', () => {
    const some = decodeCost('paths=retrieval,nonsense', options);
    expect(some.paths).toEqual(['retrieval']);
    expect(some.notices).toEqual([
      'The paths compared (paths) name a path the calculator does not know; it is left out.',
    ]);
    expect(decodeCost(`paths=${encodeURIComponent(hostile)}`, options).paths).toEqual(
      support.paths,
    );
  });

  test('an unknown host, move or project is ignored with a notice', () => {
    const d = decodeCost('host=cloud&move=wait&project=nope', options);
    expect(d.host).toBeUndefined();
    expect(d.move).toBe('tune');
    expect(d.project).toBe('support');
    expect(d.notices).toEqual([
      'The project (project) in the link is not one the calculator knows, so “A support assistant” is used.',
      'Where the paths run (host) in the link is not api or gpu, so it is ignored.',
      'What the tuned paths do at a shutdown (move) in the link is not tune or prompt, so it is ignored.',
    ]);
  });

  test('a setting the calculator does not know is reported once, never repeated', () => {
    const d = decodeCost(`foo=1&${encodeURIComponent(hostile)}=2`, options);
    expect(d.notices).toEqual([
      'The link has a setting the calculator does not know; it is ignored.',
    ]);
  });

  test('whatever a link holds, figures stay within limits and notices never repeat it', () => {
    const junk = fc
      .string({ unit: 'binary', maxLength: 30 })
      .map((s) => `<b>${s}\u202E`)
      .chain((v) => fc.constantFrom(v, `-${v}`, `9${v}`));
    const queries = fc.array(fc.tuple(fc.constantFrom(...COST_PARAMS), junk), { maxLength: 8 });
    fc.assert(
      fc.property(queries, (pairs) => {
        const d = decodeCost(new URLSearchParams(pairs).toString(), options);
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
});
