/** /offers.json: every offer with its figures and their evidence (shape documented on /offers/). */
import type { APIRoute } from 'astro';
import { GENAI_PRICES_VERSION, siteOffers } from '../data/offers';
import { SITE_TODAY } from '../data/today';

export const GET: APIRoute = async () =>
  new Response(
    `${JSON.stringify(
      {
        format: 2,
        genaiPrices: GENAI_PRICES_VERSION,
        // Statuses are worked out from the dates on the day the site is built.
        asOf: SITE_TODAY.toISOString().slice(0, 10),
        offers: await siteOffers(),
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
