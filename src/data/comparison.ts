/** The comparison download data for the site's origin: shared by /comparison.json and /comparison.csv. */
import { siteContent } from './content';
import { comparisonData, type ComparisonData } from '../lib/compare/data';

export async function siteComparison(site: URL | undefined): Promise<ComparisonData> {
  const { criteria, approaches, sources } = await siteContent();
  // `site` is always set in astro.config.mjs; the fallback only keeps the type honest.
  return comparisonData({
    site: site ?? new URL('http://localhost/'),
    criteria,
    approaches,
    sources,
  });
}
