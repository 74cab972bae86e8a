/**
 * The site's prose is its own: the source-overlap tool beside the source articles finds no run
 * of ten or more words in content/ or src/ that repeats an article. The tool and the articles
 * live outside the repository (../shared); where they are absent the test says so and skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const tool = resolve('../shared/tools/source-overlap.mjs');
const available = existsSync(tool) && existsSync(resolve('../shared/sources'));
if (!available)
  console.warn(`source-overlap check skipped: ${tool} or ../shared/sources not found`);

describe('own words', () => {
  test.skipIf(!available)(
    'no passage in content/ or src/ repeats a source article word for word',
    () => {
      let output: string;
      let status = 0;
      try {
        output = execFileSync(process.execPath, [tool, 'content', 'src'], { encoding: 'utf8' });
      } catch (error) {
        const e = error as { status: number; stdout: string };
        status = e.status;
        output = e.stdout;
      }
      expect(output, output).toMatch(/^no passage/);
      expect(status).toBe(0);
    },
  );
});
