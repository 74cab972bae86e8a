/**
 * Cross-reference checks over all content, run once per build after the schemas have passed.
 * A schema can only see its own entry; these checks see everything, so they are where a cited
 * source, a glossary term, a criterion or a guide page that does not exist is caught. Each
 * problem names the file and the field so that the author can go straight to it. The checks
 * themselves are in checks.ts, one small function per concept.
 */
import { CHECKS } from './checks';
import { knownIds, type Check, type ContentSet, type Problem } from './content-set';

export type * from './content-set';

/** Every problem the checks find in `content`, in the order of the checks. */
export function checkIntegrity(content: ContentSet, checks: readonly Check[] = CHECKS): Problem[] {
  const known = knownIds(content);
  return checks.flatMap((check) => check(content, known));
}

/** A build error message listing every problem, one per line. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
  return `Content has ${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
