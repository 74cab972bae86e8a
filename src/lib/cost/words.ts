/**
 * The calculator's verdict: which path is cheapest and by how much, and what it leaves out when
 * prices are unknown. The sentences about paybacks and deadlines are in explain.ts, which the
 * island loads only once the view changes. Pure; every number goes through format.ts.
 */
import { inputName, type CostChoices, type CostInputs, type InputKey, type PathId } from './inputs';
import { MONEY_FLOOR, compare } from './money';
import { formatInput, formatMonths, formatUsd } from './format';
import type { Figures } from './model';

/** Each path's name at the start of a sentence. */
export const PATH_NAMES: Readonly<Record<PathId, string>> = {
  prompting: 'Prompting',
  retrieval: 'Retrieval',
  'fine-tuning': 'Fine-tuning',
  'tuned-retrieval': 'Tuned retrieval',
};
const lower = (p: PathId) => PATH_NAMES[p].toLowerCase();

/** A path's money figures that an unknown price can leave open. */
export type GapFigure = 'request' | 'month' | 'upfront' | 'total';

/** A path whose total leaves out unknown inputs, and where the first of them would tip it. */
export interface Gap {
  path: PathId;
  /** The unknown inputs its figures depend on (counted as 0). */
  keys: InputKey[];
  /** Which of its figures they leave open: each of these is a floor, the others are exact. */
  figures: GapFigure[];
  /**
   * With one unknown: the value below which the path stays cheaper than the cheapest path priced
   * in full; null when there is no such value or more than one unknown.
   */
  below: number | null;
}

/** "the training price and the search index" */
export function inputNames(keys: readonly InputKey[]): string {
  const list = keys.map(inputName);
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/**
 * The verdict: the cheapest path over the months and by how much; when unknown prices leave a
 * path's total open, that it is left out, and the value under which it would win.
 */
export function summaryOf(
  x: CostInputs,
  choices: CostChoices,
  f: Figures,
  r: { best: PathId | undefined; cheapest: PathId | 'unknown'; gaps: readonly Gap[] },
): string {
  const over = `Over ${formatMonths(x.months)}`;
  const total = (p: PathId) => formatUsd(f.path[p].total);
  const open = (p: PathId) => r.gaps.find((g) => g.path === p);
  const leftOut = r.gaps
    .map((g) => {
      const when =
        g.below !== null && g.keys[0]
          ? `; it would be the cheapest path while the ${inputName(g.keys[0])} stays under ${formatInput(g.keys[0], g.below)}`
          : '';
      return ` ${PATH_NAMES[g.path]} leaves out the ${inputNames(g.keys)}, unknown — enter yours${when}.`;
    })
    .join('');
  const { best } = r;
  if (best === undefined) return `No path can be priced in full yet.${leftOut}`;
  if (choices.paths.length === 1) return `${over}, ${lower(best)} costs ${total(best)}.${leftOut}`;
  const others = choices.paths
    .filter((p) => p !== best)
    .sort((a, b) => f.path[a].total - f.path[b].total);
  const next = others[0];
  if (r.cheapest === 'unknown')
    return `${over}, ${lower(best)} is the cheapest of the paths priced in full, at ${total(best)}.${documentsNote(choices, f, r.gaps, best, undefined)}${leftOut}`;
  if (!next) return `${over}, ${lower(best)} costs ${total(best)}.`;
  const diff = f.path[next].total - f.path[best].total;
  const by =
    compare(f.path[next].total, f.path[best].total, MONEY_FLOOR) === 0
      ? `the same as ${lower(next)}`
      : `${open(next) ? 'at least ' : ''}${formatUsd(diff)} less than ${lower(next)}, the next cheapest`;
  return `${over}, ${lower(best)} is the cheapest path: ${total(best)}, ${by}.${documentsNote(choices, f, r.gaps, best, next)}${leftOut}`;
}

/**
 * When the cheapest path does not retrieve but one shown does: what answering from the reader's
 * documents costs. Prompting and fine-tuning cannot look anything up, so "prompting is cheapest"
 * alone would mislead a team whose model must know its documents. Said only when the cheapest
 * retrieving path is priced in full, or is the only one (then as a floor), and costs more; its
 * figures are left out when the verdict has just given them (it is `named`, the next cheapest).
 */
function documentsNote(
  choices: CostChoices,
  f: Figures,
  gaps: readonly Gap[],
  best: PathId,
  named: PathId | undefined,
): string {
  const retrieving: PathId[] = choices.paths
    .filter((p) => p === 'retrieval' || p === 'tuned-retrieval')
    .sort((a, b) => f.path[a].total - f.path[b].total);
  const cheapest = retrieving[0];
  if (!cheapest || retrieving.includes(best)) return '';
  const open = gaps.some((g) => g.path === cheapest && g.figures.includes('total'));
  if (open && retrieving.length > 1) return '';
  const more = f.path[cheapest].total - f.path[best].total;
  if (compare(more, 0, MONEY_FLOOR) <= 0) return '';
  const least = open ? 'at least ' : '';
  const does = ` If the model must answer from your own documents, ${lower(cheapest)} is the cheapest path that does`;
  if (named === cheapest) return `${does}.`;
  return `${does}: ${least}${formatUsd(f.path[cheapest].total)}, ${least}${formatUsd(more)} more than ${lower(best)}.`;
}

/**
 * Which prices are unknown, for the line under the verdict: "Unknown — enter yours: the training
 * price, the search index." Empty when none is.
 */
export function unknownText(unknown: readonly InputKey[]): string {
  return unknown.length === 0
    ? ''
    : `Unknown — enter yours: the ${unknown.map(inputName).join(', the ')}. Totals that need ${unknown.length === 1 ? 'it' : 'them'} say so.`;
}

/** The verdict's first sentence, for the short copy that stays in view on a phone. */
export function headline(summary: string): string {
  const end = summary.indexOf('. ');
  return end < 0 ? summary : summary.slice(0, end + 1);
}
