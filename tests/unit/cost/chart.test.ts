import { describe, expect, test } from 'vitest';
import { CHART, axisUsd, chartGeometry } from '../../../src/lib/cost/chart';

const points = Array.from({ length: 13 }, (_, month) => ({
  month,
  prompting: 1000 * month,
  tuning: 6000 + 500 * month,
}));

describe('the cumulative-cost chart', () => {
  test('the crossing is drawn where the two lines meet, at the payback month', () => {
    const g = chartGeometry({ points, crossing: 12 });
    const last = (line: string) => line.split(' ').at(-1);
    expect(g.crossing?.month).toBe(12);
    expect(`${g.crossing?.x.toFixed(1)},${g.crossing?.y.toFixed(1)}`).toBe(last(g.prompting));
    expect(last(g.prompting)).toBe(last(g.tuning));
  });

  test('axes start at zero, fit every value and use round steps', () => {
    const g = chartGeometry({ points, crossing: null });
    expect(g.yTicks[0]?.value).toBe(0);
    expect(g.yTicks.at(-1)?.value).toBeGreaterThanOrEqual(12000);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 5000, 10000, 15000]);
    expect(g.xTicks[0]?.x).toBe(CHART.left);
    expect(g.crossing).toBeNull();
  });

  test('axis labels are short', () => {
    expect([axisUsd(450), axisUsd(12000), axisUsd(1200000)]).toEqual(['$450', '$12k', '$1.2M']);
  });
});
