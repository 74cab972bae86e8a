/**
 * Draws a checklist result into the island's result region with DOM calls only: every string
 * goes in through `textContent`, every link points at a page built from content ids. Input from
 * the URL or storage never reaches this module except as answers the codec has validated.
 */
import { APPROACH_IDS } from '../../lib/site/approaches';
import type { Answers, Decision, Reason } from '../../lib/checklist/decision';
import type { ChecklistPayload, Link } from '../../lib/checklist/model';
import {
  NO_CHANGE,
  answerText,
  capText,
  changeText,
  changesShown,
  citationNumbers,
  confidenceText,
  constraintText,
  costLink,
  effectsText,
  headline,
  laterText,
  planText,
  points,
  progressText,
  revisionTitle,
  steps,
} from '../../lib/checklist/report';
import { PATHS, TOOLS, sourcePath } from '../../lib/site/routes';

/** Reasons shown before "all answers"; the rest sit in a disclosure. */
const TOP_REASONS = 4;
const NOTE = 'mt-4 rounded-lg border-l-4 border-note-border bg-note px-3 py-2';

type Child = Node | string;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link({ href, label }: Link): HTMLAnchorElement {
  const a = h('a', '', label);
  a.href = href;
  return a;
}

export class ResultView {
  #used = new Set<string>();

  constructor(
    private readonly p: ChecklistPayload,
    /** Heading level of the result's sub-sections (3 on the checklist page). */
    private readonly level: number,
    /** Prefix for ids, unique per island on a page. */
    private readonly prefix: string,
  ) {}

  #heading(text: string, extra = ''): HTMLElement {
    return h(`h${Math.min(this.level, 6)}` as 'h3', `mt-6 text-lg font-semibold ${extra}`, text);
  }

  /** Superscript citation numbers linking to the result's own source list. */
  #cite(ids: readonly string[]): HTMLElement {
    const sup = h('sup', 'cite');
    citationNumbers(this.p, ids).forEach(({ id, n }, i) => {
      this.#used.add(id);
      const a = h('a', '', h('span', 'sr-only', 'source '), String(n));
      a.href = `#${this.prefix}-source-${id}`;
      sup.append(i > 0 ? ',' : '', a);
    });
    return sup;
  }

  /** A highlighted note: a bold first line, then its text and citations. */
  #note(title: string, text: string, sources: readonly string[], more?: Link): HTMLElement {
    const note = h(
      'div',
      NOTE,
      h('p', 'font-semibold', title),
      h('p', 'mt-1', `${text} `, this.#cite(sources)),
    );
    if (more) note.append(h('p', 'mt-1', link(more)));
    return note;
  }

  #reason(r: Reason): HTMLLIElement {
    return h(
      'li',
      'mt-3',
      h(
        'p',
        '',
        h('strong', 'font-semibold', answerText(this.p, r.factor, r.value)),
        ' ',
        h('span', 'text-sm text-muted', `(${effectsText(this.p, r.effects)})`),
      ),
      h('p', 'mt-0.5', `${r.text} `, this.#cite(r.sources)),
    );
  }

  /**
   * Replaces the contents of `head` (recommendation, plan, confidence, scores) and `body`
   * (warnings, constraints, next steps, reasons, changes, notes, links, sources) with the result
   * for `answers`. `fromLink` says the answers are a shared link's, as it was made: only then
   * can the rules have changed since.
   */
  render(
    head: HTMLElement,
    body: HTMLElement,
    answers: Answers,
    d: Decision,
    fromLink: boolean,
  ): void {
    this.#used.clear();
    const p = this.p;
    const none = d.recommendation === 'none';
    const title = h('p', 'mt-1 text-2xl font-bold text-(--tone)', headline(p, d));
    title.dataset['tone'] = d.recommendation;
    const summary: Node[] = [
      h('p', 'text-sm font-semibold text-muted', `Recommendation · ${progressText(d)}`),
      title,
    ];
    if (!none) summary.push(h('p', 'mt-1', h('strong', '', 'Plan: '), `${planText(p, d)}.`));
    summary.push(h('p', 'mt-2', confidenceText(p, d)));
    // What holds the confidence down, and what would lift it (no ML expertise, say).
    for (const cap of d.capped) {
      summary.push(
        h('p', 'mt-1 text-sm', `${capText(p, cap)} ${cap.reason} `, this.#cite(cap.sources)),
      );
    }
    const scores = h('ul', 'scores mt-3 grid list-none gap-1 pl-0 text-sm');
    for (const id of APPROACH_IDS) {
      const mark = d.blocked.includes(id)
        ? ' (ruled out)'
        : d.partial.includes(id)
          ? ' (not enough alone)'
          : '';
      scores.append(
        h(
          'li',
          'flex justify-between gap-3 border-b border-border pb-1',
          h('span', '', p.approaches[id]),
          h('span', 'tabular-nums font-semibold', `${points(d.scores[id])}${mark}`),
        ),
      );
    }
    summary.push(h('p', 'sr-only', 'Scores:'), scores);
    head.replaceChildren(...summary);

    const out: Node[] = [];
    // On screen the answers are the form itself; on paper the form is hidden, so list them.
    out.push(this.#heading('Your answers', 'print-only'));
    const given = h('ul', 'print-only print-columns list-disc pl-5');
    for (const f of p.model.factors) {
      const value = Object.hasOwn(answers, f.key) ? answers[f.key] : undefined;
      if (value !== undefined) given.append(h('li', '', answerText(p, f.key, value)));
    }
    out.push(given);

    for (const r of fromLink ? d.revisions : [])
      out.push(this.#note(revisionTitle(r), r.note, r.sources));
    for (const a of d.alerts) out.push(this.#note(a.title, a.text, a.sources, p.pages[a.guide]));
    for (const c of d.constraints) {
      out.push(
        this.#note(constraintText(p, c), `What would make it possible: ${c.unless}`, c.sources),
      );
    }

    if (!none) {
      out.push(this.#heading('Next steps'));
      const list = h('ol', 'mt-1 list-decimal pl-5');
      for (const step of steps(p, d)) {
        const item = h('li', 'mt-2', `${step.text} `, this.#cite(step.sources));
        // On a line of its own, clear of the citation numbers (a target of its own size).
        if (step.link) item.append(h('span', 'block no-print', link(step.link)));
        list.append(item);
      }
      out.push(list);
      const cost = costLink(p, answers, d);
      if (cost) {
        const a = link(cost);
        a.dataset['costLink'] = '';
        out.push(h('p', 'mt-3 font-semibold no-print', a));
      }
      if (d.later.length > 0) {
        out.push(this.#heading('Later'));
        const later = h('ul', 'mt-1 list-disc pl-5');
        for (const l of d.later)
          later.append(h('li', 'mt-2', `${laterText(p, l)} `, this.#cite(l.sources)));
        out.push(later);
      }
    }

    out.push(this.#heading('Why'));
    const top = h('ol', '');
    const rest = h('ol', '');
    d.reasons.forEach((r, i) => (i < TOP_REASONS ? top : rest).append(this.#reason(r)));
    out.push(top);
    if (rest.childElementCount > 0) {
      out.push(
        h(
          'details',
          'mt-3 no-print',
          h(
            'summary',
            'cursor-pointer font-semibold text-accent',
            `The other ${rest.childElementCount} answers`,
          ),
          rest,
        ),
      );
    }
    if (d.tie)
      out.push(
        h(
          'p',
          'mt-3 text-sm',
          `${p.model.rules.ties.reason} `,
          this.#cite(p.model.rules.ties.sources),
        ),
      );

    out.push(this.#heading('What would change it'));
    const changes = changesShown(d);
    if (changes.length === 0) out.push(h('p', 'mt-1', NO_CHANGE));
    for (const c of changes) out.push(h('p', 'mt-1', changeText(p, c)));

    if (d.readiness.length > 0) {
      out.push(this.#heading('Before you fine-tune'));
      const list = h('ul', 'mt-1 list-disc pl-5');
      for (const note of d.readiness) {
        list.append(
          h(
            'li',
            'mt-2',
            h('strong', 'font-semibold', `${note.title}. `),
            `${note.text} `,
            this.#cite(note.sources),
          ),
        );
      }
      out.push(list);
    }

    const links = new Map<string, Link>();
    if (d.recommendation !== 'none')
      for (const l of p.guide[d.recommendation]) links.set(l.href, l);
    for (const r of d.reasons.slice(0, TOP_REASONS))
      for (const l of p.related[r.factor] ?? []) links.set(l.href, l);
    links.set(TOOLS.cost.href, { ...TOOLS.cost });
    links.set(PATHS.compare, {
      href: PATHS.compare,
      label: 'Compare the approaches on every criterion',
    });
    out.push(this.#heading('Read more', 'no-print'));
    const more = h('ul', 'mt-1 list-disc pl-5 no-print');
    for (const l of links.values()) more.append(h('li', '', link(l)));
    out.push(more);

    out.push(this.#heading('Sources'));
    const sources = h('ol', 'sources mt-1 text-sm');
    for (const { id, n } of citationNumbers(p, [...this.#used])) {
      const item = h(
        'li',
        'mt-1',
        `${n}. `,
        link({ href: sourcePath(id), label: p.sources[n - 1]?.title ?? id }),
      );
      item.id = `${this.prefix}-source-${id}`;
      sources.append(item);
    }
    out.push(sources);
    body.replaceChildren(...out);
  }
}
