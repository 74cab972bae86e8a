/**
 * Builds the checklist's payload from the site's content, for the page and for guide pages that
 * embed the checklist. The only place the checklist component touches the content layer.
 */
import { factMap, guideTitles, siteContent } from './content';
import {
  modelGuideRefs,
  toDecisionModel,
  toPayload,
  type ChecklistPayload,
} from '../lib/checklist/model';

export async function checklistPayload(site: URL | undefined): Promise<ChecklistPayload> {
  const content = await siteContent();
  const model = toDecisionModel(content.checklist, content.checklistRules.data, await factMap());
  // Section titles ("Data › Proprietary and private data") for every guide ref the links use.
  const sections = await guideTitles([
    ...content.checklist.flatMap((f) => f.data.guide),
    ...Object.values(content.checklistRules.data.guide).flat(),
    ...modelGuideRefs(model),
  ]);
  return toPayload({
    model,
    approaches: content.approaches.map((a) => ({ id: a.id, label: a.data.label })),
    sources: content.sources.map((s) => ({ id: s.id, title: s.data.title })),
    guidePages: [
      ...content.guide.map((g) => ({ id: g.id, title: g.data.title })),
      ...[...sections].map(([id, title]) => ({ id, title })),
    ],
    criteria: content.criteria.map((c) => ({ id: c.id, label: c.data.label })),
    factorLinks: Object.fromEntries(
      content.checklist.map((f) => [
        f.id,
        {
          criteria: f.data.criteria,
          guide: f.data.guide,
          tools: f.data.tools,
          basis: f.data.basis?.sources,
        },
      ]),
    ),
    approachGuide: content.checklistRules.data.guide,
    site: site?.origin ?? '',
  });
}
