/**
 * <cite-preview>: shows, beside a citation number, the source and the words of it that the
 * claim rests on, read from the page's own reference list (so nothing is written twice). It
 * opens when the number is hovered with a mouse or focused with the keyboard, closes on Escape,
 * when focus or the pointer leaves, or on scroll; the number is described by it while open.
 * A tap follows the link to the reference list, as it does without JavaScript, where the same
 * words stand; in print, the reference list carries them.
 */
const TIP_ID = 'cite-preview-tip';

class CitePreview extends HTMLElement {
  readonly #tip = document.createElement('div');
  #from: HTMLAnchorElement | undefined;

  connectedCallback() {
    const tip = this.#tip;
    tip.id = TIP_ID;
    tip.className = 'cite-tip';
    tip.setAttribute('role', 'tooltip');
    tip.popover = 'manual';
    this.append(tip);
    // Keyboard focus only (:focus-visible): a tap also focuses the link, and should just follow it.
    this.addEventListener('focusin', (e) => {
      if (e.target instanceof Element && e.target.matches(':focus-visible')) this.#open(e.target);
    });
    this.addEventListener('focusout', () => this.#close());
    this.addEventListener('pointerover', (e) => {
      if (e.pointerType === 'mouse') this.#open(e.target);
    });
    this.addEventListener('pointerout', (e) => {
      if (e.pointerType === 'mouse' && !tip.contains(e.relatedTarget as Node | null)) this.#close();
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.#close();
    });
    // Focusing a number can scroll the page to it: keep the words beside the number.
    addEventListener('scroll', () => this.#place(), { passive: true });
  }

  /** A reference-list entry by its id, found inside this element. */
  #entry(id: string): HTMLElement | null {
    return id ? this.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`) : null;
  }

  #open(node: EventTarget | null) {
    const link = node instanceof Element ? node.closest<HTMLAnchorElement>('.cite a') : null;
    if (!link || link === this.#from) return;
    // The passages the number stands for: its link's target and any others the marker names.
    const ids = link.dataset['passages']?.split(' ') ?? [decodeURIComponent(link.hash.slice(1))];
    const entries = ids.flatMap((id) => this.#entry(id) ?? []);
    const first = entries[0];
    if (!first) return;
    this.#close();
    // A passage sits inside its source's entry: show the source's title above its words.
    const source = first.parentElement?.closest('li');
    const title = (source ?? first).querySelector('a');
    const parts: Node[] = [];
    if (title) {
      parts.push(
        Object.assign(document.createElement('strong'), { textContent: title.textContent }),
      );
    }
    if (source) {
      for (const entry of entries) {
        const words = document.createElement('p');
        words.append(...[...entry.childNodes].map((n) => n.cloneNode(true)));
        parts.push(words);
      }
    }
    this.#tip.replaceChildren(...parts);
    this.#from = link;
    this.#tip.showPopover();
    this.#place();
    link.setAttribute('aria-describedby', TIP_ID);
  }

  /** Puts the words under the number they belong to, inside the window. */
  #place() {
    if (!this.#from) return;
    const box = this.#from.getBoundingClientRect();
    const width = this.#tip.offsetWidth;
    this.#tip.style.left = `${Math.max(8, Math.min(box.left, innerWidth - 8 - width))}px`;
    // Below the number, or above it when there is more room there; never over the number
    // itself, so the words can be longer than the room and scroll instead.
    const below = innerHeight - box.bottom - 14;
    const above = box.top - 14;
    const room = Math.max(below, above, 80);
    this.#tip.style.maxHeight = `${room}px`;
    const height = Math.min(this.#tip.scrollHeight, room);
    const top = below >= height || below >= above ? box.bottom + 6 : box.top - 6 - height;
    this.#tip.style.top = `${top}px`;
  }

  #close() {
    this.#from?.removeAttribute('aria-describedby');
    this.#from = undefined;
    if (this.#tip.matches(':popover-open')) this.#tip.hidePopover();
  }
}

customElements.define('cite-preview', CitePreview);
