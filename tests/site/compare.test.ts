/**
 * The comparison in the built site: every criterion file has a table row and a page, and the
 * table, the criterion pages, the chart and the two downloads all say the same thing.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ComparisonData } from '../../src/lib/compare/data';
import { CSV_COLUMNS } from '../../src/lib/compare/data';
import { APPROACH_IDS } from '../../src/lib/site/approaches';
import { parseCsv } from '../support/csv';
import { parseHtml, readDist } from '../support/dist';
import { SITE_URL } from '../../src/site-url';

const ids = readdirSync('content/criteria')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();
const data = JSON.parse(readDist('comparison.json')) as ComparisonData;
const table = parseHtml(readDist('compare/index.html'));
const text = (el: { text: string } | null | undefined) =>
  (el?.text ?? '').replace(/\s+/g, ' ').trim();

describe('the comparison table on /compare/', () => {
  test('has a caption and header cells with scope', () => {
    expect(text(table.querySelector('table caption'))).toMatch(/criteria/);
    expect(table.querySelectorAll('thead th[scope="col"]').length).toBe(APPROACH_IDS.length + 2);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).toBe(ids.length);
  });

  test.each(ids)('%s has one row with a link to its page and a cell per approach', (id) => {
    const rows = table.querySelectorAll(`tr[data-criterion="${id}"]`);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.querySelector(`th a[href="/criteria/${id}/"]`)).not.toBeNull();
    const criterion = data.criteria.find((c) => c.id === id);
    expect(criterion, 'in comparison.json').toBeDefined();
    for (const approach of APPROACH_IDS) {
      const cells = row.querySelectorAll(`td[data-approach="${approach}"]`);
      expect(cells).toHaveLength(1);
      const v = criterion!.verdicts[approach];
      const cell = text(cells[0]);
      expect(cell).toContain(v.verdict);
      expect(cell).toContain(`Rating ${v.rating} out of 5`);
      // The reasons are in the page without JavaScript, inside a disclosure.
      expect(text(cells[0]!.querySelector('details p'))).toBe(v.explanation);
    }
  });

  test('the five core criteria every reader asks about are all there, marked core', () => {
    const core = data.criteria.filter((c) => c.core).map((c) => c.id);
    expect(core.sort()).toEqual([
      'cost',
      'deployment-time',
      'expertise',
      'flexibility',
      'scalability',
    ]);
  });

  test("the core verdicts follow the sources' own comparison table (source 002), deployment time planned as a whole project", () => {
    const verdict = (id: string, approach: (typeof APPROACH_IDS)[number]) =>
      data.criteria.find((c) => c.id === id)?.verdicts[approach].verdict;
    expect([verdict('cost', 'prompt-engineering'), verdict('cost', 'fine-tuning')]).toEqual([
      'Low',
      'High',
    ]);
    expect([
      verdict('expertise', 'prompt-engineering'),
      verdict('expertise', 'fine-tuning'),
    ]).toEqual(['Moderate', 'Advanced']);
    expect([
      verdict('flexibility', 'prompt-engineering'),
      verdict('flexibility', 'fine-tuning'),
    ]).toEqual(['High', 'Moderate']);
    // Deployment time leads with the whole-project figure the guide tells readers to plan with
    // (source 004), and keeps source 002's training-run figure beside it.
    expect(verdict('deployment-time', 'prompt-engineering')).toMatch(/^Days; each change at once$/);
    expect(verdict('deployment-time', 'fine-tuning')).toMatch(
      /^Weeks to months \(run: hours to days\)$/,
    );
    expect(verdict('scalability', 'prompt-engineering')).toMatch(/easily across tasks/i);
    expect(verdict('scalability', 'fine-tuning')).toMatch(/data and resources/i);
  });

  test('totals with equal weights are in the page without JavaScript, with the leader marked', () => {
    const cells = table.querySelectorAll('tfoot td[data-total]');
    expect(cells.map((c) => c.getAttribute('data-total'))).toEqual([...APPROACH_IDS]);
    const points = cells.map((c) => Number(text(c.querySelector('[data-points]'))));
    const expected = APPROACH_IDS.map((a) =>
      data.criteria.reduce((sum, c) => sum + 2 * c.verdicts[a].rating, 0),
    );
    expect(points).toEqual(expected);
    const leader = APPROACH_IDS[expected.indexOf(Math.max(...expected))];
    expect(table.querySelector('tfoot td[data-leader]')?.getAttribute('data-total')).toBe(leader);
  });

  test('links both downloads', () => {
    expect(table.querySelector('a[href="/comparison.json"]')).not.toBeNull();
    expect(table.querySelector('a[href="/comparison.csv"]')).not.toBeNull();
  });
});

describe('the ratings chart', () => {
  const chart = table.querySelector('figure [role="img"]');

  test('is an image whose text alternative gives every rating', () => {
    expect(chart).not.toBeNull();
    const labelled = (chart?.getAttribute('aria-labelledby') ?? '').split(' ');
    const alternative = labelled.map((id) => text(table.querySelector(`#${id}`))).join(' ');
    for (const c of data.criteria) {
      const approaches = data.approaches
        .map((a) => `${a.label} ${c.verdicts[a.id].rating}`)
        .join(', ');
      expect(alternative).toContain(`${c.label}: ${approaches}.`);
    }
  });

  test('draws, for each criterion, one bar per approach, as long as its rating, in its colour', () => {
    const rows = chart?.querySelectorAll('.chart-row:not(.chart-axis)') ?? [];
    expect(rows.map((row) => text(row.querySelector('span')))).toEqual(
      data.criteria.map((c) => c.label),
    );
    rows.forEach((row, i) => {
      const c = data.criteria[i]!;
      expect(
        row
          .querySelectorAll('.bars i')
          .map((bar) => [bar.getAttribute('data-tone'), Number(bar.getAttribute('data-rating'))]),
      ).toEqual(data.approaches.map((a) => [a.id, c.verdicts[a.id].rating]));
    });
  });
});

describe('criterion pages', () => {
  test.each(ids)(
    '/criteria/%s/ shows the question, every verdict with citations and a link back to its row',
    (id) => {
      const page = parseHtml(readDist(`criteria/${id}/index.html`));
      const c = data.criteria.find((x) => x.id === id)!;
      expect(text(page.querySelector('h1'))).toBe(c.label);
      expect(text(page.querySelector('[data-pagefind-meta="question"]'))).toBe(c.question);
      for (const approach of APPROACH_IDS) {
        const section = page.querySelector(`section[data-approach="${approach}"]`);
        expect(text(section)).toContain(c.verdicts[approach].verdict);
        expect(text(section)).toContain(c.verdicts[approach].explanation);
        expect(section?.querySelectorAll('a[href^="#ref-"]').length).toBe(
          c.verdicts[approach].sources.length,
        );
      }
      if (c.disagreement)
        expect(text(page.querySelector('aside'))).toContain(c.disagreement.summary);
      expect(page.querySelector(`a[href="/compare/#criterion-${id}"]`)).not.toBeNull();
    },
  );
});

describe('the downloads', () => {
  test('comparison.json holds every criterion file, in table order, with absolute page addresses', () => {
    expect(data.format).toBe(1);
    expect(data.criteria.map((c) => c.id).sort()).toEqual(ids);
    const tableOrder = table
      .querySelectorAll('tr[data-criterion]')
      .map((r) => r.getAttribute('data-criterion'));
    expect(data.criteria.map((c) => c.id)).toEqual(tableOrder);
    for (const c of data.criteria)
      expect(c.url).toBe(`${new URL(SITE_URL).origin}/criteria/${c.id}/`);
  });

  test('every cited source id resolves in the file itself', () => {
    const known = new Set(data.sources.map((s) => s.id));
    const cited = data.criteria.flatMap((c) => [
      ...Object.values(c.verdicts).flatMap((v) => v.sources),
      ...(c.disagreement?.sources ?? []),
    ]);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });

  test('comparison.csv has the same verdicts, ratings, explanations and sources as the JSON', () => {
    const [header, ...rows] = parseCsv(readDist('comparison.csv'));
    expect(header).toEqual([...CSV_COLUMNS]);
    const expected = data.criteria.flatMap((c) =>
      data.approaches.map((a) => {
        const v = c.verdicts[a.id];
        return [
          c.id,
          c.label,
          c.question,
          String(c.core),
          a.id,
          v.verdict,
          String(v.rating),
          v.explanation,
          v.sources.join(' '),
        ];
      }),
    );
    expect(rows).toEqual(expected);
  });
});
