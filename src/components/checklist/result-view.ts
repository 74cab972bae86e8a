/**
 * Draws a checklist result into the island's result region with DOM calls only: every string
 * goes in through `textContent`, every link points at a page built from content ids. Input from
 * the URL or storage never reaches this module except as answers the codec has validated.
 */
import { APPROACH_IDS } from '../../lib/site/approaches';
import type { Answers, Decision, Reason } from '../../lib/checklist/decision';
import type { ChecklistPayload, Link } from '../../lib/checklist/model';
import {
  answerText,
  changeText,
  citationNumbers,
  capText,
  confidenceText,
  revisionTitle,
  constraintText,
  effectsText,
  headline,
  points,
  progressText,
} from '../../lib/checklist/report';
import { PATHS, TOOLS, sourcePath } from '../../lib/site/routes';

/** Reasons shown before "all answers"; the rest sit in a disclosure. */
const TOP_REASONS = 4;

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
   * Replaces the contents of `head` (recommendation, confidence, scores) and `body` (constraints,
   * reasons, changes, notes, links, sources) with the result for `answers`.
   */
  render(head: HTMLElement, body: HTMLElement, answers: Answers, d: Decision): void {
    this.#used.clear();
    const p = this.p;
    const summary: Node[] = [];
    const title = h('p', 'mt-1 text-2xl font-bold text-(--tone)', headline(p, d));
    title.dataset.tone = d.recommendation;
    summary.push(
      h('p', 'text-sm font-semibold text-muted', `Recommendation · ${progressText(d)}`),
      title,
      h('p', 'mt-2', confidenceText(p, d)),
    );
    // What holds the confidence down, and what would lift it (no ML expertise, say).
    for (const cap of d.capped) {
      summary.push(
        h('p', 'mt-1 text-sm', `${capText(p, cap)} ${cap.reason} `, this.#cite(cap.sources)),
      );
    }
    const scores = h('ul', 'scores mt-3 grid list-none gap-1 pl-0 text-sm');
    for (const id of APPROACH_IDS) {
      const row = h(
        'li',
        'flex justify-between gap-3 border-b border-border pb-1',
        h('span', '', p.approaches[id]),
      );
      const value = `${points(d.scores[id])}${d.blocked.includes(id) ? ' (ruled out for now)' : ''}`;
      row.append(h('span', 'tabular-nums font-semibold', value));
      scores.append(row);
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

    for (const r of d.revisions) {
      out.push(
        h(
          'div',
          'mt-4 rounded-lg border-l-4 border-note-border bg-note px-3 py-2',
          h('p', 'font-semibold', revisionTitle(r)),
          h('p', 'mt-1', `${r.note} `, this.#cite(r.sources)),
        ),
      );
    }

    for (const c of d.constraints) {
      out.push(
        h(
          'div',
          'mt-4 rounded-lg border-l-4 border-note-border bg-note px-3 py-2',
          h('p', 'font-semibold', constraintText(p, c)),
          h('p', 'mt-1', `What would make it possible: ${c.unless} `, this.#cite(c.sources)),
        ),
      );
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
    const [change] = d.changes;
    out.push(
      h(
        'p',
        'mt-1',
        change
          ? changeText(p, change)
          : 'No single changed answer would change the recommendation.',
      ),
    );

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
      const title = p.sources[n - 1]?.title ?? id;
      const item = h('li', 'mt-1', `${n}. `, link({ href: sourcePath(id), label: title }));
      item.id = `${this.prefix}-source-${id}`;
      sources.append(item);
    }
    out.push(sources);
    body.replaceChildren(...out);
  }
}
