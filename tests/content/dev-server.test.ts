/**
 * The dev server shows a content edit on the next request, without a restart, whichever page
 * reads it: an offer (its prices and status are computed from the content) as much as a guide
 * page or the glossary. Runs `astro dev` on a scratch copy and edits its content/.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreview } from '../../scripts/preview.mjs';
import { createScratch, type Scratch } from '../support/scratch';

let scratch: Scratch | undefined;
let server: { url: string; stop: () => void } | undefined;

beforeAll(async () => {
  scratch = createScratch();
  scratch.resetContent();
  server = await startPreview({
    command: 'dev',
    cwd: scratch.dir,
    readyPath: '/offers.json',
    timeoutMs: 120_000,
  });
}, 180_000);

afterAll(() => {
  server?.stop();
  scratch?.remove();
});

/** Rewrites the `label:` line of a content file, returning the new label. */
function relabel(path: string, label: string): string {
  const file = join(scratch?.dir ?? '', 'content', path);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(/^label: .*$/m, `label: ${label}`);
  if (after === before) throw new Error(`${path} has no label line`);
  writeFileSync(file, after);
  return label;
}

const page = async (path: string) => (await fetch(`${server?.url ?? ''}${path}`)).text();

describe('the dev server reads content consistently', { timeout: 120_000 }, () => {
  test('an edited offer shows on /offers/ and in /offers.json without a restart', async () => {
    const [first = ''] = readdirSync(join(scratch?.dir ?? '', 'content/offers'));
    const id = first.replace(/\.yaml$/, '');
    await page('/offers/'); // computed once before the edit
    const label = relabel(`offers/${first}`, 'Relabelled while the dev server runs');
    const poll = { timeout: 60_000, interval: 500 };
    await expect.poll(() => page('/offers/'), poll).toContain(label);
    const offers = async () =>
      (JSON.parse(await page('/offers.json')) as { offers: { id: string; label: string }[] })
        .offers;
    await expect
      .poll(async () => (await offers()).find((o) => o.id === id)?.label, poll)
      .toBe(label);
  });
});
