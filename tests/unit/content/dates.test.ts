/**
 * Every date an editor writes in content is a real calendar date, and none that records
 * something done (a check, a review, a change, a revision) lies after the day the site is built
 * for: a check dated tomorrow is a typing mistake that would otherwise read as fresh for months.
 * Announced dates (an offer's shutdown, a fact's value) may lie ahead and are not checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { SITE_TODAY } from '../../../src/data/today';

const CONTENT = join(process.cwd(), 'content');
const TODAY = SITE_TODAY.toISOString().slice(0, 10);

const yaml = (file: string): unknown => parse(readFileSync(join(CONTENT, file), 'utf8'));
const files = (dir: string, ext: string) =>
  readdirSync(join(CONTENT, dir))
    .filter((name) => name.endsWith(ext))
    .map((name) => join(dir, name));
/** The YAML front matter of an MDX file. */
const frontMatter = (file: string): unknown =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, file), 'utf8'))?.[1] ?? '');

type Fields = { [key: string]: unknown };
const list = (value: unknown): Fields[] => (Array.isArray(value) ? (value as Fields[]) : []);

/** Every past-tense date in content: where it is, and what was written. */
const recorded: [where: string, written: unknown][] = [
  ...files('guide', '.mdx').map((f): [string, unknown] => [
    `${f} › reviewed`,
    (frontMatter(f) as Fields)['reviewed'],
  ]),
  ...files('offers', '.yaml').map((f): [string, unknown] => [
    `${f} › checked`,
    (yaml(f) as Fields)['checked'],
  ]),
  ...(['sources.yaml', 'facts.yaml'] as const).flatMap((f) =>
    list(yaml(f)).flatMap((entry) =>
      (['checked', 'asOf'] as const)
        .filter((field) => field in entry)
        .map((field): [string, unknown] => [
          `${f} › ${String(entry['id'])}.${field}`,
          entry[field],
        ]),
    ),
  ),
  ...list(yaml('changes.yaml')).map((entry): [string, unknown] => [
    `changes.yaml › ${String(entry['id'])}.date`,
    entry['date'],
  ]),
  ...list((yaml('checklist/_rules.yaml') as Fields)['revisions']).map(
    (revision, i): [string, unknown] => [
      `checklist/_rules.yaml › revisions[${i}].date`,
      revision['date'],
    ],
  ),
];

/** `2026-11-30` when `written` is that calendar date, else undefined. */
function isoDay(written: unknown): string | undefined {
  const text = written instanceof Date ? written.toISOString().slice(0, 10) : String(written);
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? text : undefined;
}

describe('dates in content', () => {
  test('content records checks, reviews and changes (the rule below has something to check)', () => {
    expect(recorded.length).toBeGreaterThan(0);
  });

  test.each(recorded)('%s is a real date, not after the build’s day', (_where, written) => {
    const day = isoDay(written);
    expect(day, `${String(written)} is not a YYYY-MM-DD date`).toBeDefined();
    expect(day! <= TODAY, `${day} is after ${TODAY}`).toBe(true);
  });
});
