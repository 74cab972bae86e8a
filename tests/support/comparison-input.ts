/** The four approaches as the content collection gives them to `comparisonData`, for fixtures. */
export const APPROACH_ENTRIES = [
  { id: 'prompt-engineering', data: { label: 'Prompt engineering' } },
  { id: 'fine-tuning', data: { label: 'Fine-tuning' } },
  { id: 'hybrid', data: { label: 'Hybrid' } },
  { id: 'retrieval', data: { label: 'Retrieval (RAG)' } },
] as const;

export const SITE = new URL('https://example.org/');
