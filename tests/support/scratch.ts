/**
 * A scratch copy of the project, for tests that build or serve it as `npm test` does not: with
 * broken content, for another day, or under the dev server while content is edited. The listed
 * files are copied (content/ afresh for each case) and node_modules is linked, so the copy runs
 * the same Astro, the same config and the same tests as the project itself.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = process.cwd();

/** What a build needs; tests that run the suites in the copy add `tests` and their config. */
export const BUILD_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Changes one file under content/: `(path, text => newText)`. */
export type ContentEdit = (file: (path: string, change: (text: string) => string) => void) => void;

export interface RunResult {
  failed: boolean;
  /** Standard output and error, together. */
  output: string;
}

export interface Scratch {
  dir: string;
  /** A fresh copy of content/, with `edit` applied; an edit that changes nothing throws. */
  resetContent(edit?: ContentEdit): void;
  /** Runs `node <script> …args` in the copy, with `env` added to this process's environment. */
  node(script: string, args: string[], env?: NodeJS.ProcessEnv): Promise<RunResult>;
  /** `astro build` in the copy. */
  build(env?: NodeJS.ProcessEnv): Promise<RunResult>;
  remove(): void;
}

export function createScratch(files: readonly string[] = BUILD_FILES): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'prompt-or-tune-'));
  for (const item of files) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');

  const scratch: Scratch = {
    dir,
    resetContent(edit) {
      rmSync(join(dir, 'content'), { recursive: true, force: true });
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      edit?.((path, change) => {
        const full = join(dir, 'content', path);
        const before = readFileSync(full, 'utf8');
        const after = change(before);
        if (after === before) throw new Error(`the edit to ${path} changed nothing`);
        writeFileSync(full, after);
      });
    },
    async node(script, args, env = {}) {
      try {
        const { stdout, stderr } = await run(process.execPath, [join(ROOT, script), ...args], {
          cwd: dir,
          env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
          maxBuffer: 20 * 1024 * 1024,
        });
        return { failed: false, output: `${stdout}${stderr}` };
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string };
        return { failed: true, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
      }
    },
    build(env = {}) {
      return scratch.node('node_modules/astro/bin/astro.mjs', ['build'], env);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return scratch;
}
