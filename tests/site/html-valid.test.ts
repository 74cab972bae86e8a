import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { DIST, htmlPages } from '../support/dist';
import { join } from 'node:path';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

describe('every page is valid HTML (html-validate, recommended rules)', () => {
  const pages = htmlPages();
  test('the build has pages', () => expect(pages.length).toBeGreaterThan(5));

  test.each(pages)('%s', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    expect(report.valid, stylish(report.results)).toBe(true);
  });
});
