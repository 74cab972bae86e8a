/**
 * The search dialog, loaded the first time search is opened. A native modal <dialog>: the
 * browser keeps focus inside it and makes the rest of the page inert; this module puts focus in
 * the query field, closes on Escape (even from the field, where Escape would otherwise only
 * clear the text), on the Close button and on a click outside, and gives focus back to where
 * it was.
 */
import { DIALOG_RESULTS, searchHref } from '../../lib/search';
import { SearchPanel } from './panel';

const panels = new WeakMap<HTMLElement, SearchPanel>();
let returnTo: Element | null = null;

function setUp(host: HTMLElement, dialog: HTMLDialogElement): SearchPanel {
  const panel = new SearchPanel(dialog, {
    limit: DIALOG_RESULTS,
    // Enter with no result chosen: all results, on the search page.
    onSubmit: (state) => location.assign(searchHref(state)),
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // the backdrop: the dialog box itself has no padding
  });
  host.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (returnTo instanceof HTMLElement && returnTo.isConnected && returnTo !== document.body) returnTo.focus();
    returnTo = null;
  });
  panels.set(host, panel);
  return panel;
}

export function openDialog(host: HTMLElement, from: Element | null): void {
  const dialog = host.querySelector('dialog');
  if (!dialog) return;
  const panel = panels.get(host) ?? setUp(host, dialog);
  if (!dialog.open) {
    returnTo = from;
    dialog.showModal();
  }
  panel.warm();
  panel.input.focus();
  panel.input.select();
}
