/**
 * The counsellor's picture of the college (汇总): how the scores spread, how many teachers meet
 * each minimum, and which classes are behind the term calendar — worst first, so the first rows
 * answer "who needs help". The pane draws it; the summary workbook gets it as tables.
 */
import type { MinimumKey } from './assess';
import { MINIMUM_KEYS } from './assess';
import type { Term } from './calendar';
import type { CohortGrade } from './cohort';
import type { Lang } from './i18n/catalog';
import { translator } from './i18n/catalog';
import { collegeMessages } from './i18n/college';
import { pacingMessages } from './i18n/pacing';
import type { PaceFigures } from './pacing';
import { paceLineText } from './pacingText';
import type { RuleSet } from './rules';
import { maxScore } from './rules';
import type { SummaryFile, SummaryInput, SummaryTable } from './summaryTables';
import { compareCodeUnits } from './text';

/** Scores are banded this many points wide, from the base points up; the last band takes the maximum. */
export const SCORE_BAND = 5;

export interface ScoreBand {
  /** null for 不合格 (not scored). */
  readonly from: number | null;
  readonly to: number | null;
  readonly count: number;
}

export interface Compliance {
  readonly key: MinimumKey;
  /** Teachers whose workbook meets the minimum now. */
  readonly met: number;
  /** Teachers behind the calendar on it today. */
  readonly behind: number;
  readonly total: number;
}

export interface ClassBehind {
  /** Index into the files given to `collegeView` (and the cohort's grades). */
  readonly index: number;
  readonly file: string;
  readonly className: string;
  readonly teacher: string;
  readonly term: Term;
  readonly grade: CohortGrade['grade'];
  readonly score: number | null;
  /** The minimums behind the calendar today (or that cannot be judged), in minimum order. */
  readonly lines: readonly PaceFigures[];
}

export interface CollegeView {
  readonly scored: number;
  readonly distribution: readonly ScoreBand[];
  /** Least met first. */
  readonly compliance: readonly Compliance[];
  /** Most minimums behind first, then the lowest score (不合格 before any score), then by file. */
  readonly behind: readonly ClassBehind[];
}

export function collegeView(
  files: readonly SummaryFile[],
  grades: readonly (CohortGrade | null)[],
  rules: RuleSet,
): CollegeView {
  const classes = files.flatMap(({ file, outcome }, index) => {
    const graded = grades[index];
    if (!outcome.ok || !graded) return [];
    return [{ index, file, outcome, graded, lines: outcome.behind }];
  });

  const top = maxScore(rules);
  const bands: ScoreBand[] = [{ from: null, to: null, count: 0 }];
  for (let from = rules.basePoints; from <= top; from += SCORE_BAND) {
    const to = from + 2 * SCORE_BAND > top + 1 ? top : from + SCORE_BAND - 1;
    bands.push({ from, to, count: 0 });
    if (to === top) break;
  }
  const distribution = bands.map((band) => ({
    ...band,
    count: classes.filter(({ outcome }) =>
      band.from === null || band.to === null
        ? outcome.score === null
        : outcome.score !== null && outcome.score >= band.from && outcome.score <= band.to,
    ).length,
  }));

  const compliance = MINIMUM_KEYS.map((key): Compliance => ({
    key,
    met: classes.filter(({ outcome }) => outcome.minimums[key].met).length,
    behind: classes.filter(({ lines }) => lines.some((l) => l.key === key)).length,
    total: classes.length,
  })).sort((a, b) => a.met - b.met || b.behind - a.behind);

  const behind = classes
    .map(({ index, file, outcome, graded, lines }): ClassBehind => ({
      index,
      file,
      className: outcome.info.className,
      teacher: outcome.info.teacher,
      term: outcome.info.term,
      grade: graded.grade,
      score: outcome.score,
      lines,
    }))
    .filter((c) => c.lines.length > 0)
    .sort(
      (a, b) =>
        b.lines.length - a.lines.length ||
        (a.score ?? -1) - (b.score ?? -1) ||
        compareCodeUnits(a.file, b.file),
    );

  return { scored: classes.length, distribution, compliance, behind };
}

/** A band as people read it: `60–64`, `85–90`, or 不合格. */
export function bandLabel(band: ScoreBand, lang: Lang): string {
  const t = translator(collegeMessages, lang);
  return band.from === null ? t('notScored') : t('band', { from: band.from, to: band.to ?? band.from });
}

/** Percent with no decimals, for a table cell: 0 of 0 is 0 %. */
function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

/**
 * The college view as tables for the summary workbook, one sheet per view: the classes behind
 * (the first screen answers "who needs help"), each minimum's compliance, the score distribution.
 * "Today" is when the files were scored.
 */
export function collegeTables(input: SummaryInput, lang: Lang): SummaryTable[] {
  const t = translator(collegeMessages, lang);
  const label = translator(pacingMessages, lang);
  const view = collegeView(input.files, input.cohort.grades, input.rules);
  return [
    {
      name: t('behindSheet'),
      header: [
        t('file'),
        t('className'),
        t('teacher'),
        t('grade'),
        t('score'),
        t('behindCount'),
        t('behindItems'),
        t('nextSteps'),
      ],
      widths: [28, 12, 10, 8, 8, 10, 30, 80],
      rows: view.behind.map((c) => {
        const texts = c.lines.map((l) => paceLineText(l, c.term, lang));
        return [
          c.file,
          c.className,
          c.teacher,
          c.grade,
          c.score,
          c.lines.length,
          texts.map((x) => x.label).join(t('listSeparator')),
          texts.map((x) => t('nextStep', { label: x.label, text: x.next ?? x.where })).join('\n'),
        ];
      }),
    },
    {
      name: t('complianceSheet'),
      header: [t('minimum'), t('met'), t('teachers'), t('metShare'), t('behindTeachers')],
      widths: [16, 10, 10, 10, 14],
      rows: view.compliance.map((c) => [
        label(`label_${c.key}`),
        c.met,
        c.total,
        percent(c.met, c.total),
        c.behind,
      ]),
    },
    {
      name: t('distributionSheet'),
      header: [t('bandHeader'), t('teachers'), t('share')],
      widths: [12, 10, 10],
      rows: view.distribution.map((b) => [bandLabel(b, lang), b.count, percent(b.count, view.scored)]),
    },
  ];
}
