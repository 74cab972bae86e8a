/** /comparison.csv: one row per criterion and approach, from the same data as /comparison.json. */
import type { APIRoute } from 'astro';
import { siteComparison } from '../data/comparison';
import { toCsv } from '../lib/compare/data';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(await siteComparison(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
