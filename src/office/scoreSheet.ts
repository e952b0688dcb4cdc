/**
 * The 评分 sheet's content as plain rows (pure; ./excel.ts sends it in one write). It is output
 * only: the core never reads it, so its layout is for people, not for parsers.
 */
import type { Assessment, Lang } from '../core';
import {
  BONUS_KEYS,
  MINIMUM_KEYS,
  formatAcademicYear,
  localDay,
  pacing,
  pacingSheetRows,
  paneMessages,
  translator,
} from '../core';
import type { RangeInput } from './api';

export type ScoreSheetRows = RangeInput[][];

/** Local date and time as a teacher reads it: `2026-10-05 14:30`. */
export function formatTimestamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function scoreSheetRows(outcome: Assessment, lang: Lang, now: Date): ScoreSheetRows {
  const t = translator(paneMessages, lang);
  const { info } = outcome;
  const errors = outcome.issues.filter((i) => i.severity === 'error').length;
  const rows: RangeInput[][] = [
    [t('sheetTitle')],
    [t('sheetNote')],
    [],
    [
      t('sheetTerm'),
      `${formatAcademicYear(info.term.firstYear)} ${t(info.term.term === 1 ? 'term1' : 'term2')}`,
    ],
    [t('sheetClass'), `${info.major} ${info.className}`],
    [t('sheetTeacher'), info.teacher],
    [t('sheetGrade'), outcome.grade],
    [t('sheetScore'), outcome.score ?? t('sheetNotScored')],
    [t('sheetComputedAt'), formatTimestamp(now)],
    [t('sheetRuleSet'), outcome.ruleSet],
    [t('sheetErrors'), errors],
    [t('sheetWarnings'), outcome.issues.length - errors],
    [],
    [t('minimumsTitle'), t('sheetCount'), t('sheetRequired'), t('sheetMet'), t('sheetMissing')],
    ...MINIMUM_KEYS.map((key) => {
      const m = outcome.minimums[key];
      return [
        t(`minimum_${key}` as const),
        m.count,
        m.required,
        t(m.met ? 'sheetYes' : 'sheetNo'),
        m.missing.join(t('listSeparator')),
      ];
    }),
    [],
    [t('bonusesTitle'), t('sheetBonusCount'), t('sheetBonusPoints'), t('sheetBonusCap')],
    ...BONUS_KEYS.map((key) => {
      const b = outcome.bonuses[key];
      return [t(`bonus_${key}` as const, { base: b.base }), b.count, b.points, b.cap];
    }),
    [],
    ...pacingSheetRows(pacing(info.term, localDay(now), outcome.progress), info.term, lang),
  ];
  return rectangular(rows);
}

/** Range.values needs every row as wide as the range: pad with '' (which clears, unlike null). */
function rectangular(rows: readonly RangeInput[][]): ScoreSheetRows {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<RangeInput>(width - r.length).fill('')]);
}
