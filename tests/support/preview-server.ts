/**
 * Serves dist/ with Astro's own preview server for the browser tests, and finds the Chromium
 * they drive. Both are handed to the tests through Vitest's provide/inject.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium.mjs';
import { freePort } from './free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer on ${url} within 30 s:\n${output()}`);
}

export default async function setup(project: TestProject) {
  const PORT = process.env.PREVIEW_PORT ? Number(process.env.PREVIEW_PORT) : await freePort();
  const baseUrl = `http://127.0.0.1:${PORT}`;
  let log = '';
  // --ignore-lock: run beside a preview server the developer may already have open (npm start).
  const astro = 'node_modules/astro/bin/astro.mjs';
  const args = [astro, 'preview', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  await waitFor(`${baseUrl}/`, child, () => log);

  const { executablePath, origin } = await findChromium();
  console.log(`browser tests: ${executablePath} (${origin}) against ${baseUrl}`);
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', executablePath);

  return () => {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
}
