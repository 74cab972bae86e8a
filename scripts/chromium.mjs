// Finds a Chromium for the browser tests, the screenshots and the benchmark, in this order:
// $CHROMIUM_PATH, a system Chromium or Chrome, then the one inside @sparticuz/chromium (a
// Linux x64 build shipped in the npm package, so a fresh machine needs no browser download).
import { existsSync } from 'node:fs';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

// Flags for a headless browser on a closed network: no background connections, no sandbox
// (CI runs as root), a fresh profile per launch.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** @returns {Promise<{ executablePath: string, origin: string }>} */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, origin: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, origin: 'system' };
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: await chromium.executablePath(), origin: '@sparticuz/chromium' };
}
