import { describe, expect, test } from 'vitest';
import { layoutStep, parseFlowchart, plainText } from '../../../src/lib/guide/build/flowchart';

const approaches = [
  { id: 'prompt-engineering', label: 'Prompt engineering' },
  { id: 'fine-tuning', label: 'Fine-tuning' },
];

/** The HTML Markdown makes of a flowchart list, built from [question, answers] pairs. */
function list(steps: [string, string[]][]): string {
  const items = steps.map(
    ([question, answers]) =>
      `<li>${question}\n<ul>\n${answers.map((a) => `<li>${a}</li>`).join('\n')}\n</ul>\n</li>`,
  );
  return `<ol>\n${items.join('\n')}\n</ol>`;
}

const chart = list([
  [
    'Have you measured a prompt?',
    [
      '<strong>No:</strong> Prompt engineering: write an evaluation set.',
      '<strong>Yes:</strong> go to question 2.',
    ],
  ],
  [
    'Is knowledge missing?',
    ['<strong>Yes:</strong> Add context: use retrieval.', '<strong>No:</strong> go to question 3.'],
  ],
  [
    'Enough examples &amp; budget?',
    [
      '<strong>No</strong> Keep prompting.',
      '<strong>Yes:</strong> Fine-tuning, with prompts on top.',
    ],
  ],
]);

describe('reading a flowchart from its list', () => {
  const steps = parseFlowchart(chart, approaches);

  test('each numbered item is a question, numbered in order', () => {
    expect(steps.map((s) => [s.number, s.question])).toEqual([
      [1, 'Have you measured a prompt?'],
      [2, 'Is knowledge missing?'],
      [3, 'Enough examples & budget?'],
    ]);
  });

  test.each([
    // step, answer, what the reader is told
    [
      0,
      0,
      {
        label: 'No',
        approach: 'prompt-engineering',
        heading: 'Prompt engineering',
        detail: 'write an evaluation set.',
      },
    ],
    [0, 1, { label: 'Yes', next: 2 }],
    [1, 0, { label: 'Yes', heading: 'Add context', detail: 'use retrieval.' }],
    [2, 0, { label: 'No', detail: 'Keep prompting.' }],
    [
      2,
      1,
      {
        label: 'Yes',
        approach: 'fine-tuning',
        heading: 'Fine-tuning',
        detail: 'with prompts on top.',
      },
    ],
  ])('question %i, answer %i: %o', (step, answer, expected) => {
    expect(steps[step]?.answers[answer]).toMatchObject(expected);
  });

  test('the answer that leads to the next question continues the main line; the rest branch off', () => {
    const [first, , last] = steps;
    expect(first && layoutStep(first).onward?.label).toBe('Yes');
    expect(first && layoutStep(first).branches.map((a) => a.label)).toEqual(['No']);
    expect(last && layoutStep(last).onward).toBeUndefined();
    expect(last && layoutStep(last).branches).toHaveLength(2);
  });

  test('paragraphs inside loose list items are read the same way', () => {
    const loose = chart
      .replace(/<li>([^<\n]+)\n<ul>/g, '<li><p>$1</p>\n<ul>')
      .replace(/<li><strong>/g, '<li><p><strong>');
    expect(parseFlowchart(loose, approaches)).toEqual(steps);
  });
});

describe('plain text for the drawing', () => {
  test.each([
    [
      'Cheap <sup class="cite"><a href="#ref-a"><span class="sr-only">source </span>1</a></sup> start',
      'Cheap start',
    ],
    ['<em>a</em>  <strong>b</strong>\n c', 'a b c'],
    ['don&#x27;t &lt;guess&gt; &amp; &#8220;hope&#8221;', "don't <guess> & “hope”"],
    ['&unknown; stays', '&unknown; stays'],
  ])('%s → %s', (html, text) => {
    expect(plainText(html)).toBe(text);
  });
});

describe('a flowchart list with a mistake stops the build and says what is wrong', () => {
  test.each([
    [
      'no numbered list',
      '<ul><li>Q?<ul><li><strong>Yes:</strong> A.</li></ul></li></ul>',
      /numbered list/,
    ],
    [
      'a question without answers',
      '<ol><li>Q?</li></ol>',
      /question 1 \("Q\?"\) needs a bulleted list of answers/,
    ],
    ['an answer without a bold label', list([['Q?', ['Yes, do it.']]]), /label in bold/],
    [
      'an answer without an outcome',
      list([['Q?', ['<strong>Yes:</strong>']]]),
      /answer "Yes" to question 1 has no outcome/,
    ],
    [
      'a jump backwards',
      list([['Q?', ['<strong>Yes:</strong> go to question 1.']]]),
      /not a later question/,
    ],
    [
      'a jump past the end',
      list([['Q?', ['<strong>Yes:</strong> go to question 9.']]]),
      /question 9, which is not a later question/,
    ],
    [
      'a link that would be focusable while hidden',
      list([['Q?', ['<strong>Yes:</strong> see <a href="/x/">x</a>.']]]),
      /may not contain links/,
    ],
  ])('%s', (_name, html, message) => {
    expect(() => parseFlowchart(html)).toThrow(message);
  });
});
