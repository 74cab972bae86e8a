/**
 * The cost calculator island: the `cost-calculator` custom element. It reads the offers and the
 * starting point from the element's JSON script, restores the inputs from the URL (anything it
 * cannot use is dropped with a notice naming the field, never repeating the value), recomputes
 * as the reader types, keeps the view in the address bar, and fills the same hooks the page
 * rendered at build time. The model and the words are in src/lib/cost/; this binds the DOM.
 */
import {
  INPUT_LABELS,
  PRICE_KEYS,
  withinLimits,
  type CostInputs,
  type PriceKey,
} from '../../lib/cost/inputs';
import { computeCost, type CostResult } from '../../lib/cost/model';
import { cumulativeCosts } from '../../lib/cost/chart';
import { deadlinesOf } from '../../lib/cost/deadlines';
import { excludedText } from '../../lib/cost/words';
import { flips } from '../../lib/cost/flips';
import { formatUsd } from '../../lib/cost/format';
import {
  decodeCost,
  encodeCost,
  resolveInputs,
  type CostDefaults,
  type CostState,
  type ValueKey,
} from '../../lib/cost/url';
import { axisUsd, chartDescription, chartGeometry, CHART } from '../../lib/cost/chart';
import type { CalculatorOffer } from '../../lib/cost/offers';

const SVG = 'http://www.w3.org/2000/svg';
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function cells(tag: 'th' | 'td', text: string): HTMLElement {
  const cell = document.createElement(tag);
  cell.textContent = text;
  if (tag === 'th') cell.scope = 'row';
  return cell;
}

class CostCalculator extends HTMLElement {
  #offers: CalculatorOffer[] = [];
  /** The production origin, for links in exported Markdown. */
  #site = '';
  #defaults!: CostDefaults;
  #state!: CostState;

  connectedCallback() {
    const model = JSON.parse(this.querySelector('[data-model]')?.textContent ?? '{}') as {
      offers: CalculatorOffer[];
      defaults: CostDefaults;
      site: string;
    };
    this.#site = model.site;
    this.#offers = model.offers;
    this.#defaults = model.defaults;
    const decoded = decodeCost(location.search, {
      offers: this.#offers.map((o) => o.id),
      defaults: this.#defaults,
    });
    this.#state = {
      values: decoded.values,
      offer: decoded.offer,
      customPrices: decoded.customPrices,
    };
    this.#notice(decoded.notices);
    this.#fillForm();
    this.#update(false);
    const form = this.querySelector('form');
    form?.addEventListener('input', (e) => this.#changed(e.target as HTMLInputElement));
    form?.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).matches('select')) this.#changed(e.target as HTMLSelectElement);
    });
    form?.addEventListener('submit', (e) => e.preventDefault());
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.#act(button.dataset['action'] ?? '');
    });
  }

  get #offer(): CalculatorOffer | undefined {
    return this.#offers.find((o) => o.id === this.#state.offer);
  }

  #field(key: string): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`input[name="${key}"]`);
  }

  /** Puts the state into the form: typed prices as typed, the others as the offer's. */
  #fillForm() {
    const offer = this.#offer;
    const select = this.querySelector<HTMLSelectElement>('select[name="offer"]');
    if (select) select.value = this.#state.offer ?? '';
    const inputs = resolveInputs(this.#state, offer?.prices);
    const unknown = this.#unknown();
    for (const key of Object.keys(this.#state.values) as ValueKey[]) {
      const field = this.#field(key);
      if (!field) continue;
      const missing = (unknown as string[]).includes(key);
      field.value = missing
        ? ''
        : String(
            (PRICE_KEYS as readonly string[]).includes(key) ? inputs[key] : this.#state.values[key],
          );
      field.placeholder = missing ? 'unknown — enter yours' : '';
      field.removeAttribute('aria-invalid');
      const error = this.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
      if (error) error.hidden = true;
    }
    const note = this.querySelector('[data-offer-note]');
    if (note) {
      note.textContent = offer
        ? `Prices checked ${offer.checked}. Typing a price replaces the offer's.`
        : 'Only the prices you type count: no minimum charge, and hosting only if you enter it.';
    }
  }

  /** The offer's unknown prices the reader has not typed: left out of every figure. */
  #unknown(): PriceKey[] {
    return (this.#offer?.unknown ?? []).filter((key) => !this.#state.customPrices.has(key));
  }

  #changed(target: HTMLInputElement | HTMLSelectElement) {
    if (target.name === 'offer') {
      this.#state = { ...this.#state, offer: target.value || undefined, customPrices: new Set() };
      this.#fillForm();
      this.#update(true);
      return;
    }
    const key = target.name as ValueKey;
    if (!(key in this.#state.values)) return;
    const error = this.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
    const text = target.value.trim().replace(/,/g, '');
    const value = Number(text);
    const clamped = withinLimits({
      ...resolveInputs(this.#state, this.#offer?.prices),
      [key]: value,
    });
    if (!NUMBER.test(text) || clamped[key as keyof CostInputs] !== value) {
      // Keep the reader's text in the field (nothing typed is dropped) and say what is wrong.
      target.setAttribute('aria-invalid', 'true');
      if (error) {
        error.textContent = `${INPUT_LABELS[key]}: enter a number within its range; the last valid figure is used meanwhile.`;
        error.hidden = false;
      }
      return;
    }
    target.removeAttribute('aria-invalid');
    if (error) error.hidden = true;
    const customPrices = new Set(this.#state.customPrices);
    if ((PRICE_KEYS as readonly string[]).includes(key)) customPrices.add(key as PriceKey);
    this.#state = { ...this.#state, values: { ...this.#state.values, [key]: value }, customPrices };
    this.#update(true);
  }

  #url(): string {
    const query = encodeCost(this.#state, this.#defaults);
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  }

  #compute(): { inputs: CostInputs; result: CostResult; today: Date } {
    const inputs = resolveInputs(this.#state, this.#offer?.prices);
    const today = new Date();
    return {
      inputs,
      today,
      result: computeCost(inputs, { today, deadlines: deadlinesOf(this.#offer) }),
    };
  }

  #update(byReader: boolean) {
    const { inputs, result, today } = this.#compute();
    const root = this.querySelector<HTMLElement>('[data-result="live"]');
    if (!root) return;
    const set = (selector: string, text: string) => {
      const el = root.querySelector(selector);
      if (el) el.textContent = text;
    };
    set('[data-verdict]', result.verdict);
    const excluded = root.querySelector<HTMLElement>('[data-excluded]');
    if (excluded) {
      excluded.textContent = excludedText(this.#unknown());
      excluded.hidden = !excluded.textContent;
    }
    const warning = root.querySelector<HTMLElement>('[data-warning]');
    if (warning) {
      warning.textContent = result.warning ?? '';
      warning.hidden = !result.warning;
    }
    for (const line of result.arithmetic) {
      const out = root.querySelector<HTMLElement>(`[data-cost="${line.key}"]`);
      if (out) {
        out.textContent = line.shown;
        out.dataset['value'] = String(line.result);
      }
      const li = root.querySelector(`[data-line-key="${line.key}"] .font-mono`);
      if (li) li.textContent = `= ${line.formula} = ${line.shown}`;
    }
    const flipList = root.querySelector('[data-flips]');
    flipList?.replaceChildren(
      ...flips(inputs, { today, deadlines: deadlinesOf(this.#offer) }).map((f) => {
        const li = document.createElement('li');
        li.dataset['flip'] = f.input;
        li.textContent = f.text;
        return li;
      }),
    );
    this.#chart(root, inputs, result);
    const printUrl = this.querySelector('[data-print-url]');
    if (printUrl) printUrl.textContent = `This view: ${this.#url()}`;
    if (byReader) history.replaceState(history.state, '', this.#url() + location.hash);
  }

  #chart(root: HTMLElement, inputs: CostInputs, result: CostResult) {
    const series = cumulativeCosts(inputs, result);
    const g = chartGeometry(series);
    root.querySelector('[data-line="prompting"]')?.setAttribute('points', g.prompting);
    root.querySelector('[data-line="tuning"]')?.setAttribute('points', g.tuning);
    const dot = root.querySelector('[data-crossing]');
    dot?.setAttribute('cx', String(g.crossing?.x ?? 0));
    dot?.setAttribute('cy', String(g.crossing?.y ?? 0));
    dot?.setAttribute('visibility', g.crossing ? 'visible' : 'hidden');
    const axes = root.querySelector('[data-axes]');
    axes?.replaceChildren(
      ...g.yTicks.flatMap((t) => {
        const label = svg('text', {
          x: CHART.left - 6,
          y: t.y + 4,
          'text-anchor': 'end',
          class: 'fill-muted',
        });
        label.textContent = axisUsd(t.value);
        return [
          svg('line', {
            x1: CHART.left,
            x2: CHART.width - CHART.right,
            y1: t.y,
            y2: t.y,
            class: 'stroke-border',
          }),
          label,
        ];
      }),
      ...g.xTicks.map((t) => {
        const label = svg('text', {
          x: t.x,
          y: CHART.height - CHART.bottom + 16,
          'text-anchor': 'middle',
          class: 'fill-muted',
        });
        label.textContent = t.label;
        return label;
      }),
    );
    const title = this.querySelector('#live-chart-title');
    if (title) title.textContent = `Cumulative cost over ${inputs.months} months`;
    const desc = root.querySelector('[data-chart-desc]');
    if (desc) {
      desc.textContent = chartDescription(series.crossing);
    }
    root.querySelector('[data-chart-table]')?.replaceChildren(
      ...series.points.map((p) => {
        const tr = document.createElement('tr');
        tr.append(
          cells('th', String(p.month)),
          cells('td', formatUsd(p.prompting)),
          cells('td', formatUsd(p.tuning)),
        );
        return tr;
      }),
    );
  }

  // Written out here rather than shared with the comparison's identical helper: a shared module
  // becomes a chunk of its own, which costs the calculator ~150 gzipped bytes over its 8 KB limit.
  #notice(notices: string[]) {
    const box = this.querySelector<HTMLElement>('[data-notice]');
    const list = box?.querySelector('ul');
    if (!box || !list) return;
    list.replaceChildren(
      ...notices.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
    box.hidden = notices.length === 0;
    // The address bar keeps only what was used, so a copied address is a clean link.
    if (notices.length > 0) history.replaceState(history.state, '', this.#url() + location.hash);
  }

  #say(text: string) {
    const status = this.querySelector('[data-status]');
    if (!status) return;
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 50);
  }

  async #act(action: string) {
    const copy = (text: string, done: string) => {
      const failed = () =>
        this.#say('Could not copy. The address bar holds the link to this view.');
      if (navigator.clipboard)
        navigator.clipboard.writeText(text).then(() => this.#say(done), failed);
      else failed();
    };
    if (action === 'copy') copy(this.#url(), 'Link copied. It opens these exact numbers.');
    else if (action === 'markdown') {
      const { inputs, result } = this.#compute();
      const offer = this.#offer;
      // Loaded on demand: most readers never export, so the page does not carry it.
      const { toMarkdown } = await import('../../lib/cost/markdown');
      copy(
        toMarkdown(inputs, result, {
          url: this.#url().replace(location.origin, this.#site),
          offer: offer?.name,
          sources: (offer?.sources ?? []).map((source) => ({
            title: source.title,
            url: source.url,
            checked: source.checked ? new Date(`${source.checked}T00:00:00Z`) : undefined,
          })),
        }),
        'Copied as Markdown: inputs, results, arithmetic and dated sources.',
      );
    } else if (action === 'print') print();
    else if (action === 'reset') {
      this.#state = {
        values: { ...this.#defaults.values },
        offer: this.#defaults.offer,
        customPrices: new Set(),
      };
      this.#notice([]);
      this.#fillForm();
      this.#update(true);
      this.#say('Back to the starting numbers.');
    }
  }
}

customElements.define('cost-calculator', CostCalculator);
