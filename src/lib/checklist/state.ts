/**
 * The checklist's answers as a URL query (`budget=low&examples=none`, a public contract: shared
 * links use it) and as the JSON kept in local storage. Both directions are pure and total:
 * decoding never throws, keeps only known keys with known values, and reports what it dropped
 * so the page can say so. Nothing decoded here is ever treated as markup or code: the only
 * values that survive are option values from the model.
 */
import type { Answers, DecisionModel } from './decision';
import { formatList } from '../site/format';
import { isQuietParam } from '../site/params';

/** Where the checklist island fetches its model and texts (built by src/pages/checklist/model.json.ts). */
export const CHECKLIST_MODEL_URL = '/checklist/model.json';

/** What decoding dropped. `factor` is set only when it names a known question. */
export type StateProblem =
  | { kind: 'unknown-key' }
  | { kind: 'invalid-value'; factor: string }
  | { kind: 'repeated-key'; factor: string }
  | { kind: 'retired-value'; factor: string }
  | { kind: 'corrupt-storage' };

export interface Decoded {
  answers: Answers;
  problems: StateProblem[];
}

/** Storage format version; bump it when the stored shape changes. */
const VERSION = 1;

function isValid(model: DecisionModel, key: string, value: string): boolean {
  return model.factors.some((f) => f.key === key && f.options.some((o) => o.value === value));
}

function isKnownKey(model: DecisionModel, key: string): boolean {
  return model.factors.some((f) => f.key === key);
}

/** A value older links carry that is no longer offered: it now reads as "Not sure". */
function isRetired(model: DecisionModel, key: string, value: string): boolean {
  return model.factors.some((f) => f.key === key && f.retired.includes(value));
}

/** Why a known question's value was not taken. */
function valueProblem(model: DecisionModel, key: string, value: unknown): StateProblem {
  return typeof value === 'string' && isRetired(model, key, value)
    ? { kind: 'retired-value', factor: key }
    : { kind: 'invalid-value', factor: key };
}

/**
 * Reads answers from a query string (with or without the leading `?`). A key that appears twice
 * keeps its first valid value. Keys that are not questions and values that are not options are
 * dropped and reported; parameters that other sites and the site's own search add (`highlight`,
 * `utm_*`, `ref`) are dropped quietly.
 */
export function decodeQuery(model: DecisionModel, query: string): Decoded {
  const answers: Record<string, string> = {};
  const problems: StateProblem[] = [];
  const seen = new Set<string>();
  for (const [key, value] of new URLSearchParams(query)) {
    if (isQuietParam(key)) continue;
    if (!isKnownKey(model, key)) {
      problems.push({ kind: 'unknown-key' });
    } else if (seen.has(key)) {
      problems.push({ kind: 'repeated-key', factor: key });
    } else if (!isValid(model, key, value)) {
      problems.push(valueProblem(model, key, value));
    } else {
      seen.add(key);
      answers[key] = value;
    }
  }
  return { answers, problems };
}

/** The query for a set of answers, in question order, without the `?`; unknown answers left out. */
export function encodeQuery(model: DecisionModel, answers: Answers): string {
  const params = new URLSearchParams();
  for (const factor of model.factors) {
    const value = Object.hasOwn(answers, factor.key) ? answers[factor.key] : undefined;
    if (value !== undefined && isValid(model, factor.key, value)) params.append(factor.key, value);
  }
  return params.toString();
}

/** What goes into local storage. */
export function encodeStored(model: DecisionModel, answers: Answers): string {
  return JSON.stringify({
    v: VERSION,
    answers: Object.fromEntries(new URLSearchParams(encodeQuery(model, answers))),
  });
}

/**
 * Reads stored answers. Nothing stored is not a problem; text that is not the expected JSON is
 * reported as corrupt; a well-formed record with unknown keys or values keeps the valid ones.
 */
export function decodeStored(model: DecisionModel, text: string | null): Decoded {
  if (text === null || text === '') return { answers: {}, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { answers: {}, problems: [{ kind: 'corrupt-storage' }] };
  }
  const record =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  const stored = record?.['answers'];
  if (
    record?.['v'] !== VERSION ||
    typeof stored !== 'object' ||
    stored === null ||
    Array.isArray(stored)
  ) {
    return { answers: {}, problems: [{ kind: 'corrupt-storage' }] };
  }
  const answers: Record<string, string> = {};
  const problems: StateProblem[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!isKnownKey(model, key)) problems.push({ kind: 'unknown-key' });
    else if (typeof value !== 'string' || !isValid(model, key, value))
      problems.push(valueProblem(model, key, value));
    else answers[key] = value;
  }
  return { answers, problems };
}

/**
 * The notice for dropped state, in plain words. It names questions by their own labels and
 * counts unknown keys, but never repeats what the link or storage contained.
 */
export function describeProblems(
  model: DecisionModel,
  problems: readonly StateProblem[],
  from: 'link' | 'storage',
): string {
  if (problems.length === 0) return '';
  if (problems.some((p) => p.kind === 'corrupt-storage')) {
    return 'Your saved answers could not be read, so they were discarded.';
  }
  const label = (key: string) => model.factors.find((f) => f.key === key)?.label ?? key;
  const labels = (kind: StateProblem['kind']) =>
    formatList([
      ...new Set(
        problems.flatMap((p) => (p.kind === kind && 'factor' in p ? [label(p.factor)] : [])),
      ),
    ]);
  const unknown = problems.filter((p) => p.kind === 'unknown-key').length;
  const parts = [
    unknown === 1 ? 'an unknown setting' : unknown > 1 ? `${unknown} unknown settings` : '',
    labels('invalid-value') && `an invalid answer for ${labels('invalid-value')}`,
    labels('repeated-key') && `a repeated answer for ${labels('repeated-key')}`,
  ].filter(Boolean);
  const where = from === 'link' ? 'the link' : 'your saved answers';
  const retired = labels('retired-value');
  return [
    parts.length > 0 ? `Ignored from ${where}: ${formatList(parts)}.` : '',
    retired
      ? `An answer in ${where} to ${retired} is no longer offered, so it reads as “Not sure”.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}
