/**
 * The production origin, used by astro.config.mjs (canonical URLs, Open Graph images,
 * robots.txt, sitemap) and by the site tests that check them. A placeholder until the site has
 * a domain; set SITE_URL to build for another host.
 */
export const SITE_URL = process.env['SITE_URL'] || 'https://prompt-or-tune.example.org';
