/**
 * The rules that bring retrieval and hosting into the decision, on the real checklist content:
 * a knowledge gap picks retrieval, where the model runs decides privacy, a model that cannot be
 * tuned rules tuning out, no ML expertise never gives tuning high confidence, and links made
 * before these rules say why their answer may differ.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decide, type Answers } from '../../../src/lib/checklist/decision';
import { model } from '../../support/checklist';

const anyAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    model.factors.map((f) => [f.key, fc.constantFrom(...f.options.map((o) => o.value))]),
  ),
  { requiredKeys: [] },
);

describe('retrieval and hosting in the decision', () => {
  test.each<[string, Answers, string]>([
    [
      'a support bot whose policies change monthly: knowledge that changes often',
      { gap: 'knowledge', change: 'often' },
      'retrieval',
    ],
    [
      'the same bot, with a production volume and a small budget',
      { gap: 'knowledge', change: 'often', stage: 'production', budget: 'low', volume: 'high' },
      'retrieval',
    ],
    [
      'a bank whose data must stay in its network, on a model it hosts',
      { privacy: 'in-house', hosting: 'own-infrastructure', gap: 'knowledge', change: 'often' },
      'retrieval',
    ],
    [
      'a format and tone problem with little data',
      { gap: 'behaviour', examples: 'under-1k' },
      'prompt-engineering',
    ],
    [
      'both gaps, data and an ML team',
      { gap: 'both', examples: '1k-10k', expertise: 'ml-team', consistency: 'strict' },
      'hybrid',
    ],
  ])('%s → %s', (_name, answers, expected) => {
    expect(decide(model, answers).recommendation).toBe(expected);
  });

  test('a knowledge gap rules out fine-tuning alone as the way to add facts, and says why', () => {
    const d = decide(model, { gap: 'knowledge', examples: 'over-10k', expertise: 'ml-team' });
    expect(d.blocked).toContain('fine-tuning');
    expect(d.recommendation).not.toBe('fine-tuning');
    expect(d.constraints.find((c) => c.factor === 'gap')?.sources).toContain('openai-accuracy');
  });

  test('data kept in-house on a self-hosted model does not force fine-tuning', () => {
    const d = decide(model, { privacy: 'in-house', hosting: 'own-infrastructure' });
    expect(d.blocked).toEqual([]);
    expect(d.recommendation).not.toBe('fine-tuning');
  });

  test('data that must stay in-house rules out every vendor-hosted path and says to host a model', () => {
    const d = decide(model, { privacy: 'in-house', hosting: 'api' });
    expect(d.constraints).toEqual([
      expect.objectContaining({ factor: 'privacy', value: 'in-house' }),
    ]);
    expect(d.constraints[0]?.approaches).toHaveLength(4);
    expect(d.constraints[0]?.unless).toMatch(/host/i);
  });

  test('a model that cannot be tuned rules out fine-tuning and hybrid, whatever else is said', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const d = decide(model, { ...answers, tunable: 'no', privacy: 'shareable' });
        expect(d.blocked).toEqual(expect.arrayContaining(['fine-tuning', 'hybrid']));
        expect(['fine-tuning', 'hybrid']).not.toContain(d.recommendation);
      }),
      { numRuns: 300 },
    );
  });

  test('no ML expertise never gives fine-tuning or hybrid high confidence, whatever is skipped', () => {
    let sawTuning = false;
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const d = decide(model, { ...answers, expertise: 'none' });
        if (d.recommendation === 'fine-tuning' || d.recommendation === 'hybrid') {
          sawTuning = true;
          expect(d.confidence).not.toBe('high');
        }
      }),
      { numRuns: 500 },
    );
    // Not vacuous: some answers still recommend tuning without ML expertise, held below high.
    const strong = decide(model, {
      expertise: 'none',
      examples: 'over-10k',
      budget: 'high',
      consistency: 'strict',
      accuracy: 'critical',
      volume: 'high',
      latency: 'critical',
      gap: 'behaviour',
    });
    expect(['fine-tuning', 'hybrid']).toContain(strong.recommendation);
    expect(strong.confidence).toBe('medium');
    expect(strong.capped[0]?.reason).toMatch(/hire|managed/i);
    expect(sawTuning || strong.capped.length > 0).toBe(true);
  });
});

describe('links made before the rules changed', () => {
  test('an old link that answers privacy or expertise, and none of the new questions, is told why its answer may differ', () => {
    const d = decide(model, { privacy: 'in-house', budget: 'high' });
    expect(d.revisions).toHaveLength(1);
    expect(d.revisions[0]?.note).toMatch(/in-house/);
  });

  test('a link that answers a new question, or neither changed question, gets no such note', () => {
    expect(decide(model, { privacy: 'in-house', hosting: 'api' }).revisions).toEqual([]);
    expect(decide(model, { budget: 'low', examples: 'none' }).revisions).toEqual([]);
  });

  test.each<[Answers, string]>([
    [{ stage: 'prototype', budget: 'low', timeline: 'days' }, 'prompt-engineering'],
    [{ domain: 'specialized', examples: 'over-10k', expertise: 'ml-team' }, 'fine-tuning'],
    [{ domain: 'specialized', examples: '1k-10k', accuracy: 'critical', tasks: 'many' }, 'hybrid'],
  ])('an old link where no changed rule applies keeps its answer: %j → %s', (answers, expected) => {
    expect(decide(model, answers).recommendation).toBe(expected);
  });
});
