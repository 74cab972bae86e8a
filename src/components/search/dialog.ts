/**
 * The search inside the header's dialog, loaded the first time search is opened (the dialog
 * itself, its opening, closing and focus return, are in SearchButton.astro). Each time the
 * dialog opens, it searches for whatever is in the field.
 */
import { DIALOG_RESULTS, searchHref } from '../../lib/search/search';
import { SearchPanel } from './panel';

const panels = new WeakMap<HTMLDialogElement, SearchPanel>();

export function attach(dialog: HTMLDialogElement): void {
  let panel = panels.get(dialog);
  if (!panel) {
    panel = new SearchPanel(dialog, {
      limit: DIALOG_RESULTS,
      // Enter with no result chosen: all results, on the search page.
      onSubmit: (state) => location.assign(searchHref(state)),
    });
    panels.set(dialog, panel);
  }
  // Replaces "Loading search…" with the results for whatever is in the field (typed while this
  // code loaded, or left from the last time the dialog was open).
  void panel.run(false);
  panel.warm();
}
