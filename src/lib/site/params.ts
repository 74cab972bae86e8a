/**
 * Query parameters that other sites and our own search add to a link and that no page reads:
 * Pagefind's `highlight` (a search result's terms), campaign tags (`utm_*`) and referrer tags
 * (`ref`, `fbclid`, `gclid`, `mc_cid`, `mc_eid`). A page ignores them quietly: telling a reader
 * that a link from our own search had "an unknown setting" is noise.
 */
const QUIET = new Set(['highlight', 'ref', 'fbclid', 'gclid', 'msclkid', 'mc_cid', 'mc_eid']);

/** True for a parameter a page should ignore without a notice. */
export function isQuietParam(key: string): boolean {
  const k = key.toLowerCase();
  return QUIET.has(k) || k.startsWith('utm_');
}
