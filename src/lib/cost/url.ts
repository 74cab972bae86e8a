/**
 * The calculator's state in a URL query, so a reader's figures can be bookmarked and shared. One
 * parameter per input, written in this order (the first 21 are the calculator's originals; new
 * ones are only ever appended, so no shared link changes meaning):
 *
 *   volume input output overhead cached offer inPrice cachedPrice outPrice tunedInPrice
 *   tunedOutPrice trainPrice examples exampleTokens epochs retrains hosting promptHours tuneHours
 *   rate months paths retrieved corpus embedPrice refresh store ragHours host gpuPrice throughput
 *   trainThroughput hoursOn batch batchDiscount move project
 *
 * `project` names a worked example, whose figures, offer, paths and move are the defaults; only
 * what differs from them is written, so a plain /cost/ is the first example. `offer` is an offer
 * id (empty for "my own prices"); an offer's figures are written only when the reader typed
 * them, and replace the offer's. A link with typed prices and no `offer` uses the reader's own
 * prices, and every price it does not give is unknown (never 0). `paths` is a comma list of
 * prompting, retrieval, fine-tuning, tuned-retrieval; `host` is api or gpu (left out: the
 * offer's); `move` is tune or prompt.
 *
 * Decoding never trusts the URL. A value that is not a plain decimal number, is negative, or is
 * repeated is ignored (the first of a repeat is used); one outside INPUT_LIMITS is clamped, and
 * `months` is rounded to whole months; an unknown offer, project, path, host or move, or a
 * setting the calculator does not know, is ignored. Each gives a plain notice naming the field,
 * its allowed range and the value used, never repeating the link's value, which may be hostile
 * markup. Parameters other sites add (isQuietParam) are ignored without a notice.
 */
import {
  HOSTS,
  INPUT_LABELS,
  INPUT_LIMITS,
  MOVES,
  OFFER_KEYS,
  PATH_IDS,
  type CostInputs,
  type Host,
  type Move,
  type OfferKey,
  type PathId,
} from './inputs';
import { formatInput } from './format';
import { isQuietParam } from '../site/params';

/** What a link can set: every number input but the minimum charge, which only an offer has. */
export type CostValues = Omit<CostInputs, 'minimumPerJob'>;
/** The name of one figure a link can set. */
export type ValueKey = keyof CostValues;

/**
 * The query parameters, in the order they are written. Spelled out rather than derived from
 * INPUT_KEYS: this order is part of every shared link, so it must not move when inputs do.
 */
export const COST_PARAMS = [
  'volume',
  'input',
  'output',
  'overhead',
  'cached',
  'offer',
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
  'examples',
  'exampleTokens',
  'epochs',
  'retrains',
  'hosting',
  'promptHours',
  'tuneHours',
  'rate',
  'months',
  'paths',
  'retrieved',
  'corpus',
  'embedPrice',
  'refresh',
  'store',
  'ragHours',
  'host',
  'gpuPrice',
  'throughput',
  'trainThroughput',
  'hoursOn',
  'batch',
  'batchDiscount',
  'move',
  'project',
] as const satisfies readonly (ValueKey | 'offer' | 'paths' | 'host' | 'move' | 'project')[];
/** The name of one query parameter. */
export type CostParam = (typeof COST_PARAMS)[number];

/** A worked example as a starting point: its figures (but the offer's), offer, paths and move. */
export interface Project {
  id: string;
  /** Its name in the project list. */
  title: string;
  offer: string;
  /** Every figure the example sets; `store` only when it states one (else unknown). */
  values: Omit<CostValues, OfferKey> & { store?: number | undefined };
  paths: PathId[];
  move: Move;
}

/** Everything a reader can change on the page; a shared link carries all of it. */
export interface CostState {
  /** The worked example the defaults come from. */
  project: string;
  /** The chosen offer's id; undefined when the reader works from their own prices alone. */
  offer: string | undefined;
  /** The figures in the form. An offer figure counts only where `custom` marks it. */
  values: CostValues;
  /** The offer figures the reader typed, which replace the offer's. */
  custom: ReadonlySet<OfferKey>;
  paths: PathId[];
  /** Where the paths run; undefined to follow the offer (a self-hosted offer runs on GPUs). */
  host: Host | undefined;
  move: Move;
}

/** A state read from a link, with what was ignored, clamped or rounded on the way. */
export interface DecodedCost extends CostState {
  /** One plain sentence per parameter that was ignored, clamped or rounded. */
  notices: string[];
}

/** Longer values are not numbers or ids anyone typed; they are dropped before being parsed. */
const MAX_LENGTH = 100;

// A plain decimal, optionally with an exponent (how String() writes very small numbers). The
// branches start with different characters, so matching takes linear time on any input.
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const isOfferKey = (key: string): key is OfferKey =>
  (OFFER_KEYS as readonly string[]).includes(key);
/** The offer figures that make a link "my own prices" when typed without an offer. */
const PRICE_WORDS: readonly OfferKey[] = [
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
];

/** How a notice names a field: its label and its parameter, both ours, never the URL's. */
const field = (key: ValueKey): string => `“${INPUT_LABELS[key]}” (${key})`;
/** "0 to 120", with the field's own unit. */
const range = (key: ValueKey): string =>
  `${formatInput(key, INPUT_LIMITS[key].min)} to ${formatInput(key, INPUT_LIMITS[key].max)}`;

/**
 * A project's figures as the state holds them: its values, with every offer figure it does not
 * set at its least allowed value (a placeholder: those come from the offer, see offers.ts).
 */
export function projectValues(project: Project): CostValues {
  const least = Object.fromEntries(OFFER_KEYS.map((k) => [k, INPUT_LIMITS[k].min])) as Record<
    OfferKey,
    number
  >;
  return { ...least, ...project.values, store: project.values.store ?? 0 };
}

/** The state a project starts from. */
export function projectState(project: Project): CostState {
  return {
    project: project.id,
    offer: project.offer,
    values: projectValues(project),
    custom: new Set(),
    paths: [...project.paths],
    host: undefined,
    move: project.move,
  };
}

/** A comma list of paths, known ones only, in page order; what was dropped is reported. */
function readPaths(raw: string): { paths: PathId[]; dropped: boolean } {
  const names = raw.split(',').map((s) => s.trim());
  const paths = PATH_IDS.filter((p) => names.includes(p));
  return { paths, dropped: names.some((n) => !(PATH_IDS as readonly string[]).includes(n)) };
}

/** Reads the calculator's state from a query string (with or without "?"). */
export function decodeCost(
  query: string,
  options: { offers: readonly string[]; projects: readonly Project[] },
): DecodedCost {
  const params = new URLSearchParams(query);
  const notices: string[] = [];
  const read = (name: CostParam, label: string): string | undefined => {
    const all = params.getAll(name);
    if (all.length > 1)
      notices.push(`${label} appears more than once in the link; only the first is used.`);
    return all[0];
  };

  const [first] = options.projects;
  if (!first) throw new Error('the calculator needs at least one project');
  const wanted = read('project', 'The project (project)');
  const project = options.projects.find((p) => p.id === wanted) ?? first;
  if (wanted !== undefined && project.id !== wanted)
    notices.push(
      `The project (project) in the link is not one the calculator knows, so “${first.title}” is used.`,
    );
  const state = projectState(project);
  const values = { ...state.values };
  const custom = new Set<OfferKey>();

  for (const key of COST_PARAMS) {
    if (key === 'offer' || key === 'paths' || key === 'host' || key === 'move' || key === 'project')
      continue;
    const raw = read(key, field(key));
    if (raw === undefined) continue;
    const value = readNumber(key, raw, values[key], notices);
    if (value === undefined) continue;
    values[key] = value;
    if (isOfferKey(key)) custom.add(key);
  }

  const given = read('offer', 'The offer (offer)');
  const typedPrice = [...custom].some((k) => PRICE_WORDS.includes(k));
  let offer: string | undefined;
  if (given === '') offer = undefined;
  else if (given !== undefined && given.length <= MAX_LENGTH && options.offers.includes(given))
    offer = given;
  else {
    if (given !== undefined)
      notices.push(
        typedPrice
          ? 'The offer (offer) in the link is not one the calculator knows, so only the prices the link gives are used.'
          : 'The offer (offer) in the link is not one the calculator knows, so the project’s offer is used.',
      );
    // Typed prices without an offer stand alone; otherwise the project's offer applies.
    offer = typedPrice ? undefined : project.offer;
  }

  let paths = state.paths;
  const rawPaths = read('paths', 'The paths compared (paths)');
  if (rawPaths !== undefined) {
    const got = readPaths(rawPaths.slice(0, MAX_LENGTH));
    if (got.paths.length > 0) paths = got.paths;
    if (got.dropped || got.paths.length === 0)
      notices.push(
        got.paths.length === 0
          ? 'The paths compared (paths) name no path the calculator knows (prompting, retrieval, fine-tuning, tuned-retrieval), so the project’s paths are used.'
          : 'The paths compared (paths) name a path the calculator does not know; it is left out.',
      );
  }
  const choice = <T extends string>(
    name: 'host' | 'move',
    allowed: readonly T[],
    label: string,
  ): T | undefined => {
    const raw = read(name, label);
    if (raw === undefined) return undefined;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    notices.push(`${label} in the link is not ${allowed.join(' or ')}, so it is ignored.`);
    return undefined;
  };
  const host = choice('host', HOSTS, 'Where the paths run (host)');
  const move = choice('move', MOVES, 'What the tuned paths do at a shutdown (move)') ?? state.move;

  const known = new Set<string>(COST_PARAMS);
  if ([...params.keys()].some((k) => !known.has(k) && !isQuietParam(k)))
    notices.push('The link has a setting the calculator does not know; it is ignored.');

  return { project: project.id, offer, values, custom, paths, host, move, notices };
}

/** One numeric parameter, checked against its limits; undefined (with a notice) when unusable. */
function readNumber(
  key: ValueKey,
  raw: string,
  fallback: number,
  notices: string[],
): number | undefined {
  const text = raw.trim();
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const allowed = `it may be ${range(key)}`;
  const kept = `so ${formatInput(key, fallback)} is used`;
  if (text.length > MAX_LENGTH || !NUMBER.test(digits)) {
    notices.push(`${field(key)} in the link is not a number (${allowed}), ${kept}.`);
    return undefined;
  }
  const number = Number(digits);
  if (negative && number !== 0) {
    notices.push(`${field(key)} in the link is negative (${allowed}), ${kept}.`);
    return undefined;
  }
  const { min, max, whole } = INPUT_LIMITS[key];
  const clamped = Math.min(max, Math.max(min, number));
  if (clamped !== number) {
    notices.push(
      `${field(key)} in the link is outside ${range(key)}, so ${formatInput(key, clamped)} is used.`,
    );
    return whole ? Math.round(clamped) : clamped;
  }
  if (whole && !Number.isInteger(number)) {
    const rounded = Math.round(number);
    notices.push(
      `${field(key)} in the link is not a whole number, so ${formatInput(key, rounded)} is used.`,
    );
    return rounded;
  }
  return number;
}

/**
 * The query string for a state, without the leading "?"; empty for the first project's default
 * view. Figures are written when they differ from the project's, offer figures when the reader
 * typed them. The offer is written when it is not the project's, or when typed prices would
 * otherwise read as "no offer"; "my own prices" with nothing typed is an empty `offer=`.
 */
export function encodeCost(state: CostState, projects: readonly Project[]): string {
  const params = new URLSearchParams();
  const project = projects.find((p) => p.id === state.project) ?? projects[0];
  if (!project) return '';
  const defaults = projectValues(project);
  const typedPrice = [...state.custom].some((k) => PRICE_WORDS.includes(k));
  for (const key of COST_PARAMS) {
    if (key === 'offer') {
      if (state.offer === undefined) {
        if (!typedPrice) params.set(key, '');
      } else if (state.offer !== project.offer || typedPrice) params.set(key, state.offer);
    } else if (key === 'paths') {
      const paths = PATH_IDS.filter((p) => state.paths.includes(p));
      if (paths.join() !== project.paths.join()) params.set(key, paths.join(','));
    } else if (key === 'host') {
      if (state.host !== undefined) params.set(key, state.host);
    } else if (key === 'move') {
      if (state.move !== project.move) params.set(key, state.move);
    } else if (key === 'project') {
      if (project !== projects[0]) params.set(key, project.id);
    } else if (isOfferKey(key)) {
      if (state.custom.has(key)) params.set(key, String(state.values[key]));
    } else if (state.values[key] !== defaults[key]) {
      params.set(key, String(state.values[key]));
    }
  }
  return params.toString();
}
