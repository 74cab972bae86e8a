/**
 * The calculator's result as Markdown for "copy as Markdown": inputs, results, arithmetic and
 * dated sources. A module of its own so that the island loads it only when the reader asks.
 */
import { INPUT_KEYS, INPUT_LABELS, withinLimits, type CostInputs } from './inputs';
import { formatInput, formatUsd } from './format';
import { type CostResult, type OutputKey } from './model';
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
  const lines: string[] = ['# What it costs: prompting or fine-tuning', '', result.verdict, ''];
  if (result.warning) lines.push(`> **Warning:** ${result.warning}`, '');
  lines.push(`Link: <${safeUrl(options.url)}>`, '', '## Inputs', '');
  lines.push('| Input | Value |', '| --- | --- |');
  lines.push(`| Offer | ${options.offer ? escapeMarkdown(options.offer) : 'Your own prices'} |`);
  for (const key of INPUT_KEYS)
    lines.push(`| ${INPUT_LABELS[key]} | ${formatInput(key, x[key])} |`);
  lines.push('', '## Results', '', '| | Prompting | Fine-tuning |', '| --- | --- | --- |');
  lines.push(
    `| Per request | ${formatUsd(result.promptedRequest)} | ${formatUsd(result.tunedRequest)} |`,
    `| Per month | ${formatUsd(result.promptingMonth)} | ${formatUsd(result.tuningMonth)} |`,
    `| Up front | ${formatUsd(result.promptingUpfront)} | ${formatUsd(result.tuningUpfront)} |`,
    '',
  );
  const summary: readonly OutputKey[] = ['training-run', 'payback-months', 'breakeven-volume'];
  for (const line of result.arithmetic)
    if (summary.includes(line.key)) lines.push(`- ${line.label}: ${line.shown}`);
  lines.push('', '## Arithmetic', '');
  for (const line of result.arithmetic)
    lines.push(`- **${line.label}** = ${line.formula} = ${line.shown}`);
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
