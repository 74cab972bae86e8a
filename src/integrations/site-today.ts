/**
 * Says in the build output when a build is set to another day with SITE_TODAY: offers, deadlines
 * and stale checks then read as they will on that day, which is right for a test or a preview
 * and wrong for a deployment.
 */
import type { AstroIntegration } from 'astro';
import { SITE_TODAY, TODAY_VARIABLE } from '../data/today';

export default function siteToday(): AstroIntegration {
  return {
    name: 'site-today',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env[TODAY_VARIABLE]) {
          logger.warn(
            `${TODAY_VARIABLE} is set: the site reads as it will on ${SITE_TODAY.toISOString().slice(0, 10)}. Deploy only a build without it.`,
          );
        }
      },
    },
  };
}
