import { describe, expect, test } from 'vitest';
import { byApproach } from '../../../src/lib/site/approaches';
import { defaultView, type Row, type View } from '../../../src/lib/compare/model';
import {
  approachesMessage,
  caption,
  gapLabel,
  leadMessage,
  shownMessage,
  sortMessage,
  totalLabel,
} from '../../../src/lib/compare/text';

const rows: Row[] = [
  {
    id: 'cost',
    label: 'Cost',
    core: true,
    ratings: byApproach((a) => (a === 'prompt-engineering' ? 5 : 2)),
  },
  { id: 'latency', label: 'Latency', core: false, ratings: byApproach(() => 3) },
];
const labels = {
  'prompt-engineering': 'Prompt engineering',
  'fine-tuning': 'Fine-tuning',
  hybrid: 'Hybrid',
  cost: 'Cost',
  latency: 'Latency',
};
const view = (change: Partial<View> = {}): View => ({ ...defaultView(rows), ...change });

describe('the sentences the comparison table shows and announces', () => {
  test.each([
    [{ by: 'order' } as const, "Sorted in the guide's order."],
    [{ by: 'name', reversed: true } as const, 'Sorted by criterion, Z to A.'],
    [
      { by: 'rating', approach: 'fine-tuning', reversed: false } as const,
      'Sorted by Fine-tuning rating, best first.',
    ],
    [
      { by: 'gap', a: 'hybrid', b: 'fine-tuning', reversed: true } as const,
      'Sorted by Hybrid minus Fine-tuning, smallest first.',
    ],
  ])('a sort reads as %j', (sort, text) => {
    expect(sortMessage(sort, labels)).toBe(text);
  });

  test('the caption names the shown approaches and the sort, and the default view reads plainly', () => {
    expect(caption(2, view(), labels)).toBe("2 criteria in the guide's order");
    expect(
      caption(
        1,
        view({ approaches: ['fine-tuning', 'hybrid'], sort: { by: 'name', reversed: false } }),
        labels,
      ),
    ).toBe('1 criteria for Fine-tuning and Hybrid sorted by criterion, A to Z');
  });

  test('the lead is named, ties are called ties, and no weight at all is said plainly', () => {
    expect(leadMessage(rows, view(), labels)).toBe('Prompt engineering leads.');
    const tied = view({ weights: { cost: 'none' } });
    expect(leadMessage(rows, tied, labels)).toMatch(/tie for the lead\.$/);
    expect(leadMessage(rows, view({ weights: { cost: 'none', latency: 'none' } }), labels)).toBe(
      'No criterion has any weight.',
    );
    expect(shownMessage(rows, view({ criteria: ['cost'] }), labels)).toBe(
      'Showing 1 of 2 criteria. Prompt engineering leads.',
    );
  });

  test('the totals row says whether the reader weighted what is shown', () => {
    expect(totalLabel(view())).toBe('Total, every criterion weighted equally');
    expect(totalLabel(view({ weights: { cost: 'high' } }))).toBe('Total with your weights');
    // A weight on a hidden criterion does not count.
    expect(totalLabel(view({ criteria: ['latency'], weights: { cost: 'high' } }))).toBe(
      'Total, every criterion weighted equally',
    );
  });

  test('approach lists and the gap heading use the names readers see', () => {
    expect(approachesMessage(['prompt-engineering', 'hybrid'], labels)).toBe(
      'Showing Prompt engineering and Hybrid.',
    );
    expect(gapLabel('fine-tuning', 'prompt-engineering', labels)).toBe(
      'Fine-tuning − Prompt engineering',
    );
  });
});
