/**
 * The comparison as downloadable data: /comparison.json and /comparison.csv are both built from
 * `comparisonData`, so the two files, the table and the criterion pages cannot disagree.
 *
 * The shape is a public contract (documented on /compare/ and in README.md). Change it only by
 * adding fields, or by raising `format` when something must be removed or renamed.
 */
import type { ApproachData } from '../../schemas/approach';
import type { CriterionData, VerdictData } from '../../schemas/criterion';
import type { SourceData } from '../../schemas/source';
import { byApproach, type ApproachId } from '../site/approaches';
import { formatList } from '../site/format';
import { PATHS, absolute, criterionPath } from '../site/routes';

export const DATA_FORMAT = 1;

/** One approach's verdict on a criterion, as published: the schema's fields. */
export type VerdictOut = Pick<VerdictData, 'verdict' | 'rating' | 'explanation' | 'sources'>;

export interface CriterionOut {
  id: string;
  label: string;
  question: string;
  summary: string;
  core: boolean;
  /** What a 5 and a 1 mean on this criterion. */
  scale: { best: string; worst: string };
  /** Absolute URL of the criterion page. */
  url: string;
  verdicts: Record<ApproachId, VerdictOut>;
  disagreement: { summary: string; sources: string[] } | null;
}

export interface ComparisonData {
  format: number;
  /** Where the data comes from, for people who find the file on its own. */
  about: string;
  ratingScale: { min: 1; max: 5; best: 5 };
  approaches: { id: ApproachId; label: string }[];
  criteria: CriterionOut[];
  sources: { id: string; title: string; publisher: string; url: string | null }[];
}

/** The fields of content entries this module reads (Astro's entries fit it). */
export interface DataInput {
  site: URL;
  approaches: { id: ApproachId; data: Pick<ApproachData, 'label'> }[];
  criteria: {
    id: string;
    data: Pick<
      CriterionData,
      'label' | 'question' | 'summary' | 'core' | 'scale' | 'approaches' | 'disagreement'
    >;
  }[];
  sources: { id: string; data: Pick<SourceData, 'title' | 'publisher' | 'url'> }[];
}

export function comparisonData(input: DataInput): ComparisonData {
  const criteria = input.criteria.map(({ id, data }): CriterionOut => ({
    id,
    label: data.label,
    question: data.question,
    summary: data.summary,
    core: data.core,
    scale: { best: data.scale.best, worst: data.scale.worst },
    url: absolute(criterionPath(id), input.site),
    verdicts: byApproach((a) => {
      const v = data.approaches[a];
      return {
        verdict: v.verdict,
        rating: v.rating,
        explanation: v.explanation,
        sources: [...v.sources],
      };
    }),
    disagreement: data.disagreement
      ? { summary: data.disagreement.summary, sources: [...data.disagreement.sources] }
      : null,
  }));
  const cited = new Set(
    criteria.flatMap((c) => [
      ...Object.values(c.verdicts).flatMap((v) => v.sources),
      ...(c.disagreement?.sources ?? []),
    ]),
  );
  return {
    format: DATA_FORMAT,
    about: `${formatList(input.approaches.map((a) => a.data.label))} compared criterion by criterion. Ratings run from 1 to 5, 5 being best for the reader. ${absolute(PATHS.compare, input.site)}`,
    ratingScale: { min: 1, max: 5, best: 5 },
    approaches: input.approaches.map((a) => ({ id: a.id, label: a.data.label })),
    criteria,
    sources: input.sources
      .filter((s) => cited.has(s.id))
      .map((s) => ({
        id: s.id,
        title: s.data.title,
        publisher: s.data.publisher,
        url: s.data.url ?? null,
      })),
  };
}

/** Columns of /comparison.csv: one row per criterion and approach. */
export const CSV_COLUMNS = [
  'criterion',
  'label',
  'question',
  'core',
  'approach',
  'verdict',
  'rating',
  'explanation',
  'sources',
] as const;

/** The data as CSV (RFC 4180: comma-separated, CRLF line ends, quotes doubled inside quotes). */
export function toCsv(data: ComparisonData): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of data.criteria) {
    for (const a of data.approaches) {
      const v = c.verdicts[a.id];
      const row = [
        c.id,
        c.label,
        c.question,
        String(c.core),
        a.id,
        v.verdict,
        String(v.rating),
        v.explanation,
        v.sources.join(' '),
      ];
      lines.push(row.map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * One CSV cell (RFC 4180 quoting), guarded against spreadsheet formula injection as OWASP
 * advises: a cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe and is quoted, so it opens as text.
 */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) || guarded !== value
    ? `"${guarded.replace(/"/g, '""')}"`
    : guarded;
}
