import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serializeJson } from '../../../src/lib/site/json-script';

describe('JSON handed to islands inside a <script> element', () => {
  test('a value cannot close the script element or open markup', () => {
    const out = serializeJson({ q: '</script><script>alert(1)</script><!--' });
    expect(out).not.toMatch(/[<>]/);
    expect(JSON.parse(out)).toEqual({ q: '</script><script>alert(1)</script><!--' });
  });

  test('any JSON value survives the round trip unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = serializeJson(value);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
