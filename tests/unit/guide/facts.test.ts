import { describe, expect, test } from 'vitest';
import {
  asOfText,
  factDatetime,
  factPlaceholders,
  factText,
  fillFacts,
} from '../../../src/lib/guide/facts';

const checked = new Date('2026-11-30T00:00:00Z');
const jobs = { value: new Date('2027-01-06T00:00:00Z'), checked };

describe('a dated fact reads with the day it was checked', () => {
  test('dates, numbers with units and text read as people write them', () => {
    expect(factText(jobs)).toBe('6 January 2027');
    expect(factDatetime(jobs)).toBe('2027-01-06');
    expect(factText({ value: 1024, unit: 'tokens', checked })).toBe('1,024 tokens');
    expect(factText({ value: '$4', checked })).toBe('$4');
    expect(factDatetime({ value: 10, checked })).toBeUndefined();
    expect(asOfText(jobs)).toBe('as of 30 November 2026');
  });

  test('a sentence in content can name facts, which are filled in with their dates', () => {
    const facts = new Map([['openai-last-jobs', jobs]]);
    const text = 'New jobs end on {fact:openai-last-jobs}; {fact:unknown} stays as written.';
    expect(factPlaceholders(text)).toEqual(['openai-last-jobs', 'unknown']);
    expect(fillFacts(text, facts)).toBe(
      'New jobs end on 6 January 2027 (as of 30 November 2026); {fact:unknown} stays as written.',
    );
  });
});
