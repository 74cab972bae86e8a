import { describe, expect, test } from 'vitest';
import {
  CHART,
  LINE_STYLES,
  axisUsd,
  chartDescription,
  chartGeometry,
  type Cumulative,
} from '../../../src/lib/cost/chart';
import { PATH_IDS } from '../../../src/lib/cost/inputs';
import { PATH_NAMES } from '../../../src/lib/cost/words';

const months = Array.from({ length: 13 }, (_, m) => m);
const data = (crossing: number | null, floors: Cumulative['floors'] = []): Cumulative => ({
  paths: ['prompting', 'retrieval', 'fine-tuning'],
  totals: {
    prompting: months.map((m) => 1000 * m),
    retrieval: months.map((m) => 2000 + 900 * m),
    'fine-tuning': months.map((m) => 6000 + 500 * m),
  },
  crossing,
  floors,
});

describe('the cumulative-cost chart', () => {
  test('draws one line per path shown', () => {
    expect(chartGeometry(data(null)).lines.map((l) => l.path)).toEqual([
      'prompting',
      'retrieval',
      'fine-tuning',
    ]);
  });

  test('the crossing is drawn where fine-tuning meets prompting, at the payback month', () => {
    const g = chartGeometry(data(12));
    const last = (path: string) =>
      g.lines
        .find((l) => l.path === path)
        ?.points.split(' ')
        .at(-1);
    expect(g.crossing?.month).toBe(12);
    expect(`${g.crossing?.x.toFixed(1)},${g.crossing?.y.toFixed(1)}`).toBe(last('prompting'));
    expect(last('prompting')).toBe(last('fine-tuning'));
  });

  test('axes start at zero, fit every value and use round steps', () => {
    const g = chartGeometry(data(null));
    expect(g.yTicks[0]?.value).toBe(0);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 5000, 10000, 15000]);
    expect(g.xTicks[0]?.x).toBe(CHART.left);
    expect(g.crossing).toBeNull();
  });

  test('every path has its own dash pattern, so lines differ without colour', () => {
    const dashes = PATH_IDS.map((p) => LINE_STYLES[p].dash);
    expect(new Set(dashes).size).toBe(PATH_IDS.length);
  });

  test('the description names the paths drawn and where the lines meet', () => {
    expect(chartDescription(data(6.25), PATH_NAMES)).toBe(
      "Total dollars spent by each month on prompting, retrieval, fine-tuning; the table below gives every figure. Fine-tuning's total falls to prompting's at month 6.3.",
    );
  });

  test('a line that leaves out an unknown price is called the least it could cost, and the crossing the earliest', () => {
    expect(chartDescription(data(6.25, ['fine-tuning']), PATH_NAMES)).toBe(
      "Total dollars spent by each month on prompting, retrieval, fine-tuning; the table below gives every figure. Fine-tuning's total falls to prompting's no sooner than month 6.3. The line for fine-tuning leaves out unknown prices: the least it could cost.",
    );
    expect(chartDescription(data(null, ['prompting', 'retrieval']), PATH_NAMES)).toMatch(
      /The lines for prompting and retrieval leave out unknown prices: the least each could cost\.$/,
    );
  });

  test('axis labels are short', () => {
    expect([axisUsd(450), axisUsd(12000), axisUsd(1200000)]).toEqual(['$450', '$12k', '$1.2M']);
  });
});
