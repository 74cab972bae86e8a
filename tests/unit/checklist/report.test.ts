/**
 * What the reader reads and copies: the result in words and as Markdown says the same as the
 * engine, cites only sources it lists, and carries the link that reproduces it.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decide, type Answers } from '../../../src/lib/checklist/decision';
import { encodeQuery } from '../../../src/lib/checklist/state';
import {
  changeText,
  confidenceText,
  headline,
  toMarkdown,
} from '../../../src/lib/checklist/report';
import { model, payload } from '../../support/checklist';

const anyAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    model.factors.map((f) => [f.key, fc.constantFrom(...f.options.map((o) => o.value))]),
  ),
  { requiredKeys: [] },
);
const url = (answers: Answers) => `${payload.site}/checklist/?${encodeQuery(model, answers)}`;

describe('the result in words', () => {
  test('a constraint that overrides the scores says "for now", and why', () => {
    const d = decide(model, {
      examples: 'none',
      consistency: 'strict',
      accuracy: 'critical',
      expertise: 'ml-team',
    });
    expect(headline(payload, d)).toBe('Prompt engineering, for now');
    expect(d.blocked).toEqual(['fine-tuning', 'hybrid']);
    // Retrieval is still open, so the result weighs prompting against it, by the tie rule.
    expect(confidenceText(payload, d)).toMatch(
      /^Low confidence: prompt engineering and retrieval \(RAG\) tie at \d+ points?\. When scores tie/,
    );
  });

  test('confidence names the runner-up and the lead', () => {
    const d = decide(model, { domain: 'specialized', examples: 'over-10k', expertise: 'ml-team' });
    expect(confidenceText(payload, d)).toBe(
      `Medium confidence: fine-tuning leads hybrid by ${d.margin} points.`,
    );
  });

  test('a tie says so and gives the tie rule', () => {
    const d = decide(model, { tasks: 'many' });
    expect(confidenceText(payload, d)).toContain(model.rules.ties.reason);
  });

  test('what would change it names the question and both answers', () => {
    const d = decide(model, { budget: 'low' });
    expect(changeText(payload, d.changes[0]!)).toBe(
      'If Budget were “High (over about $10,000 a month, or that much up front)” instead of “Low (under about $1,000 a month, nothing up front)”, the recommendation would be fine-tuning.',
    );
  });
});

describe('copy as Markdown', () => {
  test('holds the answers, recommendation, reasons, what would change it, notes, sources and the link', () => {
    const answers = { domain: 'specialized', examples: 'over-10k', expertise: 'ml-team' };
    const md = toMarkdown(payload, answers, decide(model, answers), url(answers));
    expect(md.split('\n')[0]).toBe('# Checklist result: Fine-tuning');
    for (const line of [
      '- Domain: Specialised',
      '- Training examples: More than 10,000',
      '- ML expertise: An ML team',
    ]) {
      expect(md).toContain(line);
    }
    for (const heading of [
      '## Your answers',
      '## Why',
      '## What would change it',
      '## Before you fine-tune',
      '## Sources',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md.trimEnd().split('\n').at(-1)).toBe(`Result: ${url(answers)}`);
  });

  test('every citation number in the text is in its source list, and nothing else is', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const md = toMarkdown(payload, answers, decide(model, answers), url(answers));
        const [text = '', list = ''] = md.split('## Sources');
        const cited = new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => m[1]));
        const listed = new Set([...list.matchAll(/^- \[(\d+)\] /gm)].map((m) => m[1]));
        expect(listed).toEqual(cited);
      }),
      { numRuns: 150 },
    );
  });

  test('with nothing answered it says so and still links the checklist', () => {
    const md = toMarkdown(payload, {}, decide(model, {}), url({}));
    expect(md).toContain('No questions answered yet.');
    expect(md).not.toContain('## Why');
  });
});
