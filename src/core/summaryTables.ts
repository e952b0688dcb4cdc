/**
 * The counsellor's summary (汇总) as plain tables: the one layout that the command line's
 * `batch` and the task pane's 汇总 tab both write (src/node/writeSummary.ts turns it into an .xlsx).
 * Its words are in src/core/i18n/summaryWorkbook.ts.
 */
import type { Minimum, MinimumKey } from './assess';
import { MINIMUM_KEYS } from './assess';
import { formatTermLabel } from './calendar';
import { compareCodeUnits } from './text';
import type { Cohort, CohortGrade } from './cohort';
import type { Lang } from './i18n/catalog';
import { translator } from './i18n/catalog';
import { summaryWorkbookMessages } from './i18n/summaryWorkbook';
import type { CellValue } from './input';
import type { BonusKey, RuleSet } from './rules';
import { BONUS_KEYS, excellentPercent } from './rules';
import type { Day } from './day';
import type { ClassInfo } from './info';
import type { PaceFigures } from './pacing';
import { isBehind, paceFigures, pacing } from './pacing';
import type { Assessment, Failure, Outcome } from './score';

/** One table of the summary workbook: a header row and its rows. */
export interface SummaryTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** What the summary shows of a minimum: the names still missing stay in the teacher's own report. */
export type SummaryMinimum = Pick<Minimum, 'count' | 'required' | 'met'>;

/**
 * What the summary keeps of a scored workbook: what its tables and the college view show, and
 * no more. A college's folder may hold thousands, so the issue list, the week-by-week progress,
 * the names behind each minimum and the bonus details (most of an outcome's memory) give way to
 * the counts of the problems, the bonus points, and the minimums behind the term calendar on the
 * day the files were scored.
 */
export type SummaryOutcome =
  | {
      readonly ok: true;
      readonly info: ClassInfo;
      readonly grade: Assessment['grade'];
      readonly score: number | null;
      readonly minimums: Readonly<Record<MinimumKey, SummaryMinimum>>;
      readonly points: Readonly<Record<BonusKey, number>>;
      readonly errors: number;
      readonly warnings: number;
      /** Behind the calendar (or not to be judged) on the day of scoring, in minimum order. */
      readonly behind: readonly PaceFigures[];
    }
  | Omit<Failure, 'issues'>;

export function summaryOutcome(outcome: Outcome, today: Day): SummaryOutcome {
  if (!outcome.ok) return { ok: false, error: outcome.error };
  const { info, grade, score, minimums, bonuses, issues } = outcome;
  return {
    ok: true,
    info,
    grade,
    score,
    minimums: mapKeys(MINIMUM_KEYS, (k) => {
      const { count, required, met } = minimums[k];
      return { count, required, met };
    }),
    points: mapKeys(BONUS_KEYS, (k) => bonuses[k].points),
    errors: issues.filter((x) => x.severity === 'error').length,
    warnings: issues.filter((x) => x.severity === 'warning').length,
    behind: pacing(info.term, today, outcome.progress).lines.filter(isBehind).map(paceFigures),
  };
}

/**
 * For a whole college's summary outcomes kept at once (`batch` over a folder, 汇总 over the
 * picked files): returns the outcome with the parts teachers have alike — the term, the major,
 * each minimum's figures, the bonus points, an empty list of minimums behind — taken from an
 * earlier outcome equal in them, so each is kept once, not once per file. Outcomes are
 * read-only, so a reader sees the same values. Measured on 10,000 scored files: a third of the
 * memory of the outcomes kept apart.
 */
export function summarySharer(): (outcome: SummaryOutcome) => SummaryOutcome {
  const shared = sharer();
  return (outcome) => {
    if (!outcome.ok) return outcome;
    const { info } = outcome;
    return {
      ...outcome,
      info: { ...info, term: shared(info.term), major: shared(info.major) },
      minimums: mapKeys(MINIMUM_KEYS, (k) => shared(outcome.minimums[k])),
      points: shared(outcome.points),
      behind: outcome.behind.length === 0 ? NOTHING_BEHIND : outcome.behind,
    };
  };
}

const NOTHING_BEHIND: readonly PaceFigures[] = [];

/**
 * The first value seen with the same JSON, for values of strings, finite numbers and booleans,
 * whose JSON tells them apart.
 */
function sharer(): <T>(value: T) => T {
  const seen = new Map<string, unknown>();
  return <T>(value: T): T => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return seen.get(key) as T;
    seen.set(key, value);
    return value;
  };
}

function mapKeys<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;
}

/** One workbook of the cohort: its name as the user knows it, and what scoring it gave. */
export interface SummaryFile {
  readonly file: string;
  readonly outcome: SummaryOutcome;
}

export interface SummaryInput {
  /** The folder the command line scored; null for files picked in the task pane. */
  readonly folder: string | null;
  readonly files: readonly SummaryFile[];
  /** `gradeCohort` of the files' outcomes, in the same order. */
  readonly cohort: Cohort;
  /** The rule set the files were scored and graded with. */
  readonly rules: RuleSet;
  /** When the files were scored; written as the local wall-clock time. */
  readonly computedAt: Date;
}

/** Office's owner file (`~$一班.xlsx`) beside an open workbook: not a workbook, never part of a cohort. */
export function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/**
 * A Date whose UTC fields are `moment`'s local wall-clock time: a date cell shows its UTC fields,
 * and the counsellor expects the time on their own clock.
 */
function wallClock(moment: Date): Date {
  return new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000);
}

/**
 * The summary workbook's tables: one row per scored teacher (file, class, teacher, grade, score,
 * each bonus, the unmet minimums, tiedAtCutoff, error and warning counts), the files that could
 * not be scored with their message, and when and how it was computed.
 */
export function summaryTables(input: SummaryInput, lang: Lang): SummaryTable[] {
  const t = translator(summaryWorkbookMessages, lang);
  const yesNo = (value: boolean) => (value ? t('summary.yes') : t('summary.no'));
  const scored: CellValue[][] = [];
  const failed: CellValue[][] = [];
  input.files.forEach(({ file, outcome }, i) => {
    if (!outcome.ok) {
      failed.push([file, outcome.error]);
      return;
    }
    const graded = input.cohort.grades[i] ?? { grade: outcome.grade, tiedAtCutoff: false };
    const unmet = MINIMUM_KEYS.filter((k: MinimumKey) => !outcome.minimums[k].met).map((k) =>
      t('summary.unmetItem', {
        name: t(`minimum.${k}`),
        count: outcome.minimums[k].count,
        required: outcome.minimums[k].required,
      }),
    );
    const { term } = outcome.info;
    scored.push([
      file,
      outcome.info.major,
      outcome.info.className,
      outcome.info.teacher,
      formatTermLabel(term),
      graded.grade,
      outcome.score,
      // 不合格: no score, so no bonus either (不合格者不再参加打分); the unmet minimums say why.
      ...BONUS_KEYS.map((k) => (outcome.score === null ? null : outcome.points[k])),
      unmet.length > 0 ? unmet.join(t('listSeparator')) : null,
      yesNo(graded.tiedAtCutoff),
      outcome.errors,
      outcome.warnings,
    ]);
  });
  return [
    {
      name: t('summary.sheet'),
      header: [
        t('summary.file'),
        t('summary.major'),
        t('summary.className'),
        t('summary.teacher'),
        t('summary.term'),
        t('summary.grade'),
        t('summary.score'),
        ...BONUS_KEYS.map((k) => t('summary.bonus', { name: t(`bonus.${k}`) })),
        t('summary.unmet'),
        t('summary.tied'),
        t('summary.errors'),
        t('summary.warnings'),
      ],
      widths: [28, 12, 12, 10, 20, 8, 8, ...BONUS_KEYS.map(() => 12), 30, 10, 8, 8],
      rows: scored,
    },
    {
      name: t('summary.failedSheet'),
      header: [t('summary.file'), t('summary.reason')],
      widths: [32, 100],
      rows: failed,
    },
    {
      name: t('summary.aboutSheet'),
      header: ['', ''],
      widths: [28, 40],
      rows: [
        input.folder === null
          ? [t('summary.about.source'), t('summary.about.picked')]
          : [t('summary.about.folder'), input.folder],
        [t('summary.about.computedAt'), wallClock(input.computedAt)],
        [t('summary.about.ruleSet'), input.rules.name],
        [t('summary.about.scored'), scored.length],
        [t('summary.about.quota', { percent: excellentPercent(input.rules) }), input.cohort.excellentQuota],
        [t('summary.about.failed'), failed.length],
      ],
    },
  ];
}

/** One teacher in the pane's ranking. */
export interface RankedTeacher {
  /** Index into the files given to `rankCohort` (and the cohort's grades). */
  readonly index: number;
  readonly file: string;
  readonly className: string;
  readonly teacher: string;
  /** Competition rank among the scored teachers (1, 2, 2, 4…); null for 不合格 (not scored). */
  readonly rank: number | null;
  readonly score: number | null;
  readonly grade: CohortGrade['grade'];
  readonly tiedAtCutoff: boolean;
}

/**
 * The graded teachers as a ranking: scored ones by score, highest first (equal scores share a
 * rank, then by file name), then the 不合格 ones by file name. Files that could not be scored are
 * not in it.
 */
export function rankCohort(files: readonly SummaryFile[], cohort: Cohort): RankedTeacher[] {
  const teachers = files.flatMap(({ file, outcome }, index): RankedTeacher[] => {
    const graded = cohort.grades[index];
    if (!outcome.ok || !graded) return [];
    const { className, teacher } = outcome.info;
    const { score } = outcome;
    return [{ index, file, className, teacher, rank: null, score, ...graded }];
  });
  const sorted = teachers.sort(
    (a, b) => (b.score ?? -1) - (a.score ?? -1) || compareCodeUnits(a.file, b.file),
  );
  return sorted.map((teacher) => {
    if (teacher.score === null) return teacher;
    return {
      ...teacher,
      rank: 1 + sorted.filter((other) => (other.score ?? -1) > (teacher.score ?? -1)).length,
    };
  });
}
