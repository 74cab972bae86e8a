// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefindSearch from './src/integrations/pagefind.ts';

// The production origin. A placeholder until the site has a domain: canonical URLs, Open Graph
// images, robots.txt and the sitemap are built from it. Set SITE_URL to build for another host.
const site = process.env.SITE_URL ?? 'https://prompt-or-tune.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // The 404 page is not a page to be found by search engines.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefindSearch(),
  ],
  vite: { plugins: [tailwindcss()] },
});
