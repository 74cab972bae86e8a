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

// British English joins the last two items with "and" and no serial comma, as the site writes.
const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "a, b and c" */
export function formatList(items: readonly string[]): string {
  return LIST.format(items);
}

/** "+2", "−1", "0": the sign always shown, with a true minus sign. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/**
 * A name as it reads inside a sentence: the first letter lower-cased, the rest as written, so
 * "Prompt engineering" reads "prompt engineering" and "Retrieval (RAG)" keeps its acronym.
 */
export function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
