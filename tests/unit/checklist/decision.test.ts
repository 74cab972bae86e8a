/**
 * The decision engine on a fixed fixture (tests/fixtures/checklist/): how it reasons (what is
 * missing shapes the plan, constraints remove approaches and everything built on them, points
 * rank the rest) and properties that hold for every combination of answers. The fixture never
 * changes with the site's content, so neither do these results; the expert cases on the real
 * content are in expert.test.ts.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { APPROACH_IDS, type ApproachId } from '../../../src/lib/site/approaches';
import { decide, type Answers, type DecisionModel } from '../../../src/lib/checklist/decision';
import { fixture } from '../../support/checklist';
import { answersOf, changeAnswer } from '../../support/answers';

const anyAnswers = answersOf(fixture);
const TUNING: readonly string[] = ['fine-tuning', 'hybrid'];

describe('what is missing shapes the plan', () => {
  test('a knowledge gap plans retrieval on top of prompting, and prompting alone is not enough', () => {
    const d = decide(fixture, {
      gap: 'knowledge',
      expertise: 'none',
      consistency: 'format',
      volume: 'low',
    });
    expect(d.recommendation).toBe('retrieval');
    expect(d.plan).toEqual(['prompt-engineering', 'retrieval']);
    // Prompting scores more here, but cannot supply the facts on its own.
    expect(d.scores['prompt-engineering']).toBeGreaterThan(d.scores.retrieval);
    expect(d.partial).toEqual(['prompt-engineering']);
  });

  test('both gaps with the means to tune: retrieval and tuning together, in build order', () => {
    const d = decide(fixture, { gap: 'both', examples: 'many', expertise: 'team' });
    expect(d.recommendation).toBe('hybrid');
    expect(d.plan).toEqual(['prompt-engineering', 'retrieval', 'fine-tuning']);
  });

  test('a behaviour gap prompts first and says what would add tuning later', () => {
    const d = decide(fixture, { gap: 'behaviour' });
    expect(d.recommendation).toBe('prompt-engineering');
    expect(d.plan).toEqual(['prompt-engineering']);
    expect(d.later).toEqual([expect.objectContaining({ layer: 'fine-tuning', blockedBy: [] })]);
    expect(d.later[0]?.text).toBe(fixture.rules.later.find((l) => l.layer === 'fine-tuning')?.text);
  });

  test('a format gap rules out tuning and retrieval, so prompting stands alone', () => {
    const d = decide(fixture, { gap: 'format', examples: 'many', expertise: 'team' });
    expect(d.recommendation).toBe('prompt-engineering');
    expect(d.blocked).toEqual(['fine-tuning', 'hybrid', 'retrieval']);
    expect(d.margin).toBeNull();
    expect(d.confidence).toBe('high');
  });
});

describe('constraints remove approaches outright', () => {
  test('ruling out fine-tuning rules out the hybrid built on it, and the result says which answer did', () => {
    const d = decide(fixture, { examples: 'none', expertise: 'team', consistency: 'strict' });
    expect(d.blocked).toEqual(['fine-tuning', 'hybrid']);
    expect(d.constraints).toEqual([
      expect.objectContaining({
        factor: 'examples',
        value: 'none',
        with: [],
        approaches: ['fine-tuning', 'hybrid'],
      }),
    ]);
    expect(TUNING).not.toContain(d.recommendation);
  });

  test('a constraint that needs another answer names both, and applies only with both', () => {
    expect(decide(fixture, { privacy: 'in-house' }).blocked).toEqual([]);
    const d = decide(fixture, { privacy: 'in-house', hosting: 'api' });
    expect(d.constraints[0]).toMatchObject({
      factor: 'privacy',
      value: 'in-house',
      with: [{ factor: 'hosting', value: 'api' }],
    });
    expect(d.blocked).toEqual([...APPROACH_IDS]);
  });

  test('an exception lifts a constraint: an existing customer may still tune', () => {
    const strong = { examples: 'many', expertise: 'team', gap: 'behaviour', change: 'rarely' };
    expect(decide(fixture, { ...strong, provider: 'existing' }).blocked).toContain('fine-tuning');
    const existing = decide(fixture, { ...strong, provider: 'existing', tunable: 'yes' });
    expect(existing.blocked).toEqual(['retrieval']);
    expect(TUNING).toContain(existing.recommendation);
  });

  test('when every approach is ruled out, nothing is recommended and no confidence is given', () => {
    const d = decide(fixture, { privacy: 'in-house', hosting: 'api', gap: 'knowledge' });
    expect(d).toMatchObject({ recommendation: 'none', plan: [], confidence: undefined });
    expect(d.margin).toBeNull();
    expect(d.later).toEqual([]);
    // Hosting a model would unblock everything: the first change says so.
    expect(d.changes).toContainEqual(
      expect.objectContaining({ factor: 'hosting', to: 'own', recommendation: 'retrieval' }),
    );
  });

  test('a layer the gap needs but a constraint removes is named as later, with what keeps it out', () => {
    const model: DecisionModel = {
      ...fixture,
      factors: fixture.factors.map((f) =>
        f.key !== 'hosting'
          ? f
          : {
              ...f,
              options: f.options.map((o) =>
                o.value !== 'own'
                  ? o
                  : {
                      ...o,
                      blocks: [
                        {
                          approaches: ['retrieval'],
                          when: {},
                          except: {},
                          unless: 'No index may be kept on these servers.',
                          sources: ['s7'],
                        },
                      ],
                    },
              ),
            },
      ),
    };
    const d = decide(model, { gap: 'knowledge', hosting: 'own' });
    expect(d.recommendation).toBe('prompt-engineering');
    expect(d.later).toEqual([
      expect.objectContaining({
        layer: 'retrieval',
        blockedBy: [expect.objectContaining({ factor: 'hosting' })],
      }),
    ]);
  });
});

describe('confidence, ties, warnings and what would change it', () => {
  test('a tie goes to the first approach in the tie order, with low confidence', () => {
    const d = decide(fixture, { examples: 'none' });
    expect(d.scores['prompt-engineering']).toBe(d.scores.retrieval);
    expect(d).toMatchObject({ tie: true, recommendation: 'prompt-engineering', confidence: 'low' });
  });

  test('confidence follows the lead, and a ceiling holds it down with its reason', () => {
    const { high, medium } = fixture.rules.confidence;
    const byMargin = (margin: number) =>
      margin >= high ? 'high' : margin >= medium ? 'medium' : 'low';
    const sure = decide(fixture, { examples: 'many', expertise: 'team', change: 'rarely' });
    expect(sure.confidence).toBe(byMargin(sure.margin!));
    const strong = {
      gap: 'both',
      examples: 'many',
      change: 'rarely',
      consistency: 'strict',
      volume: 'high',
    };
    const held = decide(fixture, { ...strong, expertise: 'none' });
    expect(held.recommendation).toBe('hybrid');
    expect(byMargin(held.margin!)).toBe('high');
    expect(held.confidence).toBe('medium');
    expect(held.capped[0]).toMatchObject({ factor: 'expertise', confidence: 'medium' });
  });

  test('a warning shows when the result involves tuning, or the answers say tuning is in use', () => {
    const alert = (answers: Answers) => decide(fixture, answers).alerts.map((a) => a.title);
    expect(alert({ provider: 'closing', examples: 'many', expertise: 'team' })).toEqual([
      'The service is closing',
    ]);
    expect(alert({ provider: 'closing', tunable: 'yes', gap: 'format' })).toEqual([
      'The service is closing',
    ]);
    expect(alert({ provider: 'closing', gap: 'format' })).toEqual([]);
  });

  test('nothing answered: the tie order’s first approach, low confidence, nothing to explain', () => {
    const d = decide(fixture, {});
    expect(d).toMatchObject({
      answered: 0,
      recommendation: 'prompt-engineering',
      confidence: 'low',
    });
    expect([d.reasons, d.changes, d.readiness, d.alerts, d.later]).toEqual([[], [], [], [], []]);
  });

  test('readiness notes appear when tuning is involved, and not for prompting alone', () => {
    expect(decide(fixture, { examples: 'many', expertise: 'team' }).readiness).not.toEqual([]);
    expect(decide(fixture, { gap: 'format' }).readiness).toEqual([]);
  });

  test('a link that answers a changed question but none added since is told the rules changed', () => {
    expect(decide(fixture, { consistency: 'strict' }).revisions).toHaveLength(1);
    expect(decide(fixture, { consistency: 'strict', provider: 'open' }).revisions).toEqual([]);
    expect(decide(fixture, { examples: 'none' }).revisions).toEqual([]);
  });
});

// Property runs call the engine thousands of times.
describe('for every combination of answers', { timeout: 60_000 }, () => {
  test('the result is valid and explained: the shown points add up to the scores that decided', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const d = decide(fixture, answers);
        expect(d.answered).toBe(Object.keys(answers).length);
        expect(d.reasons).toHaveLength(d.answered);
        for (const id of APPROACH_IDS) {
          expect(d.reasons.reduce((sum, r) => sum + r.effects[id], 0)).toBe(d.scores[id]);
        }
        if (d.recommendation === 'none') {
          expect(d.blocked).toEqual([...APPROACH_IDS]);
          expect(d.confidence).toBeUndefined();
          return;
        }
        expect(['low', 'medium', 'high']).toContain(d.confidence);
        const eligible = APPROACH_IDS.filter(
          (id) => !d.blocked.includes(id) && !d.partial.includes(id),
        );
        for (const id of eligible)
          expect(d.scores[d.recommendation]).toBeGreaterThanOrEqual(d.scores[id]);
        if (d.margin !== null && d.runnerUp) {
          expect(d.margin).toBe(d.scores[d.recommendation] - d.scores[d.runnerUp]);
          expect(d.reasons.reduce((sum, r) => sum + r.lead, 0)).toBe(d.margin);
        }
        const strengths = d.reasons.map((r) => Math.abs(r.lead));
        expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
      }),
      { numRuns: 400 },
    );
  });

  test('a removed approach is never recommended, never in the plan, and neither is anything built on it', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const d = decide(fixture, answers);
        for (const id of d.blocked) {
          expect(d.recommendation).not.toBe(id);
          expect(d.plan).not.toContain(id);
        }
        if (d.blocked.includes('fine-tuning')) expect(d.blocked).toContain('hybrid');
        if (d.recommendation !== 'none') {
          expect(d.plan[0]).toBe('prompt-engineering');
          expect(d.plan).toEqual(expect.arrayContaining(fixture.rules.layers[d.recommendation]));
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a knowledge gap always plans retrieval, unless an answer rules retrieval out and says so', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('knowledge', 'both'), (answers, gap) => {
        const d = decide(fixture, { ...answers, gap });
        if (d.blocked.includes('retrieval')) {
          if (d.recommendation !== 'none')
            expect(d.later.map((l) => l.layer)).toContain('retrieval');
        } else expect(d.plan).toContain('retrieval');
      }),
      { numRuns: 300 },
    );
  });

  test('format-only strictness never recommends tuning without examples', () => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.constantFrom(undefined, 'none', 'few'),
        fc.constantFrom(undefined, 'format'),
        (answers, examples, gap) => {
          const format = changeAnswer(
            changeAnswer(changeAnswer(answers, 'consistency', 'format'), 'examples', examples),
            'gap',
            gap,
          );
          const d = decide(fixture, format);
          // Whatever else is said, answering "a fixed format" never moves the answer to tuning.
          const without = decide(fixture, changeAnswer(format, 'consistency', undefined));
          if (!TUNING.includes(without.recommendation))
            expect(TUNING).not.toContain(d.recommendation);
          if (gap === 'format') expect(d.plan).not.toContain('fine-tuning');
        },
      ),
      { numRuns: 400 },
    );
  });

  test('more frequent change never moves the answer towards tuning', () => {
    const values = ['rarely', 'sometimes', 'often'];
    fc.assert(
      fc.property(anyAnswers, fc.nat(1), (answers, i) => {
        const before = decide(fixture, { ...answers, change: values[i]! });
        const after = decide(fixture, { ...answers, change: values[i + 1]! });
        if (!TUNING.includes(before.recommendation))
          expect(TUNING).not.toContain(after.recommendation);
        if (before.recommendation === 'hybrid')
          expect(after.recommendation).not.toBe('fine-tuning');
        for (const tuned of TUNING as ApproachId[])
          for (const id of ['prompt-engineering', 'retrieval'] as const)
            expect(after.scores[tuned] - after.scores[id]).toBeLessThanOrEqual(
              before.scores[tuned] - before.scores[id],
            );
      }),
      { numRuns: 300 },
    );
  });

  test.each(['examples', 'expertise'])(
    'more %s never moves the recommendation away from fine-tuning',
    (key) => {
      const values = fixture.factors.find((f) => f.key === key)!.options.map((o) => o.value);
      fc.assert(
        fc.property(anyAnswers, fc.nat(values.length - 2), (answers, lower) => {
          const before = decide(fixture, { ...answers, [key]: values[lower]! });
          const after = decide(fixture, { ...answers, [key]: values[lower + 1]! });
          for (const id of APPROACH_IDS) {
            expect(after.scores['fine-tuning'] - after.scores[id]).toBeGreaterThanOrEqual(
              before.scores['fine-tuning'] - before.scores[id],
            );
          }
          for (const id of after.blocked) expect(before.blocked).toContain(id);
          if (before.recommendation === 'fine-tuning')
            expect(after.recommendation).toBe('fine-tuning');
        }),
        { numRuns: 300 },
      );
    },
  );

  test('it is deterministic: the same answers in any order give the same result', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(decide(fixture, reversed)).toEqual(decide(fixture, answers));
      }),
      { numRuns: 200 },
    );
  });

  test('each suggested change really changes the result, and no nearer answer of that question does', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const d = decide(fixture, answers);
        for (const change of d.changes) {
          const flipped = decide(fixture, { ...answers, [change.factor]: change.to });
          expect(flipped.recommendation).toBe(change.recommendation);
          expect(change.recommendation).not.toBe(d.recommendation);
          const options = fixture.factors
            .find((f) => f.key === change.factor)!
            .options.map((o) => o.value);
          const from = options.indexOf(change.from);
          options.forEach((value, i) => {
            if (i !== from && Math.abs(i - from) < change.steps) {
              expect(decide(fixture, { ...answers, [change.factor]: value }).recommendation).toBe(
                d.recommendation,
              );
            }
          });
        }
        const steps = d.changes.map((c) => c.steps);
        expect(steps).toEqual([...steps].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  test('unknown questions and answers are ignored, never an error', () => {
    fc.assert(
      fc.property(anyAnswers, fc.dictionary(fc.string(), fc.string()), (answers, noise) => {
        const d = decide(fixture, { ...noise, ...answers });
        expect(d.scores).toEqual(decide(fixture, answers).scores);
      }),
      { numRuns: 200 },
    );
  });
});
