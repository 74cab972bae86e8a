/**
 * Comparing and dividing money without being fooled by the last bits of a double: the tolerances
 * every part of the cost model uses to say "cheaper", "the same" or "never".
 */

/** Prices are per million tokens. */
export const PER_MILLION = 1_000_000;

// Two sums that are equal on paper can differ in the last bits once computed, and a monthly
// saving of a billionth of a cent would give a payback of trillions of months. So money is
// compared with a tolerance: equal when within a billionth of the larger amount, or within a
// millionth of a dollar (a month's amounts) or 10⁻¹⁶ dollars (a request's: 10⁻¹⁶ × the largest
// volume is the monthly floor again, so "tuned month cheaper" always implies "tuned request
// cheaper"). The floors also keep every ratio below finite.
export const RELATIVE = 1e-9;
export const MONEY_FLOOR = 1e-6;
export const REQUEST_FLOOR = 1e-16;

/** −1, 0 or 1 as `a` is less than, about equal to, or more than `b`. */
export function compare(a: number, b: number, floor: number): -1 | 0 | 1 {
  const tolerance = Math.max(floor, RELATIVE * Math.max(Math.abs(a), Math.abs(b)));
  return Math.abs(a - b) <= tolerance ? 0 : a < b ? -1 : 1;
}

/** A ratio that does not fit in a finite number means "never", not Infinity. */
export function ratio(top: number, bottom: number): number | 'never' {
  const r = top / bottom;
  return Number.isFinite(r) ? r : 'never';
}
