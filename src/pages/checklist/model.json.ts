import type { APIRoute } from 'astro';
import { checklistPayload } from '../../data/checklist';

/**
 * Everything the checklist island needs to decide and explain (the model, labels, sources and
 * links) as one static, cacheable file. Kept out of the page's HTML so that /checklist/ and the
 * guide pages that embed the checklist stay small; the island fetches it when it starts.
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await checklistPayload(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
