/**
 * The live offers and models (content/offers/, content/models/) follow the rules, whatever their
 * figures and dates: every file parses, dates are valid, in order and not checked in the future,
 * and the set covers what issue 18 asks a reader to be able to act on. Fixed values live in
 * tests/fixtures/offers, so editing content can only break a rule, never a pinned number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { modelSchema, type ModelData } from '../../../src/schemas/model';
import { offerSchema, type OfferData } from '../../../src/schemas/offer';
import { offerStatus, openToNewCustomers } from '../../../src/lib/offers/status';
import { SITE_TODAY } from '../../../src/data/today';

function load<T>(dir: string, schema: { parse: (data: unknown) => T }) {
  const path = join(process.cwd(), 'content', dir);
  return readdirSync(path)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: schema.parse(parse(readFileSync(join(path, file), 'utf8'))),
    }));
}

const offers: { id: string; data: OfferData }[] = load('offers', offerSchema);
const models: { id: string; data: ModelData }[] = load('models', modelSchema);
const modelOf = (offer: OfferData) => models.find((m) => m.id === offer.model)?.data;
/** The build's day (SITE_TODAY), only to say a check cannot be in its future. */
const now = SITE_TODAY.getTime();

/** An offer's status on the day it was checked: what the content says, whatever today is. */
function statusWhenChecked(offer: OfferData) {
  const model = modelOf(offer);
  const retires = model?.retires instanceof Date ? model.retires : undefined;
  return offerStatus(
    {
      closedToNew: offer.dates.closedToNew?.date,
      lastNewJobs: offer.dates.lastNewJobs?.date,
      shutdown: model?.tunedUntil?.date ?? retires,
    },
    offer.checked,
  );
}

describe('offers and models content', () => {
  test('file names are ids: lower-case words and hyphens', () => {
    for (const { id } of [...offers, ...models]) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('every offer names a model that exists, and every model is used', () => {
    for (const { id, data } of offers) expect(modelOf(data), id).toBeDefined();
    for (const { id } of models)
      expect(
        offers.some((o) => o.data.model === id),
        id,
      ).toBe(true);
  });

  test('every check is dated on a real day that has already come', () => {
    for (const { id, data } of [...offers, ...models]) {
      expect(Number.isNaN(data.checked.getTime()), id).toBe(false);
      expect(data.checked.getTime(), id).toBeLessThanOrEqual(now);
    }
  });

  test('announced dates run in order: closed to new, last new jobs, shutdown', () => {
    for (const { id, data } of offers) {
      const model = modelOf(data);
      const shutdown =
        model?.tunedUntil?.date ?? (model?.retires instanceof Date ? model.retires : undefined);
      const ordered = [data.dates.closedToNew?.date, data.dates.lastNewJobs?.date, shutdown]
        .filter((d): d is Date => d !== undefined)
        .map((d) => d.getTime());
      expect(ordered, id).toEqual([...ordered].sort((a, b) => a - b));
    }
  });

  test('every quote is the source’s words in at most 300 characters, with where they are', () => {
    const quotes: { id: string; quote: string; locator: string | undefined }[] = [];
    const walk = (id: string, value: unknown) => {
      if (!value || typeof value !== 'object' || value instanceof Date) return;
      const v = value as Record<string, unknown>;
      if (typeof v['quote'] === 'string')
        quotes.push({ id, quote: v['quote'], locator: v['locator'] as string | undefined });
      Object.values(v).forEach((child) => walk(id, child));
    };
    for (const { id, data } of [...offers, ...models]) walk(id, data);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.quote.length, q.id).toBeLessThanOrEqual(300);
      expect(q.locator?.length ?? 0, q.id).toBeGreaterThan(5);
    }
  });
});

describe('offers a reader can act on (issue 18)', () => {
  const open = offers.filter((o) => openToNewCustomers(statusWhenChecked(o.data)));
  const by = (provider: RegExp) => offers.filter((o) => provider.test(o.data.provider));

  test('a Google Cloud Gemini offer that was open to new customers when checked', () => {
    expect(
      open.some((o) => o.data.provider === 'Google Cloud' && /gemini/i.test(o.data.model)),
    ).toBe(true);
  });

  test('Amazon Bedrock, Fireworks and Together each have an offer', () => {
    for (const provider of [/bedrock/i, /fireworks/i, /together/i])
      expect(by(provider).length, String(provider)).toBeGreaterThan(0);
  });

  test('Microsoft Foundry’s offer carries its dates', () => {
    for (const { id, data } of by(/foundry/i)) {
      expect(data.dates.closedToNew, id).toBeDefined();
      expect(data.dates.lastNewJobs, id).toBeDefined();
      expect(modelOf(data)?.tunedUntil, id).toBeDefined();
    }
  });

  test('OpenAI’s closing offers each give the day new jobs end and a model that retires', () => {
    const openai = by(/^OpenAI$/);
    expect(openai.length).toBeGreaterThanOrEqual(3);
    for (const { id, data } of openai) {
      expect(data.dates.lastNewJobs, id).toBeDefined();
      expect(modelOf(data)?.retires, id).toBeInstanceOf(Date);
    }
  });

  test('self-hosting on at least two GPU classes, each with its price and speeds', () => {
    const gpus = offers.flatMap((o) => (o.data.gpu ? [o.data.gpu] : []));
    expect(new Set(gpus.map((g) => g.name)).size).toBeGreaterThanOrEqual(2);
    for (const g of gpus) {
      expect(g.perHour).toBeGreaterThan(0);
      expect(g.throughput.tokensPerSecond).toBeGreaterThan(0);
      expect(g.trainThroughput.tokensPerSecond).toBeGreaterThan(0);
    }
  });
});
