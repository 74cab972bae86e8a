/**
 * Says in the build output when a production build runs without SITE_URL: canonical URLs,
 * Open Graph images, the sitemap, the feed and exported Markdown would then point at the
 * placeholder origin in src/site-url.ts instead of the real site.
 */
import type { AstroIntegration } from 'astro';
import { SITE_URL } from '../site-url';

export default function siteOrigin(): AstroIntegration {
  return {
    name: 'site-origin',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env['SITE_URL']) {
          logger.warn(
            `SITE_URL is not set: absolute links (canonical, Open Graph, sitemap, feed, exported Markdown) use ${SITE_URL}. Build with SITE_URL=https://your.domain for a real deployment.`,
          );
        }
      },
    },
  };
}
