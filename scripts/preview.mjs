// Serving the built site on loopback, shared by the browser tests, the site tests that crawl
// dist/ and the benchmarks: a free port, and Astro's own preview server started on it (or its
// dev server, for the test that edits content under it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * A TCP port free right now on loopback, so parallel runs never collide.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * @typedef {object} Preview
 * @property {string} url  the origin, such as http://127.0.0.1:43567
 * @property {() => void} stop  stops the server (and anything it started)
 */

/**
 * Starts `astro preview` on dist/ (or `astro dev`, with `command: 'dev'`) in `cwd` and resolves
 * once `readyPath` answers. `--ignore-lock` lets it run beside a server the developer may
 * already have open.
 * @param {{ port?: number, readyPath?: string, timeoutMs?: number, command?: 'preview' | 'dev', cwd?: string }} [options]
 * @returns {Promise<Preview>}
 */
export async function startPreview({
  port,
  readyPath = '/',
  timeoutMs = 30_000,
  command = 'preview',
  cwd = process.cwd(),
} = {}) {
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  const args = [command, '--port', String(chosen), '--host', '127.0.0.1', '--ignore-lock'];
  // Started from a test, the server must not believe it runs inside Vitest: `astro dev` then
  // serves no page at all.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
  );
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (d) => (log += String(d)));
  child.stderr.on('data', (d) => (log += String(d)));
  const stop = () => {
    try {
      // Negative pid: the whole process group, so nothing the server started outlives it.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro ${command} exited early:\n${log}`);
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro ${command} did not answer ${url}${readyPath} in time:\n${log}`);
}
