/**
 * The search inside the header's dialog, loaded the first time search is opened (the dialog
 * itself, its opening, closing and focus return, are in SearchButton.astro). Searches for
 * whatever the reader typed while this code was loading.
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
    if (panel.input.value) void panel.run(false);
  }
  panel.warm();
}
