/**
 * The search panel shared by the dialog and the /search/ page (markup in SearchPanel.astro):
 * a combobox input whose results list updates as the reader types, with arrow keys moving
 * through results (focus stays in the input, `aria-activedescendant` follows) and Enter
 * opening the active one. Results are built with createElement and text nodes only: neither
 * the query nor page text ever reaches innerHTML.
 */
import {
  readSearchState,
  searchHref,
  type ResultEntry,
  type SearchState,
  type Segment,
} from '../../lib/search/search';
import { find, loadSearch, retrySearch, searchLoaded, UNAVAILABLE } from './engine';

/** How long the index may take before the reader is offered a retry. */
const SLOW_MS = 4000;

export interface PanelOptions {
  /** Pages to list. */
  limit: number;
  /** Called after each search with what was searched; `commit` when the reader submitted it. */
  onSearch?: (state: SearchState, commit: boolean) => void;
  /** Enter with no active result; the default is to run the search. */
  onSubmit?: (state: SearchState) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

function excerpt(segments: Segment[], className: string): HTMLElement {
  const node = el('span', className);
  for (const { text, mark } of segments)
    node.append(mark ? el('mark', '', text) : document.createTextNode(text));
  return node;
}

/** How much of a query a status sentence repeats. */
const QUOTE_LIMIT = 60;

export class SearchPanel {
  readonly input: HTMLInputElement;
  private readonly form: HTMLFormElement;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private readonly selects: HTMLSelectElement[];
  private readonly more: HTMLAnchorElement | null;
  /** Where a search that finds nothing sends the reader next (links rendered at build time). */
  private readonly suggestions: HTMLTemplateElement;
  private readonly prefix: string;
  private sequence = 0;

  constructor(
    root: HTMLElement,
    private readonly options: PanelOptions,
  ) {
    const part = <T extends Element>(selector: string) => {
      const found = root.querySelector<T>(selector);
      if (!found) throw new Error(`search panel: missing ${selector}`);
      return found;
    };
    this.form = part('form');
    this.input = part('input[name="q"]');
    this.list = part('[role="listbox"]');
    this.status = part('[data-search-status]');
    this.more = root.querySelector('[data-search-more]');
    this.suggestions = part('template[data-search-suggestions]');
    this.selects = [...root.querySelectorAll('select')];
    this.prefix = this.list.id;

    this.input.addEventListener('input', () => void this.run(false));
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    for (const select of this.selects) select.addEventListener('change', () => void this.run(true));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const active = this.active();
      if (active) active.click();
      else if (options.onSubmit) options.onSubmit(this.state());
      else void this.run(true);
    });
    this.list.addEventListener('pointerdown', (event) => event.preventDefault()); // keep focus in the input
  }

  /** What the panel's controls say now. */
  state(): SearchState {
    const params = new URLSearchParams();
    params.set('q', this.input.value);
    for (const select of this.selects) params.set(select.name, select.value);
    return readSearchState(params.toString()).state;
  }

  /** Puts a state into the controls (no search is run). */
  show(state: SearchState): void {
    this.input.value = state.query;
    for (const select of this.selects) {
      select.value = (select.name === 'type' ? state.type : state.approach) ?? '';
    }
  }

  /** Starts loading the index, reporting if it cannot be loaded. */
  warm(): void {
    loadSearch().catch(() => this.sayWithRetry(UNAVAILABLE));
  }

  /** Searches for what the controls say and lists the results. */
  async run(commit: boolean): Promise<void> {
    const state = this.state();
    const sequence = ++this.sequence;
    if (this.more) this.more.href = searchHref(state);
    if (!state.query) {
      this.render([]);
      this.say('');
      this.options.onSearch?.(state, commit);
      return;
    }
    this.list.setAttribute('aria-busy', 'true');
    // Never an empty panel: "Loading…" at once while the index is on its way, and a retry if
    // it has not come after a few seconds.
    const slow = searchLoaded()
      ? undefined
      : setTimeout(() => {
          if (sequence === this.sequence) this.sayWithRetry('Search is taking a while to load.');
        }, SLOW_MS);
    if (!searchLoaded()) this.say('Loading search…');
    try {
      const found = await find(state, this.options.limit);
      if (sequence !== this.sequence) return; // a newer search has started
      this.render(found.entries);
      const shown =
        found.total > this.options.limit ? `; the first ${this.options.limit} are listed` : '';
      if (found.total === 0) {
        this.sayAbout('No pages match ', state.query, '. Try another word, or fewer words, or: ');
        // A next step, always: the pages most readers want, and every term defined.
        this.status.append(this.suggestions.content.cloneNode(true));
      } else if (found.partial)
        this.sayAbout('No page has every word of ', state.query, `; these have most${shown}.`);
      else
        this.sayAbout(
          `${found.total} ${found.total === 1 ? 'page matches' : 'pages match'} `,
          state.query,
          `${shown}.`,
        );
      this.list.dataset['query'] = state.query;
      this.options.onSearch?.(state, commit);
    } catch {
      if (sequence !== this.sequence) return;
      this.render([]);
      this.sayWithRetry(UNAVAILABLE);
    } finally {
      clearTimeout(slow);
      if (sequence === this.sequence) this.list.removeAttribute('aria-busy');
    }
  }

  /** A status sentence with a button that starts the search again from a fresh load. */
  private sayWithRetry(text: string): void {
    const retry = el('button', 'ml-2 font-semibold text-accent underline', 'Try again');
    retry.type = 'button';
    retry.addEventListener('click', () => {
      retrySearch();
      this.warm();
      void this.run(true);
    });
    this.status.replaceChildren(`${text} `, retry);
  }

  private say(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  /**
   * A status sentence that repeats the reader's query: quoted, cut to a readable length, and in
   * a <bdi> so that right-to-left or control characters in it cannot reorder the sentence.
   */
  private sayAbout(before: string, query: string, after: string): void {
    const shown = query.length > QUOTE_LIMIT ? `${query.slice(0, QUOTE_LIMIT)}…` : query;
    const bdi = el('bdi', '', shown);
    const text = `${before}“${shown}”${after}`;
    if (this.status.textContent !== text)
      this.status.replaceChildren(`${before}“`, bdi, `”${after}`);
  }

  private render(entries: ResultEntry[]): void {
    const items = entries.map((entry, i) => {
      const id = `${this.prefix}-${i}`;
      const option = el('a', `search-option${entry.parent ? ' search-sub' : ''}`);
      option.id = id;
      option.href = entry.url;
      option.tabIndex = -1;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      // The option's name is all its text (WCAG 2.5.3): title, kind or parent page, excerpt.
      const title = el('span', 'search-title', entry.title);
      if (entry.kind) title.append(el('span', 'search-kind', entry.kind));
      if (entry.parent) title.append(el('span', 'sr-only', `, in ${entry.parent}`));
      option.append(title, excerpt(entry.excerpt, 'search-excerpt'));
      const item = el('li', '');
      item.setAttribute('role', 'none');
      item.append(option);
      return item;
    });
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    this.input.removeAttribute('aria-activedescendant');
  }

  private optionEls(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  private active(): HTMLAnchorElement | undefined {
    return this.optionEls().find((option) => option.getAttribute('aria-selected') === 'true');
  }

  private activate(option: HTMLAnchorElement | undefined): void {
    for (const other of this.optionEls())
      other.setAttribute('aria-selected', String(other === option));
    if (option) {
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent): void {
    const all = this.optionEls();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!all.length) return;
      event.preventDefault();
      const current = this.active();
      const at = current ? all.indexOf(current) : -1;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // From the input, Down goes to the first result and Up to the last; both wrap around.
      const next =
        at === -1 ? (step === 1 ? 0 : all.length - 1) : (at + step + all.length) % all.length;
      this.activate(all[next]);
    }
  }
}
