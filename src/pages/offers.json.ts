/** /offers.json: every offer with its prices resolved (shape documented on /offers/). */
import type { APIRoute } from 'astro';
import { GENAI_PRICES_VERSION, siteOffers } from '../data/offers';

export const GET: APIRoute = async () =>
  new Response(
    `${JSON.stringify({ format: 1, genaiPrices: GENAI_PRICES_VERSION, offers: await siteOffers() }, null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
