/**
 * The "what changed" log as readers see it: each entry's date at its stated precision, its
 * sentences with dated facts filled in, and the entries that affect a given guide page. Pure:
 * shared by /changes/, its feed and the guide layout.
 */
import type { ChangeData } from '../../schemas/change';
import { formatDate } from '../site/format';
import { parseGuideRef } from '../site/routes';
import { fillFacts, type FactValue } from './facts';

/** An entry of the log, with the fields read here. */
export interface ChangeEntry {
  id: string;
  data: Pick<ChangeData, 'date' | 'precision' | 'title' | 'what' | 'meaning' | 'guide'>;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "7 May 2026", or "May 2025" when only the month is known. */
export function changeDate(change: ChangeEntry): string {
  return change.data.precision === 'month'
    ? MONTH.format(change.data.date)
    : formatDate(change.data.date);
}

/** The entry's two sentences with `{fact:id}` filled in. */
export function changeText(
  change: ChangeEntry,
  facts: ReadonlyMap<string, FactValue>,
): { what: string; meaning: string } {
  return {
    what: fillFacts(change.data.what, facts),
    meaning: fillFacts(change.data.meaning, facts),
  };
}

/** Entries that affect guide page `slug` (or a section of it), newest first as given. */
export function changesFor<T extends ChangeEntry>(changes: readonly T[], slug: string): T[] {
  return changes.filter((c) => c.data.guide.some((ref) => parseGuideRef(ref).slug === slug));
}
