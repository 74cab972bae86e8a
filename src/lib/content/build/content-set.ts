/**
 * What the integrity checks read and report: every collection as a list of entries (the minimal
 * view of them each check needs, derived from the schemas), the ids that exist, and a problem
 * naming the file and the field. With the helpers the checks share.
 */
import type {
  BlockData,
  FactorData,
  OptionData,
  ReadinessNoteData,
} from '../../../schemas/checklist';
import type { CriterionData, VerdictData } from '../../../schemas/criterion';
import type { ChangeData } from '../../../schemas/change';
import type { FactData } from '../../../schemas/fact';
import type { TermData } from '../../../schemas/glossary';
import type { GuideData } from '../../../schemas/guide';
import { parseGuideRef } from '../../site/routes';

/** The minimal view of a content entry the checks need (Astro's entries fit it). */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: T;
}

/** The list of sources an entry (or part of one) cites. */
type Cites = Pick<VerdictData, 'sources'>;

/** The fields of each kind of entry the checks read, derived from the content schemas. */
export type GuideFields = Pick<GuideData, 'order' | 'sources'>;
export type CriterionFields = Pick<CriterionData, 'order' | 'glossary' | 'guide'> & {
  approaches: Record<string, Cites>;
  disagreement?: Cites | undefined;
};
/** Question key → answer values, as in a block's `when` and `except` or an alert's `answers`. */
export type AnswerSet = Readonly<Record<string, readonly string[]>>;
export type FactorFields = Pick<FactorData, 'order' | 'criteria'> & {
  guide?: FactorData['guide'] | undefined;
  basis?: Cites | undefined;
  options: (Pick<OptionData, 'value' | 'sources'> & {
    reason?: string | undefined;
    blocks?:
      | (Pick<BlockData, 'sources'> & {
          when: AnswerSet;
          except?: AnswerSet | undefined;
          unless?: string | undefined;
        })[]
      | undefined;
    caps?: { sources: string[] }[] | undefined;
    alerts?:
      | { sources: string[]; guide: string; answers?: AnswerSet | undefined; text?: string }[]
      | undefined;
    cost?: { offer?: string | undefined } | undefined;
  })[];
};
export interface RulesFields {
  ties: Cites;
  readiness: (Pick<ReadinessNoteData, 'id' | 'sources'> & { text?: string | undefined })[];
  revisions?: { changed: string[]; added: string[]; sources: string[] }[] | undefined;
  guide: Readonly<Record<string, readonly string[]>>;
  plans?:
    { steps: { sources: string[]; guide?: string | undefined; text?: string }[] }[] | undefined;
  later?: { sources: string[]; text?: string }[] | undefined;
}
export type TermFields = Pick<TermData, 'sources' | 'related'>;
export type FactFields = Pick<FactData, 'sources'>;
export type ChangeFields = Pick<ChangeData, 'sources' | 'guide' | 'what' | 'meaning'>;

export interface ContentSet {
  guide: Entry<GuideFields>[];
  criteria: Entry<CriterionFields>[];
  checklist: Entry<FactorFields>[];
  /** The checklist's rules file (`content/checklist/_rules.yaml`), when present. */
  checklistRules?: Entry<RulesFields>[];
  sources: Entry<unknown>[];
  glossary: Entry<TermFields>[];
  /** Dated facts (`content/facts.yaml`), when present. */
  facts?: Entry<FactFields>[];
  /** The "what changed" log (`content/changes.yaml`), when present. */
  changes?: Entry<ChangeFields>[];
  /** Where tuning is offered (`content/offers/*.yaml`), when present. */
  offers?: Entry<{ sources: string[]; model?: string | undefined }>[];
  /** Base models and their retirement (`content/models/*.yaml`), when present. */
  models?: Entry<unknown>[];
  /** The cost calculator's worked examples, when present. */
  costExamples?: Entry<{ offer: string }>[];
  approaches: Entry<unknown>[];
}

export interface Problem {
  /** The content file, relative to the project root. */
  file: string;
  /** Where in the file: a field path such as `approaches.fine-tuning.sources`, or `line 12`. */
  field: string;
  message: string;
}

/** What a reference can name, and how a problem calls it. */
const KINDS = {
  sources: 'source',
  glossary: 'glossary term',
  criteria: 'criterion',
  guide: 'guide page',
  facts: 'fact',
} as const;
export type Kind = keyof typeof KINDS;

/** The ids that exist, by kind. */
export type Known = Record<Kind, ReadonlySet<string>>;

export function knownIds(content: ContentSet): Known {
  const ids = (entries: readonly { id: string }[] = []) => new Set(entries.map((e) => e.id));
  return {
    sources: ids(content.sources),
    glossary: ids(content.glossary),
    criteria: ids(content.criteria),
    guide: ids(content.guide),
    facts: ids(content.facts),
  };
}

/** A check over all content; it returns what it found wrong, each problem with file and field. */
export type Check = (content: ContentSet, known: Known) => Problem[];

/** The entry's file, or where an entry of its kind lives when the loader gave none. */
export function fileOf(entry: Entry<unknown>, fallback: string): string {
  return entry.filePath ?? fallback;
}

/** A problem for every id in `ids` that names no existing entry of `kind`. */
export function unknownIds(
  known: Known,
  kind: Kind,
  at: { file: string; field: string },
  ids: readonly string[],
): Problem[] {
  return ids
    .filter((id) => !known[kind].has(id))
    .map((id) => ({ ...at, message: `unknown ${KINDS[kind]} "${id}"` }));
}

/** The guide pages that guide references (`slug` or `slug#anchor`) point to. */
export function guidePages(refs: readonly string[]): string[] {
  return refs.map((ref) => parseGuideRef(ref).slug);
}

/** A problem for every entry whose `order` an earlier entry already took. */
export function sameOrder(entries: readonly { file: string; order: number }[]): Problem[] {
  const taken = new Map<number, string>();
  return entries.flatMap(({ file, order }) => {
    const clash = taken.get(order);
    taken.set(order, file);
    return clash
      ? [{ file, field: 'order', message: `order ${order} is also used by ${clash}` }]
      : [];
  });
}
