import type { Minimum, MinimumKey } from '../core/assess';
import { MINIMUM_KEYS } from '../core/assess';
import { formatAcademicYear, formatTerm, termEnd } from '../core/calendar';
import type { CohortGrade } from '../core/cohort';
import { formatDay } from '../core/day';
import type { Lang } from '../core/i18n/catalog';
import type { IssueOut } from '../core/issues';
import { renderIssue } from '../core/issues';
import type { RuleSet } from '../core/rules';
import { BONUS_KEYS, excellentPercent } from '../core/rules';
import type { UnpacedAssessment, UnpacedOutcome } from '../core/score';
import type { SummaryOutcome } from '../core/summaryTables';
import type { T } from './io';

/**
 * The readable report of `score`: per workbook its class, grade and score, each minimum with its
 * count / required and what is missing by name, each bonus with its points, then every error and
 * warning with sheet, row and column.
 */
export function formatOutcome(
  file: string,
  outcome: UnpacedOutcome,
  graded: CohortGrade | null,
  rules: RuleSet,
  t: T,
  lang: Lang,
): string[] {
  const lines = [`━━ ${t('score.title', { file })} ━━`];
  if (!outcome.ok) {
    lines.push(t('score.failed'));
    return lines;
  }
  const grade = graded?.grade ?? outcome.grade;
  lines.push(classLine(outcome, t));
  lines.push(t('score.grade', { grade: t(`grade.${grade}`) }));
  if (outcome.score === null) lines.push(t('score.noPoints'));
  else {
    const bonus = bonusTotal(outcome);
    lines.push(t('score.points', { score: outcome.score, base: outcome.score - bonus, bonus }));
  }
  if (graded?.tiedAtCutoff) lines.push(t('score.tied'));

  lines.push(t('score.minimums'));
  for (const key of MINIMUM_KEYS) lines.push(...minimumLines(key, outcome.minimums[key], outcome, rules, t));

  lines.push(t('score.bonuses'));
  for (const key of BONUS_KEYS) {
    const bonus = outcome.bonuses[key];
    const next = bonus.next
      ? t('score.next', {
          more: bonus.next.more,
          unit: t(`bonusUnit.${key}`, { n: bonus.next.more }),
          points: bonus.next.points,
        })
      : '';
    lines.push(
      t('score.bonusLine', {
        name: t(`bonus.${key}`),
        points: bonus.points,
        count: bonus.count,
        unit: t(`bonusUnit.${key}`, { n: bonus.count }),
        cap: bonus.cap,
        next,
      }),
    );
  }

  const errors = outcome.issues.filter((i) => i.severity === 'error').map((i) => renderIssue(i, lang));
  const warnings = outcome.issues.filter((i) => i.severity === 'warning').map((i) => renderIssue(i, lang));
  if (errors.length === 0 && warnings.length === 0) lines.push(t('score.noIssues'));
  if (errors.length > 0)
    lines.push(t('score.errors', { count: errors.length }), ...errors.map((i) => issueLine(i, t)));
  if (warnings.length > 0)
    lines.push(t('score.warnings', { count: warnings.length }), ...warnings.map((i) => issueLine(i, t)));
  return lines;
}

function classLine(outcome: UnpacedAssessment, t: T): string {
  const { term, major, className, teacher } = outcome.info;
  return t('score.class', {
    major,
    className,
    teacher,
    year: formatAcademicYear(term.firstYear),
    term: formatTerm(term.term),
    weeks: term.weeks,
    start: formatDay(term.start),
    end: formatDay(termEnd(term)),
  });
}

function bonusTotal(outcome: UnpacedAssessment): number {
  return BONUS_KEYS.reduce((sum, key) => sum + outcome.bonuses[key].points, 0);
}

const MISSING_LABEL: Partial<
  Record<MinimumKey, 'missing.talks' | 'missing.dormVisits' | 'missing.parents' | 'missing.specialCare'>
> = {
  talks: 'missing.talks',
  dormVisits: 'missing.dormVisits',
  parents: 'missing.parents',
  specialCare: 'missing.specialCare',
};

function minimumLines(
  key: MinimumKey,
  minimum: Minimum,
  outcome: UnpacedAssessment,
  rules: RuleSet,
  t: T,
): string[] {
  const lines = [
    t('score.minimumLine', {
      mark: minimum.met ? t('score.met') : t('score.notMet'),
      name: t(`minimum.${key}`),
      count: minimum.count,
      required: minimum.required,
      unit: t(`unit.${key}`, { n: minimum.required }),
    }),
  ];
  const yearProgress = key === 'parents' && outcome.info.term.term === 1;
  const label = MISSING_LABEL[key];
  if (label && minimum.missing.length > 0 && !yearProgress) {
    lines.push(t('score.missing', { label: t(label), names: minimum.missing.join(t('listSeparator')) }));
  }
  if (yearProgress) {
    lines.push(
      t('score.yearProgress', {
        count: outcome.rosterSize - minimum.missing.length,
        total: outcome.rosterSize,
      }),
    );
  }
  if (key === 'dormVisits') {
    if (minimum.reason === 'noDorms') lines.push(t('score.noDorms'));
    else if (!minimum.met || (minimum.fullSweeps ?? 0) > 0) {
      lines.push(
        t('score.fullSweeps', {
          count: minimum.fullSweeps ?? 0,
          required: rules.minimums.fullSweepsPerTerm,
        }),
      );
    }
  }
  return lines;
}

function issueLine(issue: IssueOut, t: T): string {
  return t('score.issue', {
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column,
    message: issue.message,
  });
}

/** The batch's cohort: quota, 优秀 and tied teachers by file. */
export function formatCohort(
  files: readonly { readonly file: string; readonly outcome: UnpacedOutcome | SummaryOutcome }[],
  grades: readonly (CohortGrade | null)[],
  quota: number,
  rules: RuleSet,
  t: T,
): string[] {
  const label = (i: number): string => {
    const entry = files[i];
    if (!entry?.outcome.ok) return entry?.file ?? '';
    return `${entry.file}（${entry.outcome.info.className} ${entry.outcome.info.teacher} ${entry.outcome.score ?? ''}）`;
  };
  const indices = (test: (g: CohortGrade) => boolean) => grades.flatMap((g, i) => (g && test(g) ? [i] : []));
  const excellent = indices((g) => g.grade === '优秀');
  const tied = indices((g) => g.tiedAtCutoff);
  const lines = [
    '━━━━',
    t('score.cohort', {
      total: files.length,
      scored: files.filter((f) => f.outcome.ok).length,
      quota,
      percent: excellentPercent(rules),
    }),
  ];
  if (excellent.length > 0)
    lines.push(t('score.excellent', { names: excellent.map(label).join(t('listSeparator')) }));
  if (tied.length > 0) lines.push(t('score.tiedList', { names: tied.map(label).join(t('listSeparator')) }));
  return lines;
}
