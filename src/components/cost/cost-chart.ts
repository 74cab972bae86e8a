/**
 * Redraws the calculator's cumulative-cost chart, its caption and its month-by-month table for a
 * new result. Loaded with the working once the reader changes something: the page carries the
 * starting point's chart, so nothing here is needed before interaction.
 */
import {
  CHART,
  axisUsd,
  chartDescription,
  chartGeometry,
  cumulativeCosts,
  floorNote,
} from '../../lib/cost/chart';
import { formatUsd } from '../../lib/cost/format';
import { PATH_IDS } from '../../lib/cost/inputs';
import type { CostResult } from '../../lib/cost/model';
import { PATH_NAMES } from '../../lib/cost/words';
import { el, setText, svg } from './dom';

/**
 * Draws the chart in `root` and returns what fills its month-by-month table, which is drawn only
 * while open (and now, if it is).
 */
export function drawChart(root: HTMLElement, months: number, result: CostResult): () => void {
  const series = cumulativeCosts(months, result);
  const g = chartGeometry(series);
  setText(root, '[data-chart-floors]', floorNote(series, PATH_NAMES));
  for (const p of PATH_IDS) {
    const line = root.querySelector(`[data-line="${p}"]`);
    const drawn = g.lines.find((l) => l.path === p);
    line?.setAttribute('points', drawn?.points ?? '');
    line?.setAttribute('visibility', drawn ? 'visible' : 'hidden');
    const legend = root.querySelector<HTMLElement>(`figcaption [data-path="${p}"]`);
    if (legend) legend.hidden = !drawn;
  }
  const explained = root.querySelector<HTMLElement>('[data-chart-dot]');
  if (explained)
    explained.hidden = !(
      series.paths.includes('prompting') && series.paths.includes('fine-tuning')
    );
  const dot = root.querySelector('[data-crossing]');
  dot?.setAttribute('cx', String(g.crossing?.x ?? 0));
  dot?.setAttribute('cy', String(g.crossing?.y ?? 0));
  dot?.setAttribute('visibility', g.crossing ? 'visible' : 'hidden');
  // The axes change only when their ticks do.
  const ticks = `${g.yTicks.map((y) => y.value).join()}|${g.xTicks.map((x) => x.label).join()}`;
  const axes = root.querySelector('[data-axes]');
  if (axes && axes.getAttribute('data-ticks') !== ticks) {
    axes.setAttribute('data-ticks', ticks);
    axes.replaceChildren(
      ...g.yTicks.flatMap((t) => [
        svg('line', {
          x1: CHART.left,
          x2: CHART.width - CHART.right,
          y1: t.y,
          y2: t.y,
          class: 'stroke-border',
        }),
        svg(
          'text',
          { x: CHART.left - 6, y: t.y + 4, 'text-anchor': 'end', class: 'fill-muted' },
          axisUsd(t.value),
        ),
      ]),
      ...g.xTicks.map((t) =>
        svg(
          'text',
          {
            x: t.x,
            y: CHART.height - CHART.bottom + 16,
            'text-anchor': 'middle',
            class: 'fill-muted',
          },
          t.label,
        ),
      ),
    );
  }
  setText(root, '[data-chart-months]', String(months));
  setText(root, '[data-chart-desc]', chartDescription(series, PATH_NAMES));
  root
    .querySelector('[data-chart-head]')
    ?.replaceChildren(
      el('th', 'Month'),
      ...series.paths.map((p) => el('th', `${PATH_NAMES[p]}, total`)),
    );
  for (const th of root.querySelectorAll('[data-chart-head] th')) th.setAttribute('scope', 'col');
  // The month-by-month table is drawn only while it is open, and when it opens.
  const table = () =>
    root.querySelector('[data-chart-table]')?.replaceChildren(
      ...Array.from({ length: months + 1 }, (_, m) => {
        const tr = el('tr');
        const th = el('th', String(m));
        th.scope = 'row';
        tr.append(th, ...series.paths.map((p) => el('td', formatUsd(series.totals[p]?.[m] ?? 0))));
        return tr;
      }),
    );
  if (root.querySelector<HTMLDetailsElement>('[data-chart-details]')?.open) table();
  return table;
}
