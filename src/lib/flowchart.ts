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

interface ListNode {
  tag: 'ol' | 'ul';
  items: ItemNode[];
}
interface ItemNode {
  /** The item's own inline HTML, nested lists excluded. */
  html: string;
  lists: ListNode[];
}

const LIST_TAG = /<(\/?)(ol|ul|li)\b[^>]*>/gi;
const GO_TO = /^(?:go|continue|move)(?: on)? to question (\d+)\.?$/i;

/** Parses nested ol/ul/li markup into a tree; text outside list items is ignored. */
function listTree(html: string): ListNode[] {
  const roots: ListNode[] = [];
  const lists: ListNode[] = [];
  const items: ItemNode[] = [];
  let last = 0;
  const flushText = (end: number) => {
    const item = items.at(-1);
    // Text belongs to the innermost open item only when no deeper list is open inside it.
    if (item && lists.length === items.length) item.html += html.slice(last, end);
    last = end;
  };
  for (const match of html.matchAll(LIST_TAG)) {
    flushText(match.index);
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    const tag = (match[2] ?? '').toLowerCase();
    if (tag === 'li') {
      if (closing) items.pop();
      else {
        const item: ItemNode = { html: '', lists: [] };
        lists.at(-1)?.items.push(item);
        items.push(item);
      }
    } else if (closing) {
      lists.pop();
    } else {
      const list: ListNode = { tag: tag as 'ol' | 'ul', items: [] };
      const parent = items.at(-1);
      if (parent && lists.length === items.length) parent.lists.push(list);
      else roots.push(list);
      lists.push(list);
    }
  }
  return roots;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Inline HTML as the plain text the drawing shows. Citation markers are dropped (their numbers
 * mean nothing outside the text), as is screen-reader-only text; links become their words.
 */
export function plainText(html: string): string {
  const text = html
    .replace(/<sup\b[^>]*class="[^"]*\bcite\b[^"]*"[^>]*>[\s\S]*?<\/sup>/gi, '')
    .replace(/<span\b[^>]*class="[^"]*\bsr-only\b[^"]*"[^>]*>[\s\S]*?<\/span>/gi, '')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
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
  // The list is shown to screen readers only; a link in it would take keyboard focus out of sight.
  if (/<a\b/i.test(html)) {
    throw new Error(
      'Flowchart: the steps may not contain links, citations or glossary terms; put them in the text around it',
    );
  }
  const list = listTree(html).find((l) => l.tag === 'ol');
  if (!list || list.items.length === 0) {
    throw new Error('Flowchart: write the steps as a numbered list of questions');
  }
  const steps = list.items.map((item, index): FlowStep => {
    const number = index + 1;
    const question = plainText(item.html);
    if (!question) throw new Error(`Flowchart: question ${number} has no text`);
    const answerList = item.lists.find((l) => l.tag === 'ul');
    if (!answerList || answerList.items.length === 0) {
      throw new Error(
        `Flowchart: question ${number} ("${question}") needs a bulleted list of answers`,
      );
    }
    const answers = answerList.items.map((answer): FlowAnswer => {
      const bold = /^\s*(?:<p>\s*)?<strong>([\s\S]*?)<\/strong>/i.exec(answer.html);
      const label = bold
        ? plainText(bold[1] ?? '')
            .replace(/[:.]$/, '')
            .trim()
        : '';
      if (!bold || !label) {
        throw new Error(
          `Flowchart: each answer to question ${number} must start with its label in bold ("**Yes:**")`,
        );
      }
      const text = plainText(answer.html.slice(bold.index + bold[0].length));
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
