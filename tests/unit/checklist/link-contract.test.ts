/**
 * A shared checklist link keeps working: every key and value ever published
 * (tests/fixtures/published-links.ts) still opens the checklist with that question answered and
 * no notice, or, for an answer content has retired, as "Not sure" with a notice that says so;
 * and every question and answer content offers today is on that list, so that it
 * stays complete. Content may add questions and answers freely; it may never drop one a link
 * could contain. The number of questions is nobody's contract.
 */
import { describe, expect, test } from 'vitest';
import { decodeQuery, encodeQuery } from '../../../src/lib/checklist/state';
import { PUBLISHED_CHECKLIST_LINKS } from '../../fixtures/published-links';
import { model } from '../../support/checklist';

const published = Object.entries(PUBLISHED_CHECKLIST_LINKS).flatMap(([key, values]) =>
  values.map((value) => [key, value] as const),
);

/** An answer content has retired: still decoded, as "Not sure", with a notice. */
const isRetired = (key: string, value: string) =>
  model.factors.some((f) => f.key === key && f.retired.includes(value));

describe('the checklist’s link contract', () => {
  test.each(published)(
    'a link with %s=%s still opens: with that answer, or as "Not sure" saying it was retired',
    (key, value) => {
      const query = new URLSearchParams({ [key]: value }).toString();
      const { answers, problems } = decodeQuery(model, query);
      if (isRetired(key, value)) {
        expect(problems).toEqual([{ kind: 'retired-value', factor: key }]);
      } else {
        expect(problems, `?${query} now shows a notice`).toEqual([]);
        expect(answers[key], `?${query} no longer answers "${key}"`).toBeDefined();
      }
    },
  );

  test('every question and answer content offers is on the published list', () => {
    const unlisted = model.factors.flatMap((factor) =>
      factor.options
        .filter((option) => !PUBLISHED_CHECKLIST_LINKS[factor.key]?.includes(option.value))
        .map((option) => `${factor.key}=${option.value}`),
    );
    expect(unlisted, 'add these to tests/fixtures/published-links.ts').toEqual([]);
  });

  test('a link answering every published question at once keeps every answer not retired', () => {
    const answers = Object.fromEntries(published.filter(([k, v]) => !isRetired(k, v)));
    const decoded = decodeQuery(model, encodeQuery(model, answers));
    expect(decoded.problems).toEqual([]);
    expect(Object.keys(decoded.answers).sort()).toEqual(Object.keys(answers).sort());
  });
});
