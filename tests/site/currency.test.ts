/**
 * A reader deciding today reads what is true today, with the date it was checked: every fact a
 * page shows exists in content/facts.yaml and reads as its value there, with "as of"; the pages
 * that must state OpenAI's wind-down dates do, with their source; every dated source shows its
 * check; the changes log and its feed list every entry. Values are read from content, never
 * repeated here, so re-checking a fact breaks no test.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlPages, parseHtml, readDist } from '../support/dist';
import { factSchema } from '../../src/schemas/fact';
import { SITE_URL } from '../../src/site-url';
import { asOfText, factText } from '../../src/lib/guide/facts';

const page = (path: string) => parseHtml(readDist(`${path.replace(/^\//, '')}index.html`));
const yaml = (file: string) =>
  parseYaml(readFileSync(`content/${file}`, 'utf8')) as { id: string; [key: string]: unknown }[];

const facts = new Map(yaml('facts.yaml').map(({ id, ...data }) => [id, factSchema.parse(data)]));
/** A fact as a page shows it: "6 January 2027 (as of 30 November 2026)". */
const shown = (id: string) => {
  const fact = facts.get(id);
  if (!fact) throw new Error(`content/facts.yaml has no fact "${id}"`);
  return `${factText(fact)} (${asOfText(fact)})`;
};

/** The wind-down dates a reader planning to tune on OpenAI must meet, by fact id. */
const OPENAI_DATES = ['openai-tuning-last-jobs', 'openai-gpt4-family-shutdown'];

describe('facts read as content/facts.yaml states them', () => {
  test('every fact a page shows exists, with its value and the day it was checked', () => {
    const onPages = htmlPages().flatMap((file) =>
      parseHtml(readDist(file))
        .querySelectorAll('[data-fact]')
        .map((el) => ({ file, id: el.getAttribute('data-fact') ?? '', text: el.text })),
    );
    expect(onPages.length).toBeGreaterThan(0);
    for (const { file, id, text } of onPages) {
      expect(facts.has(id), `${file}: unknown fact "${id}"`).toBe(true);
      expect(text.replace(/\s+/g, ' '), `${file}: ${id}`).toContain(shown(id));
    }
  });
});

describe("OpenAI's wind-down dates are stated where a reader plans to tune", () => {
  test.each(['/guide/fine-tuning/', '/guide/when-to-choose/'])(
    '%s states the last day for new jobs and the shutdown of tuned GPT-4o and GPT-4.1 models, dated and cited',
    (path) => {
      const doc = page(path);
      for (const id of OPENAI_DATES) {
        expect(
          doc.querySelector(`main .prose [data-fact="${id}"]`),
          `${id} on ${path}`,
        ).not.toBeNull();
      }
      expect(
        doc.querySelector('#ref-openai-deprecations'),
        'cites the deprecations page',
      ).not.toBeNull();
    },
  );

  test("the checklist's advice before tuning carries both dates with the day they were checked", () => {
    const payload = readDist('checklist/model.json');
    for (const id of OPENAI_DATES) expect(payload).toContain(shown(id));
  });

  test('no page shows an unfilled {fact:…} placeholder', () => {
    const pages = htmlPages().filter((file) => readDist(file).includes('{fact:'));
    expect(pages).toEqual([]);
    expect(readDist('checklist/model.json')).not.toContain('{fact:');
  });
});

describe('sources and facts say when they were checked', () => {
  const sources = yaml('sources.yaml');
  const entries = page('/sources/');

  test.each(sources.filter((s) => s['kind'] === 'vendor').map((s) => s.id))(
    'vendor source %s shows its status and the day it was checked on /sources/',
    (id) => {
      const check = entries.querySelector(`li[id="${id}"] [data-source-check]`);
      expect(check?.querySelector('.status-badge')?.text).toMatch(
        /^(current|changed|moved|deprecated|withdrawn)$/,
      );
      expect(check?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  test('a citation to a deprecated or withdrawn source says so where it is cited', () => {
    const flagged = sources.filter((s) =>
      ['deprecated', 'withdrawn'].includes(String(s['status'])),
    );
    const shown = htmlPages().flatMap((file) =>
      parseHtml(readDist(file))
        .querySelectorAll('sup.cite a')
        .filter((a) => flagged.some((s) => a.getAttribute('href') === `#ref-${s.id}`))
        .map((a) => a.nextElementSibling?.text ?? ''),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toMatch(/\((deprecated|withdrawn)\)/);
  });
});

describe('the changes log and its feed', () => {
  const changes = yaml('changes.yaml');

  test('/changes/ lists every entry, newest first, with what it means and its sources', () => {
    const items = page('/changes/').querySelectorAll('li[data-change]');
    expect(items.map((li) => li.id).sort()).toEqual(changes.map((c) => c.id).sort());
    const dates = items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const li of items) {
      expect(li.text).toContain('What it means');
      expect(li.querySelectorAll('a[href^="/sources/#"]').length).toBeGreaterThan(0);
    }
  });

  test('/changes.xml names its own address, so a feed reader knows where to poll', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readDist('changes.xml')) as {
      rss: { '@_xmlns:atom'?: string; channel: { 'atom:link'?: Record<string, string> } };
    };
    expect(feed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.rss.channel['atom:link']).toEqual({
      '@_href': new URL('/changes.xml', SITE_URL).href,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  test('/changes.xml is well-formed RSS listing every entry, linked from every page', () => {
    const xml = readDist('changes.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml) as {
      rss: { channel: { title: string; item: { title: string; link: string; pubDate: string }[] } };
    };
    const items = feed.rss.channel.item;
    expect(items).toHaveLength(changes.length);
    for (const item of items) {
      expect(item.link).toMatch(/^https:\/\/.+\/changes\/#[a-z0-9-]+$/);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
    for (const file of htmlPages()) {
      const link = parseHtml(readDist(file)).querySelector(
        'link[rel="alternate"][type="application/rss+xml"]',
      );
      expect(link?.getAttribute('href'), file).toBe('/changes.xml');
    }
  });

  test('guide pages an entry affects link to it', () => {
    for (const change of changes) {
      for (const ref of (change['guide'] as string[] | undefined) ?? []) {
        const slug = ref.split('#')[0];
        const links = page(`/guide/${slug}/`).querySelectorAll('#page-changes ~ ul a');
        expect(
          links.map((a) => a.getAttribute('href')),
          `${slug} → ${change.id}`,
        ).toContain(`/changes/#${change.id}`);
      }
    }
  });
});
