/**
 * The three approaches the site compares. The ids are a public contract: they appear in URLs,
 * in the `data-approach` attributes of the comparison table and in the data downloads.
 * Their labels and summaries live in `content/approaches.yaml`.
 */
export const APPROACH_IDS = ['prompt-engineering', 'fine-tuning', 'hybrid'] as const;

export type ApproachId = (typeof APPROACH_IDS)[number];

export function isApproachId(value: unknown): value is ApproachId {
  return typeof value === 'string' && (APPROACH_IDS as readonly string[]).includes(value);
}
