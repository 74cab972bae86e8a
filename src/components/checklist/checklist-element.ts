/**
 * The checklist island's behaviour: the `decision-checklist` element. It fetches the checklist's
 * data, restores answers (a shared link first, else local storage), decides with the same engine
 * the build uses and keeps the URL and storage in step. Defining the element is what reveals
 * the JavaScript-only controls (`.needs-js`).
 *
 * Saved answers are never lost: a shared link shown over different saved answers leaves them
 * alone until the reader changes an answer; then the reader's answers are saved and the earlier
 * ones kept beside them (`EARLIER`), with a way back, until the reader forgets them. Another tab
 * that saves newer answers updates this one, so an older tab never writes stale answers over them.
 */
import { decide, type Answers } from '../../lib/checklist/decision';
import type { ChecklistPayload } from '../../lib/checklist/model';
import { isPayload } from '../../lib/checklist/payload';
import {
  decodeQuery,
  decodeStored,
  describeProblems,
  encodeQuery,
  encodeStored,
} from '../../lib/checklist/state';
import { summaryText, progressText } from '../../lib/checklist/report';
import { ResultView } from './result-view';

const KEY = 'checklist-answers';
/** Answers the reader had saved before answering over a shared link: kept, and offered back. */
const EARLIER = 'checklist-answers-earlier';
/** How long the data may take before the reader is offered a retry. */
const SLOW_MS = 4000;

/** Whether two sets of answers say the same. */
function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

const isEmpty = (answers: Answers) => Object.keys(answers).length === 0;

class DecisionChecklist extends HTMLElement {
  #p!: ChecklistPayload;
  #form!: HTMLFormElement;
  #view!: ResultView;
  /** Local storage when the browser lets the page read it (private modes may not). */
  #storage: Storage | null = null;
  #answers: Answers = {};
  /** The server-rendered prompt shown while nothing is answered. */
  #empty: Node[] = [];
  /** The other set of saved answers the banner offers; undefined when there is none. */
  #other: Answers | undefined;
  /** Saved answers to set aside, not overwrite, when the reader first answers over a link. */
  #keep: Answers | undefined;
  /** The answers on screen are a shared link's, as it was made: the reader has not answered. */
  #fromLink = false;

  async connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    const url = this.dataset['payloadUrl'];
    if (!form || !url) return;
    this.#part('[data-dismiss]').addEventListener('click', () => {
      this.#notice('');
      this.#focusForm();
    });
    const payload = await this.#load(url);
    if (!payload || !this.#start(form, payload)) return;
    form.addEventListener('change', () => this.#update(true));
    form.addEventListener('submit', (event) => event.preventDefault());
    // Arrow keys move focus between a question's answers without always scrolling; whatever
    // takes focus is brought clear of the sticky progress bar (its scroll margin leaves room).
    // Whatever takes focus scrolls clear of the sticky progress bar through its scroll margin,
    // which follows the bar's height: at large text the bar grows past any fixed margin.
    const bar = this.querySelector<HTMLElement>('.progress-bar');
    if (bar) new ResizeObserver(() => this.#fitScrollMargin()).observe(bar);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      button.addEventListener('click', () => this.#act(button.dataset['action'] ?? ''));
    }
    window.addEventListener('storage', (event) => this.#synced(event));
  }

  /** The scroll margin that keeps a focused control clear of the bar, at the bar's height now. */
  #fitScrollMargin() {
    const bar = this.querySelector<HTMLElement>('.progress-bar');
    if (bar) this.style.setProperty('--bar-height', `${bar.offsetHeight}px`);
  }

  /** Restores the answers and shows the first result; false (and the fallback) if that fails. */
  #start(form: HTMLFormElement, payload: ChecklistPayload): boolean {
    this.#p = payload;
    this.#form = form;
    this.#view = new ResultView(
      payload,
      Number(this.dataset['level']),
      this.dataset['prefix'] ?? 'checklist',
    );
    this.#empty = [...this.#part('[data-result-head]').childNodes].map((n) => n.cloneNode(true));
    this.#storage = this.#openStorage();

    // A link that answers any question wins over saved answers, so that it reproduces the
    // result exactly; a link with only other parameters (a newsletter's tracking) does not.
    const model = payload.model;
    const link = decodeQuery(model, this.#syncsUrl ? location.search : '');
    const shared = !isEmpty(link.answers) || link.problems.some((p) => p.kind !== 'unknown-key');
    const stored = decodeStored(model, this.#read(KEY));
    if (stored.problems.length > 0) this.#save(KEY, stored.answers);
    this.#notice(
      [
        describeProblems(model, link.problems, 'link'),
        describeProblems(model, stored.problems, 'storage'),
      ]
        .filter(Boolean)
        .join(' '),
    );
    // Answers the reader clicked while the script was still loading win over the link and the
    // saved answers: they are the reader's latest choice.
    const early = this.#checked();
    const shown = { ...(shared ? link.answers : stored.answers), ...early };
    // A link that holds exactly the saved answers is the reader's own page, reloaded.
    this.#fromLink = shared && isEmpty(early) && !sameAnswers(stored.answers, link.answers);
    if (shared && !isEmpty(stored.answers) && !sameAnswers(stored.answers, link.answers)) {
      this.#keep = stored.answers;
      this.#offer(
        stored.answers,
        "This link's answers are shown. Your own saved answers stay as they are until you change an answer here; then yours are saved and the earlier ones kept.",
        'Use my saved answers',
        false,
      );
    } else if (!shared) {
      const earlier = decodeStored(model, this.#read(EARLIER)).answers;
      if (!isEmpty(earlier) && !sameAnswers(earlier, shown)) this.#offerEarlier(earlier);
    }
    try {
      this.#fill(shown);
      this.#update(!isEmpty(early));
    } catch {
      // Data that passed the shape check but still cannot be used: fall back, never half-fail.
      this.#failed();
      return false;
    }
    this.toggleAttribute('data-ready', true);
    this.#part('[data-loading]').hidden = true;
    return true;
  }

  /**
   * Fetches the checklist's data. "Loading…" shows at once; if the data has not come after a
   * few seconds the reader is offered a retry and the table for scoring by hand, and a failure
   * (or data of the wrong shape) says so, with both, instead of leaving an empty panel.
   */
  async #load(url: string): Promise<ChecklistPayload | undefined> {
    const retry = this.#part<HTMLButtonElement>('[data-retry]');
    retry.onclick = () => location.reload();
    this.#part('[data-loading]').hidden = false;
    const slow = setTimeout(
      () => this.#fallback('The checklist is taking a while to load.'),
      SLOW_MS,
    );
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(String(response.status));
      const data: unknown = await response.json();
      if (!isPayload(data)) throw new Error('unusable data');
      return data;
    } catch {
      this.#failed();
      return undefined;
    } finally {
      clearTimeout(slow);
    }
  }

  /** Without usable data the island cannot decide; the table still lets the reader score by hand. */
  #failed() {
    this.#fallback('The checklist could not load its data, so results will not update.');
    this.#markRubric();
  }

  #fallback(text: string) {
    this.#part('[data-loading-text]').textContent = text;
    this.#part('[data-retry]').hidden = false;
    this.#part('[data-by-hand]').hidden = false;
  }

  /** Marks the link's answers in the table for scoring by hand, when the data cannot be used. */
  #markRubric() {
    if (!this.#syncsUrl) return;
    for (const [key, value] of new URLSearchParams(location.search)) {
      const row = document.querySelector<HTMLElement>(
        `#rubric ~ div tr[data-option="${CSS.escape(`${key}=${value}`)}"]`,
      );
      row?.setAttribute('aria-current', 'true');
    }
  }

  /** The answers checked in the form right now. */
  #checked(): Record<string, string> {
    const answers: Record<string, string> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>(
      '[data-form] input[type="radio"]:checked',
    )) {
      if (input.value) answers[input.name] = input.value;
    }
    return answers;
  }

  #fill(answers: Answers) {
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.checked = (answers[input.name] ?? '') === input.value;
    }
  }

  get #syncsUrl(): boolean {
    return this.hasAttribute('data-sync-url');
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector) as T;
  }

  /**
   * Storage the page may read. A storage that refuses writes (full, or a private mode) still
   * gives back what was saved; the note says that new answers will not be kept.
   */
  #openStorage(): Storage | null {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
      storage.getItem(KEY);
      storage.setItem(`${KEY}-probe`, '1');
      storage.removeItem(`${KEY}-probe`);
    } catch {
      this.#part('[data-storage-note]').hidden = false;
    }
    return storage;
  }

  #read(key: string): string | null {
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #save(key: string, answers: Answers) {
    try {
      if (isEmpty(answers)) this.#storage?.removeItem(key);
      else this.#storage?.setItem(key, encodeStored(this.#p.model, answers));
    } catch {
      // Storage full or revoked mid-session: say so now; the URL still holds the answers.
      this.#part('[data-storage-note]').hidden = false;
    }
  }

  /** Saves the reader's answers; over a shared link, the answers saved before are kept aside. */
  #write(answers: Answers) {
    this.#fromLink = false;
    if (this.#keep) {
      this.#save(EARLIER, this.#keep);
      this.#offerEarlier(this.#keep);
      this.#keep = undefined;
    }
    this.#save(KEY, answers);
  }

  /** Shows the banner that offers another set of answers, saying which set is kept. */
  #offer(answers: Answers, text: string, action: string, forgettable = true) {
    this.#other = answers;
    this.#part('[data-restore-text]').textContent = text;
    this.#part('[data-action="restore"]').textContent = action;
    this.#part('[data-action="forget"]').hidden = !forgettable;
    this.#part('[data-restore]').hidden = false;
  }

  #offerEarlier(answers: Answers) {
    this.#offer(
      answers,
      'Your answers here are saved. The answers you had saved before are kept too, until you forget them.',
      'Use my earlier answers',
    );
  }

  #hideOffer() {
    this.#other = undefined;
    this.#part('[data-restore]').hidden = true;
  }

  /** Another tab saved answers: take the newer ones, so that this tab never writes over them. */
  #synced(event: StorageEvent) {
    if (event.storageArea !== this.#storage || !this.#p) return;
    const answers = decodeStored(this.#p.model, event.newValue).answers;
    if (event.key === EARLIER) {
      if (this.#keep) return;
      if (isEmpty(answers)) this.#hideOffer();
      else this.#offerEarlier(answers);
    } else if (event.key === KEY || event.key === null) {
      // Over an untouched shared link, the newer saved answers are what the banner offers.
      if (this.#fromLink) {
        if (!this.#keep) return;
        if (isEmpty(answers)) {
          this.#keep = undefined;
          this.#hideOffer();
        } else this.#keep = this.#other = answers;
      } else if (!sameAnswers(answers, this.#answers)) {
        this.#fill(answers);
        this.#update(false);
        this.#say('Updated with the answers saved in another tab.');
      }
    }
  }

  #notice(text: string) {
    this.#part('[data-notice-text]').textContent = text;
    this.#part('[data-notice]').hidden = text === '';
  }

  #say(text: string) {
    this.#part('[data-say]').textContent = text;
  }

  /** After a notice or banner closes, focus goes to the answers, never to the page's body. */
  #focusForm() {
    this.#form.querySelector<HTMLInputElement>('input:checked')?.focus();
  }

  /** The link that reproduces the current answers: /checklist/?… on this site. */
  get #shareUrl(): string {
    const query = encodeQuery(this.#p.model, this.#answers);
    return `${location.origin}/checklist/${query ? `?${query}` : ''}`;
  }

  /** Reads the form, decides, shows the result and keeps the answers. */
  #update(byReader: boolean) {
    const answers = this.#checked();
    this.#answers = answers;
    const p = this.#p;
    const d = decide(p.model, answers);
    const region = this.#part('[data-result-region]');
    const summary = this.#part('[data-summary]');
    this.#part('[data-meter]').style.width = `${(100 * d.answered) / d.total}%`;
    // Printed with nothing answered, the page shows the questions instead of an empty result.
    this.toggleAttribute('data-empty', d.answered === 0);
    if (byReader) this.#write(answers);
    if (d.answered === 0) {
      delete region.dataset['recommendation'];
      delete region.dataset['confidence'];
      delete region.dataset['plan'];
      summary.textContent = progressText(d);
      this.#part('[data-result-head]').replaceChildren(
        ...this.#empty.map((node) => node.cloneNode(true)),
      );
      this.#part('[data-result-body]').replaceChildren();
    } else {
      region.dataset['recommendation'] = d.recommendation;
      region.dataset['plan'] = d.plan.join(' ');
      if (d.confidence) region.dataset['confidence'] = d.confidence;
      else delete region.dataset['confidence'];
      const text = summaryText(p, d);
      if (summary.textContent !== text) summary.textContent = text;
      this.#view.render(
        this.#part('[data-result-head]'),
        this.#part('[data-result-body]'),
        answers,
        d,
        this.#fromLink,
      );
    }
    if (this.#syncsUrl) {
      const query = encodeQuery(p.model, answers);
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
      );
    }
    // The progress bar may have grown with its new text: keep the answer just chosen in view.
    if (byReader && this.#form.contains(document.activeElement)) {
      this.#fitScrollMargin();
      (document.activeElement as HTMLElement).scrollIntoView({ block: 'nearest' });
    }
  }

  async #copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.#say(`${what} copied.`);
    } catch {
      this.#say(
        `Your browser did not allow copying. ${what === 'Link' ? 'Copy the page address instead.' : 'Select the result and copy it instead.'}`,
      );
    }
  }

  /** The Markdown export loads on first use: most readers never ask for it. */
  async #copyMarkdown() {
    const answers = this.#answers;
    const fromLink = this.#fromLink;
    try {
      const { toMarkdown } = await import('../../lib/checklist/markdown');
      // Markdown travels (issues, documents): its links use the production origin.
      const query = encodeQuery(this.#p.model, answers);
      const url = `${this.#p.site}/checklist/${query ? `?${query}` : ''}`;
      const d = decide(this.#p.model, answers);
      await this.#copy(toMarkdown(this.#p, answers, d, url, fromLink), 'Result as Markdown');
    } catch {
      this.#say('The Markdown export could not load. Select the result and copy it instead.');
    }
  }

  #act(action: string) {
    if (action === 'copy-link') void this.#copy(this.#shareUrl, 'Link');
    else if (action === 'copy-markdown') void this.#copyMarkdown();
    else if (action === 'print') window.print();
    else if (action === 'restore' && this.#other) {
      // Swap the sets: the answers on screen are kept aside if the reader made them.
      const other = this.#other;
      const mine = this.#keep || this.#fromLink ? {} : this.#answers;
      this.#keep = undefined;
      this.#hideOffer();
      if (!isEmpty(mine)) {
        this.#save(EARLIER, mine);
        this.#offerEarlier(mine);
      }
      this.#fill(other);
      this.#update(true);
      this.#say('Your saved answers are back.');
      this.#focusForm();
    } else if (action === 'forget') {
      this.#save(EARLIER, {});
      this.#hideOffer();
      this.#say('Your earlier answers are forgotten.');
      this.#focusForm();
    } else if (action === 'clear') {
      this.#form.reset();
      this.#notice('');
      this.#keep = undefined;
      this.#hideOffer();
      this.#save(EARLIER, {});
      this.#update(true);
      this.#say('Answers cleared, and nothing is saved.');
    }
  }
}

if (!customElements.get('decision-checklist'))
  customElements.define('decision-checklist', DecisionChecklist);
