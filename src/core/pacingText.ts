/**
 * Pacing in words (./i18n/pacing.ts): the same sentences for the 评分 panel and the 评分 sheet,
 * so a counsellor reading the sheet in WPS or LibreOffice sees what the teacher saw in the pane.
 */
import type { Term } from './calendar';
import type { Lang } from './i18n/catalog';
import { translator } from './i18n/catalog';
import { pacingMessages } from './i18n/pacing';
import type { PaceFigures, Pacing } from './pacing';

/** At most this many names in a next step; the rest are counted ("…等 12 人"). */
export const NAMES_SHOWN = 5;

export interface PaceLineText {
  readonly label: string;
  readonly where: string;
  readonly status: string;
  /** The next step, when behind (or the reason pacing cannot tell). */
  readonly next: string | null;
}

export function phaseText(pace: Pacing, term: Term, lang: Lang): string {
  const t = translator(pacingMessages, lang);
  const { phase } = pace;
  if (phase.phase === 'before') return t('phaseBefore', { days: phase.daysToStart });
  if (phase.phase === 'during') return t('phaseDuring', { week: phase.week, weeks: term.weeks });
  return t('phaseAfter', { weeks: term.weeks });
}

export function paceLineText(line: PaceFigures, term: Term, lang: Lang): PaceLineText {
  const t = translator(pacingMessages, lang);
  const names = (list: readonly string[]): string => {
    const shown = list.slice(0, NAMES_SHOWN).join(t('listSeparator'));
    return list.length > NAMES_SHOWN
      ? t('namesAndMore', { names: shown, total: list.length, more: list.length - NAMES_SHOWN })
      : shown;
  };
  const counts = { count: line.count, expected: line.expected, required: line.required };
  const where =
    line.key === 'dormVisits'
      ? t('where_dormVisits', {
          ...counts,
          visited: line.dorms?.visited ?? 0,
          total: line.dorms?.total ?? 0,
          dormsExpected: line.dorms?.expected ?? 0,
        })
      : line.key === 'parents' && term.term === 2
        ? t('where_parentsYear', counts)
        : t(`where_${line.key}`, counts);
  return { label: t(`label_${line.key}`), where, status: t(`status_${line.status}`), next: nextText() };

  function nextText(): string | null {
    if (line.status === 'noDorms') return t('next_noDorms');
    if (line.status !== 'behind') return null;
    switch (line.key) {
      case 'meetings':
      case 'activities':
        return t(`next_${line.key}`, { gap: line.gap });
      case 'dormVisits':
        return line.next.length > 0
          ? t('next_dormVisits', { names: names(line.next) })
          : t('next_dormVisitsOccasion', { gap: line.gap });
      default:
        return t(`next_${line.key}`, { names: names(line.next) });
    }
  }
}

/** The 进度 rows of the 评分 sheet: a sentence for the week, a header, one row per minimum. */
export function pacingSheetRows(pace: Pacing, term: Term, lang: Lang): (string | number)[][] {
  const t = translator(pacingMessages, lang);
  return [
    [t('sheetTitle'), phaseText(pace, term, lang)],
    [
      t('sheetTitle'),
      t('sheetCount'),
      t('sheetExpected'),
      t('sheetRequired'),
      t('sheetStatus'),
      t('sheetNext'),
    ],
    ...pace.lines.map((line) => {
      const text = paceLineText(line, term, lang);
      return [text.label, line.count, line.expected, line.required, text.status, text.next ?? ''];
    }),
  ];
}
