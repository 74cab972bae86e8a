/** Formatting shared by pages: one place decides how dates and lists read. */

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "21 November 2026" */
export function formatDate(date: Date): string {
  return DATE.format(date);
}

/** "a, b and c" */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
