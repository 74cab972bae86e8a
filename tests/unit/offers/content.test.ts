/**
 * The offers dataset (issue 13): every `content/offers/*.yaml` parses with the documented schema
 * and follows its rules, and the dataset covers what the issue asks for: OpenAI's wind-down with
 * its dates, a Google Cloud offer, an offer with an hourly hosting fee, a LoRA service and
 * self-hosting on a rented GPU with a throughput assumption. Rules, never values: an editor who
 * re-checks an offer or records a new date breaks no test (fixed values are in
 * tests/fixtures/content).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { offerSchema, type OfferData } from '../../../src/schemas/offer';

const DIR = join(process.cwd(), 'content/offers');

const files = readdirSync(DIR).filter((file) => file.endsWith('.yaml'));

const raw = files.map((file) => ({
  id: file.replace(/\.yaml$/, ''),
  data: parse(readFileSync(join(DIR, file), 'utf8')) as unknown,
}));

const offers: { id: string; data: OfferData }[] = raw.map(({ id, data }) => ({
  id,
  data: offerSchema.parse(data),
}));

const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('offers content', () => {
  test('every offer file parses with the schema', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { id, data } of raw) {
      const result = offerSchema.safeParse(data);
      expect(result.success, `${id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  test('file names are ids: lower-case words and hyphens', () => {
    for (const { id } of offers) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('every offer was checked, cites sources and says how its base model is priced', () => {
    for (const { id, data } of offers) {
      expect(day(data.checked), id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.sources.length, id).toBeGreaterThan(0);
      expect(Boolean(data.baseModel.genaiPrices || data.baseInference), id).toBe(true);
    }
  });

  test('announced dates run in order: closed to new users, last new jobs, shutdown', () => {
    for (const { id, data } of offers) {
      const { closedToNew, lastNewJobs, shutdown } = data.dates;
      if (closedToNew && lastNewJobs) expect(+closedToNew, id).toBeLessThanOrEqual(+lastNewJobs);
      if (lastNewJobs && shutdown) expect(+lastNewJobs, id).toBeLessThanOrEqual(+shutdown);
      if (closedToNew && shutdown) expect(+closedToNew, id).toBeLessThanOrEqual(+shutdown);
    }
  });

  test("OpenAI's wind-down is recorded: its offers are not available and give the day new jobs end and the shutdown", () => {
    const openai = offers.filter((o) => o.data.provider === 'OpenAI');
    expect(openai.length).toBeGreaterThanOrEqual(1);
    for (const { id, data } of openai) {
      expect(data.status, id).not.toBe('available');
      expect(data.dates.lastNewJobs, id).toBeInstanceOf(Date);
      expect(data.dates.shutdown, id).toBeInstanceOf(Date);
    }
  });

  test('there is a Google Cloud Gemini tuning offer', () => {
    const google = offers.filter((o) => o.data.provider === 'Google Cloud');
    expect(google.length).toBeGreaterThanOrEqual(1);
    expect(google.some((o) => /gemini/i.test(o.data.baseModel.name))).toBe(true);
  });

  test('there is an AWS Bedrock or Microsoft Foundry offer with an hourly hosting fee', () => {
    const hosted = offers.filter(
      (o) => /bedrock|foundry/i.test(o.data.provider) && (o.data.hosting?.perHour ?? 0) > 0,
    );
    expect(hosted.length).toBeGreaterThanOrEqual(1);
  });

  test('there is an open-weight LoRA service priced per training token', () => {
    const lora = offers.filter(
      (o) =>
        o.data.methods.includes('lora') &&
        !/self-hosted/i.test(o.data.provider) &&
        o.data.training.perMillionTokens !== undefined,
    );
    expect(lora.length).toBeGreaterThanOrEqual(1);
  });

  test('self-hosting on a rented GPU states its GPU-hour price and throughput assumption', () => {
    const selfHosted = offers.filter((o) => /self-hosted/i.test(o.data.provider));
    expect(selfHosted.length).toBeGreaterThanOrEqual(1);
    for (const { id, data } of selfHosted) {
      expect(data.training.perHour, id).toBeGreaterThan(0);
      expect(data.training.hoursPerRun, id).toBeGreaterThan(0);
      expect(data.throughput?.tokensPerSecond, id).toBeGreaterThan(0);
      // Tokens are priced at what the GPU costs per token when busy: hour price ÷ tokens an hour.
      const perMillion =
        ((data.training.perHour ?? 0) / ((data.throughput?.tokensPerSecond ?? 1) * 3600)) * 1e6;
      expect(data.baseInference?.output, id).toBeCloseTo(perMillion, 2);
      expect(data.tunedInference?.output, id).toBeCloseTo(perMillion, 2);
      expect(data.throughput?.note.length, id).toBeGreaterThan(10);
    }
  });
});
