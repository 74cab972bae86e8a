/** Gzipped byte counts of the JavaScript pages load, for the budget tests. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, parseHtml, readDist } from './dist';

export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** A module and everything it imports statically, as dist-relative paths. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(join(DIST, file))) return seen;
  seen.add(file);
  const code = readDist(file);
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const m of code.matchAll(
    /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g,
  )) {
    const spec = m[1] ?? '';
    const resolved = spec.startsWith('/')
      ? spec.slice(1)
      : new URL(spec, `http://x/${dir}`).pathname.slice(1);
    withStaticImports(resolved, seen);
  }
  return seen;
}

/** Gzipped bytes of JavaScript a page runs on load: inline scripts plus module graphs. */
export function initialJsBytes(file: string): number {
  const doc = parseHtml(readDist(file));
  let bytes = 0;
  const modules = new Set<string>();
  for (const script of doc.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data, not code
    const src = script.getAttribute('src');
    if (src) withStaticImports(src.replace(/^\//, ''), modules);
    else bytes += gz(script.text);
  }
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
    withStaticImports((link.getAttribute('href') ?? '').replace(/^\//, ''), modules);
  }
  for (const module of modules) bytes += gz(readDist(module));
  return bytes;
}
