import type { Minimum, MinimumKey } from './assess';
import { MINIMUM_KEYS } from './assess';
import type { Cohort } from './cohort';
import type { Lang } from './i18n/catalog';
import type { IssueOut } from './issues';
import type { BonusKey } from './rules';
import { BONUS_KEYS } from './rules';
import type { Grade, UnpacedOutcome } from './score';
import { issuesOf } from './score';

/** One workbook of the machine-readable score (docs/rules.md, The machine-readable score). */
export type ScoreEntry =
  | {
      readonly file: string;
      readonly ok: true;
      readonly grade: Grade;
      readonly score: number | null;
      readonly bonus: Readonly<Record<BonusKey, number>>;
      readonly minimums: Readonly<Record<MinimumKey, Pick<Minimum, 'count' | 'required' | 'met'>>>;
      readonly tiedAtCutoff: boolean;
      readonly ruleSet: string;
      readonly errors: readonly IssueOut[];
      readonly warnings: readonly IssueOut[];
    }
  | { readonly file: string; readonly ok: false; readonly error: string };

export interface ScoreReport {
  readonly excellentQuota: number;
  readonly workbooks: readonly ScoreEntry[];
}

/** The machine-readable score of a batch: outcomes in file order, graded together. */
export function scoreReport(
  files: readonly { readonly file: string; readonly outcome: UnpacedOutcome }[],
  cohort: Cohort,
  lang: Lang,
): ScoreReport {
  return {
    excellentQuota: cohort.excellentQuota,
    workbooks: files.map(({ file, outcome }, i): ScoreEntry => {
      if (!outcome.ok) return { file, ok: false, error: outcome.error };
      const graded = cohort.grades[i] ?? { grade: outcome.grade, tiedAtCutoff: false };
      return {
        file,
        ok: true,
        grade: graded.grade,
        score: outcome.score,
        bonus: Object.fromEntries(BONUS_KEYS.map((k) => [k, outcome.bonuses[k].points])) as Record<
          BonusKey,
          number
        >,
        minimums: Object.fromEntries(
          MINIMUM_KEYS.map((k) => {
            const { count, required, met } = outcome.minimums[k];
            return [k, { count, required, met }];
          }),
        ) as Record<MinimumKey, Pick<Minimum, 'count' | 'required' | 'met'>>,
        tiedAtCutoff: graded.tiedAtCutoff,
        ruleSet: outcome.ruleSet,
        errors: issuesOf(outcome, 'error', lang),
        warnings: issuesOf(outcome, 'warning', lang),
      };
    }),
  };
}
