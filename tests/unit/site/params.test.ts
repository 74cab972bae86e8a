import { describe, expect, test } from 'vitest';
import { isQuietParam } from '../../../src/lib/site/params';

describe('parameters a page ignores quietly', () => {
  test.each(['highlight', 'utm_source', 'UTM_Campaign', 'ref', 'fbclid', 'gclid'])(
    '%s is ignored without a notice',
    (key) => expect(isQuietParam(key)).toBe(true),
  );
  test.each(['budget', 'provider', 'q', 'offer', 'referrer', 'utm'])(
    '%s is not quiet: a page that does not know it says so',
    (key) => expect(isQuietParam(key)).toBe(false),
  );
});
