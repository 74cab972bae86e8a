/** Site-wide constants shared by layouts, pages and tests. */
export const SITE_NAME = 'Prompt or Tune';

/** Reading speed used for "n min read" (words per minute). */
export const WORDS_PER_MINUTE = 220;

/** Minutes to read a page's source text; markup (MDX tags, front matter fences) is not counted. */
export function readingMinutes(text: string): number {
  const words = text
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
