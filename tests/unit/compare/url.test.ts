import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { APPROACH_IDS } from '../../../src/lib/site/approaches';
import {
  WEIGHTS,
  defaultView,
  type Row,
  type Sort,
  type View,
} from '../../../src/lib/compare/model';
import { decodeView, encodeView } from '../../../src/lib/compare/url';

const rows: Row[] = [
  'cost',
  'expertise',
  'flexibility',
  'deployment-time',
  'scalability',
  'latency',
  'privacy',
].map((id, i) => ({
  id,
  label: id,
  core: i < 5,
  ratings: { 'prompt-engineering': 3, 'fine-tuning': 3, hybrid: 3, retrieval: 1 },
}));
const ids = rows.map((r) => r.id);
const base = defaultView(rows);
const view = (change: Partial<View>): View => ({ ...base, ...change });

describe('a view written into a link', () => {
  test.each<[string, View, string]>([
    ['the default view is a bare address', base, ''],
    [
      'the core five are written as "core"',
      view({ criteria: ['scalability', 'cost', 'expertise', 'flexibility', 'deployment-time'] }),
      'criteria=core',
    ],
    [
      'other sets are listed in table order',
      view({ criteria: ['privacy', 'cost'] }),
      'criteria=cost,privacy',
    ],
    [
      'approaches are listed in column order',
      view({ approaches: ['hybrid', 'prompt-engineering'] }),
      'approaches=prompt-engineering,hybrid',
    ],
    ['sort by name', view({ sort: { by: 'name', reversed: false } }), 'sort=name'],
    ['sort by name, Z to A', view({ sort: { by: 'name', reversed: true } }), 'sort=name:desc'],
    [
      'sort by one rating',
      view({ sort: { by: 'rating', approach: 'hybrid', reversed: false } }),
      'sort=rating:hybrid',
    ],
    [
      'sort by a gap, smallest first',
      view({ sort: { by: 'gap', a: 'fine-tuning', b: 'hybrid', reversed: true } }),
      'sort=gap:fine-tuning:hybrid:asc',
    ],
    [
      'only weights that differ from medium',
      view({ weights: { cost: 'high', latency: 'medium', privacy: 'none' } }),
      'weights=cost:high,privacy:none',
    ],
  ])('%s', (_, v, expected) => {
    expect(encodeView(v, rows)).toBe(expected);
  });

  test('every view survives the round trip through its link', () => {
    const sort: fc.Arbitrary<Sort> = fc.oneof(
      fc.constant<Sort>({ by: 'order' }),
      fc.record({ by: fc.constant('name' as const), reversed: fc.boolean() }),
      fc.record({
        by: fc.constant('rating' as const),
        approach: fc.constantFrom(...APPROACH_IDS),
        reversed: fc.boolean(),
      }),
      fc
        .tuple(fc.shuffledSubarray([...APPROACH_IDS], { minLength: 2, maxLength: 2 }), fc.boolean())
        .map(([[a, b], reversed]): Sort => ({ by: 'gap', a: a!, b: b!, reversed })),
    );
    const views = fc.record({
      criteria: fc.subarray(ids, { minLength: 1 }),
      approaches: fc.subarray([...APPROACH_IDS], { minLength: 1 }),
      sort,
      weights: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...WEIGHTS)),
    });
    fc.assert(
      fc.property(views, (v) => {
        const { view: decoded, notices } = decodeView(encodeView(v, rows), rows);
        expect(notices).toEqual([]);
        expect(encodeView(decoded, rows)).toBe(encodeView(v, rows));
        expect([...decoded.criteria].sort()).toEqual([...v.criteria].sort());
        expect(decoded.approaches).toEqual(APPROACH_IDS.filter((a) => v.approaches.includes(a)));
        expect(decoded.sort).toEqual(v.sort);
        for (const id of ids)
          expect(decoded.weights[id] ?? 'medium').toBe(v.weights[id] ?? 'medium');
      }),
    );
  });
});

describe('a link that cannot be trusted', () => {
  const hostile = '<img src=x onerror=alert(1)>"><script>alert(1)</script>';
  test.each<[string, string, Partial<View>, RegExp]>([
    [
      'unknown criteria are dropped and the rest kept',
      'criteria=cost,nope,privacy',
      { criteria: ['cost', 'privacy'] },
      /One criterion/,
    ],
    [
      'a list of nothing but unknown criteria shows all',
      'criteria=nope,zilch',
      {},
      /criteria .* all criteria are shown/,
    ],
    ['an empty criteria list shows all', 'criteria=', {}, /all criteria are shown/],
    [
      'unknown approaches are dropped',
      'approaches=hybrid,gpt',
      { approaches: ['hybrid'] },
      /One approach/,
    ],
    ['no known approach shows all of them', 'approaches=', {}, /all of them are shown/],
    ['an unknown sort keeps the default order', 'sort=price', {}, /sort order/],
    ['a gap between an approach and itself is refused', 'sort=gap:hybrid:hybrid', {}, /sort order/],
    [
      'a gap with a made-up direction is refused',
      'sort=gap:hybrid:fine-tuning:up',
      {},
      /sort order/,
    ],
    ['a name sort with extra parts is refused', 'sort=name:desc:again', {}, /sort order/],
    [
      'bad weights are dropped and good ones kept',
      'weights=cost:high,cost:low,latency:huge,nope:low,privacy',
      { weights: { cost: 'high' } },
      /4 weights/,
    ],
    [
      'a repeated parameter uses the first',
      'sort=name&sort=name:desc',
      { sort: { by: 'name', reversed: false } },
      /more than once/,
    ],
    [
      'an overlong value is refused outright',
      `criteria=${'cost,'.repeat(300)}`,
      {},
      /all criteria are shown/,
    ],
  ])('%s', (_, query, expected, notice) => {
    const { view: decoded, notices } = decodeView(query, rows);
    expect(decoded).toEqual(view(expected));
    expect(notices.join(' ')).toMatch(notice);
  });

  test.each(['criteria', 'approaches', 'sort', 'weights'])(
    'markup in "%s" changes nothing and is never repeated back',
    (param) => {
      const { view: decoded, notices } = decodeView(
        `${param}=${encodeURIComponent(hostile)}`,
        rows,
      );
      expect(decoded).toEqual(base);
      expect(notices).toHaveLength(1);
      expect(notices.join('')).not.toMatch(/[<>]|script|onerror/);
    },
  );

  test('parameters that are not part of the view are left alone and not reported', () => {
    expect(decodeView('?utm_source=mail&sort=name', rows)).toEqual({
      view: view({ sort: { by: 'name', reversed: false } }),
      notices: [],
    });
  });
});
