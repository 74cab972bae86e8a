/**
 * What every page needs from search before the reader uses it: which key presses open search
 * and the URL parameter that asks for highlighted terms. A module of its own because every
 * page's small trigger script imports it, and it must not pull the rest of the search code along.
 */

/** The URL parameter that carries search terms to the opened page for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** For `aria-keyshortcuts` on the search button. */
export const SEARCH_SHORTCUTS = '/ Control+K Meta+K';

/** The parts of a KeyboardEvent that decide whether it opens search. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The parts of an event target that tell whether the reader is typing into it. */
export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
}

export function isTyping(target: KeyTarget | null): boolean {
  if (!target) return false;
  return (
    Boolean(target.isContentEditable) || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? '')
  );
}

/**
 * `/` opens search unless the reader is typing (in a field, a select or editable text), where
 * it must stay a slash; Ctrl+K and ⌘K open it from anywhere, as on most sites and editors.
 */
export function opensSearch(press: KeyPress, target: KeyTarget | null): boolean {
  if (press.altKey) return false;
  if (press.ctrlKey || press.metaKey) return press.key === 'k' || press.key === 'K';
  return press.key === '/' && !isTyping(target);
}
