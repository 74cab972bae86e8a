/**
 * The comparison table island's behaviour: the `compare-table` custom element. It reads the
 * table model from the element's JSON script, restores the view from the URL, and re-renders
 * rows, totals and announcements as the reader filters, sorts and weights. The logic itself
 * lives in src/lib/compare/; this module only binds it to the DOM inside the element.
 */
import type { ComparisonData } from '../../lib/compare/data';
import { decodeView, encodeView } from '../../lib/compare/url';
import {
  DEFAULT_WEIGHT,
  arithmetic,
  coreIds,
  defaultView,
  gap,
  percent,
  visibleRows,
  weightedTotals,
  type Row,
  type Sort,
  type View,
  type Weight,
} from '../../lib/compare/model';
import {
  approachesMessage,
  caption,
  gapLabel,
  leadMessage,
  shownMessage,
  sortMessage,
  totalLabel,
} from '../../lib/compare/text';
import { isApproachId, type ApproachId } from '../../lib/site/approaches';
import { signed } from '../../lib/site/format';

class CompareTable extends HTMLElement {
  rows: Row[] = [];
  labels: Record<string, string> = {};
  view!: View;

  connectedCallback() {
    const model = JSON.parse(this.querySelector('[data-model]')?.textContent ?? '{}') as {
      rows: Row[];
      labels: Record<string, string>;
    };
    this.rows = model.rows;
    this.labels = model.labels;
    const { view, notices } = decodeView(location.search, this.rows);
    this.view = view;
    this.notice(notices);
    // The address keeps only what was used, as the checklist and search do: a copied address
    // never carries on what the notice said was ignored.
    if (notices.length > 0) history.replaceState(history.state, '', this.link() + location.hash);
    this.addEventListener('change', (e) => this.changed(e.target as HTMLInputElement));
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      if (button) this.clicked(button);
    });
    // Open every "Why" while printing, so the paper shows the reasons behind the view.
    let opened: HTMLDetailsElement[] = [];
    addEventListener('beforeprint', () => {
      opened = this.all<HTMLDetailsElement>('details:not([open])');
      opened.forEach((d) => (d.open = true));
    });
    addEventListener('afterprint', () => opened.forEach((d) => (d.open = false)));
    this.render();
  }

  one<T extends Element = HTMLElement>(selector: string): T {
    return this.querySelector(selector) as T;
  }
  all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.querySelectorAll<T>(selector)];
  }
  label(id: string): string {
    return this.labels[id] ?? id;
  }

  notice(notices: string[]) {
    const box = this.one('[data-notice]');
    const list = box.querySelector('ul') as HTMLUListElement;
    list.replaceChildren(
      ...notices.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
    box.hidden = notices.length === 0;
  }

  say(message: string) {
    const status = this.one('[data-status]');
    // Clear first so that the same message twice is announced twice.
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 50);
  }

  /** The address of the current view, built from the view itself (never echoing the URL). */
  link(): string {
    const query = encodeView(this.view, this.rows);
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  }

  set(view: View, message: string) {
    this.view = view;
    this.render();
    history.replaceState(history.state, '', this.link() + location.hash);
    this.say(message);
  }

  checked(name: string): string[] {
    return this.all<HTMLInputElement>(`input[name="${name}"]:checked`).map((i) => i.value);
  }

  changed(target: HTMLInputElement | HTMLSelectElement) {
    const v = this.view;
    if (target.name === 'criterion') {
      const criteria = this.checked('criterion');
      if (criteria.length === 0) {
        (target as HTMLInputElement).checked = true;
        return this.say('At least one criterion stays in the table.');
      }
      this.set({ ...v, criteria }, shownMessage(this.rows, { ...v, criteria }, this.labels));
    } else if (target.name === 'approach') {
      const approaches = this.checked('approach').filter(isApproachId);
      if (approaches.length === 0) {
        (target as HTMLInputElement).checked = true;
        return this.say('At least one approach stays in the table.');
      }
      this.set({ ...v, approaches }, approachesMessage(approaches, this.labels));
    } else if (target.dataset.weight) {
      const id = target.dataset.weight;
      const weights = { ...v.weights, [id]: target.value as Weight };
      const next = { ...v, weights };
      this.set(
        next,
        `${this.label(id)} weighted ${target.value}. ${leadMessage(this.rows, next, this.labels)}`,
      );
    } else if (target.name.startsWith('gap-') && v.sort.by === 'gap') {
      this.sortByGap();
    }
  }

  clicked(button: HTMLButtonElement) {
    const v = this.view;
    const th = button.closest('th');
    const preset = button.dataset.preset;
    const action = button.dataset.action;
    if (th?.dataset.sort) {
      const same = (s: Sort) =>
        s.by === th.dataset.sort && (s.by !== 'rating' || s.approach === th.dataset.approach);
      const reversed = same(v.sort) && 'reversed' in v.sort ? !v.sort.reversed : false;
      const approach = th.dataset.approach;
      const sort: Sort =
        v.sort.by === 'gap' && th.dataset.sort === 'gap'
          ? { ...v.sort, reversed }
          : isApproachId(approach)
            ? { by: 'rating', approach, reversed }
            : { by: 'name', reversed };
      this.set({ ...v, sort }, sortMessage(sort, this.labels));
    } else if (preset) {
      const criteria = preset === 'core' ? coreIds(this.rows) : this.rows.map((r) => r.id);
      this.set({ ...v, criteria }, shownMessage(this.rows, { ...v, criteria }, this.labels));
    } else if (action === 'gap') {
      this.sortByGap();
    } else if (action === 'reset') {
      this.notice([]);
      this.set(
        defaultView(this.rows),
        'Table reset: all criteria and approaches, default order, equal weights.',
      );
    } else if (action === 'download') {
      void this.download();
    } else if (action === 'copy') {
      const url = this.link();
      const done = () => this.say('Link copied. It opens this exact view.');
      const failed = () => this.say('Could not copy. The address bar holds the link to this view.');
      if (navigator.clipboard) navigator.clipboard.writeText(url).then(done, failed);
      else failed();
    }
  }

  /**
   * The view as a wide CSV (criteria shown, weights, totals, source titles with addresses). The
   * builder and the full data are fetched only now: most readers never download.
   */
  async download() {
    const button = this.one<HTMLButtonElement>('[data-action="download"]');
    // On a slow connection the data takes a moment: say so, and take no second click meanwhile.
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    this.say('Preparing comparison-view.csv…');
    try {
      const [{ viewCsv }, response] = await Promise.all([
        import('../../lib/compare/view-csv'),
        fetch('/comparison.json'),
      ]);
      if (!response.ok) throw new Error(String(response.status));
      const csv = viewCsv((await response.json()) as ComparisonData, this.view);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      link.download = 'comparison-view.csv';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      this.say('Downloaded comparison-view.csv with the criteria, weights and totals shown.');
    } catch {
      this.say('Could not build the file. The full data is at /comparison.csv.');
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  sortByGap() {
    const a = this.one<HTMLSelectElement>('[name="gap-a"]').value;
    const b = this.one<HTMLSelectElement>('[name="gap-b"]').value;
    if (!isApproachId(a) || !isApproachId(b) || a === b)
      return this.say('Choose two different approaches.');
    const sort: Sort = { by: 'gap', a, b, reversed: false };
    this.set({ ...this.view, sort }, sortMessage(sort, this.labels));
  }

  /** Brings the whole table in line with the view: rows, columns, controls, totals, captions. */
  render() {
    const rows = visibleRows(this.rows, this.view);
    this.renderRows(rows);
    this.renderColumns();
    this.renderSort(rows);
    this.renderControls(rows);
    this.renderTotals();
    this.one('[data-caption]').textContent = caption(rows.length, this.view, this.labels);
    this.one('[data-print-url]').textContent = `This view: ${this.link()}`;
  }

  row(id: string): HTMLTableRowElement {
    return this.one<HTMLTableRowElement>(`tr[data-criterion="${CSS.escape(id)}"]`);
  }

  /** Shows the chosen criteria in the view's order. */
  renderRows(rows: readonly Row[]) {
    const shown = new Set(rows.map((r) => r.id));
    const trs = this.all<HTMLTableRowElement>('tr[data-criterion]');
    trs.forEach((t) => (t.hidden = !shown.has(t.dataset.criterion ?? '')));
    // Move rows only when the order changes: moving a row would take focus from its controls.
    const order = rows.map((r) => r.id).join();
    const current = trs
      .filter((t) => !t.hidden)
      .map((t) => t.dataset.criterion)
      .join();
    if (order !== current) this.one('tbody').append(...rows.map((r) => this.row(r.id)));
  }

  /** Shows the chosen approaches' cells, totals and sums. */
  renderColumns() {
    for (const cell of this.all('[data-approach], [data-total], [data-sum]')) {
      const id = cell.dataset.approach ?? cell.dataset.total ?? cell.dataset.sum ?? '';
      cell.hidden = !this.view.approaches.includes(id as ApproachId);
    }
  }

  /** The gap column and the sort state of each sortable header (aria-sort). */
  renderSort(rows: readonly Row[]) {
    const sort = this.view.sort;
    this.all('[data-gap]').forEach((cell) => (cell.hidden = sort.by !== 'gap'));
    if (sort.by === 'gap') {
      this.one('[data-gap-label]').textContent = gapLabel(sort.a, sort.b, this.labels);
      for (const row of rows) {
        const cell = this.row(row.id).querySelector<HTMLElement>('[data-gap]');
        if (cell) cell.textContent = signed(gap(row, sort.a, sort.b));
      }
      this.one<HTMLSelectElement>('[name="gap-a"]').value = sort.a;
      this.one<HTMLSelectElement>('[name="gap-b"]').value = sort.b;
    }
    for (const th of this.all('th[data-sort]')) {
      const active =
        th.dataset.sort === sort.by &&
        (sort.by !== 'rating' || th.dataset.approach === sort.approach);
      // Names read A→Z and numbers best first unless reversed.
      const ascending = 'reversed' in sort && (sort.by === 'name') !== sort.reversed;
      if (active) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  }

  /** Check boxes, weights and preset buttons as the view has them. */
  renderControls(rows: readonly Row[]) {
    const v = this.view;
    const shown = new Set(rows.map((r) => r.id));
    for (const box of this.all<HTMLInputElement>('input[name="criterion"]'))
      box.checked = shown.has(box.value);
    for (const box of this.all<HTMLInputElement>('input[name="approach"]'))
      box.checked = v.approaches.includes(box.value as ApproachId);
    for (const select of this.all<HTMLSelectElement>('select[data-weight]')) {
      select.value = v.weights[select.dataset.weight ?? ''] ?? DEFAULT_WEIGHT;
    }
    const core = coreIds(this.rows);
    const isCore = rows.length === core.length && core.every((id) => shown.has(id));
    this.one('[data-preset="all"]').setAttribute(
      'aria-pressed',
      String(rows.length === this.rows.length),
    );
    this.one('[data-preset="core"]').setAttribute('aria-pressed', String(isCore));
    this.one('[data-count]').textContent = `(${rows.length} of ${this.rows.length} shown)`;
  }

  /** Weighted totals, the leader, and the arithmetic behind each total. */
  renderTotals() {
    const { totals, leaders } = weightedTotals(this.rows, this.view);
    this.one('[data-total-label]').textContent = totalLabel(this.view);
    for (const t of totals) {
      const cell = this.one(`[data-total="${t.approach}"]`);
      cell.toggleAttribute('data-leader', leaders.includes(t.approach));
      const text = (selector: string, value: string) => {
        const el = cell.querySelector(selector);
        if (el) el.textContent = value;
      };
      text('[data-points]', String(t.points));
      text('[data-max]', String(t.max));
      text('[data-percent]', `${percent(t)}%`);
      this.one(`[data-sum="${t.approach}"] [data-expr]`).textContent = arithmetic(t, this.labels);
    }
  }
}

customElements.define('compare-table', CompareTable);
