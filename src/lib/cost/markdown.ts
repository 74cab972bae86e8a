/**
 * The calculator's result as Markdown for "copy as Markdown": the verdict, inputs, results for
 * every path shown, the arithmetic and dated sources. A module of its own so that the island
 * loads it only when the reader asks.
 */
import { INPUT_KEYS, INPUT_LABELS, withinLimits, type CostInputs, type InputKey } from './inputs';
import { formatInput, formatMonths } from './format';
import type { CostResult } from './model';
import { arithmeticOf } from './arithmetic';
import { cellText } from './table';
import { explain } from './explain';
import { PATH_NAMES } from './words';
import { formatDate } from '../site/format';

/** A source as the Markdown cites it. */
export interface MarkdownSource {
  title: string;
  url?: string | undefined;
  /** The day the figures were read there. */
  checked?: Date | undefined;
}

/** What the Markdown needs besides the figures: the link, the offer's name and the sources. */
export interface MarkdownOptions {
  /** The link that reopens this view. */
  url: string;
  /** The offer's name; left out when the reader typed their own prices. */
  offer?: string | undefined;
  /** Inputs nobody gave, written as unknown. */
  unknown?: readonly InputKey[];
  /** The day deadlines are counted from, for the warning. */
  today?: Date | undefined;
  sources: readonly MarkdownSource[];
}

// Titles and offer names come from content, but a table cell or link text must not be broken by
// the characters Markdown gives meaning to.
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
// An address in angle brackets may hold anything but brackets and white space.
const safeUrl = (url: string): string => url.replace(/[<>\s]/g, (ch) => encodeURIComponent(ch));

/** The inputs, results, arithmetic and dated sources, as Markdown for "copy as Markdown". */
export function toMarkdown(
  inputs: CostInputs,
  result: CostResult,
  options: MarkdownOptions,
): string {
  const x = withinLimits(inputs);
  const { paths, host } = result.choices;
  const { paybacks, warning } = explain(x, result, options.today);
  const lines: string[] = ['# What it costs: every path compared', '', result.summary, ''];
  for (const sentence of paybacks) lines.push(`- ${sentence}`);
  if (paybacks.length > 0) lines.push('');
  if (warning) lines.push(`> **Warning:** ${warning}`, '');
  lines.push(`Link: <${safeUrl(options.url)}>`, '', '## Inputs', '');
  lines.push('| Input | Value |', '| --- | --- |');
  lines.push(`| Offer | ${options.offer ? escapeMarkdown(options.offer) : 'My own prices'} |`);
  lines.push(`| Paths | ${paths.map((p) => PATH_NAMES[p]).join(', ')} |`);
  lines.push(`| Runs on | ${host === 'gpu' ? 'rented GPUs' : 'a provider’s API'} |`);
  for (const key of INPUT_KEYS) {
    const value = options.unknown?.includes(key) ? 'unknown' : formatInput(key, x[key]);
    lines.push(`| ${INPUT_LABELS[key]} | ${value} |`);
  }
  const head = `| | ${paths.map((p) => PATH_NAMES[p]).join(' | ')} |`;
  const rule = `| --- |${paths.map(() => ' --- |').join('')}`;
  const row = (label: string, pick: (p: (typeof paths)[number]) => string) =>
    `| ${label} | ${paths.map(pick).join(' | ')} |`;
  lines.push('', '## Results', '', head, rule);
  lines.push(
    row('Per request', (p) => cellText(result, 'request', p)),
    row('Per month', (p) => cellText(result, 'month', p)),
    row('Up front', (p) => cellText(result, 'upfront', p)),
    row(`Total over ${formatMonths(x.months)}`, (p) => cellText(result, 'total', p)),
  );
  if (host === 'gpu') lines.push(row('GPUs', (p) => String(result.path[p].gpus)));
  lines.push('');
  const arithmetic = arithmeticOf(x, result, options.unknown);
  const summary = new Set<string>([
    'training-run',
    'payback-months',
    'tuned-retrieval-payback-months',
    'breakeven-volume',
  ]);
  for (const line of arithmetic)
    if (summary.has(line.key)) lines.push(`- ${line.label}: ${line.shown}`);
  lines.push('', '## Arithmetic', '');
  for (const line of arithmetic)
    lines.push(`- **${line.label}** = ${line.rule} = ${line.formula} = ${line.shown}`);
  if (options.sources.length > 0) {
    lines.push('', '## Sources', '');
    for (const s of options.sources) {
      const title = escapeMarkdown(s.title);
      const cited = s.url ? `[${title}](<${safeUrl(s.url)}>)` : title;
      lines.push(`- ${cited}${s.checked ? `, checked ${formatDate(s.checked)}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
