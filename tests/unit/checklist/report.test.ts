/**
 * What the reader reads and copies: the result in words and as Markdown says the same as the
 * engine, never headlines a ruled-out approach, says what to do next and what the plan costs,
 * cites only sources it lists, and carries the link that reproduces it. Words are checked on
 * the fixture, whose labels never change; the headline rule also on the real content.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decide, type Answers } from '../../../src/lib/checklist/decision';
import { encodeQuery } from '../../../src/lib/checklist/state';
import {
  changeText,
  confidenceText,
  constraintText,
  costLink,
  headline,
  steps,
} from '../../../src/lib/checklist/report';
import { toMarkdown } from '../../../src/lib/checklist/markdown';
import { fixture, fixturePayload as p, model, payload } from '../../support/checklist';
import { answersOf } from '../../support/answers';

const url = (answers: Answers) => `${p.site}/checklist/?${encodeQuery(fixture, answers)}`;
const markdown = (answers: Answers, fromLink = false) =>
  toMarkdown(p, answers, decide(fixture, answers), url(answers), fromLink);

describe('the result in words', () => {
  test('a constraint that overrides the points says "for now", and which answer ruled it out', () => {
    const d = decide(fixture, {
      examples: 'none',
      expertise: 'team',
      consistency: 'strict',
      volume: 'high',
      change: 'rarely',
    });
    expect(d.blocked).toContain(d.favoured);
    expect(headline(p, d)).toBe('Prompt engineering, for now');
    expect(constraintText(p, d.constraints[0]!)).toBe(
      'Fine-tuning and hybrid are ruled out by your answer to Examples: None.',
    );
  });

  test('a constraint that needs two answers names both', () => {
    const d = decide(fixture, { privacy: 'in-house', hosting: 'api' });
    expect(constraintText(p, d.constraints[0]!)).toBe(
      'Prompt engineering, fine-tuning, hybrid and retrieval (RAG) are ruled out by your answers to Privacy: No and Hosting: A vendor’s API.'.replace(
        '’',
        "'",
      ),
    );
  });

  test('confidence names the runner-up and the lead', () => {
    const d = decide(fixture, { examples: 'many', expertise: 'team' });
    expect(confidenceText(p, d)).toBe(
      `${d.confidence === 'high' ? 'High' : d.confidence === 'medium' ? 'Medium' : 'Low'} confidence: fine-tuning leads hybrid by ${d.margin} points.`,
    );
  });

  test('with one approach left, confidence says why the others are out', () => {
    const d = decide(fixture, { gap: 'knowledge', examples: 'none' });
    expect(confidenceText(p, d)).toBe(
      'High confidence: fine-tuning and hybrid are ruled out by your answers, and prompt engineering alone does not supply what is missing.',
    );
  });

  test('a tie says so and gives the tie rule', () => {
    const d = decide(fixture, { examples: 'none' });
    expect(confidenceText(p, d)).toContain(fixture.rules.ties.reason);
  });

  test('what would change it names the question and both answers, or that nothing would fit', () => {
    const d = decide(fixture, { examples: 'none' });
    expect(changeText(p, d.changes[0]!)).toBe(
      'If Examples were “More than 10,000” instead of “None”, the recommendation would be fine-tuning.',
    );
    expect(
      changeText(p, {
        factor: 'hosting',
        from: 'own',
        to: 'api',
        steps: 1,
        recommendation: 'none',
      }),
    ).toBe("If Hosting were “A vendor's API” instead of “Our own servers”, no approach would fit.");
  });
});

describe('when every approach is ruled out', () => {
  const answers = { privacy: 'in-house', hosting: 'api', gap: 'knowledge' };
  const d = decide(fixture, answers);

  test('the headline says no approach fits, and no confidence is given', () => {
    expect(headline(p, d)).toBe('No approach fits these answers yet');
    expect(confidenceText(p, d)).toMatch(/^Your answers rule out every approach, so no confidence/);
  });

  test('the Markdown agrees: the conflict, what would settle it, no plan and no cost', () => {
    const md = markdown(answers);
    expect(md.split('\n')[0]).toBe('# Checklist result: No approach fits these answers yet');
    expect(md).not.toMatch(/confidence:/i);
    expect(md).toContain('## Ruled out');
    expect(md).toContain('Host a model on your own servers.');
    expect(md).toMatch(
      /If Hosting were “Our own servers” instead of “A vendor's API”, the recommendation would be retrieval \(RAG\)\./,
    );
    expect(md).not.toContain('Plan:');
    expect(md).not.toContain('/cost/');
  });
});

describe('what to do next, and what it costs', () => {
  test('every plan gives its own next steps, each with a link', () => {
    for (const answers of [{}, { gap: 'knowledge' }, { examples: 'many', expertise: 'team' }]) {
      const d = decide(fixture, answers);
      const planned = steps(p, d);
      expect(planned.length).toBeGreaterThanOrEqual(3);
      for (const step of planned) expect(step.link?.href).toMatch(/^\//);
    }
  });

  test('"Cost this plan" carries the plan’s paths, a volume inside the answer and the provider’s offer', () => {
    const answers = { gap: 'knowledge', volume: 'high', provider: 'closing' };
    const link = costLink(p, answers, decide(fixture, answers));
    expect(link?.href).toBe('/cost/?paths=prompting,retrieval&volume=3000000&offer=closing-offer');
    expect(link?.label).toBe('Cost this plan at 3,000,000 requests a month');
    expect(costLink(p, {}, decide(fixture, {}))?.href).toBe('/cost/?paths=prompting');
  });
});

describe('copy as Markdown', () => {
  test('holds the answers, plan, next steps, reasons, what would change it, notes, sources and the link', () => {
    const answers = { examples: 'many', expertise: 'team', provider: 'closing', volume: 'low' };
    const md = markdown(answers);
    expect(md.split('\n')[0]).toBe('# Checklist result: Prompt engineering, for now');
    expect(md).toContain('Plan: Prompt engineering.');
    for (const line of ['- Examples: More than 10,000', '- Expertise: An ML team']) {
      expect(md).toContain(line);
    }
    for (const heading of [
      '## Next steps',
      '## Later',
      '## Your answers',
      '## Ruled out',
      '## Why',
      '## What would change it',
      '## Sources',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('**The service is closing.**');
    expect(md).toContain('Cost this plan at 300,000 requests a month: https://example.org/cost/');
    expect(md.trimEnd().split('\n').at(-1)).toBe(`Result: ${url(answers)}`);
  });

  test('a note that the rules changed appears only for a link as it was made', () => {
    expect(markdown({ consistency: 'strict' }, true)).toContain('this result may differ');
    expect(markdown({ consistency: 'strict' }, false)).not.toContain('this result may differ');
  });

  test('every citation number in the text is in its source list, and nothing else is', () => {
    fc.assert(
      fc.property(answersOf(fixture), fc.boolean(), (answers, fromLink) => {
        const md = markdown(answers, fromLink);
        const [text = '', list = ''] = md.split('## Sources');
        const cited = new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => m[1]));
        const listed = new Set([...list.matchAll(/^- \[(\d+)\] /gm)].map((m) => m[1]));
        expect(listed).toEqual(cited);
      }),
      { numRuns: 150 },
    );
  });

  test('with nothing answered it says so and still links the checklist', () => {
    const md = markdown({});
    expect(md).toContain('No questions answered yet.');
    expect(md).not.toContain('## Why');
  });
});

describe('a ruled-out approach is never the headline', () => {
  test.each([
    ['the fixture', fixture, p],
    ['the real content', model, payload],
  ] as const)('on %s, for every combination of answers', (_name, m, pay) => {
    fc.assert(
      fc.property(answersOf(m), (answers) => {
        const d = decide(m, answers);
        const title = headline(pay, d);
        for (const id of d.blocked) expect(title.startsWith(pay.approaches[id])).toBe(false);
        const md = toMarkdown(pay, answers, d, 'x');
        expect(md.split('\n')[0]).toBe(`# Checklist result: ${title}`);
      }),
      { numRuns: 300 },
    );
  });
});
