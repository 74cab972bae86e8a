/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Four projects:
//   unit    – pure logic in src/lib, schemas, components rendered with Astro's container API
//   content – real builds of a scratch copy (tests/support/scratch.ts): malformed content fails
//             naming the file and field, the site built for a later day passes every unit and
//             site test, the dev server shows edits (slow, so it stays out of the unit project)
//   site    – checks over the built dist/ (run `npm run build` first; `npm test` does)
//   browser – real Chromium against dist/ served by `astro preview`
// getViteConfig gives the unit project Astro's Vite setup, so .astro files can be imported.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          // One build at a time: the copies share node_modules, and with it Astro's cache.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/require-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/require-build.ts', 'tests/support/preview-server.ts'],
          // One browser per file; files run one at a time so timings stay stable on 2 cores.
          fileParallelism: false,
          // Only tests marked concurrent (the every-page sweep) use this: two pages at a time.
          maxConcurrency: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
