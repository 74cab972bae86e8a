/**
 * The comparison view in a URL query, so that a view can be bookmarked and sent to a colleague.
 * Only what differs from the default view is written, so a plain /compare/ is the default:
 *
 *   criteria=core | criteria=cost,latency           rows shown (left out: all)
 *   approaches=prompt-engineering,hybrid            columns shown (left out: all)
 *   sort=name | sort=name:desc                      alphabetical
 *   sort=rating:<approach>[:asc]                    by one approach's rating, best first
 *   sort=gap:<a>:<b>[:asc]                          by rating of a minus rating of b, largest first
 *   weights=cost:high,expertise:none                weights that are not the default (medium)
 *
 * Decoding never trusts the URL: anything not understood is dropped, the rest of the view still
 * applies, and a notice per dropped parameter says so in plain words (never repeating the value,
 * which may be hostile markup).
 */
import { APPROACH_IDS, isApproachId } from '../site/approaches';
import {
  DEFAULT_WEIGHT,
  WEIGHTS,
  coreIds,
  defaultView,
  type Row,
  type Sort,
  type View,
  type Weight,
} from './model';

/** The query parameters the view uses, in the order they are written. */
export const PARAMS = ['criteria', 'approaches', 'sort', 'weights'] as const;
export type Param = (typeof PARAMS)[number];

/** Longer values are not a view anyone made by hand or with the controls. */
const MAX_LENGTH = 1000;

const isWeight = (value: string): value is Weight => (WEIGHTS as readonly string[]).includes(value);

export interface Decoded {
  view: View;
  /** One plain sentence per parameter that was (partly) ignored. */
  notices: string[];
}

/** The query string for a view, without the leading "?"; empty for the default view. */
export function encodeView(view: View, rows: readonly Row[]): string {
  const params = new URLSearchParams();
  const all = rows.map((r) => r.id);
  const shown = all.filter((id) => view.criteria.includes(id));
  const core = coreIds(rows);
  if (shown.length !== all.length) {
    params.set('criteria', sameSet(shown, core) ? 'core' : shown.join(','));
  }
  const approaches = APPROACH_IDS.filter((id) => view.approaches.includes(id));
  if (approaches.length !== APPROACH_IDS.length) params.set('approaches', approaches.join(','));
  const sort = encodeSort(view.sort);
  if (sort) params.set('sort', sort);
  const weights = all
    .filter((id) => (view.weights[id] ?? DEFAULT_WEIGHT) !== DEFAULT_WEIGHT)
    .map((id) => `${id}:${view.weights[id]}`);
  if (weights.length > 0) params.set('weights', weights.join(','));
  // Commas and colons are safe in a query and keep shared links readable.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

function encodeSort(sort: Sort): string {
  switch (sort.by) {
    case 'order':
      return '';
    case 'name':
      return sort.reversed ? 'name:desc' : 'name';
    case 'rating':
      return `rating:${sort.approach}${sort.reversed ? ':asc' : ''}`;
    case 'gap':
      return `gap:${sort.a}:${sort.b}${sort.reversed ? ':asc' : ''}`;
  }
}

/** Reads a view from a query string (with or without "?"), ignoring what it cannot use. */
export function decodeView(query: string, rows: readonly Row[]): Decoded {
  const params = new URLSearchParams(query);
  const view = defaultView(rows);
  const notices: string[] = [];
  const known = new Set(view.criteria);
  const read = (name: Param): string | undefined => {
    const values = params.getAll(name);
    if (values.length === 0) return undefined;
    if (values.length > 1)
      notices.push(`The link gives “${name}” more than once; only the first is used.`);
    return values[0];
  };

  const criteria = read('criteria');
  if (criteria !== undefined) {
    const ids = criteria === 'core' ? coreIds(rows) : list(criteria);
    const valid = ids.filter((id) => known.has(id));
    if (criteria.length > MAX_LENGTH || valid.length === 0) {
      notices.push('The criteria in the link were not recognised, so all criteria are shown.');
    } else {
      if (valid.length < ids.length)
        notices.push(ignoredSome(ids.length - valid.length, 'criterion', 'criteria'));
      view.criteria = unique(valid);
    }
  }

  const approaches = read('approaches');
  if (approaches !== undefined) {
    const ids = list(approaches);
    const valid = ids.filter(isApproachId);
    if (approaches.length > MAX_LENGTH || valid.length === 0) {
      notices.push('The approaches in the link were not recognised, so all of them are shown.');
    } else {
      if (valid.length < ids.length)
        notices.push(ignoredSome(ids.length - valid.length, 'approach', 'approaches'));
      view.approaches = APPROACH_IDS.filter((id) => valid.includes(id));
    }
  }

  const sort = read('sort');
  if (sort !== undefined) {
    const parsed = sort.length > MAX_LENGTH ? undefined : decodeSort(sort);
    if (parsed) view.sort = parsed;
    else
      notices.push('The sort order in the link was not recognised, so the default order is used.');
  }

  const weights = read('weights');
  if (weights !== undefined) {
    const entries = weights.length > MAX_LENGTH ? [] : list(weights);
    const chosen: Record<string, Weight> = {};
    let bad = weights.length > MAX_LENGTH ? 1 : 0;
    for (const entry of entries) {
      const [id = '', weight = '', ...rest] = entry.split(':');
      if (known.has(id) && isWeight(weight) && rest.length === 0 && !(id in chosen))
        chosen[id] = weight;
      else bad += 1;
    }
    if (bad > 0) notices.push(ignoredSome(bad, 'weight', 'weights'));
    view.weights = chosen;
  }

  return { view, notices };
}

function decodeSort(value: string): Sort | undefined {
  const [kind, ...args] = value.split(':');
  // Only the non-natural direction is ever written; anything else is not a sort we made.
  const direction = (token: string | undefined, flipped: string): boolean | undefined =>
    token === undefined ? false : token === flipped ? true : undefined;
  if (kind === 'name' && args.length <= 1) {
    const reversed = direction(args[0], 'desc');
    return reversed === undefined ? undefined : { by: 'name', reversed };
  }
  if (kind === 'rating' && args.length >= 1 && args.length <= 2) {
    const [approach, dir] = args;
    const reversed = direction(dir, 'asc');
    if (!isApproachId(approach) || reversed === undefined) return undefined;
    return { by: 'rating', approach, reversed };
  }
  if (kind === 'gap' && args.length >= 2 && args.length <= 3) {
    const [a, b, dir] = args;
    const reversed = direction(dir, 'asc');
    if (!isApproachId(a) || !isApproachId(b) || a === b || reversed === undefined) return undefined;
    return { by: 'gap', a, b, reversed };
  }
  return undefined;
}

const list = (value: string): string[] => value.split(',').filter((part) => part !== '');

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function ignoredSome(count: number, one: string, many: string): string {
  return count === 1
    ? `One ${one} in the link was not recognised and was ignored.`
    : `${count} ${many} in the link were not recognised and were ignored.`;
}
