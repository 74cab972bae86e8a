/**
 * The comparison table in a real browser: sorting, choosing criteria and approaches, weighting,
 * sharing the view by link, resetting, keyboard use, accessibility, hostile links, phones and print.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ComparisonData } from '../../src/lib/compare/data';
import { axe, baseUrl, describeViolations, open, useBrowser } from '../support/browser';

const browser = useBrowser();
let data: ComparisonData;
beforeAll(async () => {
  data = (await (await fetch(`${baseUrl()}/comparison.json`)).json()) as ComparisonData;
});

const allIds = () => data.criteria.map((c) => c.id);
const rating = (id: string, approach: string) =>
  data.criteria.find((c) => c.id === id)!.verdicts[approach as 'hybrid'].rating;

/** Opens /compare/ (with an optional query) and waits for the island to take over. */
async function compare(query = '', options = {}, how = {}) {
  const opened = await open(browser(), `/compare/${query}`, options, how);
  await opened.page.waitForFunction(() => customElements.get('compare-table'));
  return opened;
}

const shownRows = (page: Page) =>
  page.$$eval('tr[data-criterion]', (rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.criterion),
  );
const shownColumns = (page: Page) =>
  page.$$eval('thead th[data-approach]', (ths) =>
    ths.filter((t) => !(t as HTMLElement).hidden).map((t) => (t as HTMLElement).dataset.approach),
  );
const status = (page: Page) => page.locator('compare-table [data-status]');
const sortOf = (page: Page) =>
  page.$$eval('th[aria-sort]', (ths) =>
    ths.map(
      (t) =>
        `${(t as HTMLElement).dataset.sort}:${(t as HTMLElement).dataset.approach ?? ''}:${t.getAttribute('aria-sort')}`,
    ),
  );
const query = (page: Page) => new URL(page.url()).search;

describe('sorting', () => {
  test('by criterion name, A to Z and back, marked with aria-sort and announced', async () => {
    const { page, errors, close } = await compare();
    try {
      expect(await sortOf(page)).toEqual([]);
      const button = page.getByRole('button', { name: 'Criterion', exact: true });
      await button.click();
      const byName = [...data.criteria]
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((c) => c.id);
      expect(await shownRows(page)).toEqual(byName);
      expect(await sortOf(page)).toEqual(['name::ascending']);
      await expect.poll(() => status(page).textContent()).toMatch(/A to Z/);
      await button.click();
      expect(await shownRows(page)).toEqual([...byName].reverse());
      expect(await sortOf(page)).toEqual(['name::descending']);
      await expect.poll(() => status(page).textContent()).toMatch(/Z to A/);
      expect(query(page)).toBe('?sort=name:desc');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("by one approach's rating, best first, from its column header", async () => {
    const { page, close } = await compare();
    try {
      await page.locator('thead th[data-approach="hybrid"] button').click();
      const ratings = (await shownRows(page)).map((id) => rating(id!, 'hybrid'));
      expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
      expect(await sortOf(page)).toEqual(['rating:hybrid:descending']);
    } finally {
      await close();
    }
  });

  test('by the gap between two approaches, shown in its own column', async () => {
    const { page, close } = await compare();
    try {
      await page.locator('select[name="gap-a"]').selectOption('fine-tuning');
      await page.locator('select[name="gap-b"]').selectOption('prompt-engineering');
      await page.getByRole('button', { name: 'Sort by gap' }).click();
      const rows = await shownRows(page);
      const gaps = rows.map((id) => rating(id!, 'fine-tuning') - rating(id!, 'prompt-engineering'));
      expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
      const cells = await page.$$eval('tbody td[data-gap]', (tds) =>
        tds.filter((t) => !(t as HTMLElement).hidden).map((t) => t.textContent),
      );
      expect(cells).toEqual(gaps.map((g) => (g > 0 ? `+${g}` : g < 0 ? `−${-g}` : '0')));
      expect(await sortOf(page)).toEqual(['gap::descending']);
      expect(query(page)).toBe('?sort=gap:fine-tuning:prompt-engineering');
      await expect
        .poll(() => status(page).textContent())
        .toMatch(/Fine-tuning minus Prompt engineering, largest first/);
    } finally {
      await close();
    }
  });
});

describe('choosing what to compare', () => {
  test('the core five, any set of criteria, and fewer approaches', async () => {
    const { page, close } = await compare();
    try {
      await page.getByRole('button', { name: 'Core 5' }).click();
      const core = data.criteria.filter((c) => c.core).map((c) => c.id);
      expect(await shownRows(page)).toEqual(core);
      expect(await page.getByRole('button', { name: 'Core 5' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(query(page)).toBe('?criteria=core');

      await page.getByText('Choose criteria').click();
      await page.getByRole('checkbox', { name: 'Latency' }).check();
      await page.getByRole('checkbox', { name: 'Cost' }).uncheck();
      expect(await shownRows(page)).toEqual(
        [...core.filter((id) => id !== 'cost'), 'latency'].sort(
          (a, b) => allIds().indexOf(a) - allIds().indexOf(b),
        ),
      );

      await page.getByRole('checkbox', { name: 'Hybrid' }).uncheck();
      expect(await shownColumns(page)).toEqual(['prompt-engineering', 'fine-tuning', 'retrieval']);
      await page.getByRole('checkbox', { name: 'Retrieval (RAG)' }).uncheck();
      expect(await shownColumns(page)).toEqual(['prompt-engineering', 'fine-tuning']);
      expect(await page.locator('td[data-approach="hybrid"]:visible').count()).toBe(0);
      expect(await page.locator('[data-total="hybrid"]').isVisible()).toBe(false);
      expect(query(page)).toMatch(/approaches=prompt-engineering,fine-tuning/);
    } finally {
      await close();
    }
  });

  test('the last approach or criterion cannot be taken away', async () => {
    const { page, close } = await compare('?approaches=hybrid');
    try {
      await page.getByRole('checkbox', { name: 'Hybrid' }).click();
      expect(await page.getByRole('checkbox', { name: 'Hybrid' }).isChecked()).toBe(true);
      expect(await shownColumns(page)).toEqual(['hybrid']);
      await expect.poll(() => status(page).textContent()).toMatch(/At least one approach/);

      await page.goto(`${baseUrl()}/compare/?criteria=cost`);
      await page.getByText('Choose criteria').click();
      await page.getByRole('checkbox', { name: 'Cost' }).click();
      expect(await page.getByRole('checkbox', { name: 'Cost' }).isChecked()).toBe(true);
      expect(await shownRows(page)).toEqual(['cost']);
      await expect.poll(() => status(page).textContent()).toMatch(/At least one criterion/);
    } finally {
      await close();
    }
  });
});

describe('weighting', () => {
  test('weights change the totals and the leader, and the arithmetic shows why', async () => {
    const { page, close } = await compare('?criteria=cost,latency');
    try {
      await page.locator('select[data-weight="cost"]').selectOption('none');
      await page.locator('select[data-weight="latency"]').selectOption('high');
      const points = (a: string) => page.locator(`[data-total="${a}"] [data-points]`).textContent();
      expect(await points('fine-tuning')).toBe(String(rating('latency', 'fine-tuning') * 3));
      expect(await page.locator('[data-total-label]').textContent()).toBe(
        'Total with your weights',
      );
      const best = Math.max(
        ...['prompt-engineering', 'fine-tuning', 'hybrid'].map((a) => rating('latency', a)),
      );
      const leaders = await page.$$eval('[data-total][data-leader]', (tds) =>
        tds.map((t) => (t as HTMLElement).dataset.total),
      );
      expect(leaders).toEqual(
        ['prompt-engineering', 'fine-tuning', 'hybrid'].filter(
          (a) => rating('latency', a) === best,
        ),
      );
      expect(await page.locator('[data-total][data-leader] .lead').first().isVisible()).toBe(true);

      await page.getByText('How the totals are worked out').click();
      const sum = await page.locator('[data-sum="fine-tuning"] [data-expr]').textContent();
      expect(sum).toBe(
        `Cost ${rating('cost', 'fine-tuning')} × 0 + Latency ${rating('latency', 'fine-tuning')} × 3 = ${rating('latency', 'fine-tuning') * 3} of 15 (${Math.round((100 * rating('latency', 'fine-tuning') * 3) / 15)}%)`,
      );
      expect(query(page)).toBe('?criteria=cost,latency&weights=cost:none,latency:high');
      await expect.poll(() => status(page).textContent()).toMatch(/Latency weighted high\. .*lead/);
    } finally {
      await close();
    }
  });
});

describe('sharing and resetting', () => {
  test('a copied link reopens the exact view; reset returns to the default', async () => {
    const first = await compare('', { permissions: ['clipboard-read', 'clipboard-write'] });
    let link: string;
    try {
      const { page } = first;
      await page.getByRole('button', { name: 'Core 5' }).click();
      await page.getByRole('checkbox', { name: 'Hybrid' }).uncheck();
      await page.getByRole('checkbox', { name: 'Retrieval (RAG)' }).uncheck();
      await page.locator('select[data-weight="cost"]').selectOption('high');
      await page.getByRole('button', { name: 'Criterion', exact: true }).click();
      await page.getByRole('button', { name: 'Copy link to this view' }).click();
      await expect.poll(() => status(page).textContent()).toMatch(/Link copied/);
      link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(page.url());
    } finally {
      await first.close();
    }

    const second = await compare(new URL(link).search);
    try {
      const { page, errors } = second;
      const core = data.criteria.filter((c) => c.core);
      expect(await shownRows(page)).toEqual(
        [...core].sort((a, b) => a.label.localeCompare(b.label)).map((c) => c.id),
      );
      expect(await shownColumns(page)).toEqual(['prompt-engineering', 'fine-tuning']);
      expect(await page.locator('select[data-weight="cost"]').inputValue()).toBe('high');
      expect(await sortOf(page)).toEqual(['name::ascending']);
      expect(await page.locator('[data-notice]').isVisible()).toBe(false);

      await page.getByRole('button', { name: 'Reset' }).click();
      expect(await shownRows(page)).toEqual(allIds());
      expect(await shownColumns(page)).toEqual([
        'prompt-engineering',
        'fine-tuning',
        'hybrid',
        'retrieval',
      ]);
      expect(await page.locator('select[data-weight="cost"]').inputValue()).toBe('medium');
      expect(await sortOf(page)).toEqual([]);
      expect(query(page)).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await second.close();
    }
  });
});

describe('keyboard only', () => {
  test('sorts, filters and weights with Tab, Enter, Space and arrow keys, keeping focus', async () => {
    const { page, close } = await compare();
    try {
      const focusOn = async (selector: string) => {
        const target = page.locator(selector);
        for (
          let i = 0;
          i < 80 && !(await target.evaluate((el) => el === document.activeElement));
          i++
        ) {
          await page.keyboard.press('Tab');
        }
        expect(
          await target.evaluate((el) => el === document.activeElement),
          `Tab reaches ${selector}`,
        ).toBe(true);
      };
      await focusOn('[data-preset="core"]');
      await page.keyboard.press('Enter');
      expect(await shownRows(page)).toHaveLength(5);

      await focusOn('thead th[data-sort="name"] button');
      await page.keyboard.press('Space');
      expect(await sortOf(page)).toEqual(['name::ascending']);

      await focusOn('select[data-weight="cost"]');
      await page.keyboard.press('ArrowDown'); // medium → high
      expect(await page.locator('select[data-weight="cost"]').inputValue()).toBe('high');
      // The row did not move away from under the focused control.
      expect(
        await page
          .locator('select[data-weight="cost"]')
          .evaluate((el) => el === document.activeElement),
      ).toBe(true);
      expect(query(page)).toMatch(/weights=cost:high/);
    } finally {
      await close();
    }
  });
});

describe('accessibility', () => {
  test.each(['light', 'dark'] as const)(
    'no axe violations in the %s theme with a sorted, filtered, weighted view and a notice',
    async (colorScheme) => {
      const { page, close } = await compare(
        '?criteria=core,nope&sort=gap:prompt-engineering:hybrid&weights=cost:high',
        { colorScheme },
      );
      try {
        expect(await page.locator('[data-notice]').isVisible()).toBe(true);
        const violations = await axe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

describe('a hostile link', () => {
  const payload = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const hostile = ['criteria', 'approaches', 'sort', 'weights']
    .map((p) => `${p}=${encodeURIComponent(payload)}`)
    .join('&');

  test('changes nothing, runs nothing and says what it ignored in plain text', async () => {
    const clean = await compare();
    const before = {
      rows: await shownRows(clean.page),
      columns: await shownColumns(clean.page),
      html: await clean.page.locator('table').innerHTML(),
    };
    await clean.close();

    const { page, errors, close } = await compare(`?${hostile}`);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    try {
      await page.waitForLoadState('networkidle');
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      expect(dialogs).toBe(0);
      expect(
        await page
          .locator('img[src="x"], compare-table script:not([type="application/json"])')
          .count(),
      ).toBe(0);
      expect(await shownRows(page)).toEqual(before.rows);
      expect(await shownColumns(page)).toEqual(before.columns);
      expect(await page.locator('table').innerHTML()).toBe(before.html);
      const notice = page.locator('[data-notice]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.locator('li').count()).toBe(4);
      expect(await notice.textContent()).not.toMatch(/<|script|onerror/);
      // The link to this view (printed, and what "copy link" copies) carries none of it.
      expect(await page.locator('[data-print-url]').textContent()).toBe(
        `This view: ${baseUrl()}/compare/`,
      );
      // …and neither does the address bar, at once.
      expect(new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

test('a parameter given twice is named in the notice and only the first is used', async () => {
  const { page, close } = await compare('?sort=name&sort=rating:hybrid');
  try {
    await expect.poll(() => page.locator('[data-notice]').isVisible()).toBe(true);
    expect(await page.locator('[data-notice]').innerText()).toMatch(/“sort” more than once/);
    expect(new URL(page.url()).search).toBe('?sort=name');
  } finally {
    await close();
  }
});

describe('small screens, no JavaScript and print', () => {
  test('on a 390 px phone every approach of a criterion is in view, with nothing to scroll sideways', async () => {
    const { page, close } = await compare(
      '',
      { viewport: { width: 390, height: 844 } },
      { wideFont: true },
    );
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      const cells = page.locator('tr[data-criterion="cost"] td[data-approach]');
      expect(await cells.count()).toBe(data.approaches.length);
      for (const cell of await cells.all()) {
        const box = await cell.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
        // Each cell names its approach, since the column headers are not above it.
        expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).not.toBe(
          'none',
        );
      }
    } finally {
      await close();
    }
  });

  test('without JavaScript the full table, the reasons and equal-weight totals are there and no dead control shows', async () => {
    const { page, close } = await open(browser(), '/compare/', { javaScriptEnabled: false });
    try {
      expect(await page.locator('tr[data-criterion]:visible').count()).toBe(data.criteria.length);
      expect(await page.locator('tr[data-criterion] td[data-approach]').count()).toBe(
        data.criteria.length * data.approaches.length,
      );
      expect(await page.locator('tr[data-criterion] td[data-approach="retrieval"]').count()).toBe(
        data.criteria.length,
      );
      expect(await page.locator('[data-total][data-leader]').count()).toBe(1);
      expect(
        await page.locator('compare-table button:visible, compare-table select:visible').count(),
      ).toBe(0);
      await page
        .locator('tr[data-criterion="cost"] td[data-approach="fine-tuning"] summary')
        .click();
      expect(
        await page
          .locator('tr[data-criterion="cost"] td[data-approach="fine-tuning"] details p')
          .isVisible(),
      ).toBe(true);
    } finally {
      await close();
    }
  });

  test('printing shows the current view with its reasons and without the controls', async () => {
    const { page, close } = await compare('?criteria=cost,latency');
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Reset' }).isVisible()).toBe(false);
      expect(await shownRows(page)).toEqual(['cost', 'latency']);
      expect(
        await page
          .locator('tr[data-criterion="cost"] td[data-approach="hybrid"] details p')
          .isVisible(),
      ).toBe(true);
      expect(await page.locator('[data-print-url]').textContent()).toContain(
        'criteria=cost,latency',
      );
    } finally {
      await close();
    }
  });
});

test('the current view downloads as a wide CSV: criteria shown, weights, totals, sources by title', async () => {
  const { page, close } = await compare(
    '?criteria=core&approaches=prompt-engineering,retrieval&weights=cost:high',
    {
      acceptDownloads: true,
    },
  );
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download this view (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('comparison-view.csv');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    const [header, ...rest] = text.trim().split('\r\n');
    expect(header).toBe('Criterion,Weight,Prompt engineering,Retrieval (RAG),Sources');
    expect(rest).toHaveLength(data.criteria.filter((c) => c.core).length + 1);
    expect(rest.at(-1)).toMatch(/^Weighted total,,\d+ of \d+/);
    expect(text).toContain('high (×3)');
    expect(text).toMatch(/<https:\/\//);
  } finally {
    await close();
  }
});

test('on a slow connection the download says it is being prepared, and a failure says where the data is', async () => {
  const { page, close } = await compare('', { acceptDownloads: true });
  try {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/comparison.json', async (route) => {
      await held;
      await route.abort();
    });
    const button = page.getByRole('button', { name: 'Download this view (CSV)' });
    await button.click();
    const status = page.locator('compare-table [data-status]');
    await expect.poll(() => status.textContent()).toMatch(/Preparing comparison-view\.csv/);
    expect(await button.getAttribute('aria-busy')).toBe('true');
    release();
    await expect
      .poll(() => status.textContent())
      .toMatch(/Could not build the file.*\/comparison\.csv/);
    expect(await button.getAttribute('aria-busy')).toBeNull();
  } finally {
    await close();
  }
});
