/**
 * The cost model behind /cost/: hand-computed cases give the figures and sentences a reader
 * reads, and properties hold for every input the calculator accepts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { INPUT_KEYS, INPUT_LIMITS, type CostInputs } from '../../../src/lib/cost/inputs';
import { computeCost, paysBackInTime, type CostResult } from '../../../src/lib/cost/model';
import { cumulativeCosts } from '../../../src/lib/cost/chart';
import { flips } from '../../../src/lib/cost/flips';
import { formatCount, formatMonths, formatUsd } from '../../../src/lib/cost/format';
import { type CostOptions, type Deadline } from '../../../src/lib/cost/deadlines';
import { toMarkdown } from '../../../src/lib/cost/markdown';

/**
 * A support assistant, worked by hand:
 * prompted request = ((1,000 + 5,100) × 2 + 300 × 8) / 10⁶ = 0.0146
 * tuned request    = (1,000 × 3 + 300 × 12) / 10⁶          = 0.0066
 * training run     = 1,000 × 1,000 × 4 / 10⁶ × 25          = 100
 * months           = 50,000 × 0.0146 = 730  |  50,000 × 0.0066 = 330
 * up front         = 10 × 100 = 1,000       |  33 × 100 + 100 = 3,400
 * payback          = 2,400 / 400 = 6;  break-even over 24 months = 2,400 / (24 × 0.008) = 12,500
 */
const base: CostInputs = {
  volume: 50_000,
  input: 1_000,
  output: 300,
  overhead: 5_100,
  cached: 0,
  inPrice: 2,
  cachedPrice: 0.5,
  outPrice: 8,
  tunedInPrice: 3,
  tunedOutPrice: 12,
  trainPrice: 25,
  minimumPerJob: 0,
  hosting: 0,
  examples: 1_000,
  exampleTokens: 1_000,
  epochs: 4,
  retrains: 0,
  promptHours: 10,
  tuneHours: 33,
  rate: 100,
  months: 24,
};
const at = (change: Partial<CostInputs>): CostInputs => ({ ...base, ...change });

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const today = day('2026-01-01');

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
  Partial<Pick<CostResult, 'outcome' | 'verdict'>>;

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
        verdict: 'At 50,000 requests a month fine-tuning pays back after 6 months.',
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
          'Fine-tuning never pays back here: each tuned request costs $0.0006 more than a prompted one.',
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
          'At 50,000 requests a month fine-tuning pays back after 137.1 months, beyond the 24 months compared.',
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
          'Fine-tuning never pays back here: hosting costs $500.00 a month, more than the $400.00 a month tuned requests save.',
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
          'At 50,000 requests a month fine-tuning costs no more up front and less each month, so it pays for itself from the start.',
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
          'Fine-tuning never pays back here: both paths cost the same each month, so the $2,400 more it costs up front is never recovered.',
      },
    ],
    [
      'cheaper up front but dearer each month: prompting overtakes',
      { overhead: 800, tuneHours: 5 },
      {
        paybackMonths: 'never',
        verdict:
          'Fine-tuning costs $400.00 less up front, but each tuned request costs $0.0006 more than a prompted one, so prompting is the cheaper path after 13.3 months.',
      },
    ],
    [
      'no requests: the same each month',
      { volume: 0, tuneHours: 10, trainPrice: 0 },
      { paybackMonths: 'never', verdict: 'Both paths cost the same, up front and each month.' },
    ],
  ])('%s', (_, change, expected) => {
    const result = computeCost(at(change));
    for (const key of NUMBERS) if (key in expected) near(result[key], expected[key]!);
    if (expected.outcome) expect(result.outcome).toBe(expected.outcome);
    if (expected.verdict) expect(result.verdict).toBe(expected.verdict);
    expect(result.warning).toBeNull();
  });
});

describe('a tuned model that will not exist long enough', () => {
  const shutdown = (iso: string): Deadline => ({ date: day(iso), kind: 'shutdown' });
  const lastJobs = (iso: string): Deadline => ({ date: day(iso), kind: 'last-jobs' });

  test('a shutdown before the payback names its date and the verdict says it cannot pay back in time', () => {
    const result = computeCost(base, { today, deadlines: [shutdown('2026-04-01')] });
    expect(result.paybackMonths).toBe(6);
    expect(result.outcome).toBe('too-late');
    expect(result.verdict).toBe(
      'At 50,000 requests a month fine-tuning would pay back after 6 months, but it cannot pay back in time: the tuned model shuts down on 1 April 2026.',
    );
    expect(result.warning).toBe(
      'The tuned model shuts down on 1 April 2026, 3 months from 1 January 2026, before fine-tuning would pay back (after 6 months).',
    );
    expect(result.deadline).toMatchObject({ kind: 'shutdown' });
    expect(paysBackInTime(result)).toBe(false);
  });

  test('a shutdown after the payback changes nothing', () => {
    const result = computeCost(base, { today, deadlines: [shutdown('2027-01-01')] });
    expect(result.outcome).toBe('pays-back');
    expect(result.warning).toBeNull();
  });

  test('the end of new jobs matters only when retraining is planned', () => {
    const deadlines = [lastJobs('2026-03-01')];
    expect(computeCost(base, { today, deadlines }).warning).toBeNull();
    const retraining = computeCost(at({ retrains: 2 }), { today, deadlines });
    expect(retraining.outcome).toBe('too-late');
    expect(retraining.warning).toMatch(/^New tuning jobs end on 1 March 2026, .*retraining/);
    expect(retraining.verdict).toMatch(/cannot pay back in time: new tuning jobs end on 1 March/);
  });

  test('a model already shut down cannot pay back even from the start', () => {
    const result = computeCost(at({ tuneHours: 5 }), {
      today,
      deadlines: [shutdown('2025-12-01')],
    });
    expect(result.outcome).toBe('too-late');
    expect(result.warning).toBe(
      'The tuned model shut down on 1 December 2025: it can no longer be called.',
    );
  });

  test('the earliest deadline that stops the payback is the one named', () => {
    const result = computeCost(at({ retrains: 1 }), {
      today,
      deadlines: [shutdown('2026-05-01'), lastJobs('2026-02-01')],
    });
    expect(result.deadline).toMatchObject({ kind: 'last-jobs' });
  });

  test('without today no deadline is weighed, since the model never reads the clock', () => {
    expect(computeCost(base, { deadlines: [shutdown('2000-01-01')] }).warning).toBeNull();
  });
});

describe('the arithmetic a reader can check', () => {
  const lines = computeCost(base).arithmetic;
  const line = (key: string) => lines.find((l) => l.key === key);

  test('every output has a line, with the reader’s numbers filled in', () => {
    expect(lines.map((l) => l.key)).toEqual([
      'prompted-request',
      'tuned-request',
      'training-run',
      'prompting-month',
      'tuning-month',
      'prompting-upfront',
      'tuning-upfront',
      'payback-months',
      'breakeven-volume',
    ]);
    expect(line('prompted-request')).toMatchObject({
      formula: '((1,000 + 5,100 × (1 − 0)) × $2.00 + 5,100 × 0 × $0.50 + 300 × $8.00) ÷ 1,000,000',
      shown: '$0.0146',
    });
    expect(line('training-run')?.formula).toBe('max($0, 1,000 × 1,000 × 4 ÷ 1,000,000 × $25.00)');
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

  test('a line that never pays back says why in its own numbers', () => {
    const never = computeCost(at({ overhead: 800 })).arithmetic;
    expect(never.find((l) => l.key === 'payback-months')?.formula).toBe(
      '$330.00 a month is not less than $300.00, so never',
    );
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

  test('a model already shut down leaves nothing to flip', () => {
    const options = { today, deadlines: [{ date: day('2025-01-01'), kind: 'shutdown' as const }] };
    for (const f of flips(base, options)) expect(f.value).toBeNull();
  });
});

describe('the chart', () => {
  test('runs from the cost up front to the last month and marks the crossing at the payback', () => {
    const result = computeCost(base);
    const chart = cumulativeCosts(base, result);
    expect(chart.points).toHaveLength(25);
    expect(chart.points[0]).toEqual({ month: 0, prompting: 1000, tuning: 3400 });
    expect(chart.points[24]).toEqual({
      month: 24,
      prompting: 1000 + 24 * 730,
      tuning: 3400 + 24 * 330,
    });
    near(chart.crossing!, 6);
  });

  test('has no crossing when fine-tuning never pays back', () => {
    const input = at({ overhead: 800 });
    expect(cumulativeCosts(input, computeCost(input)).crossing).toBeNull();
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
  test('carries the verdict, inputs, results, arithmetic and dated sources', () => {
    const result = computeCost(base);
    const md = toMarkdown(base, result, {
      url: 'https://example.org/cost/?volume=50000',
      offer: 'Fine-tuned GPT-4.1 mini',
      sources: [
        {
          title: 'Pricing | OpenAI',
          url: 'https://openai.com/api/pricing/',
          checked: day('2026-03-02'),
        },
      ],
    });
    expect(md).toContain(result.verdict);
    expect(md).toContain('| Requests per month | 50,000 |');
    expect(md).toContain('| Per month | $730.00 | $330.00 |');
    expect(md).toContain('- Payback: 6 months');
    expect(md).toContain('- **Prompted request** = ((1,000 + 5,100');
    expect(md).toContain(
      '- [Pricing \\| OpenAI](<https://openai.com/api/pricing/>), checked 2 March 2026',
    );
    expect(md).toContain('<https://example.org/cost/?volume=50000>');
  });

  test('includes the warning when a deadline stops the payback', () => {
    const options = { today, deadlines: [{ date: day('2026-04-01'), kind: 'shutdown' as const }] };
    const md = toMarkdown(base, computeCost(base, options), { url: '/cost/', sources: [] });
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
});

const anyDate = fc.date({
  min: new Date('2000-01-01'),
  max: new Date('2100-01-01'),
  noInvalidDate: true,
});
const anyOptions: fc.Arbitrary<CostOptions> = fc.record(
  {
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
function everyNumber(inputs: CostInputs, options: CostOptions): unknown[] {
  const result = computeCost(inputs, options);
  const chart = cumulativeCosts(inputs, result);
  return [
    ...NUMBERS.map((k) => result[k]),
    result.trainingTokens,
    result.retrainingMonth,
    result.deadline?.monthsAway ?? 0,
    ...result.arithmetic.map((l) => l.result),
    ...chart.points.flatMap((p) => [p.month, p.prompting, p.tuning]),
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
        const result = computeCost(inputs, options);
        const text = [
          result.verdict,
          result.warning ?? '',
          ...result.arithmetic.flatMap((l) => [l.formula, l.shown]),
          ...flips(inputs, options).map((f) => f.text),
        ].join('\n');
        expect(text).not.toMatch(/NaN|Infinity|∞|n\/a/);
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
          const low = computeCost({ ...inputs, volume: Math.min(a, b) });
          fc.pre(low.tunedRequest < low.promptedRequest * (1 - 1e-6));
          const high = computeCost({ ...inputs, volume: Math.max(a, b) });
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
        const none = computeCost({ ...inputs, cached: 0 });
        const full = computeCost({ ...inputs, cached: 100 });
        expect(full.promptedRequest).toBeLessThanOrEqual(none.promptedRequest * (1 + 1e-12));
        expect(full.promptingMonth).toBeLessThanOrEqual(none.promptingMonth * (1 + 1e-12));
      }),
    );
  });

  test('the chart’s crossing is the payback, and there is none when it never pays back', () => {
    fc.assert(
      fc.property(plausible, (inputs) => {
        const result = computeCost(inputs);
        const { crossing } = cumulativeCosts(inputs, result);
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
        const volume = computeCost(inputs).breakevenVolume;
        fc.pre(volume !== 'never' && volume > 0 && volume <= INPUT_LIMITS.volume.max);
        const r = computeCost({ ...inputs, volume });
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
        const above = computeCost({ ...inputs, volume: volume.value * 1.01 });
        // The margin must be more than the model's tolerance for "the same each month".
        fc.pre(above.promptingMonth - above.tuningMonth > 1e-3 * Math.max(1, above.promptingMonth));
        expect(paysBackInTime(above)).toBe(true);
        expect(paysBackInTime(computeCost({ ...inputs, volume: volume.value * 0.99 }))).toBe(false);
      }),
    );
  });
});
