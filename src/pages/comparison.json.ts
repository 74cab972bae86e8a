/** /comparison.json: the comparison data (shape documented in src/lib/compare/data.ts). */
import type { APIRoute } from 'astro';
import { siteComparison } from '../data/comparison';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await siteComparison(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
