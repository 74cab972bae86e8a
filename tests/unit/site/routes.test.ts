import { describe, expect, test } from 'vitest';
import {
  PATHS,
  absolute,
  changePath,
  compareRowPath,
  criterionPath,
  glossaryPath,
  guidePath,
  guideLink,
  guideRefPath,
  sourcePath,
} from '../../../src/lib/site/routes';

describe('every internal URL, built in one place', () => {
  test('pages end in a slash and sections are anchors on them', () => {
    expect(guidePath('data')).toBe('/guide/data/');
    expect(guidePath('data', 'how-much')).toBe('/guide/data/#how-much');
    expect(guideRefPath('data#how-much')).toBe('/guide/data/#how-much');
    expect(guideRefPath('overview')).toBe('/guide/overview/');
    expect(criterionPath('cost')).toBe('/criteria/cost/');
    expect(compareRowPath('cost')).toBe('/compare/#criterion-cost');
    expect(sourcePath('anddata')).toBe('/sources/#anddata');
    expect(glossaryPath('lora')).toBe('/glossary/#lora');
  });

  test('every fixed page path is absolute and ends in a slash; the feed is an XML file', () => {
    const { changesFeed, ...pages } = PATHS;
    for (const path of Object.values(pages)) expect(path).toMatch(/^\/(?:[a-z-]+\/)*$/);
    expect(changesFeed).toBe('/changes.xml');
    expect(changePath('openai-tuning-wind-down')).toBe('/changes/#openai-tuning-wind-down');
  });

  test('absolute URLs use the given origin', () => {
    expect(absolute(criterionPath('cost'), 'https://example.org')).toBe(
      'https://example.org/criteria/cost/',
    );
  });
});

describe('links to guide sections', () => {
  const titles = new Map([
    ['data', 'Data'],
    ['data#how-much', 'Data › How much'],
  ]);
  const titleOf = (ref: string) => titles.get(ref);

  test('a section link reads as its section, a page link as its page, an unknown page as its slug', () => {
    expect(guideLink('data#how-much', titleOf)).toEqual({
      href: '/guide/data/#how-much',
      label: 'Data › How much',
    });
    expect(guideLink('data#other', titleOf)).toEqual({ href: '/guide/data/#other', label: 'Data' });
    expect(guideLink('beyond', titleOf)).toEqual({ href: '/guide/beyond/', label: 'beyond' });
  });
});
