/**
 * The components guide pages may use without importing them. Passed to every MDX page's
 * <Content components={…}>; the ids they take are checked by src/lib/content/build/integrity.ts.
 */
import Cite from './Cite.astro';
import Term from './Term.astro';
import Fact from './Fact.astro';
import Disagreement from './Disagreement.astro';
import Takeaways from './Takeaways.astro';
import DecisionFlowchart from './DecisionFlowchart.astro';
import Checklist from '../checklist/ChecklistEmbed.astro';

export const mdxComponents = {
  Cite,
  Fact,
  Term,
  Disagreement,
  Takeaways,
  DecisionFlowchart,
  Checklist,
};
