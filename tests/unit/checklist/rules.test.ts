/**
 * The real checklist content keeps the promises the engine's properties are about: the
 * properties hold for every combination of the site's own answers, the data is ordered so that
 * they can, every plan says what to do next, and every question has one "Not sure". The engine
 * itself is tested on a fixture (decision.test.ts); this file fails only when content breaks a
 * promise, never because content changed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { APPROACH_IDS, type ApproachId } from '../../../src/lib/site/approaches';
import { decide } from '../../../src/lib/checklist/decision';
import { model, factorEntries } from '../../support/checklist';
import { answersOf, changeAnswer } from '../../support/answers';

const anyAnswers = answersOf(model);
const TUNING: readonly string[] = ['fine-tuning', 'hybrid'];
const factor = (key: string) => model.factors.find((f) => f.key === key);

describe('the promises hold on the real content', { timeout: 60_000 }, () => {
  test('a removed approach is never recommended or planned, nor anything built on it', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const d = decide(model, answers);
        for (const id of d.blocked) expect([d.recommendation, ...d.plan]).not.toContain(id);
        if (d.blocked.includes('fine-tuning')) expect(d.blocked).toContain('hybrid');
      }),
      { numRuns: 300 },
    );
  });

  test('a knowledge gap always puts retrieval in the plan, whenever anything fits', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('knowledge', 'both'), (answers, gap) => {
        const d = decide(model, { ...answers, gap });
        if (d.recommendation !== 'none') expect(d.plan).toContain('retrieval');
      }),
      { numRuns: 300 },
    );
  });

  test('a fixed format a program parses never moves the answer to tuning', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const without = decide(model, changeAnswer(answers, 'consistency', undefined));
        const format = decide(model, changeAnswer(answers, 'consistency', 'format'));
        if (!TUNING.includes(without.recommendation))
          expect(TUNING).not.toContain(format.recommendation);
        expect(decide(model, { ...answers, gap: 'format' }).plan).not.toContain('fine-tuning');
      }),
      { numRuns: 300 },
    );
  });

  test('more frequent change never moves the answer towards tuning', () => {
    // Options run from the most frequent change to the least.
    const values = factor('change')!.options.map((o) => o.value);
    fc.assert(
      fc.property(anyAnswers, fc.nat(values.length - 2), (answers, i) => {
        const before = decide(model, { ...answers, change: values[i + 1]! });
        const after = decide(model, { ...answers, change: values[i]! });
        if (!TUNING.includes(before.recommendation))
          expect(TUNING).not.toContain(after.recommendation);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the data is ordered so that the promises can hold', () => {
  /** Points an answer gives `a` minus those it gives `b`. */
  const lead = (effects: Record<ApproachId, number>, a: ApproachId, b: ApproachId) =>
    effects[a] - effects[b];

  test.each(['examples', 'budget', 'expertise'])(
    'each step up in %s adds at least as much to fine-tuning as to any other approach, and lifts constraints',
    (key) => {
      const options = factor(key)!.options;
      for (let i = 1; i < options.length; i++) {
        const [a, b] = [options[i - 1]!, options[i]!];
        for (const id of APPROACH_IDS)
          expect(lead(b.effects, 'fine-tuning', id)).toBeGreaterThanOrEqual(
            lead(a.effects, 'fine-tuning', id),
          );
        expect(b.blocks.length).toBeLessThanOrEqual(a.blocks.length);
      }
    },
  );

  test('each step towards more frequent change takes at least as much from tuning as from prompting and retrieval', () => {
    const options = factor('change')!.options;
    for (let i = 1; i < options.length; i++) {
      const [rarer, more] = [options[i]!, options[i - 1]!];
      for (const tuned of ['fine-tuning', 'hybrid'] as const)
        for (const id of ['prompt-engineering', 'retrieval'] as const)
          expect(lead(more.effects, tuned, id)).toBeLessThanOrEqual(lead(rarer.effects, tuned, id));
    }
  });

  test('a fixed format gives tuning no more than it gives any other approach', () => {
    const format = factor('consistency')!.options.find((o) => o.value === 'format')!;
    for (const id of APPROACH_IDS) {
      expect(format.effects['fine-tuning']).toBeLessThanOrEqual(format.effects[id]);
      expect(format.effects.hybrid).toBeLessThanOrEqual(format.effects[id]);
    }
  });

  test('a gap in knowledge needs retrieval, and a hybrid is built on a tuned model', () => {
    for (const value of ['knowledge', 'both'])
      expect(factor('gap')!.options.find((o) => o.value === value)?.needs).toContain('retrieval');
    expect(model.rules.layers.hybrid).toContain('fine-tuning');
  });
});

describe('every plan and every question', () => {
  test('every plan the engine can build says what to do next, in three to five linked steps', () => {
    for (const plan of model.rules.plans) {
      expect(plan.steps.length).toBeGreaterThanOrEqual(3);
      expect(plan.steps.length).toBeLessThanOrEqual(5);
      for (const step of plan.steps) expect(step.guide ?? step.tool).toBeTruthy();
    }
  });

  test('every question has one "Not sure": its own options never repeat it', () => {
    for (const entry of factorEntries)
      for (const option of entry.data.options)
        expect(option.label, `${entry.id}=${option.value}`).not.toMatch(/not sure/i);
  });

  test('labels are unique within a question, so no two answers read alike', () => {
    for (const entry of factorEntries) {
      const labels = entry.data.options.map((o) => o.label.toLowerCase());
      expect(new Set(labels).size, entry.id).toBe(labels.length);
    }
  });

  test('answers that stand for a quantity keep their unit', () => {
    const units: Record<string, RegExp> = {
      budget: /\$[\d,]+ a month/,
      timeline: /\d+ weeks?|week/,
      volume: /requests a month/,
      latency: /\d[\d,]* ms/,
      change: /month|year/,
    };
    for (const [key, unit] of Object.entries(units))
      for (const option of factor(key)!.options) expect(option.label, key).toMatch(unit);
  });
});
