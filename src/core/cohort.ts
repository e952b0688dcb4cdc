import type { RuleSet } from './rules';
import { DEFAULT_RULE_SET } from './rules';
import type { Grade } from './score';

export interface CohortGrade {
  readonly grade: Grade;
  readonly tiedAtCutoff: boolean;
}

/** What grading reads of a workbook's outcome (an Outcome, or what the summary keeps of one). */
export type Gradable =
  | { readonly ok: false }
  | { readonly ok: true; readonly score: number | null; readonly grade: Exclude<Grade, '优秀'> };

export interface Cohort {
  readonly excellentQuota: number;
  /** Per outcome, same order; null for a workbook that could not be scored (not counted in M). */
  readonly grades: readonly (CohortGrade | null)[];
}

/**
 * Grades across the college's teachers (docs/rules.md, Grades across teachers): quota = floor(30 % of M) in integer arithmetic,
 * M counting every scored workbook (不合格 too). The best 合格 scores become 优秀; a tie at the
 * cut-off that would exceed the quota stays 合格, flagged for the committee: the cap is never exceeded.
 */
export function gradeCohort(outcomes: readonly Gradable[], rules: RuleSet = DEFAULT_RULE_SET): Cohort {
  const scored = outcomes.filter((o) => o.ok);
  const { numerator, denominator } = rules.excellentShare;
  const excellentQuota = Math.floor((scored.length * numerator) / denominator);

  // Pushed into, not copied: a college's teachers share a few dozen scores between them.
  const byScore = new Map<number, number[]>();
  outcomes.forEach((o, i) => {
    if (!o.ok || o.score === null) return;
    const group = byScore.get(o.score);
    if (group === undefined) byScore.set(o.score, [i]);
    else group.push(i);
  });
  const excellent = new Set<number>();
  const tied = new Set<number>();
  for (const score of [...byScore.keys()].sort((a, b) => b - a)) {
    const group = byScore.get(score) ?? [];
    if (excellent.size + group.length <= excellentQuota) group.forEach((i) => excellent.add(i));
    else {
      if (excellent.size < excellentQuota) group.forEach((i) => tied.add(i));
      break;
    }
  }

  const grades = outcomes.map((o, i): CohortGrade | null =>
    o.ok ? { grade: excellent.has(i) ? '优秀' : o.grade, tiedAtCutoff: tied.has(i) } : null,
  );
  return { excellentQuota, grades };
}
