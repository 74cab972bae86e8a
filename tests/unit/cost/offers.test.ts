/**
 * From a state to the model's inputs, on the offers fixture: an offer's figures, the project's,
 * and what the reader typed; every figure nobody gave is unknown (never 0), each says where it
 * came from, and an offer a new customer cannot buy says so in its option.
 */
import { describe, expect, test } from 'vitest';
import {
  gpuDefaults,
  missingOwnPrices,
  resolveInputs,
  type CalculatorOffer,
} from '../../../src/lib/cost/offers';
import { projectState } from '../../../src/lib/cost/url';
import type { OfferKey } from '../../../src/lib/cost/inputs';
import { PROJECTS, calculatorOffers, day } from '../../fixtures/cost';

const offers = calculatorOffers(day('2026-12-06'));
const offer = (id: string) => offers.find((o) => o.id === id) as CalculatorOffer;
const [support, handbook] = PROJECTS as [(typeof PROJECTS)[0], (typeof PROJECTS)[0]];
const gpu = gpuDefaults(offers);
const typed = (values: Partial<Record<OfferKey, number>>, offerId: string | undefined) => {
  const s = projectState(support);
  return {
    ...s,
    offer: offerId,
    values: { ...s.values, ...values },
    custom: new Set(Object.keys(values) as OfferKey[]),
  };
};

describe('an offer’s figures in the calculator', () => {
  test('an offer closed to new customers says so in its option; an open one does not', () => {
    expect(offer('closing')).toMatchObject({
      open: false,
      option: 'Existing customers only: Vendor A · Tuned A',
    });
    expect(offer('hourly')).toMatchObject({ open: true, option: 'Vendor C · Tuned C' });
  });

  test('figures nobody could read are listed as unknown, not priced at 0', () => {
    expect(offer('rule-priced').unknown).toEqual(expect.arrayContaining(['trainPrice', 'hosting']));
    expect(offer('rule-priced').prices.trainPrice).toBeUndefined();
    expect(offer('rule-priced').prices.tunedInPrice).toBe(0.4);
  });

  test('an hourly fee becomes a month of 730 hours; no hosting entry is no fee', () => {
    expect(offer('hourly').prices.hosting).toBe(2920);
    expect(offer('closing').prices.hosting).toBe(0);
  });

  test('a self-hosted offer runs on GPUs and lends its figures to offers that sell tokens', () => {
    expect(offer('gpu').host).toBe('gpu');
    expect(gpu).toEqual({
      name: 'Self-hosted · Open model on rented GPUs',
      gpuPrice: 3.6,
      throughput: 2000,
      trainThroughput: 5000,
    });
  });
});

describe('resolving a state into the model’s inputs', () => {
  test('the offer’s prices, the project’s figures, and unknown where neither gives one', () => {
    const r = resolveInputs(projectState(support), offer('closing'), support, gpu);
    expect(r.inputs).toMatchObject({
      volume: 50_000,
      inPrice: 0.4,
      tunedInPrice: 0.8,
      trainPrice: 5,
    });
    expect(r.inputs.gpuPrice).toBe(3.6);
    expect(r.unknown).toEqual(['embedPrice', 'store']);
    expect(r.from.volume).toBe('From the worked example “A support assistant”.');
    expect(r.from.inPrice).toBe(
      'From Vendor A · Tuned A: the @pydantic/genai-prices dataset, checked 6 December 2026.',
    );
    expect(r.from.store).toBe('Unknown — enter yours.');
    expect(r.choices).toEqual({ paths: support.paths, host: 'api', move: 'tune' });
  });

  test('a project that states its search index gives it as an assumption', () => {
    const r = resolveInputs(projectState(handbook), offer('rule-priced'), handbook, gpu);
    expect(r.inputs.store).toBe(40);
    expect(r.from.store).toBe('From the worked example “Answers from a handbook”, an assumption.');
    expect(r.unknown).toEqual(expect.arrayContaining(['trainPrice', 'hosting']));
  });

  test('a typed figure replaces the offer’s, and an unknown one once typed is known', () => {
    const r = resolveInputs(
      typed({ trainPrice: 2, inPrice: 1 }, 'rule-priced'),
      offer('rule-priced'),
      support,
      gpu,
    );
    expect(r.inputs.trainPrice).toBe(2);
    expect(r.inputs.inPrice).toBe(1);
    expect(r.unknown).not.toContain('trainPrice');
    expect(r.from.trainPrice).toBe('Yours.');
  });

  test('my own prices: the cached price follows the input price, every other price not given is unknown', () => {
    const r = resolveInputs(
      typed({ inPrice: 3, tunedOutPrice: 9 }, undefined),
      undefined,
      support,
      gpu,
    );
    expect(r.inputs.cachedPrice).toBe(3);
    expect(missingOwnPrices(r)).toEqual([
      'outPrice',
      'tunedInPrice',
      'trainPrice',
      'hosting',
      'embedPrice',
    ]);
    for (const key of missingOwnPrices(r)) expect(r.inputs[key]).toBe(0);
  });

  test('a self-hosted offer sets host=gpu unless the reader chose otherwise', () => {
    expect(resolveInputs(typed({}, 'gpu'), offer('gpu'), support, gpu).choices.host).toBe('gpu');
    const api = { ...typed({}, 'gpu'), host: 'api' as const };
    expect(resolveInputs(api, offer('gpu'), support, gpu).choices.host).toBe('api');
  });
});
