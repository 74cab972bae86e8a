/**
 * What a comparison is worth when a price is unknown. Unknown prices enter the model as 0, so a
 * path that leaves one out shows lower bounds. A payback or a break-even compares a tuned path with
 * its counterpart; both only grow as the tuned path's costs grow, so an unknown on the tuned side
 * leaves a floor ("at least 6 months"), while an unknown on the other side leaves nothing known.
 * Pure.
 */
import { COUNTERPART, type InputKey, type TunedPath } from './inputs';
import type { Gap } from './words';

/** How far a pair's figure can be trusted: as it is, as a floor, or not at all. */
export type Bound = 'exact' | 'floor' | 'unknown';

/** The unknown inputs each side of a pair leaves out. */
export function pairGaps(
  gaps: readonly Gap[],
  tuned: TunedPath,
): { tuned: InputKey[]; untuned: InputKey[] } {
  const keys = (path: string) => gaps.find((g) => g.path === path)?.keys ?? [];
  return { tuned: keys(tuned), untuned: keys(COUNTERPART[tuned]) };
}

/**
 * The bound of a payback or break-even (months or requests) for a pair. `never` stays never when
 * only the tuned side is open: paying more for it cannot make it pay back. A 0 with the tuned side
 * open is no floor worth printing, so it reads as unknown.
 */
export function pairBound(gaps: readonly Gap[], tuned: TunedPath, value: number | 'never'): Bound {
  const open = pairGaps(gaps, tuned);
  if (open.untuned.length > 0) return 'unknown';
  if (open.tuned.length === 0 || value === 'never') return 'exact';
  return value > 0 ? 'floor' : 'unknown';
}

/** Every unknown input either side of a pair leaves out, tuned side first. */
export function pairKeys(gaps: readonly Gap[], tuned: TunedPath): InputKey[] {
  const open = pairGaps(gaps, tuned);
  return [...new Set([...open.tuned, ...open.untuned])];
}
