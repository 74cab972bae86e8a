/**
 * How a dated fact reads: its value ("6 January 2027", "100 examples", "$4") and the day it was
 * checked ("as of 30 November 2026"). Pure; shared by the <Fact> component, the checklist's
 * payload and the changes log.
 */
import { formatDate } from '../site/format';

export interface FactValue {
  value: Date | number | string;
  unit?: string | undefined;
  checked: Date;
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** The value as readers see it. */
export function factText(fact: FactValue): string {
  if (fact.value instanceof Date) return formatDate(fact.value);
  if (typeof fact.value === 'number') {
    const figure = NUMBER.format(fact.value);
    return fact.unit ? `${figure} ${fact.unit}` : figure;
  }
  return fact.value;
}

/** "as of 30 November 2026" */
export function asOfText(fact: Pick<FactValue, 'checked'>): string {
  return `as of ${formatDate(fact.checked)}`;
}

/** The machine-readable date for a <time> element, when the value is a date. */
export function factDatetime(fact: FactValue): string | undefined {
  return fact.value instanceof Date ? fact.value.toISOString().slice(0, 10) : undefined;
}

/**
 * Fills `{fact:id}` placeholders in a sentence from content (a checklist note, say) with the
 * fact's value and its date: "{fact:openai-last-jobs}" → "6 January 2027 (as of 30 November
 * 2026)". Unknown ids are left as written; the integrity check reports them.
 */
export function fillFacts(text: string, facts: ReadonlyMap<string, FactValue>): string {
  return text.replace(/\{fact:([a-z0-9-]+)\}/g, (whole, id: string) => {
    const fact = facts.get(id);
    return fact ? `${factText(fact)} (${asOfText(fact)})` : whole;
  });
}

/** Every fact id a sentence refers to with `{fact:id}`. */
export function factPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{fact:([a-z0-9-]+)\}/g)].map((m) => m[1] ?? '');
}
