/**
 * Every internal URL the site builds, in one place. The paths are a public contract (bookmarks,
 * shared links and search results point at them): change one only with a redirect. Pure and
 * dependency-free, so build-time code and islands share it.
 */

import { SEARCH_PATH } from '../search/path';

export { searchPath } from '../search/path';

/** A link as the site shows it: where it goes and the words it reads as. */
export interface Link {
  href: string;
  label: string;
}

/** Pages that exist once. */
export const PATHS = {
  home: '/',
  guide: '/guide/',
  criteria: '/criteria/',
  compare: '/compare/',
  checklist: '/checklist/',
  /** Every reason, rule and source behind the checklist's points. */
  checklistRules: '/checklist/how-it-decides/',
  search: SEARCH_PATH,
  sources: '/sources/',
  glossary: '/glossary/',
  changes: '/changes/',
  offers: '/offers/',
  cost: '/cost/',
  /** The feed of the changes log (RSS 2.0). */
  changesFeed: '/changes.xml',
} as const;

/** The site's tools, as links: where a criterion or a checklist answer sends the reader. */
export const TOOLS = {
  cost: { href: PATHS.cost, label: 'Work out what each path would cost you' },
  offers: { href: PATHS.offers, label: 'Where you can fine-tune, and at what price' },
  /** The calculator's worked example of retrieval (content/cost-examples.yaml, handbook-answers). */
  'retrieval-cost': {
    href: `${PATHS.cost}?project=handbook-answers`,
    label: 'What retrieval costs: a worked example of answers from a handbook',
  },
} as const;

/** A guide page, or a section of it: `guidePath('data', 'how-much')` → `/guide/data/#how-much`. */
export function guidePath(slug: string, anchor?: string): string {
  return `${PATHS.guide}${slug}/${anchor ? `#${anchor}` : ''}`;
}

/** A guide reference as content writes it, `slug` or `slug#anchor`, in its two parts. */
export function parseGuideRef(ref: string): { slug: string; anchor?: string } {
  const [slug = ref, anchor] = ref.split('#');
  return anchor ? { slug, anchor } : { slug };
}

/** A guide reference as content writes it, `slug` or `slug#anchor`, as a path. */
export function guideRefPath(ref: string): string {
  const { slug, anchor } = parseGuideRef(ref);
  return guidePath(slug, anchor);
}

/**
 * A link to a guide reference (`slug` or `slug#anchor`), reading as `titleOf` gives the
 * reference ("Data › How much"), else the page ("Data"), else the slug.
 */
export function guideLink(ref: string, titleOf: (ref: string) => string | undefined): Link {
  const { slug } = parseGuideRef(ref);
  return { href: guideRefPath(ref), label: titleOf(ref) ?? titleOf(slug) ?? slug };
}

/** A criterion's own page: `/criteria/cost/`. */
export function criterionPath(id: string): string {
  return `${PATHS.criteria}${id}/`;
}

/** A criterion's row in the comparison table: `/compare/#criterion-cost`. */
export function compareRowPath(id: string): string {
  return `${PATHS.compare}#criterion-${id}`;
}

/** A source's entry on the sources page: `/sources/#anddata`. */
export function sourcePath(id: string): string {
  return `${PATHS.sources}#${id}`;
}

/**
 * A source's own page, listing the passages of it the site quotes: `/sources/openai-accuracy/`,
 * or one passage on it: `/sources/openai-accuracy/#bleu-table`.
 */
export function sourceQuotesPath(id: string, quote?: string): string {
  return `${PATHS.sources}${id}/${quote ? `#${quote}` : ''}`;
}

/** A glossary term: `/glossary/#lora`. */
export function glossaryPath(id: string): string {
  return `${PATHS.glossary}#${id}`;
}

/** An offer's row on /offers/: `/offers/#openai-gpt-4-1`. */
export function offerPath(id: string): string {
  return `${PATHS.offers}#${id}`;
}

/** An entry of the changes log: `/changes/#openai-tuning-wind-down`. */
export function changePath(id: string): string {
  return `${PATHS.changes}#${id}`;
}

/** A path as an absolute URL on `site` (the production origin). */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
