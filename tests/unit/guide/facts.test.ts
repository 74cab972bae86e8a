import { describe, expect, test } from 'vitest';
import {
  asOfText,
  factDatetime,
  factPlaceholders,
  factText,
  fillFacts,
} from '../../../src/lib/guide/facts';
import { facts, fixture } from '../../fixtures/content';

const jobs = fixture(facts, 'last-jobs');

describe('a dated fact reads with the day it was checked', () => {
  test('dates, numbers with units and text read as people write them', () => {
    expect(factText(jobs)).toBe('6 January 2027');
    expect(factDatetime(jobs)).toBe('2027-01-06');
    expect(factText(fixture(facts, 'context'))).toBe('1,024 tokens');
    expect(factText(fixture(facts, 'minimum'))).toBe('$4');
    expect(factDatetime(fixture(facts, 'context'))).toBeUndefined();
    expect(asOfText(jobs)).toBe('as of 30 November 2026');
  });

  test('a sentence in content can name facts, which are filled in with their dates', () => {
    const text = 'New jobs end on {fact:last-jobs}; {fact:unknown} stays as written.';
    expect(factPlaceholders(text)).toEqual(['last-jobs', 'unknown']);
    expect(fillFacts(text, facts)).toBe(
      'New jobs end on 6 January 2027 (as of 30 November 2026); {fact:unknown} stays as written.',
    );
  });
});
