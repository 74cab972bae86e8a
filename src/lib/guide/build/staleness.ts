/**
 * Which checks have gone stale: sources and dated facts last checked more than `maxDays` before
 * a given day. The build prints them as a warning, never an error: a build must not break because
 * the calendar moved, but whoever builds the site should see what needs checking again. Pure:
 * the caller passes the day.
 */

/** Days after which a check counts as stale. */
export const STALE_AFTER_DAYS = 120;

export interface Checked {
  /** `source` or `fact`. */
  kind: string;
  id: string;
  /** The content file the entry lives in. */
  file: string;
  checked: Date;
}

export interface Stale extends Checked {
  /** Whole days between the check and `today`. */
  age: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Entries checked more than `maxDays` before `today`, oldest first. */
export function staleChecks(
  entries: readonly Checked[],
  today: Date,
  maxDays = STALE_AFTER_DAYS,
): Stale[] {
  return entries
    .map((entry) => ({
      ...entry,
      age: Math.floor((today.getTime() - entry.checked.getTime()) / DAY),
    }))
    .filter((entry) => entry.age > maxDays)
    .sort((a, b) => b.age - a.age || a.id.localeCompare(b.id));
}

/** The build warning: one line per stale entry, or an empty string when nothing is stale. */
export function formatStale(stale: readonly Stale[], maxDays = STALE_AFTER_DAYS): string {
  if (stale.length === 0) return '';
  const lines = stale.map(
    (s) =>
      `  ${s.file} › ${s.id}: ${s.kind} last checked ${s.checked.toISOString().slice(0, 10)} (${s.age} days ago)`,
  );
  const noun = stale.length === 1 ? 'entry was' : 'entries were';
  return `${stale.length} ${noun} last checked more than ${maxDays} days ago; check them against their sources and update \`checked\`:\n${lines.join('\n')}`;
}
