/**
 * The checklist answers as an expert would, on the real content: that is the point of running
 * these on live content rather than a fixture. Each case is a project as its owners would answer
 * the questions, the plan an expert writes down for it first, and why. The first eight are the
 * projects of issue 19; the rest come from the vendors' guidance and the guide.
 */
import { describe, expect, test } from 'vitest';
import { decide, type Answers, type Recommendation } from '../../../src/lib/checklist/decision';
import type { ApproachId } from '../../../src/lib/site/approaches';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { costLink } from '../../../src/lib/checklist/report';
import { offerSchema } from '../../../src/schemas/offer';
import { model, payload } from '../../support/checklist';

interface Expected {
  /** The recommendation, or the recommendations an expert would accept. */
  recommendation: Recommendation | readonly Recommendation[];
  /** Layers the plan must include now, and layers it must not. */
  plan?: { has?: readonly ApproachId[]; lacks?: readonly ApproachId[] };
  /** Layers the result says to add later. */
  later?: readonly ApproachId[];
  /** Answers (factor keys) that must be named as ruling something out. */
  ruledOutBy?: readonly string[];
  /** Words the result's warnings must contain (dates, above all). */
  alerts?: readonly RegExp[];
  /** No warning at all. */
  noAlerts?: boolean;
}

/** A production team with the data, skills and money to tune, whose model gets behaviour wrong. */
const readyToTune: Answers = {
  gap: 'behaviour',
  stage: 'production',
  tasks: 'one',
  change: 'rarely',
  budget: 'high',
  timeline: 'months',
  examples: 'over-10k',
  expertise: 'ml-team',
  consistency: 'strict',
  volume: 'high',
};

const CASES: [name: string, why: string, answers: Answers, expected: Expected][] = [
  [
    'a support bot over a help centre that changes every week',
    'The answers need facts that change weekly: retrieval keeps up by re-indexing, tuning cannot (AWS, OpenAI, Microsoft).',
    {
      gap: 'knowledge',
      stage: 'production',
      domain: 'general',
      tasks: 'many',
      change: 'often',
      budget: 'medium',
      timeline: 'weeks',
      examples: 'under-1k',
      expertise: 'some',
      provider: 'openai',
      accuracy: 'high',
      consistency: 'flexible',
      privacy: 'shareable',
      hosting: 'api',
      latency: 'critical',
      volume: 'low',
    },
    { recommendation: 'retrieval', plan: { has: ['retrieval'], lacks: ['fine-tuning'] } },
  ],
  [
    'a bank whose data may not leave its network',
    'Retrieval now, on a model it hosts; with few examples and some skills, tuning is for later, or a hybrid (developer guide, AWS, OpenAI).',
    {
      gap: 'both',
      stage: 'production',
      domain: 'specialized',
      tasks: 'many',
      change: 'sometimes',
      budget: 'high',
      timeline: 'months',
      examples: 'under-1k',
      expertise: 'some',
      provider: 'open-weight',
      accuracy: 'critical',
      consistency: 'strict',
      privacy: 'in-house',
      hosting: 'own-infrastructure',
      latency: 'normal',
      volume: 'low',
    },
    { recommendation: ['retrieval', 'hybrid'], plan: { has: ['retrieval'] } },
  ],
  [
    'a team fine-tuning GPT-4o mini on OpenAI today',
    'OpenAI takes no new jobs from 6 January 2027 and shuts tuned GPT-4o models down on 14 January 2027: move to prompting a current model, or re-tune elsewhere.',
    {
      gap: 'behaviour',
      stage: 'production',
      domain: 'general',
      tasks: 'one',
      change: 'rarely',
      budget: 'medium',
      timeline: 'weeks',
      examples: '1k-10k',
      expertise: 'some',
      provider: 'openai',
      tunable: 'yes',
      accuracy: 'high',
      consistency: 'strict',
      privacy: 'shareable',
      hosting: 'api',
      volume: 'high',
    },
    {
      recommendation: 'prompt-engineering',
      plan: { lacks: ['fine-tuning'] },
      later: ['fine-tuning'],
      ruledOutBy: ['provider'],
      alerts: [/6 January 2027/, /14 January 2027/],
    },
  ],
  [
    'a solo developer on $50 a month',
    'No budget, no examples, no ML skills, days to ship: a prompt (ai-path, AndData, developer guide).',
    {
      stage: 'prototype',
      domain: 'general',
      tasks: 'many',
      budget: 'low',
      timeline: 'days',
      examples: 'none',
      expertise: 'none',
      provider: 'other',
      accuracy: 'standard',
      consistency: 'flexible',
      privacy: 'shareable',
      hosting: 'api',
      volume: 'low',
    },
    { recommendation: 'prompt-engineering', plan: { lacks: ['fine-tuning', 'retrieval'] } },
  ],
  [
    'a clinical-coding service at 5 million requests a month',
    'Code sets are facts to retrieve; coding them is a skill to tune, with a large reviewed set and an ML team (OpenAI: issues with both end in tuning plus retrieval).',
    {
      gap: 'both',
      stage: 'production',
      domain: 'specialized',
      tasks: 'one',
      change: 'sometimes',
      budget: 'high',
      timeline: 'months',
      examples: 'over-10k',
      expertise: 'ml-team',
      provider: 'google',
      tunable: 'yes',
      accuracy: 'critical',
      consistency: 'strict',
      privacy: 'shareable',
      hosting: 'api',
      latency: 'normal',
      volume: 'high',
    },
    {
      recommendation: ['hybrid', 'fine-tuning'],
      plan: { has: ['retrieval', 'fine-tuning'] },
      noAlerts: true,
    },
  ],
  [
    'a classifier over 50,000 labels that must answer in under 200 ms',
    'A narrow, stable skill with a large labelled set and a tight latency budget: tune a model (developer guide, Google: shorter prompts answer faster).',
    {
      gap: 'behaviour',
      stage: 'production',
      domain: 'specialized',
      tasks: 'one',
      change: 'rarely',
      budget: 'medium',
      timeline: 'months',
      examples: 'over-10k',
      expertise: 'ml-team',
      provider: 'open-weight',
      tunable: 'yes',
      accuracy: 'high',
      consistency: 'format',
      privacy: 'shareable',
      hosting: 'own-infrastructure',
      latency: 'critical',
      volume: 'high',
    },
    { recommendation: ['fine-tuning', 'hybrid'], plan: { has: ['fine-tuning'] } },
  ],
  [
    'a marketer after a tone of voice',
    'Tone is written into the prompt first, with examples; with few examples, no ML skills and a small budget, tuning is for later at most (OpenAI, Microsoft).',
    {
      gap: 'behaviour',
      stage: 'production',
      domain: 'general',
      tasks: 'many',
      change: 'sometimes',
      budget: 'low',
      timeline: 'weeks',
      examples: 'under-1k',
      expertise: 'none',
      provider: 'anthropic',
      accuracy: 'standard',
      consistency: 'strict',
      privacy: 'shareable',
      hosting: 'api',
      latency: 'normal',
      volume: 'low',
    },
    { recommendation: 'prompt-engineering', plan: { lacks: ['fine-tuning', 'retrieval'] } },
  ],
  [
    'a legal service that must cite current statutes',
    'Current statutes are facts that change and must be cited: retrieval, however critical the accuracy; tuning does not add facts (OpenAI, AWS).',
    {
      gap: 'knowledge',
      stage: 'production',
      domain: 'specialized',
      tasks: 'many',
      change: 'often',
      budget: 'medium',
      timeline: 'months',
      examples: 'under-1k',
      expertise: 'some',
      provider: 'anthropic',
      accuracy: 'critical',
      consistency: 'strict',
      privacy: 'shareable',
      hosting: 'api',
      latency: 'normal',
      volume: 'low',
    },
    {
      recommendation: 'retrieval',
      plan: { has: ['retrieval'], lacks: ['fine-tuning'] },
      ruledOutBy: ['gap'],
    },
  ],
  [
    "OpenAI's Icelandic sentence-correction example",
    'Behaviour, not knowledge, was missing: tuning on 1,000 examples raised GPT-4 from 70 to 87 and retrieval lowered it to 83 (OpenAI).',
    {
      gap: 'behaviour',
      tasks: 'one',
      change: 'rarely',
      examples: '1k-10k',
      expertise: 'ml-team',
      budget: 'medium',
      consistency: 'strict',
      provider: 'google',
      tunable: 'yes',
    },
    { recommendation: ['fine-tuning', 'hybrid'], plan: { lacks: ['retrieval'] } },
  ],
  [
    'question answering over your own documents',
    'AWS recommends starting question answering over custom documents with retrieval.',
    { gap: 'knowledge', tasks: 'many', change: 'sometimes', domain: 'specialized' },
    { recommendation: 'retrieval', plan: { has: ['retrieval'] } },
  ],
  [
    'answers that need current, private data',
    'Microsoft: add retrieval when the model needs specific, current or private data to answer correctly.',
    { gap: 'knowledge', accuracy: 'high', change: 'often' },
    { recommendation: 'retrieval' },
  ],
  [
    'JSON extraction read by another program, with few examples',
    'Structured outputs hold the reply to a schema without training (OpenAI, Anthropic, Google).',
    { gap: 'format', consistency: 'format', examples: 'under-1k', stage: 'production' },
    {
      recommendation: 'prompt-engineering',
      plan: { lacks: ['fine-tuning', 'retrieval'] },
      ruledOutBy: ['gap'],
    },
  ],
  [
    'a fixed format, even with a large dataset and an ML team',
    'A format is held by structured outputs, whatever the resources; tuning adds nothing to it (OpenAI, Anthropic, Google).',
    {
      gap: 'format',
      consistency: 'format',
      examples: 'over-10k',
      expertise: 'ml-team',
      budget: 'high',
      volume: 'high',
    },
    { recommendation: 'prompt-engineering', plan: { lacks: ['fine-tuning'] } },
  ],
  [
    'summaries of general documents, good enough if a person checks them',
    'OpenAI: prompting is often the only method needed for summarization and translation.',
    { domain: 'general', tasks: 'many', accuracy: 'standard', consistency: 'flexible' },
    { recommendation: 'prompt-engineering' },
  ],
  [
    'a team ready to tune, on Anthropic',
    "Anthropic's API has no fine-tuning: prompting now, tuning only elsewhere.",
    { ...readyToTune, provider: 'anthropic' },
    {
      recommendation: 'prompt-engineering',
      plan: { lacks: ['fine-tuning'] },
      later: ['fine-tuning'],
      ruledOutBy: ['provider'],
    },
  ],
  [
    'a team ready to tune, new to Microsoft Foundry',
    'Foundry tunes GPT-4.1 and GPT-4o for existing customers only.',
    { ...readyToTune, provider: 'microsoft' },
    {
      recommendation: 'prompt-engineering',
      plan: { lacks: ['fine-tuning'] },
      ruledOutBy: ['provider'],
      alerts: [/14 October 2027/],
    },
  ],
  [
    'a team already tuning on Microsoft Foundry',
    'Existing customers can still tune, with training to April 2027 and deployments to October 2027 at the latest.',
    { ...readyToTune, provider: 'microsoft', tunable: 'yes' },
    {
      recommendation: ['fine-tuning', 'hybrid'],
      plan: { has: ['fine-tuning'] },
      alerts: [/14 April 2027/, /14 October 2027/],
    },
  ],
  [
    'a team ready to tune, on Google Cloud',
    'Google Cloud tunes Gemini 3.5 Flash and Flash-Lite; nothing is closing.',
    { ...readyToTune, provider: 'google', tunable: 'yes' },
    { recommendation: ['fine-tuning', 'hybrid'], plan: { has: ['fine-tuning'] }, noAlerts: true },
  ],
  [
    'a team ready to tune, on AWS Bedrock',
    'Bedrock tunes Amazon Nova models and serves them on demand.',
    { ...readyToTune, provider: 'aws' },
    { recommendation: ['fine-tuning', 'hybrid'], noAlerts: true },
  ],
  [
    'data that must stay in-house, sent to a vendor API',
    'Every approach on a vendor API sends the data out; hosting a model unblocks them all (developer guide).',
    { privacy: 'in-house', hosting: 'api', gap: 'knowledge' },
    { recommendation: 'none', ruledOutBy: ['privacy'] },
  ],
  [
    'issue 21: a knowledge gap with no examples, in-house data and an API',
    'Nothing fits until the hosting or the privacy answer changes.',
    { privacy: 'in-house', hosting: 'api', gap: 'knowledge', tunable: 'no', examples: 'none' },
    { recommendation: 'none' },
  ],
  [
    'self-hosting with no ML expertise, however strong the case for tuning',
    'Tuning on your own servers means running training yourself (AWS: LoRA skills, maybe a data scientist).',
    { ...readyToTune, expertise: 'none', privacy: 'in-house', hosting: 'own-infrastructure' },
    {
      recommendation: 'prompt-engineering',
      plan: { lacks: ['fine-tuning'] },
      ruledOutBy: ['expertise'],
    },
  ],
  [
    'a general task with fewer than 1,000 examples',
    'Below about 1,000 quality examples the developer guide recommends prompting.',
    { domain: 'general', examples: 'under-1k' },
    { recommendation: 'prompt-engineering' },
  ],
  [
    'a specialised, stable task with 10,000+ examples, tight latency and a fixed tone',
    "The developer guide's reasons to fine-tune, all at once.",
    {
      domain: 'specialized',
      examples: 'over-10k',
      latency: 'critical',
      consistency: 'strict',
      change: 'rarely',
      expertise: 'ml-team',
      gap: 'behaviour',
    },
    { recommendation: 'fine-tuning' },
  ],
  [
    'a startup with little budget and a tight deadline',
    'ai-path and AndData: prompting for prototypes, small budgets and close deadlines.',
    { stage: 'prototype', budget: 'low', timeline: 'days' },
    { recommendation: 'prompt-engineering' },
  ],
  [
    'a healthcare assistant with clinical examples and varied conversations',
    'AndData and Swayam: tune the specialised core, prompt for the varied rest.',
    { domain: 'specialized', examples: '1k-10k', accuracy: 'critical', tasks: 'many' },
    { recommendation: 'hybrid' },
  ],
  [
    'the staged path: in production, a medium budget, a few thousand examples',
    'The developer guide tunes the stable core once data and a business case exist.',
    { stage: 'production', budget: 'medium', examples: '1k-10k', change: 'sometimes' },
    { recommendation: 'hybrid' },
  ],
  [
    'fraud detection at a bank: specialised, critical, large dataset, high volume',
    'Swayam: a specialised model trained on a large dataset.',
    {
      stage: 'production',
      domain: 'specialized',
      accuracy: 'critical',
      examples: 'over-10k',
      volume: 'high',
    },
    { recommendation: 'fine-tuning' },
  ],
  [
    'both gaps, but few examples, no ML skills and a small budget',
    'Retrieve the facts now; add tuning once examples and skills exist (OpenAI, developer guide).',
    { gap: 'both', examples: 'under-1k', expertise: 'none', budget: 'low' },
    { recommendation: 'retrieval', plan: { has: ['retrieval'] }, later: ['fine-tuning'] },
  ],
  [
    'no examples at all, however strong the case for tuning',
    'AndData: without proprietary examples there is nothing to tune on; collect them first.',
    {
      examples: 'none',
      expertise: 'ml-team',
      budget: 'high',
      domain: 'specialized',
      accuracy: 'critical',
    },
    { recommendation: ['prompt-engineering', 'retrieval'], ruledOutBy: ['examples'] },
  ],
  [
    'a model that cannot be tuned, with many varied tasks',
    'A hybrid needs a tuned model: ruled out with tuning, whatever the points.',
    { tunable: 'no', tasks: 'many', domain: 'specialized', accuracy: 'critical' },
    { recommendation: ['prompt-engineering', 'retrieval'], ruledOutBy: ['tunable'] },
  ],
];

describe('the plan an expert would write', () => {
  test.each(CASES)('%s', (_name, why, answers, expected) => {
    const d = decide(model, answers);
    const allowed = ([] as Recommendation[]).concat(expected.recommendation);
    expect(allowed, why).toContain(d.recommendation);
    for (const layer of expected.plan?.has ?? []) expect(d.plan, why).toContain(layer);
    for (const layer of expected.plan?.lacks ?? []) expect(d.plan, why).not.toContain(layer);
    for (const layer of expected.later ?? [])
      expect(
        d.later.map((l) => l.layer),
        why,
      ).toContain(layer);
    for (const factor of expected.ruledOutBy ?? [])
      expect(
        d.constraints.map((c) => c.factor),
        why,
      ).toContain(factor);
    const warnings = d.alerts.map((a) => a.text).join(' ');
    for (const words of expected.alerts ?? []) expect(warnings, why).toMatch(words);
    if (expected.noAlerts) expect(d.alerts, why).toEqual([]);
    // Whatever the case: a plan starts with prompting, and a removed approach is never in it.
    if (d.recommendation !== 'none') expect(d.plan[0]).toBe('prompt-engineering');
    for (const id of d.blocked) expect([d.recommendation, ...d.plan]).not.toContain(id);
  });
});

/** The offer an answer set's "Cost this plan" link names, read from content/offers/. */
function linkedOffer(answers: Answers) {
  const link = costLink(payload, answers, decide(model, answers));
  const id = link && new URL(link.href, 'https://example.org').searchParams.get('offer');
  if (!id) return undefined;
  const file = join(process.cwd(), 'content', 'offers', `${id}.yaml`);
  return offerSchema.parse(parse(readFileSync(file, 'utf8')));
}

describe('"Cost this plan" prices the plan where it would run', () => {
  const inHouse = CASES.find(([name]) => name.startsWith('a bank'))![2];

  test('data that must stay in-house is costed on rented GPUs, never on a vendor’s API', () => {
    expect(linkedOffer(inHouse)?.gpu).toBeDefined();
    expect(linkedOffer({ ...inHouse, provider: 'google' })?.gpu).toBeDefined();
  });

  test('a team on a provider that sells tuning is costed on that provider’s offer', () => {
    const vendors = { google: /google/i, aws: /amazon|aws/i, microsoft: /microsoft/i } as const;
    for (const [provider, vendor] of Object.entries(vendors)) {
      const offer = linkedOffer({ provider, hosting: 'api', gap: 'behaviour' });
      expect(offer?.provider, provider).toMatch(vendor);
    }
  });
});
