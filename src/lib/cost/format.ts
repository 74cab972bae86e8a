/**
 * How the calculator writes numbers: dollars, months and counts, rounded as the page shows them.
 * Every figure stays unrounded in the model; only these functions round.
 */
import { isMoney, isShare, type InputKey } from './inputs';

const usdFormats = new Map<string, Intl.NumberFormat>();
function usdFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let format = usdFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    usdFormats.set(key, format);
  }
  return format;
}

/**
 * US dollars as the page shows them: whole dollars from $1,000 ("$3,400"), cents from $1
 * ("$730.00"), and below $1 three significant figures with at least two decimals ("$0.50",
 * "$0.0146", "$0.000375"), so a per-request cost never reads as $0.00. A true minus sign.
 */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount)) return 'n/a';
  const size = Math.abs(amount);
  if (size === 0) return '$0';
  const digits = size >= 1000 ? 0 : size >= 1 ? 2 : Math.min(20, 2 - Math.floor(Math.log10(size)));
  return usdFormat(Math.min(2, digits), digits).format(amount).replace('-', '−');
}

const MONTHS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "6 months", "1 month", "137.1 months", "never": to one decimal, with the unit. */
export function formatMonths(months: number | 'never'): string {
  if (months === 'never') return 'never';
  if (!Number.isFinite(months)) return 'n/a';
  const shown = MONTHS.format(months);
  return `${shown} ${shown === '1' ? 'month' : 'months'}`;
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const SMALL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "50,000", "12,500", "2.5": thousands separated, whole from 100 up, two decimals below. */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return 'n/a';
  return (Math.abs(count) >= 100 ? WHOLE : SMALL).format(count).replace('-', '−');
}

/** An input's value in its unit: money as USD, shares as percentages, others as counts. */
export function formatInput(key: InputKey, value: number): string {
  if (isShare(key)) return `${formatCount(value)}%`;
  if (isMoney(key)) return formatUsd(value);
  return formatCount(value);
}

export const requestsAMonth = (volume: number): string =>
  `${formatCount(volume)} ${formatCount(volume) === '1' ? 'request' : 'requests'} a month`;
