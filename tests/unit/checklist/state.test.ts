/**
 * Shared links and saved answers: every valid set of answers survives the trip through the URL
 * and storage unchanged, and anything else is dropped, reported, and never echoed back.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Answers } from '../../../src/lib/checklist/decision';
import {
  decodeQuery,
  decodeStored,
  describeProblems,
  encodeQuery,
  encodeStored,
} from '../../../src/lib/checklist/state';
import { model } from '../../support/checklist';

const anyAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    model.factors.map((f) => [f.key, fc.constantFrom(...f.options.map((o) => o.value))]),
  ),
  { requiredKeys: [] },
);

const keys = model.factors.map((f) => f.key);
const values = [...new Set(model.factors.flatMap((f) => f.options.map((o) => o.value)))];
/** Query strings near the real thing: known and unknown keys and values, raw or encoded. */
const anyQuery: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...keys), fc.string()),
        fc.oneof(fc.constantFrom(...values), fc.string(), fc.string({ unit: 'binary' })),
        fc.boolean(),
      ),
      { maxLength: 20 },
    )
    .map((pairs) =>
      pairs
        .map(([k, v, encode]) =>
          encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`,
        )
        .join('&'),
    ),
);

/** Every decoded answer is a real question with one of its options. */
function onlyValid(answers: Answers) {
  for (const [key, value] of Object.entries(answers)) {
    const factor = model.factors.find((f) => f.key === key);
    expect(factor, `unknown key kept: ${key}`).toBeDefined();
    expect(factor?.options.map((o) => o.value)).toContain(value);
  }
}

/** Notices say what was dropped in the site's own words: labels and counts, no raw input. */
const PLAIN = /^[A-Za-z0-9 ,.:;'“”]*$/;

describe('shared links', () => {
  test('answers go into the query in question order, one key each', () => {
    const query = encodeQuery(model, { examples: 'none', budget: 'low', stage: 'prototype' });
    expect(query).toBe('stage=prototype&budget=low&examples=none');
  });

  test('every set of answers round-trips through the link unchanged', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const decoded = decodeQuery(model, `?${encodeQuery(model, answers)}`);
        expect(decoded).toEqual({ answers, problems: [] });
      }),
    );
  });

  test('any query string decodes without error to valid answers only', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const decoded = decodeQuery(model, query);
        onlyValid(decoded.answers);
        expect(describeProblems(model, decoded.problems, 'link')).toMatch(PLAIN);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    [
      'markup in a value',
      '?budget=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      {},
      ['invalid-value'],
    ],
    [
      'markup in a key',
      '?%3Cscript%3Ealert(1)%3C%2Fscript%3E=low&budget=low',
      { budget: 'low' },
      ['unknown-key'],
    ],
    [
      'prototype pollution keys',
      '?__proto__=x&constructor=low&toString=1',
      {},
      ['unknown-key', 'unknown-key', 'unknown-key'],
    ],
    [
      'a repeated key keeps the first answer',
      '?budget=low&budget=high',
      { budget: 'low' },
      ['repeated-key'],
    ],
    ['values are case-sensitive', '?budget=LOW', {}, ['invalid-value']],
    ['keys are case-sensitive', '?BUDGET=low', {}, ['unknown-key']],
    ['an empty value', '?budget=', {}, ['invalid-value']],
  ])('%s', (_name, query, answers, kinds) => {
    const decoded = decodeQuery(model, query);
    expect(decoded.answers).toEqual(answers);
    expect(Object.getPrototypeOf(decoded.answers)).toBe(Object.prototype);
    expect(decoded.problems.map((p) => p.kind)).toEqual(kinds);
    const notice = describeProblems(model, decoded.problems, 'link');
    expect(notice).toMatch(/^Ignored from the link: /);
    expect(notice).toMatch(PLAIN);
  });

  test.each([
    ['a search result', '?highlight=budget&stage=production'],
    ['a campaign', '?utm_source=news&utm_medium=email&stage=production'],
    ['a referrer tag', '?ref=blog&fbclid=abc&stage=production'],
  ])('parameters that %s adds are ignored quietly, answers kept', (_name, query) => {
    expect(decodeQuery(model, query)).toEqual({ answers: { stage: 'production' }, problems: [] });
  });

  test('a value older links carry that is no longer offered reads as "Not sure", and says so', () => {
    const [factor] = model.factors.filter((f) => f.retired.length > 0);
    expect(factor, 'a question with a retired value').toBeDefined();
    const decoded = decodeQuery(model, `?${factor!.key}=${factor!.retired[0]}&stage=production`);
    expect(decoded).toEqual({
      answers: { stage: 'production' },
      problems: [{ kind: 'retired-value', factor: factor!.key }],
    });
    expect(describeProblems(model, decoded.problems, 'link')).toBe(
      `An answer in the link to ${factor!.label} is no longer offered, so it reads as “Not sure”.`,
    );
  });

  test('the notice names questions by their labels', () => {
    const { problems } = decodeQuery(model, '?budget=lots&timeline=soon&x=1&y=2');
    expect(describeProblems(model, problems, 'link')).toBe(
      'Ignored from the link: 2 unknown settings and an invalid answer for Budget and Timeline.',
    );
  });
});

describe('saved answers', () => {
  test('every set of answers round-trips through storage unchanged', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(decodeStored(model, encodeStored(model, answers))).toEqual({
          answers,
          problems: [],
        });
      }),
    );
  });

  test('nothing saved is not a problem', () => {
    expect(decodeStored(model, null)).toEqual({ answers: {}, problems: [] });
  });

  test.each([
    '{',
    'null',
    '[]',
    '"text"',
    '42',
    '{"v":2,"answers":{}}',
    '{"v":1,"answers":[]}',
    '{"v":1}',
    '<script>alert(1)</script>',
  ])('corrupt saved state %s is discarded with a notice', (text) => {
    const decoded = decodeStored(model, text);
    expect(decoded.answers).toEqual({});
    expect(decoded.problems).toEqual([{ kind: 'corrupt-storage' }]);
    expect(describeProblems(model, decoded.problems, 'storage')).toMatch(/could not be read/);
  });

  test('a readable record keeps its valid answers and reports the rest', () => {
    const decoded = decodeStored(
      model,
      JSON.stringify({ v: 1, answers: { budget: 'low', stage: 42, nope: 'x' } }),
    );
    expect(decoded.answers).toEqual({ budget: 'low' });
    expect(decoded.problems.map((p) => p.kind)).toEqual(['invalid-value', 'unknown-key']);
  });

  test('any stored text decodes without error to valid answers only', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ v: 1, answers: v })),
        ),
        (text) => {
          const decoded = decodeStored(model, text);
          onlyValid(decoded.answers);
          expect(describeProblems(model, decoded.problems, 'storage')).toMatch(PLAIN);
        },
      ),
      { numRuns: 500 },
    );
  });
});
