/**
 * Serves dist/ with Astro's own preview server for the browser tests, and finds the Chromium
 * they drive. Both are handed to the tests through Vitest's provide/inject.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium.mjs';
import { startPreview } from '../../scripts/preview.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const port = process.env.PREVIEW_PORT ? Number(process.env.PREVIEW_PORT) : undefined;
  const preview = await startPreview({ ...(port ? { port } : {}) });
  const baseUrl = preview.url;

  const { executablePath, origin } = await findChromium();
  console.log(`browser tests: ${executablePath} (${origin}) against ${baseUrl}`);
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', executablePath);

  return preview.stop;
}
