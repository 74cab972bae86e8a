/** /changes.xml: the changes log as an RSS 2.0 feed, built with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { factMap, siteContent } from '../data/content';
import { changeText } from '../lib/guide/changes';
import { SITE_NAME } from '../lib/site/site';
import { PATHS, absolute, changePath } from '../lib/site/routes';

export const GET: APIRoute = async ({ site }) => {
  const { changes } = await siteContent();
  const facts = await factMap();
  // `site` is always set in astro.config.mjs; the fallback only keeps the type honest.
  const origin = site ?? 'http://localhost/';
  return rss({
    title: `${SITE_NAME}: what changed`,
    description:
      'Dated changes in where and how AI models can be tuned, and in the advice of a guide to choosing between prompting, retrieval and fine-tuning.',
    site: origin,
    // The feed's own address (RSS Best Practices: atom:link rel="self"), so a reader that was
    // handed a copy, or followed a redirect, knows where to poll. The URL is the site's own.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${absolute(PATHS.changesFeed, origin)}" rel="self" type="application/rss+xml" />`,
    // Links already end as the site's URLs do; the option would add a slash after the #anchor.
    trailingSlash: false,
    items: changes.map((change) => {
      const text = changeText(change, facts);
      return {
        title: change.data.title,
        link: changePath(change.id),
        pubDate: change.data.date,
        description: `${text.what} What it means: ${text.meaning}`,
        categories: [change.data.kind === 'field' ? 'In the field' : 'In this guide'],
      };
    }),
  });
};
