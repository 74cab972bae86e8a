/**
 * The checklist island's behaviour: the `decision-checklist` custom element. It reads the
 * payload from the element's JSON script, restores answers (a shared link first, else local
 * storage), decides with the same engine the build uses and keeps the URL and storage in step.
 * Defining the element is what reveals the JavaScript-only controls (`.needs-js`).
 */
import { decide, type Answers } from '../../lib/checklist/decision';
import type { ChecklistPayload } from '../../lib/checklist/model';
import {
  decodeQuery,
  decodeStored,
  describeProblems,
  encodeQuery,
  encodeStored,
} from '../../lib/checklist/state';
import { confidenceLevel, headline, progressText, toMarkdown } from '../../lib/checklist/report';
import { ResultView } from './result-view';

const KEY = 'checklist-answers';
/** How long the data may take before the reader is offered a retry. */
const SLOW_MS = 4000;

/** Whether two sets of answers say the same. */
function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** Local storage if the browser lets the page use it (private modes may not). */
function openStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.setItem(`${KEY}-probe`, '1');
    storage.removeItem(`${KEY}-probe`);
    return storage;
  } catch {
    return null;
  }
}

class DecisionChecklist extends HTMLElement {
  #p!: ChecklistPayload;
  #form!: HTMLFormElement;
  #view!: ResultView;
  #storage: Storage | null = null;
  #answers: Answers = {};
  /** The server-rendered prompt shown while nothing is answered. */
  #empty: Node[] = [];

  /** The reader's own saved answers when a shared link replaced them on screen. */
  #ownAnswers: Answers | undefined;
  /** Whether this page's saved answers may be written over (not before the reader acts). */
  #linkShown = false;

  async connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    const url = this.dataset['payloadUrl'];
    if (!form || !url) return;
    this.#part('[data-dismiss]').addEventListener('click', () => this.#notice(''));
    const payload = await this.#load(url);
    if (!payload) return;
    this.#p = payload;
    this.#part('[data-loading]').hidden = true;
    this.#form = form;
    this.toggleAttribute('data-ready', true);
    this.#view = new ResultView(
      this.#p,
      Number(this.dataset['level']),
      this.dataset['prefix'] ?? 'checklist',
    );
    this.#empty = [...this.#part('[data-result-head]').childNodes].map((node) =>
      node.cloneNode(true),
    );
    this.#storage = openStorage();
    this.#part('[data-storage-note]').hidden = this.#storage !== null;

    // A link that answers any question wins over saved answers, so that it reproduces the
    // result exactly; a link with only other parameters (a newsletter's tracking) does not.
    const model = this.#p.model;
    const link = decodeQuery(model, this.#syncsUrl ? location.search : '');
    const shared =
      Object.keys(link.answers).length > 0 || link.problems.some((p) => p.kind !== 'unknown-key');
    const stored = decodeStored(model, this.#read());
    const saved = shared ? undefined : stored;
    if (saved && saved.problems.length > 0) this.#write(saved.answers);
    const notices = [
      describeProblems(model, link.problems, 'link'),
      saved ? describeProblems(model, saved.problems, 'storage') : '',
    ];
    this.#notice(notices.filter(Boolean).join(' '));
    // A shared link is shown, but the reader's own saved answers are kept and offered back:
    // nothing saved is dropped without the reader choosing to.
    if (
      shared &&
      Object.keys(stored.answers).length > 0 &&
      !sameAnswers(stored.answers, link.answers)
    ) {
      this.#ownAnswers = stored.answers;
      this.#linkShown = true;
      this.#part('[data-restore]').hidden = false;
    }
    // Answers the reader clicked while the script was still loading win over the link and the
    // saved answers: they are the reader's latest choice.
    const early = this.#checked();
    const answers = { ...(saved?.answers ?? link.answers), ...early };
    this.#fill(answers);
    this.#update(Object.keys(early).length > 0);

    form.addEventListener('change', () => this.#update(true));
    form.addEventListener('submit', (event) => event.preventDefault());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      button.addEventListener('click', () => this.#act(button.dataset['action'] ?? ''));
    }
  }

  /**
   * Fetches the checklist's data. "Loading…" shows at once; if the data has not come after a
   * few seconds the reader is offered a retry and the table for scoring by hand, and a failure
   * says so, with both, instead of leaving an empty panel.
   */
  async #load(url: string): Promise<ChecklistPayload | undefined> {
    const loading = this.#part('[data-loading]');
    const text = this.#part('[data-loading-text]');
    const retry = this.#part<HTMLButtonElement>('[data-retry]');
    const byHand = this.#part('[data-by-hand]');
    loading.hidden = false;
    const slow = setTimeout(() => {
      text.textContent = 'The checklist is taking a while to load.';
      retry.hidden = false;
      byHand.hidden = false;
    }, SLOW_MS);
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(String(response.status));
      return (await response.json()) as ChecklistPayload;
    } catch {
      // Without its data the island cannot decide; the table still lets the reader score by hand,
      // and the link's answers are marked in it.
      text.textContent = 'The checklist could not load its data, so results will not update.';
      retry.hidden = false;
      byHand.hidden = false;
      this.#markRubric();
      return undefined;
    } finally {
      clearTimeout(slow);
      retry.onclick = () => location.reload();
    }
  }

  /** Marks the link's answers in the table for scoring by hand, when the data cannot load. */
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

  #read(): string | null {
    try {
      return this.#storage?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  }

  #write(answers: Answers) {
    // While a shared link is on screen, the reader's own saved answers stay as they are until
    // the reader chooses between them (restore) or answers for themselves.
    if (this.#linkShown && this.#ownAnswers) return;
    try {
      if (Object.keys(answers).length === 0) this.#storage?.removeItem(KEY);
      else this.#storage?.setItem(KEY, encodeStored(this.#p.model, answers));
    } catch {
      // Storage full or revoked mid-session: say so now, not only when it failed from the start;
      // the URL still holds the answers.
      this.#part('[data-storage-note]').hidden = false;
    }
  }

  #notice(text: string) {
    this.#part('[data-notice-text]').textContent = text;
    this.#part('[data-notice]').hidden = text === '';
  }

  #say(text: string) {
    this.#part('[data-say]').textContent = text;
  }

  /** The link that reproduces the current answers: /checklist/?… on this site. */
  get #shareUrl(): string {
    const query = encodeQuery(this.#p.model, this.#answers);
    return `${location.origin}/checklist/${query ? `?${query}` : ''}`;
  }

  /** Reads the form, decides, shows the result and keeps the answers. */
  #update(byReader: boolean) {
    const answers: Record<string, string> = {};
    for (const input of this.#form.querySelectorAll<HTMLInputElement>(
      'input[type="radio"]:checked',
    )) {
      if (input.value) answers[input.name] = input.value;
    }
    this.#answers = answers;
    const p = this.#p;
    const d = decide(p.model, answers);
    const region = this.#part('[data-result-region]');
    const summary = this.#part('[data-summary]');
    this.#part('[data-meter]').style.width = `${(100 * d.answered) / d.total}%`;
    // Printed with nothing answered, the page shows the questions instead of an empty result.
    this.toggleAttribute('data-empty', d.answered === 0);
    if (d.answered === 0) {
      region.removeAttribute('data-recommendation');
      region.removeAttribute('data-confidence');
      summary.textContent = progressText(d);
      this.#part('[data-result-head]').replaceChildren(
        ...this.#empty.map((node) => node.cloneNode(true)),
      );
      this.#part('[data-result-body]').replaceChildren();
    } else {
      region.dataset['recommendation'] = d.recommendation;
      region.dataset['confidence'] = d.confidence;
      const text = `${progressText(d)}. ${headline(p, d)}, ${confidenceLevel(d).toLowerCase()}.`;
      if (summary.textContent !== text) summary.textContent = text;
      this.#view.render(
        this.#part('[data-result-head]'),
        this.#part('[data-result-body]'),
        answers,
        d,
      );
    }
    if (byReader) this.#write(answers);
    if (this.#syncsUrl) {
      const query = encodeQuery(p.model, answers);
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
      );
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

  #act(action: string) {
    if (action === 'copy-link') void this.#copy(this.#shareUrl, 'Link');
    else if (action === 'copy-markdown') {
      const d = decide(this.#p.model, this.#answers);
      // Markdown travels (issues, documents): its links use the production origin.
      const query = encodeQuery(this.#p.model, this.#answers);
      const url = `${this.#p.site}/checklist/${query ? `?${query}` : ''}`;
      void this.#copy(toMarkdown(this.#p, this.#answers, d, url), 'Result as Markdown');
    } else if (action === 'print') window.print();
    else if (action === 'restore' && this.#ownAnswers) {
      const own = this.#ownAnswers;
      this.#linkShown = false;
      this.#ownAnswers = undefined;
      this.#part('[data-restore]').hidden = true;
      this.#fill(own);
      this.#update(true);
      this.#say('Your saved answers are back.');
    } else if (action === 'clear') {
      this.#form.reset();
      this.#notice('');
      this.#update(true);
      this.#say('Answers cleared.');
    }
  }
}

if (!customElements.get('decision-checklist'))
  customElements.define('decision-checklist', DecisionChecklist);
