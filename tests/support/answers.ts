/** Answers for property tests: any subset of a model's questions, each with a real option. */
import fc from 'fast-check';
import type { Answers, DecisionModel } from '../../src/lib/checklist/decision';

export function answersOf(model: DecisionModel): fc.Arbitrary<Answers> {
  return fc.record(
    Object.fromEntries(
      model.factors.map((f) => [f.key, fc.constantFrom(...f.options.map((o) => o.value))]),
    ),
    { requiredKeys: [] },
  );
}

/** The same answers with one question answered differently, or left unanswered. */
export function changeAnswer(answers: Answers, key: string, value: string | undefined): Answers {
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(answers)) if (v !== undefined && k !== key) next[k] = v;
  if (value !== undefined) next[key] = value;
  return next;
}
