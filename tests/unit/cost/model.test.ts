/**
 * The cost model behind /cost/: hand-computed cases give the figures and sentences a reader
 * reads, for every path and formula of issue 20, and properties hold for every input the
 * calculator accepts. Inputs come from tests/fixtures/cost, never from content.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  INPUT_KEYS,
  INPUT_LIMITS,
  PATH_IDS,
  type CostInputs,
  type InputKey,
  type PathId,
} from '../../../src/lib/cost/inputs';
import { computeCost, paysBackInTime, type ModelOptions } from '../../../src/lib/cost/model';
import type { Deadline } from '../../../src/lib/cost/deadlines';
import { cumulativeCosts } from '../../../src/lib/cost/chart';
import { flips, whyNoFlips } from '../../../src/lib/cost/flips';
import { formatCount, formatMonths, formatUsd } from '../../../src/lib/cost/format';
import { toMarkdown } from '../../../src/lib/cost/markdown';
import { headline } from '../../../src/lib/cost/words';
import { arithmeticOf } from '../../../src/lib/cost/arithmetic';
import {
  breakevenText,
  cellText,
  extraShown,
  paybackText,
  trainingRunText,
} from '../../../src/lib/cost/table';
import { explain } from '../../../src/lib/cost/explain';
import { ALL_PATHS, SUPPORT as base, day, support as at } from '../../fixtures/cost';

const today = day('2026-01-01');

/** A result with the sentences beside its verdict, as the page shows them. */
function costOf(inputs: CostInputs, options: ModelOptions = {}) {
  const result = computeCost(inputs, options);
  return { ...result, ...explain(inputs, result, options.today) };
}

/** Equal to within a billionth, so hand-computed decimals compare with computed doubles. */
function near(actual: number | 'never', expected: number | 'never'): void {
  if (expected === 'never' || actual === 'never') {
    expect(actual).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

const NUMBERS = [
  'promptedRequest',
  'tunedRequest',
  'promptingMonth',
  'tuningMonth',
  'trainingRun',
  'promptingUpfront',
  'tuningUpfront',
  'paybackMonths',
  'breakevenVolume',
] as const;
type Expected = Partial<Record<(typeof NUMBERS)[number], number | 'never'>> &
  Partial<Pick<ReturnType<typeof costOf>, 'outcome' | 'verdict'>>;

describe('hand-computed cases give the figures a reader checks', () => {
  test.each<[string, Partial<CostInputs>, Expected]>([
    [
      'a support assistant at 50,000 requests a month pays back after 6 months',
      {},
      {
        promptedRequest: 0.0146,
        tunedRequest: 0.0066,
        trainingRun: 100,
        promptingMonth: 730,
        tuningMonth: 330,
        promptingUpfront: 1000,
        tuningUpfront: 3400,
        paybackMonths: 6,
        breakevenVolume: 12_500,
        outcome: 'pays-back',
        verdict:
          'At 50,000 requests a month fine-tuning pays back against prompting after 6 months.',
      },
    ],
    [
      'never: each tuned request costs $0.0006 more than a prompted one',
      // prompted = ((1,000 + 800) × 2 + 2,400) / 10⁶ = 0.006
      { overhead: 800 },
      {
        promptedRequest: 0.006,
        tunedRequest: 0.0066,
        promptingMonth: 300,
        tuningMonth: 330,
        paybackMonths: 'never',
        breakevenVolume: 'never',
        outcome: 'never',
        verdict:
          'Fine-tuning never pays back here: each of its requests costs $0.0006 more than with prompting.',
      },
    ],
    [
      'a full prompt cache makes prompting cheap enough that payback falls beyond the span',
      // prompted = (1,000 × 2 + 5,100 × 0.5 + 2,400) / 10⁶ = 0.00695; saving 347.5 − 330 = 17.5
      { cached: 100 },
      {
        promptedRequest: 0.00695,
        promptingMonth: 347.5,
        paybackMonths: 2400 / 17.5,
        breakevenVolume: 2400 / (24 * 0.00035),
        outcome: 'beyond-span',
        verdict:
          'At 50,000 requests a month fine-tuning pays back against prompting after 137.1 months, beyond the 24 months compared.',
      },
    ],
    [
      'a half-cached prompt bills half the overhead at the cached price',
      // ((1,000 + 2,550) × 2 + 2,550 × 0.5 + 2,400) / 10⁶ = 0.010775
      { cached: 50 },
      { promptedRequest: 0.010775, promptingMonth: 538.75, paybackMonths: 2400 / 208.75 },
    ],
    [
      'a small job is charged the minimum per job',
      // 100 × 500 × 3 / 10⁶ × 25 = 3.75, below the $10 minimum
      { examples: 100, exampleTokens: 500, epochs: 3, minimumPerJob: 10 },
      {
        trainingRun: 10,
        tuningUpfront: 3310,
        paybackMonths: 2310 / 400,
        breakevenVolume: 2310 / (24 * 0.008),
      },
    ],
    [
      'monthly retraining adds a twelfth of a run per retrain to each month',
      { examples: 100, exampleTokens: 500, epochs: 3, minimumPerJob: 10, retrains: 12 },
      { tuningMonth: 340, paybackMonths: 2310 / 390, breakevenVolume: (2310 + 24 * 10) / 0.192 },
    ],
    [
      'hosting dearer than the saving means never, though a higher volume would break even',
      { hosting: 500 },
      {
        tuningMonth: 830,
        paybackMonths: 'never',
        breakevenVolume: (2400 + 24 * 500) / (24 * 0.008),
        verdict:
          'Fine-tuning never pays back here: hosting costs $500.00 a month, more than the $400.00 a month its requests save.',
      },
    ],
    [
      'cheaper up front and each month pays for itself from the start',
      { tuneHours: 5 },
      {
        tuningUpfront: 600,
        paybackMonths: 0,
        breakevenVolume: 0,
        outcome: 'from-start',
        verdict:
          'At 50,000 requests a month fine-tuning costs no more than prompting up front and less each month, so it pays for itself from the start.',
      },
    ],
    [
      'equal months never recover the extra up front',
      { overhead: 0, tunedInPrice: 2, tunedOutPrice: 8 },
      {
        promptingMonth: 220,
        tuningMonth: 220,
        paybackMonths: 'never',
        breakevenVolume: 'never',
        verdict:
          'Fine-tuning never pays back here: it costs the same as prompting each month, so the $2,400 more it costs up front is never recovered.',
      },
    ],
    [
      'cheaper up front but dearer each month: prompting overtakes',
      { overhead: 800, tuneHours: 5 },
      {
        paybackMonths: 'never',
        verdict:
          'Fine-tuning costs $400.00 less up front, but each of its requests costs $0.0006 more than with prompting, so prompting is the cheaper of the two after 13.3 months.',
      },
    ],
    [
      'no requests: the same each month',
      { volume: 0, tuneHours: 10, trainPrice: 0 },
      {
        paybackMonths: 'never',
        verdict: 'Fine-tuning and prompting cost the same, up front and each month.',
      },
    ],
  ])('%s', (_, change, expected) => {
    const result = costOf(at(change));
    for (const key of NUMBERS) if (key in expected) near(result[key], expected[key]!);
    if (expected.outcome) expect(result.outcome).toBe(expected.outcome);
    if (expected.verdict) expect(result.verdict).toBe(expected.verdict);
    expect(result.warning).toBeNull();
  });
});

describe('every path, worked by hand (issue 20)', () => {
  const all = (change: Partial<CostInputs> = {}, options: ModelOptions = {}) =>
    costOf(at(change), { paths: ALL_PATHS, ...options });

  test('retrieval and tuned retrieval add passages, the index and re-embedding', () => {
    const r = all();
    near(r.path.retrieval.request, 0.0186);
    near(r.path['tuned-retrieval'].request, 0.0126);
    near(r.embedMonth, 1);
    near(r.path.retrieval.month, 981);
    near(r.path['tuned-retrieval'].month, 681);
    near(r.path.retrieval.upfront, 3010);
    near(r.path['tuned-retrieval'].upfront, 5410);
  });

  test('totals over the months, and the cheapest path named with its lead', () => {
    const r = all();
    const totals = PATH_IDS.map((p) => r.path[p].total);
    [18_520, 26_554, 11_320, 21_754].forEach((v, i) => near(totals[i]!, v));
    expect(r.cheapest).toBe('fine-tuning');
    expect(r.summary).toBe(
      'Over 24 months, fine-tuning is the cheapest path: $11,320, $7,200 less than prompting, the next cheapest. If the model must answer from your own documents, tuned retrieval is the cheapest path that does: $21,754, $10,434 more than fine-tuning.',
    );
  });

  test('tuned retrieval pays back against retrieval after 8 months', () => {
    const r = all();
    near(r.retrievalPayback.months, 8);
    expect(r.retrievalPayback.outcome).toBe('pays-back');
    expect(r.paybacks).toEqual([
      'At 50,000 requests a month fine-tuning pays back against prompting after 6 months.',
      'At 50,000 requests a month tuned retrieval pays back against retrieval after 8 months.',
    ]);
  });

  test('a batch API at half price for half the requests takes a quarter off every token cost', () => {
    // bf = 1 − 50% × 50% = 0.75: 730 → 547.5; 930 → 697.5 + 51; 330 → 247.5; 630 → 472.5 + 51.
    const r = all({ batch: 50 });
    near(r.batchFactor, 0.75);
    near(r.path.prompting.month, 547.5);
    near(r.path.retrieval.month, 748.5);
    near(r.path['fine-tuning'].month, 247.5);
    near(r.path['tuned-retrieval'].month, 523.5);
    near(r.paybackMonths, 8);
    // Per request stays the list price; the factor applies to the month.
    near(r.path.prompting.request, 0.0146);
  });

  test('the batch factor moves the break-even volume: 2,400 ÷ (24 × 0.008 × 0.75)', () => {
    near(all({ batch: 50 }).breakevenVolume, 2400 / (24 * 0.008 * 0.75));
  });
});

describe('on rented GPUs (host=gpu)', () => {
  const gpu = (change: Partial<CostInputs> = {}) =>
    costOf(at(change), { paths: ALL_PATHS, host: 'gpu' });

  test('each path pays for whole GPUs for the hours they run, not for tokens', () => {
    const r = gpu();
    for (const p of PATH_IDS) expect(r.path[p].gpus).toBe(1);
    near(r.path.prompting.month, 2920);
    near(r.path.retrieval.month, 2971);
    near(r.path['fine-tuning'].month, 2920);
    // 6,400 tokens ÷ (2,000 × 3,600) × $4: a request's share of a busy GPU.
    near(r.path.prompting.request, (6400 / 7_200_000) * 4);
    // 4,000,000 training tokens ÷ (5,000 × 3,600) × $4.
    near(r.trainingRun, 8 / 9);
    expect(r.breakevenVolume).toBe('never');
  });

  test.each<[number, number, number]>([
    // One GPU holds 821,250 prompted requests a month (5,256,000,000 ÷ 6,400).
    [821_250, 1, 1],
    [821_251, 2, 1],
    [1_642_500, 2, 1],
    [1_642_501, 3, 1],
    // Tuned requests carry 1,300 tokens: a second GPU from 4,043,077 requests.
    [4_043_077, 5, 2],
  ])('at %s requests a month prompting needs %s GPUs and fine-tuning %s', (volume, p, t) => {
    const r = gpu({ volume });
    expect(r.path.prompting.gpus).toBe(p);
    expect(r.path['fine-tuning'].gpus).toBe(t);
    near(r.path.prompting.month, p * 4 * 730);
  });

  test('GPUs that run 100 hours a month cost 100 hours', () => {
    near(gpu({ hoursOn: 100 }).path.prompting.month, 400);
  });
});

describe('on rented GPUs, what a tuned model saves', () => {
  test('when both paths need the same GPU, the verdict says tuning saves nothing, not a fraction of a cent', () => {
    // One GPU each (see the fixture); retraining 4 runs a year of 8/9 dollars each.
    const x = at({ retrains: 4 });
    const r = costOf(x, { paths: ['prompting', 'fine-tuning'], host: 'gpu' });
    expect(r.paybackMonths).toBe('never');
    expect(r.verdict).toBe(
      `Fine-tuning never pays back here: on rented GPUs both need 1 GPU, so its shorter requests save nothing, while retraining costs ${formatUsd((4 / 12) * (8 / 9))} a month.`,
    );
  });
});

describe('a tuned model that will not exist long enough', () => {
  const shutdown = (iso: string): Deadline => ({ date: day(iso), kind: 'shutdown' });
  const lastJobs = (iso: string): Deadline => ({ date: day(iso), kind: 'last-jobs' });

  test('a shutdown before the payback names its date and the verdict says it cannot pay back in time', () => {
    const result = costOf(base, { today, deadlines: [shutdown('2026-04-01')] });
    expect(result.paybackMonths).toBe(6);
    expect(result.outcome).toBe('too-late');
    expect(result.verdict).toBe(
      'At 50,000 requests a month fine-tuning would pay back after 6 months against prompting, but it cannot pay back in time: the tuned model shuts down on 1 April 2026.',
    );
    expect(result.warning).toBe(
      'The tuned model shuts down on 1 April 2026, 3 months from 1 January 2026, inside the 24 months compared. The tuned paths’ totals add moving to another model then: one training run and the tuning hours, $3,400.',
    );
    expect(result.deadline).toMatchObject({ kind: 'shutdown' });
    expect(paysBackInTime(result)).toBe(false);
  });

  test('a payback beyond the months compared says so first, and the deadline as a second reason', () => {
    const result = costOf(at({ cached: 100 }), { today, deadlines: [shutdown('2026-04-01')] });
    expect(result.verdict).toBe(
      'At 50,000 requests a month fine-tuning would pay back against prompting only after 137.1 months, beyond the 24 months compared, and the tuned model shuts down on 1 April 2026.',
    );
  });

  test('a shutdown after the payback but inside the months still warns, and the total pays to move', () => {
    // 1 November 2026 is 10 months away; fine-tuning pays back after 6.
    const result = costOf(base, { today, deadlines: [shutdown('2026-11-01')] });
    expect(result.outcome).toBe('pays-back');
    expect(result.warning).toMatch(
      /^The tuned model shuts down on 1 November 2026, 10 months from 1 January 2026, inside the 24 months compared\. Fine-tuning pays back first \(after 6 months\), but it must still move\./,
    );
    // Moving costs one training run and the tuning hours: 100 + 3,300.
    near(result.path['fine-tuning'].total, 11_320 + 3_400);
  });

  test('switching to prompting at the shutdown pays prompting’s month from then on', () => {
    const result = costOf(base, {
      today,
      deadlines: [shutdown('2026-11-01')],
      move: 'prompt',
    });
    const m = result.move!.month;
    expect(m).toBeCloseTo(10, 0);
    // 3,400 up front + m × 330 + 1,000 prompting hours + (24 − m) × 730.
    near(result.path['fine-tuning'].total, 3400 + m * 330 + 1000 + (24 - m) * 730);
    expect(result.warning).toMatch(/switch to the untuned path’s monthly cost then/);
  });

  test('a shutdown after the months compared changes nothing', () => {
    const result = costOf(base, { today, deadlines: [shutdown('2029-01-01')] });
    expect(result.outcome).toBe('pays-back');
    expect(result.warning).toBeNull();
    expect(result.move).toBeNull();
  });

  test('the end of new jobs matters only when retraining is planned', () => {
    const deadlines = [lastJobs('2026-03-01')];
    expect(costOf(base, { today, deadlines }).warning).toBeNull();
    const retraining = costOf(at({ retrains: 2 }), { today, deadlines });
    expect(retraining.outcome).toBe('too-late');
    expect(retraining.warning).toMatch(/^New tuning jobs end on 1 March 2026, .*retraining/);
    expect(retraining.verdict).toMatch(/cannot pay back in time: new tuning jobs end on 1 March/);
  });

  test('a model already shut down cannot pay back even from the start, and moves at once', () => {
    const result = costOf(at({ tuneHours: 5 }), {
      today,
      deadlines: [shutdown('2025-12-01')],
    });
    expect(result.outcome).toBe('too-late');
    expect(result.move?.month).toBe(0);
    expect(result.warning).toMatch(
      /^The tuned model shut down on 1 December 2025: it can no longer be called\./,
    );
  });

  test('the earliest deadline that stops the payback is the one named', () => {
    const result = costOf(at({ retrains: 1 }), {
      today,
      deadlines: [shutdown('2026-05-01'), lastJobs('2026-02-01')],
    });
    expect(result.deadline).toMatchObject({ kind: 'last-jobs' });
  });

  test('without today no deadline is weighed, since the model never reads the clock', () => {
    expect(costOf(base, { deadlines: [shutdown('2000-01-01')] }).warning).toBeNull();
  });
});

describe('prices nobody could read', () => {
  test('a path that leaves one out is not called cheapest, and the price that would tip it is named', () => {
    // Training price unknown: fine-tuning is at least 11,220 (no run); it stays below prompting's
    // 18,520 while 3,300 + 4 × price + 24 × 330 < 18,520, that is a price under $1,825.
    const r = costOf(at({ trainPrice: 0 }), { unknown: ['trainPrice'] });
    expect(r.cheapest).toBe('unknown');
    expect(r.gaps).toEqual([
      {
        path: 'fine-tuning',
        keys: ['trainPrice'],
        figures: ['upfront', 'total'],
        below: expect.any(Number),
      },
    ]);
    near(r.gaps[0]!.below!, 1825);
    expect(r.summary).toBe(
      'Over 24 months, prompting is the cheapest of the paths priced in full, at $18,520. Fine-tuning leaves out the training price, unknown — enter yours; it would be the cheapest path while the training price stays under $1,825.',
    );
  });

  test('a training run priced at an unknown rate reads as unknown, or as a floor, never as $0', () => {
    expect(trainingRunText(costOf(at({ trainPrice: 0 }), { unknown: ['trainPrice'] }))).toBe(
      'unknown',
    );
    const floor = costOf(at({ trainPrice: 0, minimumPerJob: 4 }), { unknown: ['trainPrice'] });
    expect(trainingRunText(floor)).toBe(`at least ${formatUsd(4)}`);
    expect(trainingRunText(costOf(at({ trainPrice: 2 })))).toBe(
      formatUsd(costOf(at({ trainPrice: 2 })).trainingRun),
    );
  });

  test('the working prints an unknown price as unknown and the figures it touches as floors', () => {
    const r = costOf(at({ trainPrice: 0 }), { unknown: ['trainPrice'] });
    const lines = arithmeticOf(at({ trainPrice: 0 }), r, ['trainPrice']);
    const line = (key: string) => lines.find((l) => l.key === key)!;
    expect(line('training-run').formula).toMatch(/× unknown\)$/);
    expect(line('training-run').shown).toBe('unknown');
    expect(line('tuning-upfront').formula).toContain('+ unknown');
    expect(line('tuning-upfront').shown).toMatch(/^at least \$/);
    expect(line('tuning-total').shown).toMatch(/^at least \$/);
    // Prompting leaves nothing out: its figures stay as they are.
    expect(line('prompting-total').shown).toBe(formatUsd(r.path.prompting.total));
  });

  test('only the figures an unknown price touches are floors: a training price leaves a request’s cost exact', () => {
    const x = at({ trainPrice: 0 });
    const r = costOf(x, { unknown: ['trainPrice'] });
    expect(cellText(r, 'request', 'fine-tuning')).toBe(formatUsd(r.path['fine-tuning'].request));
    expect(cellText(r, 'upfront', 'fine-tuning')).toMatch(/^at least /);
    const lines = arithmeticOf(x, r, ['trainPrice']);
    expect(lines.find((l) => l.key === 'tuned-request')!.shown).toBe(
      formatUsd(r.path['fine-tuning'].request),
    );
    // A tuned token price unknown leaves the request open too.
    const y = at({ tunedInPrice: 0 });
    const s = costOf(y, { unknown: ['tunedInPrice'] });
    expect(cellText(s, 'request', 'fine-tuning')).toMatch(/^at least /);
    expect(cellText(s, 'upfront', 'fine-tuning')).toBe(formatUsd(s.path['fine-tuning'].upfront));
  });

  test('at no volume a request that needs an unknown price is still a floor, while the total stays exact', () => {
    const r = costOf(at({ volume: 0, inPrice: 0 }), { unknown: ['inPrice'], paths: ['prompting'] });
    expect(cellText(r, 'request', 'prompting')).toMatch(/^at least \$/);
    expect(cellText(r, 'total', 'prompting')).toBe(formatUsd(1000));
  });

  test('a figure whose only known floor is $0 reads unknown, never "at least $0"', () => {
    const x = at({ tunedInPrice: 0, tunedOutPrice: 0 });
    const r = costOf(x, { unknown: ['tunedInPrice', 'tunedOutPrice'] });
    expect(cellText(r, 'request', 'fine-tuning')).toBe('unknown');
    expect(cellText(r, 'upfront', 'fine-tuning')).toBe(formatUsd(3400));
    const lines = arithmeticOf(x, r, ['tunedInPrice', 'tunedOutPrice']);
    expect(lines.find((l) => l.key === 'tuned-request')!.shown).toBe('unknown');
    expect(lines.map((l) => l.formula).join(' ')).not.toContain('at least $0 ');
  });

  test('a payback that leaves out the tuned path’s price is a floor, said as one everywhere', () => {
    // Without the run: (3,300 − 1,000) ÷ (730 − 330) = 5.75 months; any training price adds to it.
    const x = at({ trainPrice: 0 });
    const r = costOf(x, { unknown: ['trainPrice'] });
    const floor = `at least ${formatMonths(5.75)}`;
    expect(paybackText(r, 'fine-tuning')).toBe(floor);
    expect(cellText(r, 'payback', 'fine-tuning')).toBe(floor);
    expect(breakevenText(r)).toMatch(/^at least /);
    expect(arithmeticOf(x, r).find((l) => l.key === 'payback-months')!.shown).toBe(floor);
    expect(explain(x, r).verdict).toBe(
      `At 50,000 requests a month fine-tuning pays back against prompting after ${floor}: the training price, unknown, can only lengthen it.`,
    );
  });

  test('a payback that leaves out the untuned path’s price is not known, and says what it needs', () => {
    const x = at({ inPrice: 0 });
    const r = costOf(x, { unknown: ['inPrice'] });
    expect(paybackText(r, 'fine-tuning')).toBe('unknown');
    expect(breakevenText(r)).toBe('unknown');
    expect(explain(x, r).verdict).toBe(
      'Whether fine-tuning pays back against prompting is not known yet: it needs the base model input price.',
    );
  });

  test('never stays never when only the tuned path’s price is unknown, and says its costs only grow', () => {
    const x = at({ overhead: 800, trainPrice: 0 });
    const r = costOf(x, { unknown: ['trainPrice'] });
    expect(paybackText(r, 'fine-tuning')).toBe('never');
    expect(explain(x, r).verdict).toMatch(
      /The training price, unknown, can only add to fine-tuning’s costs\.$/,
    );
  });

  test('the Markdown copy prints a path that leaves out a price as floors', () => {
    const x = at({ trainPrice: 0 });
    const r = costOf(x, { unknown: ['trainPrice'] });
    const md = toMarkdown(x, r, { url: '/cost/', sources: [], unknown: ['trainPrice'] });
    expect(md).toContain(`| Up front | ${formatUsd(1000)} | at least ${formatUsd(3300)} |`);
    expect(md).toContain('- Training run: unknown');
    expect(md).not.toContain(`× ${formatUsd(0)})`);
  });

  test('with several prices unknown the verdict names each and claims no cheapest', () => {
    const r = costOf(at({ outPrice: 0, inPrice: 0, cachedPrice: 0 }), {
      unknown: ['inPrice', 'cachedPrice', 'outPrice'],
    });
    // Prompting at $0 a token is at least its 1,000 up front, below fine-tuning's 11,320.
    expect(r.cheapest).toBe('unknown');
    // With nothing cached, the cached price bears on no total, so it is not named.
    expect(r.summary).toBe(
      'Over 24 months, fine-tuning is the cheapest of the paths priced in full, at $11,320. Prompting leaves out the base model input price and base model output price, unknown — enter yours.',
    );
  });

  test('the short verdict kept in view on a phone is its first sentence', () => {
    const r = costOf(at({ trainPrice: 0 }), { unknown: ['trainPrice'] });
    expect(headline(r.summary)).toBe(
      'Over 24 months, prompting is the cheapest of the paths priced in full, at $18,520.',
    );
  });

  test('a path priced in full that beats every lower bound is still named cheapest', () => {
    // The index unknown: retrieval is at least 3,010 + 24 × (930 + 1) = 25,354, which prompting's
    // 18,520 beats by 6,834 whatever the index costs.
    const r = costOf(at({ store: 0 }), {
      paths: ['prompting', 'retrieval'],
      unknown: ['store'],
    });
    expect(r.cheapest).toBe('prompting');
    expect(r.summary).toBe(
      'Over 24 months, prompting is the cheapest path: $18,520, at least $6,834 less than retrieval, the next cheapest. If the model must answer from your own documents, retrieval is the cheapest path that does. Retrieval leaves out the search index, unknown — enter yours.',
    );
  });

  test('an unknown price that does not touch a path shown changes nothing', () => {
    const r = costOf(at({ store: 0 }), { unknown: ['store'] });
    expect(r.cheapest).toBe('fine-tuning');
    expect(r.gaps).toEqual([]);
  });
});

describe('the arithmetic a reader can check', () => {
  const lines = arithmeticOf(base, costOf(base));
  const line = (key: string) => lines.find((l) => l.key === key);

  test('the default two paths show every figure, with the reader’s numbers filled in', () => {
    expect(lines.map((l) => l.key)).toEqual([
      'training-run',
      'prompted-request',
      'prompting-month',
      'prompting-upfront',
      'prompting-total',
      'tuned-request',
      'tuning-month',
      'tuning-upfront',
      'tuning-total',
      'payback-months',
      'breakeven-volume',
    ]);
    expect(line('prompted-request')).toMatchObject({
      formula: '((1,000 + 5,100 × (1 − 0)) × $2.00 + 5,100 × 0 × $0.50 + 300 × $8.00) ÷ 1,000,000',
      shown: '$0.0146',
    });
    expect(line('training-run')?.formula).toBe('max($0, 1,000 × 1,000 × 4 ÷ 1,000,000 × $25.00)');
    expect(line('tuning-month')?.formula).toBe('50,000 × $0.0066 × 1 + $0 + 0 ÷ 12 × $100.00');
    expect(line('payback-months')).toMatchObject({
      formula: 'max(0, ($3,400 − $1,000) ÷ ($730.00 − $330.00))',
      result: 6,
      shown: '6 months',
    });
    expect(line('breakeven-volume')).toMatchObject({
      label: 'Break-even volume over 24 months',
      shown: '12,500 requests a month',
    });
  });

  test('a batch share adds the batch factor’s own line', () => {
    const lines = arithmeticOf(at({ batch: 40 }), costOf(at({ batch: 40 })));
    expect(lines[0]).toMatchObject({
      key: 'batch-factor',
      formula: '1 − 40 ÷ 100 × 50 ÷ 100',
      shown: '0.8',
    });
  });

  test('every path shown has its request, month, up front and total, and GPUs on GPUs', () => {
    const keys = (options: ModelOptions) =>
      arithmeticOf(base, costOf(base, { paths: ALL_PATHS, ...options })).map((l) => l.key);
    const api = keys({});
    for (const k of [
      'retrieval-request',
      'retrieval-month',
      'retrieval-upfront',
      'retrieval-total',
    ])
      expect(api).toContain(k);
    expect(api).toContain('tuned-retrieval-payback-months');
    const gpu = keys({ host: 'gpu' });
    for (const k of ['gpus-prompting', 'gpus-retrieval', 'gpus-tuned', 'gpus-tuned-retrieval'])
      expect(gpu).toContain(k);
    expect(gpu).not.toContain('breakeven-volume');
  });

  test('a line that never pays back says why in its own numbers', () => {
    const never = arithmeticOf(at({ overhead: 800 }), costOf(at({ overhead: 800 })));
    expect(never.find((l) => l.key === 'payback-months')?.formula).toBe(
      '$330.00 a month is not less than $300.00, so never',
    );
  });
});

describe('figures beside the table', () => {
  test('a training run shows only with a tuned path, and the break-even only for fine-tuning against prompting on an API', () => {
    const shown = (options: ModelOptions) => ({
      training: extraShown(costOf(base, options), 'training-run'),
      breakeven: extraShown(costOf(base, options), 'breakeven-volume'),
    });
    expect(shown({ paths: ['prompting', 'retrieval'] })).toEqual({
      training: false,
      breakeven: false,
    });
    expect(shown({ paths: ['retrieval', 'tuned-retrieval'] })).toEqual({
      training: true,
      breakeven: false,
    });
    expect(shown({ paths: ['prompting', 'fine-tuning'] })).toEqual({
      training: true,
      breakeven: true,
    });
    expect(shown({ paths: ['prompting', 'fine-tuning'], host: 'gpu' })).toEqual({
      training: true,
      breakeven: false,
    });
  });
});

describe('what would flip the verdict', () => {
  test('volume, overhead and the price gap each flip at a hand-computed value', () => {
    // Pays back within 24 months when the saving reaches 2,400 / 24 = 100 a month:
    // volume × 0.008 = 100; 0.1 × overhead − 110 = 100; 550 − 50 × tuned input price = 100.
    const [volume, overhead, gap] = flips(base);
    near(volume!.value!, 12_500);
    expect(volume).toMatchObject({
      input: 'volume',
      direction: 'above',
      text: 'Pays back within 24 months above 12,500 requests a month.',
    });
    near(overhead!.value!, 2_100);
    expect(overhead?.text).toBe(
      'Pays back within 24 months when tuning saves more than 2,100 prompt tokens a request.',
    );
    near(gap!.value!, 7);
    expect(gap).toMatchObject({ input: 'priceGap', direction: 'below' });
    expect(gap?.text).toBe(
      'Pays back within 24 months while the tuned model’s input price stays below $9.00 per million tokens ($7.00 above the base model’s $2.00).',
    );
  });

  test('when tuning is cheaper from the start, any volume will do', () => {
    const [volume] = flips(at({ tuneHours: 5 }));
    expect(volume).toMatchObject({ value: 0, direction: 'above' });
    expect(volume?.text).toBe('Pays back within 24 months at any volume above zero.');
  });

  test('when no value flips it, the reader is told so plainly', () => {
    const [volume] = flips(at({ overhead: 800 }));
    expect(volume).toMatchObject({ value: null, direction: null });
    expect(volume?.text).toMatch(/^No volume up to 10,000,000,000 requests a month makes/);
    const [, overhead] = flips(at({ volume: 0 }));
    expect(overhead?.value).toBeNull();
  });

  test('a deadline shortens the horizon the flip is read against', () => {
    const options = { today, deadlines: [{ date: day('2026-07-01'), kind: 'shutdown' as const }] };
    const [volume] = flips(base, options);
    expect(volume?.text).toMatch(/^Pays back before the tuned model shuts down on 1 July 2026 /);
    expect(volume!.value!).toBeGreaterThan(12_500);
  });

  test('with the training price unknown, each flip is a bound and says which way it can move', () => {
    // Counted at 0 the run adds nothing, so 12,500 requests is the least volume that could do.
    const x = at({ trainPrice: 0 });
    const [volume, overhead, gap] = flips(x, { unknown: ['trainPrice'] });
    expect(volume).toMatchObject({ direction: 'above', open: ['trainPrice'] });
    expect(volume?.text).toMatch(/; the training price, unknown, can only raise that volume\.$/);
    expect(overhead?.text).toMatch(/can only raise that number\.$/);
    expect(gap?.text).toMatch(/can only lower that price\.$/);
  });

  test('the tuned input price’s own flip stays exact when that price is the unknown one', () => {
    const x = at({ tunedInPrice: 0 });
    const [volume, , gap] = flips(x, { unknown: ['tunedInPrice'] });
    expect(volume?.open).toEqual(['tunedInPrice']);
    expect(gap?.open).toEqual([]);
    expect(gap?.text).not.toMatch(/unknown/);
  });

  test('with prompting’s price unknown no flip is given, and the reason names the price', () => {
    const x = at({ inPrice: 0 });
    const r = costOf(x, { unknown: ['inPrice'] });
    expect(flips(x, { unknown: ['inPrice'] })).toEqual([]);
    expect(whyNoFlips(r.choices, r.gaps)).toBe(
      'Where the verdict turns is not known yet: it needs the base model input price. Enter it to see.',
    );
  });

  test('a model already shut down leaves nothing to flip', () => {
    const options = { today, deadlines: [{ date: day('2025-01-01'), kind: 'shutdown' as const }] };
    for (const f of flips(base, options)) expect(f.value).toBeNull();
  });
});

describe('the chart', () => {
  test('runs from the cost up front to the last month and marks the crossing at the payback', () => {
    const chart = cumulativeCosts(24, costOf(base));
    expect(chart.paths).toEqual(['prompting', 'fine-tuning']);
    expect(chart.totals.prompting).toHaveLength(25);
    expect(chart.totals.prompting?.[0]).toBe(1000);
    expect(chart.totals['fine-tuning']?.[24]).toBe(3400 + 24 * 330);
    near(chart.crossing!, 6);
  });

  test('draws every path shown, and a tuned path steps up where it must move', () => {
    const result = costOf(base, {
      paths: ALL_PATHS,
      today,
      deadlines: [{ date: day('2026-11-01'), kind: 'shutdown' }],
    });
    const chart = cumulativeCosts(24, result);
    expect(chart.paths).toEqual([...ALL_PATHS]);
    const tuned = chart.totals['fine-tuning']!;
    // From month 10 on, the move's 3,400 is in the running total.
    expect(tuned[9]! + 330).toBeCloseTo(tuned[10]! - 3400, 6);
    near(tuned[24]!, result.path['fine-tuning'].total);
  });

  test('marks lines that leave out a price, and draws no crossing when prompting’s price is unknown', () => {
    const tuned = cumulativeCosts(24, costOf(at({ trainPrice: 0 }), { unknown: ['trainPrice'] }));
    expect(tuned.floors).toEqual(['fine-tuning']);
    expect(tuned.crossing).not.toBeNull();
    const prompted = cumulativeCosts(24, costOf(at({ inPrice: 0 }), { unknown: ['inPrice'] }));
    expect(prompted.floors).toContain('prompting');
    expect(prompted.crossing).toBeNull();
  });

  test('has no crossing when fine-tuning never pays back', () => {
    const input = at({ overhead: 800 });
    expect(cumulativeCosts(24, costOf(input)).crossing).toBeNull();
  });
});

describe('numbers as the page shows them', () => {
  test.each<[number, string]>([
    [0.000375, '$0.000375'],
    [0.0006, '$0.0006'],
    [0.0146, '$0.0146'],
    [0.5, '$0.50'],
    [2, '$2.00'],
    [730, '$730.00'],
    [3400, '$3,400'],
    [1_234_567.89, '$1,234,568'],
    [0, '$0'],
    [-0.0006, '−$0.0006'],
  ])('%s dollars read %s', (amount, text) => {
    expect(formatUsd(amount)).toBe(text);
  });

  test('months read to one decimal with their unit, and never as never', () => {
    expect([6, 1, 137.142857, 0, 0.96].map(formatMonths)).toEqual([
      '6 months',
      '1 month',
      '137.1 months',
      '0 months',
      '1 month',
    ]);
    expect(formatMonths('never')).toBe('never');
  });

  test('counts have thousands separators and no stray decimals', () => {
    expect([50_000, 12_500.4, 2.5, 0].map(formatCount)).toEqual(['50,000', '12,500', '2.5', '0']);
  });
});

describe('copy as Markdown', () => {
  test('carries the verdict, inputs, results for every path, arithmetic and dated sources', () => {
    const result = costOf(base, { paths: ALL_PATHS });
    const md = toMarkdown(base, result, {
      url: 'https://example.org/cost/?volume=50000',
      offer: 'Fine-tuned GPT-4.1 mini',
      unknown: ['store'],
      sources: [
        {
          title: 'Pricing | OpenAI',
          url: 'https://openai.com/api/pricing/',
          checked: day('2026-03-02'),
        },
      ],
    });
    expect(md).toContain(result.summary);
    expect(md).toContain('| Requests per month | 50,000 |');
    expect(md).toContain('| Search index (USD per month) | unknown |');
    expect(md).toContain('| | Prompting | Retrieval | Fine-tuning | Tuned retrieval |');
    expect(md).toContain('| Per month | $730.00 | $981.00 | $330.00 | $681.00 |');
    expect(md).toContain('- Fine-tuning pays back against prompting: 6 months');
    expect(md).toContain('- **Retrieval, per request** = prompted request + retrieved');
    expect(md).toContain(
      '- [Pricing \\| OpenAI](<https://openai.com/api/pricing/>), checked 2 March 2026',
    );
    expect(md).toContain('<https://example.org/cost/?volume=50000>');
  });

  test('includes the warning when a deadline falls inside the months', () => {
    const options = { today, deadlines: [{ date: day('2026-04-01'), kind: 'shutdown' as const }] };
    const md = toMarkdown(base, costOf(base, options), { url: '/cost/', sources: [], today });
    expect(md).toContain('> **Warning:** The tuned model shuts down on 1 April 2026');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Any inputs the calculator accepts, from zero to each limit. */
const anyInputs: fc.Arbitrary<CostInputs> = fc.record(
  Object.fromEntries(
    INPUT_KEYS.map((key) => {
      const { min, max, whole } = INPUT_LIMITS[key];
      return [key, whole ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true })];
    }),
  ) as Record<keyof CostInputs, fc.Arbitrary<number>>,
);

/** Inputs of the size real workloads have, where sums are not dominated by rounding. */
const plausible: fc.Arbitrary<CostInputs> = fc.record({
  volume: fc.integer({ min: 0, max: 10_000_000 }),
  input: fc.integer({ min: 0, max: 100_000 }),
  output: fc.integer({ min: 0, max: 10_000 }),
  overhead: fc.integer({ min: 0, max: 50_000 }),
  cached: fc.integer({ min: 0, max: 100 }),
  inPrice: fc.double({ min: 0, max: 30, noNaN: true }),
  cachedPrice: fc.double({ min: 0, max: 30, noNaN: true }),
  outPrice: fc.double({ min: 0, max: 120, noNaN: true }),
  tunedInPrice: fc.double({ min: 0, max: 30, noNaN: true }),
  tunedOutPrice: fc.double({ min: 0, max: 120, noNaN: true }),
  trainPrice: fc.double({ min: 0, max: 100, noNaN: true }),
  minimumPerJob: fc.integer({ min: 0, max: 1000 }),
  hosting: fc.integer({ min: 0, max: 20_000 }),
  examples: fc.integer({ min: 0, max: 100_000 }),
  exampleTokens: fc.integer({ min: 0, max: 10_000 }),
  epochs: fc.integer({ min: 0, max: 10 }),
  retrains: fc.integer({ min: 0, max: 12 }),
  promptHours: fc.integer({ min: 0, max: 1000 }),
  tuneHours: fc.integer({ min: 0, max: 1000 }),
  rate: fc.integer({ min: 0, max: 300 }),
  months: fc.integer({ min: 1, max: 120 }),
  retrieved: fc.integer({ min: 0, max: 20_000 }),
  corpus: fc.integer({ min: 0, max: 1e9 }),
  embedPrice: fc.double({ min: 0, max: 1, noNaN: true }),
  refresh: fc.integer({ min: 0, max: 100 }),
  store: fc.integer({ min: 0, max: 5_000 }),
  ragHours: fc.integer({ min: 0, max: 1000 }),
  gpuPrice: fc.double({ min: 0, max: 10, noNaN: true }),
  throughput: fc.integer({ min: 100, max: 20_000 }),
  trainThroughput: fc.integer({ min: 100, max: 20_000 }),
  hoursOn: fc.integer({ min: 1, max: 730 }),
  batch: fc.integer({ min: 0, max: 100 }),
  batchDiscount: fc.integer({ min: 0, max: 100 }),
});

const anyDate = fc.date({
  min: new Date('2000-01-01'),
  max: new Date('2100-01-01'),
  noInvalidDate: true,
});
const anyPaths = fc.subarray([...PATH_IDS], { minLength: 1 });
const anyOptions: fc.Arbitrary<ModelOptions> = fc.record(
  {
    paths: anyPaths,
    host: fc.constantFrom('api' as const, 'gpu' as const),
    move: fc.constantFrom('tune' as const, 'prompt' as const),
    unknown: fc.subarray(['inPrice', 'trainPrice', 'hosting', 'store', 'embedPrice'] as const),
    today: anyDate,
    deadlines: fc.array(
      fc.record({
        date: anyDate,
        kind: fc.constantFrom('last-jobs' as const, 'shutdown' as const),
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

/** Every number anywhere in the result, the chart and the flips. */
function everyNumber(inputs: CostInputs, options: ModelOptions): unknown[] {
  const result = costOf(inputs, options);
  const chart = cumulativeCosts(Math.round(Math.min(120, Math.max(1, inputs.months || 1))), result);
  return [
    ...NUMBERS.map((k) => result[k]),
    ...PATH_IDS.flatMap((p) => Object.values(result.path[p]) as number[]),
    result.trainingTokens,
    result.retrainingMonth,
    result.embedMonth,
    result.batchFactor,
    result.retrievalPayback.months,
    result.deadline?.monthsAway ?? 0,
    result.move?.once ?? 0,
    ...result.gaps.map((g) => g.below ?? 0),
    ...arithmeticOf(inputs, result).map((l) => l.result),
    ...Object.values(chart.totals).flat(),
    chart.crossing ?? 0,
    ...flips(inputs, options).map((f) => f.value ?? 0),
  ];
}

const never = (p: number | 'never'): number => (p === 'never' ? Infinity : p);

describe('properties that hold for every input', () => {
  test('no figure is ever NaN or infinite, and no sentence says so', () => {
    fc.assert(
      fc.property(fc.oneof(anyInputs, plausible), anyOptions, (inputs, options) => {
        for (const n of everyNumber(inputs, options))
          if (n !== 'never') expect(Number.isFinite(n)).toBe(true);
        const result = costOf(inputs, options);
        const text = [
          result.summary,
          result.verdict,
          ...result.paybacks,
          result.warning ?? '',
          ...arithmeticOf(inputs, result).flatMap((l) => [l.formula, l.shown]),
          ...flips(inputs, options).map((f) => f.text),
        ].join('\n');
        expect(text).not.toMatch(/NaN|Infinity|∞|n\/a/);
        // A monthly saving is never a rounding error read aloud ("$0.0000000000000614 a month").
        // (A request's price may be that small when the prices typed are; a month's saving of
        // it is only the last bits of a double.)
        expect([result.verdict, ...result.paybacks].join(' ')).not.toMatch(/\$0\.0{9}\d* a month/);
      }),
    );
  });

  /** A price a reader might enter once it is known. */
  const aPrice = fc.double({ min: 0, max: 100, noNaN: true });

  test('a payback shown as a floor is never above the payback once the unknown price is known', () => {
    const tunedSide = fc.constantFrom<InputKey>(
      'trainPrice',
      'hosting',
      'tunedInPrice',
      'tunedOutPrice',
    );
    fc.assert(
      fc.property(plausible, tunedSide, aPrice, (x, key, price) => {
        const open = costOf({ ...x, [key]: 0 }, { unknown: [key] });
        const known = costOf({ ...x, [key]: price });
        const text = paybackText(open, 'fine-tuning');
        if (text.startsWith('at least'))
          expect(never(known.paybackMonths)).toBeGreaterThanOrEqual(
            never(open.paybackMonths) * (1 - 1e-9),
          );
        if (text === 'never') expect(known.paybackMonths).toBe('never');
      }),
    );
  });

  test('a figure shown exact stays the same, and a floor only rises, once the unknown price is known', () => {
    const key = fc.constantFrom<InputKey>(
      'trainPrice',
      'hosting',
      'tunedInPrice',
      'inPrice',
      'store',
    );
    fc.assert(
      fc.property(plausible, key, aPrice, (x, k, price) => {
        const paths = ALL_PATHS;
        const open = costOf({ ...x, [k]: 0 }, { unknown: [k], paths });
        const known = costOf({ ...x, [k]: price }, { paths });
        for (const p of paths)
          for (const row of ['request', 'month', 'upfront', 'total'] as const) {
            const before = open.path[p][row];
            const after = known.path[p][row];
            // A floor reads "at least $X", or "unknown" when the floor is $0.
            if (/^(at least |unknown$)/.test(cellText(open, row, p)))
              expect(after).toBeGreaterThanOrEqual(before - 1e-9);
            else expect(after).toBeCloseTo(before, 9);
          }
      }),
    );
  });

  test('a volume flip shown as a bound is never above the flip once the unknown price is known', () => {
    fc.assert(
      fc.property(plausible, aPrice, (x, price) => {
        const [open] = flips({ ...x, trainPrice: 0 }, { unknown: ['trainPrice'] });
        const [known] = flips({ ...x, trainPrice: price });
        if (open?.value != null && known?.value != null && open.direction === 'above')
          expect(known.value).toBeGreaterThanOrEqual(open.value * (1 - 1e-9));
      }),
    );
  });

  test('even inputs outside the limits give finite figures', () => {
    const wild = fc.record(
      Object.fromEntries(INPUT_KEYS.map((k) => [k, fc.double()])) as Record<
        keyof CostInputs,
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(wild, (inputs) => {
        for (const n of everyNumber(inputs, {}))
          if (n !== 'never') expect(Number.isFinite(n)).toBe(true);
      }),
    );
  });

  test('while tuned requests are cheaper, more requests never make the payback later', () => {
    fc.assert(
      fc.property(
        fc.oneof(plausible, anyInputs),
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        (inputs, a, b) => {
          const low = costOf({ ...inputs, volume: Math.min(a, b) });
          fc.pre(low.tunedRequest < low.promptedRequest * (1 - 1e-6));
          const high = costOf({ ...inputs, volume: Math.max(a, b) });
          expect(never(high.paybackMonths)).toBeLessThanOrEqual(
            never(low.paybackMonths) * (1 + 1e-9),
          );
        },
      ),
    );
  });

  test('a full prompt cache never makes prompting dearer than no cache, when cached input is no dearer', () => {
    fc.assert(
      fc.property(fc.oneof(plausible, anyInputs), (inputs) => {
        fc.pre(inputs.cachedPrice <= inputs.inPrice);
        const none = costOf({ ...inputs, cached: 0 });
        const full = costOf({ ...inputs, cached: 100 });
        expect(full.promptedRequest).toBeLessThanOrEqual(none.promptedRequest * (1 + 1e-12));
        expect(full.promptingMonth).toBeLessThanOrEqual(none.promptingMonth * (1 + 1e-12));
      }),
    );
  });

  test('the chart’s crossing is the payback, and there is none when it never pays back', () => {
    fc.assert(
      fc.property(plausible, (inputs) => {
        const result = costOf(inputs);
        const { crossing } = cumulativeCosts(inputs.months, result);
        const payback = result.paybackMonths;
        if (payback === 'never') expect(crossing).toBeNull();
        else if (payback < inputs.months * (1 - 1e-9)) {
          expect(crossing).not.toBeNull();
          expect(Math.abs(crossing! - payback)).toBeLessThanOrEqual(1e-6 * Math.max(1, payback));
        } else if (payback > inputs.months * (1 + 1e-9)) expect(crossing).toBeNull();
      }),
    );
  });

  test('at the break-even volume both paths cost the same over the months compared', () => {
    fc.assert(
      fc.property(plausible, (inputs) => {
        const volume = costOf(inputs).breakevenVolume;
        fc.pre(volume !== 'never' && volume > 0 && volume <= INPUT_LIMITS.volume.max);
        const r = costOf({ ...inputs, volume });
        const prompting = r.promptingUpfront + inputs.months * r.promptingMonth;
        const tuning = r.tuningUpfront + inputs.months * r.tuningMonth;
        expect(Math.abs(prompting - tuning)).toBeLessThanOrEqual(1e-6 * Math.max(1, prompting));
      }),
    );
  });

  test('just past the volume flip fine-tuning pays back in time, and just short of it it does not', () => {
    fc.assert(
      fc.property(plausible, (inputs) => {
        const [volume] = flips(inputs);
        fc.pre(volume?.value != null && volume.value >= 1 && volume.value * 1.01 < 1e10);
        const above = costOf({ ...inputs, volume: volume.value * 1.01 });
        // The margin must be more than the model's tolerance for "the same each month".
        fc.pre(above.promptingMonth - above.tuningMonth > 1e-3 * Math.max(1, above.promptingMonth));
        expect(paysBackInTime(above)).toBe(true);
        expect(paysBackInTime(costOf({ ...inputs, volume: volume.value * 0.99 }))).toBe(false);
      }),
    );
  });

  test('more retrieved passages never make a retrieval path cheaper, on either host', () => {
    fc.assert(
      fc.property(plausible, anyOptions, fc.nat(20_000), (inputs, options, more) => {
        const fewer = costOf(inputs, options);
        const richer = costOf({ ...inputs, retrieved: inputs.retrieved + more }, options);
        for (const p of ['retrieval', 'tuned-retrieval'] as const) {
          expect(richer.path[p].month).toBeGreaterThanOrEqual(fewer.path[p].month * (1 - 1e-12));
          expect(richer.path[p].total).toBeGreaterThanOrEqual(fewer.path[p].total * (1 - 1e-12));
        }
      }),
    );
  });

  test('the GPUs a path needs never fall as the volume rises', () => {
    fc.assert(
      fc.property(plausible, fc.nat(1e9), fc.nat(1e9), (inputs, a, b) => {
        const gpus = (volume: number) =>
          costOf({ ...inputs, volume }, { paths: ALL_PATHS, host: 'gpu' }).path;
        const low = gpus(Math.min(a, b));
        const high = gpus(Math.max(a, b));
        for (const p of PATH_IDS) expect(high[p].gpus).toBeGreaterThanOrEqual(low[p].gpus);
      }),
    );
  });

  test('with every price known, the cheapest path is the one with the lowest total', () => {
    fc.assert(
      fc.property(plausible, anyOptions, (inputs, options) => {
        const r = costOf(inputs, { ...options, unknown: [] });
        expect(r.cheapest).not.toBe('unknown');
        const cheapest = r.path[r.cheapest as PathId].total;
        for (const p of r.choices.paths) expect(cheapest).toBeLessThanOrEqual(r.path[p].total);
      }),
    );
  });

  test('an unknown price counted as 0 only ever lowers a total: a path left open is a lower bound', () => {
    fc.assert(
      fc.property(
        plausible,
        anyOptions,
        fc.constantFrom('inPrice', 'tunedInPrice', 'trainPrice', 'hosting', 'store', 'embedPrice'),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (inputs, options, key, price) => {
          const zero = costOf({ ...inputs, [key]: 0 }, options);
          const priced = costOf({ ...inputs, [key]: price }, options);
          for (const p of PATH_IDS)
            expect(priced.path[p].total).toBeGreaterThanOrEqual(zero.path[p].total * (1 - 1e-12));
        },
      ),
    );
  });
});
