/**
 * The approaches the site compares. The ids are a public contract: they appear in URLs, in the
 * `data-approach` attributes of the comparison table and in the data downloads. Their labels
 * and summaries live in `content/approaches.yaml`. New ids go at the end, so that the columns
 * and downloads of older links keep their order.
 */
export const APPROACH_IDS = ['prompt-engineering', 'fine-tuning', 'hybrid', 'retrieval'] as const;

export type ApproachId = (typeof APPROACH_IDS)[number];

/** An object with one entry per approach, in `APPROACH_IDS` order: `byApproach((id) => …)`. */
export function byApproach<T>(make: (id: ApproachId) => T): Record<ApproachId, T> {
  return Object.fromEntries(APPROACH_IDS.map((id) => [id, make(id)])) as Record<ApproachId, T>;
}

export function isApproachId(value: unknown): value is ApproachId {
  return typeof value === 'string' && (APPROACH_IDS as readonly string[]).includes(value);
}
