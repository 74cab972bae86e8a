/**
 * Reads a decision flowchart out of the HTML that Markdown makes of a numbered list of questions,
 * each with a bulleted list of answers:
 *
 *   1. Have you measured a prompt?
 *      - **No:** Prompt engineering: write an evaluation set first.
 *      - **Yes:** go to question 2.
 *
 * The list is the flowchart's text equivalent and its only source: the drawing is built from
 * what this returns, so the two cannot drift apart. An answer reading just "go to question N"
 * leads on to that question; any other answer is an outcome. Pure: no DOM, no Astro.
 */
import { childElements, parseHtml, textOf, HTMLElement } from '../../site/build/html';

export interface FlowAnswer {
  /** The answer as written in bold at the start of the item, without its colon ("Yes"). */
  label: string;
  /** The question this answer leads to (1-based), when it leads on instead of ending. */
  next?: number;
  /** The outcome, as plain text, when the answer ends the flow here. */
  outcome?: string;
  /** The approach the outcome recommends, when it opens with an approach's name. */
  approach?: string;
  /** The outcome's opening words, shown as its heading: that name, or a lead-in before a colon. */
  heading?: string;
  /** The rest of the outcome after the heading (all of it when there is none). */
  detail?: string;
}

export interface FlowStep {
  /** 1-based position in the list; answers refer to it as "question N". */
  number: number;
  question: string;
  answers: FlowAnswer[];
}

/** An approach id and the name readers see, used to recognise outcomes that recommend one. */
export interface ApproachName {
  id: string;
  label: string;
}

const GO_TO = /^(?:go|continue|move)(?: on)? to question (\d+)\.?$/i;

/**
 * Inline HTML as the plain text the drawing shows. Citation markers are dropped (their numbers
 * mean nothing outside the text), as is screen-reader-only text; links become their words.
 */
export function plainText(html: string): string {
  return plainTextOf(parseHtml(html));
}

function plainTextOf(node: HTMLElement): string {
  const copy = parseHtml(node.innerHTML);
  copy.querySelectorAll('sup.cite, .sr-only, ol, ul').forEach((el) => el.remove());
  return textOf(copy);
}

/** A short lead-in before a colon ("Add context: …") is shown as the outcome's heading. */
const LEAD_IN = /^([^:.;,]{1,40}):\s+(.+)$/;

/**
 * Splits an outcome into a heading and the rest: the name of an approach it opens with
 * ("Fine-tuning: …", which also gives the outcome that approach's colour), else a short lead-in
 * before a colon.
 */
function withHeading(outcome: string, approaches: readonly ApproachName[]): Partial<FlowAnswer> {
  for (const { id, label } of approaches) {
    const head = outcome.slice(0, label.length);
    const rest = outcome.slice(label.length);
    if (head.toLowerCase() === label.toLowerCase() && /^[:.,]\s/.test(rest)) {
      return { approach: id, heading: head, detail: rest.slice(1).trim() };
    }
  }
  const lead = LEAD_IN.exec(outcome);
  if (lead) return { heading: lead[1] ?? '', detail: lead[2] ?? '' };
  return { detail: outcome };
}

/**
 * The flowchart described by `html`: its first numbered list, one step per item. Throws with a
 * message naming the question when the list does not have the expected shape, so a mistake in
 * the content stops the build instead of drawing a broken chart.
 */
export function parseFlowchart(html: string, approaches: readonly ApproachName[] = []): FlowStep[] {
  const root = parseHtml(html);
  // The list is shown to screen readers only; a link in it would take keyboard focus out of sight.
  if (root.querySelector('a')) {
    throw new Error(
      'Flowchart: the steps may not contain links, citations or glossary terms; put them in the text around it',
    );
  }
  const list = root.querySelector('ol');
  const items = list ? childElements(list, 'li') : [];
  if (items.length === 0) {
    throw new Error('Flowchart: write the steps as a numbered list of questions');
  }
  const steps = items.map((item, index): FlowStep => {
    const number = index + 1;
    const question = plainTextOf(item);
    if (!question) throw new Error(`Flowchart: question ${number} has no text`);
    const answerList = childElements(item, 'ul')[0];
    const answerItems = answerList ? childElements(answerList, 'li') : [];
    if (answerItems.length === 0) {
      throw new Error(
        `Flowchart: question ${number} ("${question}") needs a bulleted list of answers`,
      );
    }
    const answers = answerItems.map((answer): FlowAnswer => {
      // The label is the <strong> the item opens with (inside a <p> in a loose list).
      const lead = childElements(answer)[0];
      const opening = lead?.tagName === 'P' ? childElements(lead)[0] : lead;
      const startsWithIt = (opening && answer.text.trimStart().startsWith(opening.text)) ?? false;
      const bold = opening?.tagName === 'STRONG' && startsWithIt ? opening : undefined;
      const label = bold ? textOf(bold).replace(/[:.]$/, '').trim() : '';
      if (!bold || !label) {
        throw new Error(
          `Flowchart: each answer to question ${number} must start with its label in bold ("**Yes:**")`,
        );
      }
      bold.remove();
      const text = plainTextOf(answer);
      const goTo = GO_TO.exec(text);
      if (goTo) return { label, next: Number(goTo[1]) };
      if (!text)
        throw new Error(`Flowchart: answer "${label}" to question ${number} has no outcome`);
      return { label, outcome: text, ...withHeading(text, approaches) };
    });
    return { number, question, answers };
  });
  for (const step of steps) {
    for (const answer of step.answers) {
      if (answer.next !== undefined && (answer.next <= step.number || answer.next > steps.length)) {
        throw new Error(
          `Flowchart: question ${step.number} leads to question ${answer.next}, which is not a later question`,
        );
      }
    }
  }
  return steps;
}

/**
 * How a step is drawn: the answer that leads straight on to the next question continues the
 * main line downwards; every other answer branches off to the side.
 */
export function layoutStep(step: FlowStep): { onward?: FlowAnswer; branches: FlowAnswer[] } {
  const onward = step.answers.find((a) => a.next === step.number + 1);
  return onward
    ? { onward, branches: step.answers.filter((a) => a !== onward) }
    : { branches: step.answers };
}
