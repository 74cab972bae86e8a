/**
 * Checks, in the browser, that the fetched checklist data has the shape the engine and the
 * result read, field by field, so that a stale or damaged `model.json` (a half-deployed site, a
 * proxy's error page served as JSON) makes the island fall back to the table for scoring by
 * hand, with a notice, instead of failing half-way or drawing "undefined". The build validates
 * the same data with the content schemas; this check is the browser's, so it carries no zod.
 */
import { APPROACH_IDS } from '../site/approaches';
import type { ChecklistPayload } from './model';

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const list =
  (each: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(each);
const strings = list(isString);
/** An object whose listed fields pass their checks (other fields are ignored). */
const shape =
  (fields: Record<string, Check>): Check =>
  (v) =>
    isObject(v) && Object.entries(fields).every(([key, check]) => check(v[key]));
/** An object with a value for every approach. */
const perApproach =
  (each: Check): Check =>
  (v) =>
    isObject(v) && APPROACH_IDS.every((id) => each(v[id]));
/** An object whose every value passes. */
const record =
  (each: Check): Check =>
  (v) =>
    isObject(v) && Object.values(v).every(each);

const cited = { sources: strings };
const link = shape({ href: isString, label: isString });
const answerSet = record(strings);

const option = shape({
  value: isString,
  label: isString,
  effects: perApproach(isNumber),
  blocks: list(
    shape({ approaches: strings, when: answerSet, except: answerSet, unless: isString, ...cited }),
  ),
  caps: list(shape({ approaches: strings, confidence: isString, reason: isString, ...cited })),
  needs: strings,
  next: strings,
  alerts: list(
    shape({
      title: isString,
      text: isString,
      approaches: strings,
      answers: answerSet,
      guide: isString,
      ...cited,
    }),
  ),
  cost: isObject,
  reason: isString,
  ...cited,
});

const rules = shape({
  ties: shape({ order: strings, reason: isString, ...cited }),
  confidence: shape({ high: isNumber, medium: isNumber }),
  layers: perApproach(strings),
  plans: list(
    shape({
      layers: strings,
      headline: strings,
      cost: strings,
      steps: list(shape({ text: isString, ...cited })),
    }),
  ),
  later: list(shape({ layer: isString, text: isString, ...cited })),
  readiness: list(
    shape({ id: isString, title: isString, text: isString, approaches: strings, ...cited }),
  ),
  revisions: list(
    shape({ date: isString, changed: strings, added: strings, note: isString, ...cited }),
  ),
});

const payload = shape({
  model: shape({
    factors: list(
      shape({ key: isString, label: isString, retired: strings, options: list(option) }),
    ),
    rules,
  }),
  approaches: perApproach(isString),
  sources: list(shape({ id: isString, title: isString })),
  guide: perApproach(list(link)),
  related: record(list(link)),
  pages: record(link),
  site: isString,
});

/** True when `value` is checklist data the island can use. */
export function isPayload(value: unknown): value is ChecklistPayload {
  return payload(value);
}
