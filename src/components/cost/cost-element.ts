/**
 * The cost calculator island: the `cost-calculator` custom element. It reads the offers, the
 * projects (worked examples) and the GPU defaults from the element's JSON script, restores the
 * state from the URL (anything it cannot use is dropped with a notice naming the field, its range
 * and the value used, never repeating the value), enables the form, recomputes as the reader
 * types, keeps the view in the address bar, and fills the hooks the page rendered at build time.
 * The model, words and formatting are in src/lib/cost/; this binds the DOM.
 */
import {
  INPUT_LABELS,
  INPUT_LIMITS,
  OFFER_KEYS,
  PATH_IDS,
  withinLimits,
} from '../../lib/cost/inputs';
import type { InputKey, OfferKey, PathId } from '../../lib/cost/inputs';
import { computeCost, type CostResult, type ModelOptions } from '../../lib/cost/model';
import { deadlinesOf } from '../../lib/cost/deadlines';
import { PATH_NAMES, headline, unknownText } from '../../lib/cost/words';
import { formatInput } from '../../lib/cost/format';
import { formatDate } from '../../lib/site/format';
import { el } from './dom';
import {
  ROWS,
  breakevenText,
  cellText,
  extraShown,
  gapKeys,
  trainingRunText,
} from '../../lib/cost/table';
import {
  decodeCost,
  encodeCost,
  projectState,
  type CostState,
  type Project,
  type ValueKey,
} from '../../lib/cost/url';
import {
  missingOwnPrices,
  resolveInputs,
  type CitedSource,
  type GpuDefaults,
  type IslandOffer,
  type Resolved,
} from '../../lib/cost/offers';

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const UNKNOWN_HINT = 'unknown — enter yours';

const isOfferKey = (key: string): key is OfferKey =>
  (OFFER_KEYS as readonly string[]).includes(key);

class CostCalculator extends HTMLElement {
  #offers: IslandOffer[] = [];
  #sources: Record<string, CitedSource> = {};
  #projects: Project[] = [];
  #gpu: GpuDefaults | undefined;
  /** The production origin, for links in exported Markdown. */
  #site = '';
  #state!: CostState;
  #last!: { resolved: Resolved; result: CostResult; options: ModelOptions };
  /** The working, the flips and the chart, loaded once the view differs from the page's own. */
  #addressTimer: ReturnType<typeof setTimeout> | undefined;
  /** The offer, project and typed prices the notes last described. */
  #source = '\0';
  /** The paths the table was last laid out for. */
  #layout = '';
  /** Draws the chart's table for the view on screen. */
  #table?: () => void;
  #extras:
    | Promise<
        [
          typeof import('../../lib/cost/arithmetic'),
          typeof import('../../lib/cost/flips'),
          typeof import('./cost-chart'),
          typeof import('../../lib/cost/explain'),
        ]
      >
    | undefined;

  connectedCallback() {
    const model = JSON.parse(this.querySelector('[data-model]')?.textContent ?? '{}') as {
      offers: IslandOffer[];
      sources: Record<string, CitedSource>;
      projects: Project[];
      gpu?: GpuDefaults;
      site: string;
    };
    this.#site = model.site;
    this.#offers = model.offers;
    this.#sources = model.sources;
    this.#projects = model.projects;
    this.#gpu = model.gpu;
    const { notices, ...state } = decodeCost(location.search, {
      offers: this.#offers.map((o) => o.id),
      projects: this.#projects,
    });
    this.#state = state;
    for (const control of this.querySelectorAll<HTMLInputElement>('form [disabled]'))
      control.disabled = false;
    this.#notice(notices);
    this.#fillForm();
    this.#update(false);
    const form = this.querySelector('form');
    form?.addEventListener('input', (e) => this.#changed(e.target as HTMLInputElement));
    form?.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.type !== 'text') this.#changed(target);
    });
    form?.addEventListener('submit', (e) => e.preventDefault());
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.#act(button.dataset['action'] ?? '');
    });
    addEventListener('beforeprint', () => this.#printInputs());
    // `toggle` does not bubble: listen in the capture phase.
    this.addEventListener(
      'toggle',
      (e) => {
        if ((e.target as HTMLDetailsElement).open) this.#table?.();
      },
      true,
    );
  }

  get #offer(): IslandOffer | undefined {
    return this.#offers.find((o) => o.id === this.#state.offer);
  }

  get #project(): Project {
    return (
      this.#projects.find((p) => p.id === this.#state.project) ?? (this.#projects[0] as Project)
    );
  }

  #resolve(): Resolved {
    return resolveInputs(this.#state, this.#offer, this.#project, this.#gpu);
  }

  #field(key: string): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`input[name="${key}"]`);
  }

  /** Sets an element's text, only when it differs: fewer changes, less layout per keystroke. */
  #text(selector: string, text: string, root: ParentNode = this) {
    const node = root.querySelector(selector);
    if (node && node.textContent !== text) node.textContent = text;
  }

  /** Puts the state into the form: figures, unknowns, where each came from, and the choices. */
  #fillForm() {
    const resolved = this.#resolve();
    const set = (name: string, value: string) => {
      const select = this.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (select) select.value = value;
    };
    set('offer', this.#state.offer ?? '');
    set('project', this.#state.project);
    for (const key of Object.keys(this.#state.values) as ValueKey[]) {
      const field = this.#field(key);
      if (!field) continue;
      const missing = resolved.unknown.includes(key);
      field.value = missing ? '' : String(resolved.inputs[key]);
      field.placeholder = missing ? UNKNOWN_HINT : '';
      field.removeAttribute('aria-invalid');
      const error = this.querySelector<HTMLElement>(`#cost-${key}-error`);
      if (error) error.hidden = true;
    }
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="paths"]'))
      box.checked = this.#state.paths.includes(box.value as PathId);
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.checked =
        radio.value === (radio.name === 'host' ? resolved.choices.host : this.#state.move);
  }

  #changed(target: HTMLInputElement | HTMLSelectElement) {
    const name = target.name;
    const s = this.#state;
    if (name === 'project' || name === 'offer') {
      const project =
        name === 'project'
          ? (this.#projects.find((p) => p.id === target.value) ?? this.#project)
          : this.#project;
      // A project starts afresh; another offer keeps the reader's figures but not typed prices.
      this.#state =
        name === 'project'
          ? projectState(project)
          : { ...s, offer: target.value || undefined, custom: new Set(), host: undefined };
      this.#fillForm();
      return this.#update(true);
    }
    if (name === 'paths') {
      const paths = [...this.querySelectorAll<HTMLInputElement>('input[name="paths"]:checked')].map(
        (box) => box.value as PathId,
      );
      // At least one path: unticking the last one is undone.
      if (paths.length === 0) return void ((target as HTMLInputElement).checked = true);
      this.#state = { ...s, paths };
      return this.#update(true);
    }
    if (name === 'host' || name === 'move') {
      this.#state = { ...s, [name]: target.value };
      return this.#update(true);
    }
    const key = name as ValueKey;
    if (!(key in s.values)) return;
    const error = this.querySelector<HTMLElement>(`#cost-${key}-error`);
    const text = target.value.trim().replace(/,/g, '');
    const custom = new Set(s.custom);
    if (text === '' && isOfferKey(key)) {
      // An emptied price goes back to the offer's figure, or to unknown.
      custom.delete(key);
      this.#state = { ...s, custom };
      target.removeAttribute('aria-invalid');
      if (error) error.hidden = true;
      return this.#update(true);
    }
    const value = Number(text);
    const clamped = withinLimits({ ...this.#last.resolved.inputs, [key]: value });
    if (!NUMBER.test(text) || clamped[key] !== value) {
      // Keep the reader's text in the field (nothing typed is dropped) and say what is wrong.
      const { min, max } = INPUT_LIMITS[key];
      target.setAttribute('aria-invalid', 'true');
      if (error) {
        error.textContent = `${INPUT_LABELS[key]}: enter a number from ${formatInput(key, min)} to ${formatInput(key, max)}; ${formatInput(key, this.#last.resolved.inputs[key])} is used meanwhile.`;
        error.hidden = false;
      }
      return;
    }
    target.removeAttribute('aria-invalid');
    if (error) error.hidden = true;
    if (isOfferKey(key)) custom.add(key);
    this.#state = { ...s, values: { ...s.values, [key]: value }, custom };
    this.#update(true);
  }

  #url(): string {
    const query = encodeCost(this.#state, this.#projects);
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  }

  #compute() {
    const resolved = this.#resolve();
    const today = new Date();
    const deadlines = deadlinesOf(this.#offer);
    const options = { ...resolved.choices, today, deadlines, unknown: resolved.unknown };
    return { resolved, options, result: computeCost(resolved.inputs, options) };
  }

  #update(byReader: boolean) {
    performance.mark('cost-update');
    const { resolved, options, result } = this.#compute();
    this.#last = { resolved, result, options };
    const root = this.querySelector<HTMLElement>('[data-result="live"]');
    if (!root) return;
    const { paths, host } = result.choices;
    const shown = new Set(paths);
    this.#text('[data-verdict]', result.summary, root);
    this.#text('[data-summary]', headline(result.summary));
    const cheapest = root.querySelector<HTMLElement>('[data-cost="cheapest"]');
    if (cheapest) {
      cheapest.dataset['value'] = result.cheapest;
      cheapest.textContent =
        result.cheapest === 'unknown' ? 'not known yet' : PATH_NAMES[result.cheapest];
    }
    const excluded = root.querySelector<HTMLElement>('[data-excluded]');
    if (excluded) {
      excluded.textContent = unknownText(gapKeys(result));
      excluded.hidden = !excluded.textContent;
    }

    // A column per path, in page order: the page renders only the paths it starts with.
    const layout = paths.join();
    const relayout = layout !== this.#layout;
    this.#layout = layout;
    const columns = (tr: Element | null, make: (p: PathId) => HTMLElement) =>
      relayout &&
      tr?.append(
        ...PATH_IDS.map((p) => {
          const cell = tr.querySelector<HTMLElement>(`[data-path="${p}"]`) ?? make(p);
          cell.dataset['path'] = p;
          cell.hidden = !shown.has(p);
          return cell;
        }),
      );
    columns(root.querySelector('[data-table] thead tr'), (p) => {
      const th = el('th', PATH_NAMES[p]);
      th.scope = 'col';
      return th;
    });
    for (const row of ROWS) {
      const tr = root.querySelector<HTMLElement>(`[data-row="${row.id}"]`);
      if (!tr) continue;
      columns(tr, (p) => {
        const key = row.key(p);
        const td = el('td', key ? '' : '—');
        if (key) {
          const span = el('span');
          span.dataset['cost'] = key;
          td.append(span);
        }
        return td;
      });
      if (row.id === 'gpus') tr.hidden = host !== 'gpu';
      this.#text('th', row.label(resolved.inputs.months, host === 'gpu'), tr);
      for (const p of PATH_IDS) {
        const key = row.key(p);
        const out = key && tr.querySelector<HTMLElement>(`[data-cost="${key}"]`);
        if (!out) continue;
        const text = cellText(result, row.id, p);
        if (out.textContent !== text) out.textContent = text;
        out.dataset['value'] = String(row.value(result, p));
      }
    }
    const fixed: ['training-run' | 'breakeven-volume', string, string][] = [
      ['training-run', String(result.trainingRun), trainingRunText(result)],
      ['breakeven-volume', String(result.breakevenVolume), breakevenText(result)],
    ];
    for (const [key, value, text] of fixed) {
      const out = root.querySelector<HTMLElement>(`[data-cost="${key}"]`);
      if (!out) continue;
      out.dataset['value'] = value;
      out.textContent = text;
      if (out.parentElement) out.parentElement.hidden = !extraShown(result, key);
    }
    this.#text(
      '[data-table] caption',
      `What each path costs (your figures), in US dollars, over ${resolved.inputs.months} months`,
      root,
    );
    // The page carries the working for its own figures; anything else needs the module.
    if (byReader || encodeCost(this.#state, this.#projects) || this.#offer?.deadlines.length)
      this.#details(root);
    this.#offerNote(resolved);
    this.#text(
      '[data-starting]',
      `Starting from the worked example: ${this.#project.title.toLowerCase()}.`,
    );
    this.#text('[data-print-url]', `This view: ${this.#url()}`);
    if (byReader) {
      // Writing the address costs about 2 ms in Chromium: once typing pauses, not per keystroke.
      clearTimeout(this.#addressTimer);
      this.#addressTimer = setTimeout(
        () => history.replaceState(history.state, '', this.#url() + location.hash),
        200,
      );
    }
    performance.measure('cost-update', 'cost-update');
  }

  /** The working, what would change the verdict and the chart, once their modules have loaded. */
  #details(root: HTMLElement) {
    this.#extras ??= Promise.all([
      import('../../lib/cost/arithmetic'),
      import('../../lib/cost/flips'),
      import('./cost-chart'),
      import('../../lib/cost/explain'),
    ]);
    const wanted = this.#last;
    this.#extras.then(
      ([{ arithmeticOf }, { flips, whyNoFlips }, { drawChart }, { explain }]) => {
        // A later change has already drawn its own working.
        if (this.#last !== wanted) return;
        performance.mark('cost-details');
        const { resolved, result, options } = wanted;
        const { paybacks, warning } = explain(resolved.inputs, result, options.today);
        root
          .querySelector('[data-paybacks]')
          ?.replaceChildren(...paybacks.map((text) => el('li', text)));
        const box = root.querySelector<HTMLElement>('[data-warning]');
        if (box) {
          box.textContent = warning ?? '';
          box.hidden = !warning;
        }
        const why = whyNoFlips(result.choices, result.gaps);
        root.querySelector('[data-flips]')?.replaceChildren(
          ...(why
            ? [el('li', why)]
            : flips(resolved.inputs, options, result.gaps).map((f) => {
                const li = el('li', f.text);
                li.dataset['flip'] = f.input;
                return li;
              })),
        );
        this.#table = drawChart(root, resolved.inputs.months, result);
        const list = root.querySelector('[data-arithmetic]');
        const lines = arithmeticOf(resolved.inputs, result, resolved.unknown);
        const items = list ? [...list.children] : [];
        // The same lines as before: change their text in place rather than rebuild the list.
        if (
          items.length === lines.length &&
          lines.every((l, i) => (items[i] as HTMLElement).dataset['lineKey'] === l.key)
        )
          lines.forEach((l, i) => {
            const item = items[i] as HTMLElement;
            this.#text('strong', l.label, item);
            const rule = item.childNodes[1];
            if (rule && rule.nodeValue !== ` = ${l.rule}`) rule.nodeValue = ` = ${l.rule}`;
            this.#text('.font-mono', `= ${l.formula} = ${l.shown}`, item);
          });
        else
          list?.replaceChildren(
            ...lines.map((l) => {
              const li = el('li');
              li.dataset['lineKey'] = l.key;
              li.append(el('strong', l.label), ` = ${l.rule}`);
              const formula = el('span', `= ${l.formula} = ${l.shown}`);
              formula.className = 'block font-mono';
              li.append(formula);
              return li;
            }),
          );
        performance.measure('cost-details', 'cost-details');
      },
      () => {
        this.#extras = undefined;
        root
          .querySelector('[data-arithmetic]')
          ?.replaceChildren(el('li', 'The working could not load: reload the page to see it.'));
      },
    );
  }

  /** What the offer choice means: its check date, or which of the reader's own prices are missing. */
  #offerNote(resolved: Resolved) {
    const note = this.querySelector('[data-offer-note]');
    // Where figures come from changes only with the offer, the project or a typed price.
    const source = [this.#state.offer, this.#state.project, ...this.#state.custom].join();
    if (!note || source === this.#source) return;
    this.#source = source;
    const offer = this.#offer;
    const missing = missingOwnPrices(resolved).map((k) => INPUT_LABELS[k].replace(/ \(.*\)$/, ''));
    note.textContent = offer
      ? `Prices checked ${formatDate(new Date(`${offer.checked}T00:00:00Z`))}. Typing a price under Assumptions replaces the offer's.`
      : `Using my own prices: only the prices you give count.${missing.length ? ` Not given, so unknown — enter yours: ${missing.join('; ')}.` : ''}`;
    for (const key of Object.keys(resolved.from) as InputKey[])
      this.#text(`#cost-${key}-from`, resolved.from[key] ?? '');
  }

  /** The printed page names the offer and lists every figure used. */
  #printInputs() {
    const { resolved } = this.#last;
    this.#text('[data-print-offer]', this.#offer?.name ?? 'My own prices');
    this.querySelector('[data-print-list]')?.replaceChildren(
      el('li', `Paths: ${resolved.choices.paths.map((p) => PATH_NAMES[p]).join(', ')}`),
      ...(Object.keys(resolved.from) as InputKey[]).map((key) =>
        el(
          'li',
          `${INPUT_LABELS[key]}: ${resolved.unknown.includes(key) ? 'unknown' : formatInput(key, resolved.inputs[key])}`,
        ),
      ),
    );
  }

  #notice(notices: string[]) {
    const box = this.querySelector<HTMLElement>('[data-notice]');
    box?.querySelector('ul')?.replaceChildren(...notices.map((text) => el('li', text)));
    if (box) box.hidden = notices.length === 0;
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
    const copy = async (text: string, done: string) => {
      try {
        await navigator.clipboard.writeText(text);
        this.#say(done);
      } catch {
        this.#say('Could not copy. The address bar holds the link to this view.');
      }
    };
    if (action === 'copy') return copy(this.#url(), 'Link copied. It opens these exact numbers.');
    if (action === 'markdown') {
      this.#say('Preparing the Markdown…');
      let toMarkdown: typeof import('../../lib/cost/markdown').toMarkdown;
      try {
        // Loaded on demand: most readers never export, so the page does not carry it.
        ({ toMarkdown } = await import('../../lib/cost/markdown'));
      } catch {
        return this.#say('Could not prepare the Markdown: check the connection and try again.');
      }
      const { resolved, result } = this.#last;
      const offer = this.#offer;
      return copy(
        toMarkdown(resolved.inputs, result, {
          url: this.#url().replace(location.origin, this.#site),
          offer: offer?.name,
          unknown: resolved.unknown,
          today: new Date(),
          sources: (offer?.sources ?? []).flatMap((id) => {
            const source = this.#sources[id];
            return source
              ? [
                  {
                    title: source.title,
                    url: `${this.#site}${source.href}`,
                    checked: source.checked ? new Date(`${source.checked}T00:00:00Z`) : undefined,
                  },
                ]
              : [];
          }),
        }),
        'Copied as Markdown: the verdict, inputs, every path’s results, the arithmetic and dated sources.',
      );
    }
    if (action === 'print') {
      this.#printInputs();
      return print();
    }
    if (action === 'reset') {
      this.#state = projectState(this.#project);
      this.#notice([]);
      this.#fillForm();
      this.#update(true);
      this.#say('Back to the worked example’s numbers.');
    }
  }
}

customElements.define('cost-calculator', CostCalculator);
