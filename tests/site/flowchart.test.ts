/**
 * Decision flowcharts on the built pages: a drawing for the eye and, beside it, a text
 * equivalent that screen readers and readers without CSS get. Every step drawn must be in the
 * text, so the two can never say different things.
 */
import { describe, expect, test } from 'vitest';
import { htmlPages, parseHtml, readDist, urlPath } from '../support/dist';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const charts = htmlPages().flatMap((file) =>
  parseHtml(readDist(file))
    .querySelectorAll('figure.flowchart')
    .map((figure, i) => ({ name: `${urlPath(file)} flowchart ${i + 1}`, figure })),
);

describe('decision flowcharts', () => {
  test('the "when to choose" page has one', () => {
    expect(charts.map((c) => c.name)).toContain('/guide/when-to-choose/ flowchart 1');
  });

  describe.each(charts)('$name', ({ figure }) => {
    const drawing = figure.querySelector('.fc-drawing');
    const text = figure.querySelector('[data-flow-text-equivalent]');

    test('is a figure named by a caption', () => {
      expect(figure.querySelector('figcaption')?.text.trim().length).toBeGreaterThan(10);
    });

    test('has a text equivalent: a numbered list of every question with its answers', () => {
      const questions = text?.querySelectorAll('ol > li') ?? [];
      expect(questions.length).toBe(drawing?.querySelectorAll('[data-flow-step]').length);
      for (const question of questions)
        expect(question.querySelectorAll('ul > li').length).toBeGreaterThanOrEqual(2);
    });

    test('every step in the drawing appears in the text equivalent', () => {
      const words = normalize(text?.text ?? '');
      const drawn =
        drawing?.querySelectorAll('[data-flow-text]').map((el) => normalize(el.text)) ?? [];
      expect(drawn.length).toBeGreaterThan(0);
      const missing = drawn.filter(
        (phrase) => !words.includes(phrase) && !/^go to question \d+\.$/.test(phrase),
      );
      expect(missing).toEqual([]);
    });

    test('screen readers get the text once: the drawing is hidden from them and holds nothing focusable', () => {
      expect(drawing?.getAttribute('aria-hidden')).toBe('true');
      expect(
        drawing?.querySelectorAll('a, button, input, select, textarea, [tabindex]'),
      ).toHaveLength(0);
      expect(text?.querySelectorAll('a, button, input, select, textarea, [tabindex]')).toHaveLength(
        0,
      );
    });

    test('the text equivalent is hidden by no attribute, so it shows with CSS and JavaScript off', () => {
      for (let el = text; el && el !== figure.parentNode; el = el.parentNode) {
        expect(el.getAttribute('aria-hidden')).not.toBe('true');
        expect(el.hasAttribute('hidden')).toBe(false);
        expect(el.tagName).not.toBe('DETAILS');
      }
      expect(figure.querySelectorAll('[style]')).toHaveLength(0);
    });
  });
});
