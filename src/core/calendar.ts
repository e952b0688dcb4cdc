import type { Day } from './day';
import { addDays, dayFromParts, dayParts } from './day';
import { toHalfWidth } from './text';

/** A term as the calendar needs it (docs/rules.md, The term). */
export interface Term {
  /** First calendar year of the 学年度: 2026 for 2026-2027. */
  readonly firstYear: number;
  readonly term: 1 | 2;
  /** First day of week 1. */
  readonly start: Day;
  readonly weeks: number;
}

/** `2026-2027`, `2026—2027学年度`, `２０２６－２０２７`: the second year must be the first + 1. */
export function parseAcademicYear(value: string): number | null {
  const m = /^(\d{4})\s*[-－—–~～至/]\s*(\d{4})\s*(学年度?|学年)?$/.exec(toHalfWidth(value).trim());
  if (!m) return null;
  const first = Number(m[1]);
  return Number(m[2]) === first + 1 ? first : null;
}

export function formatAcademicYear(firstYear: number): string {
  return `${firstYear}-${firstYear + 1}`;
}

const TERM_WORDS: Readonly<Record<string, 1 | 2>> = { '1': 1, '2': 2, 一: 1, 二: 2, 上: 1, 下: 2 };

/** `第一学期`, `第二学期`, `1`, `2`, `一`, `二` (and `第1学期`, `上学期`). */
export function parseTermNumber(value: string | number): 1 | 2 | null {
  const s = toHalfWidth(String(value)).replace(/\s/g, '');
  const m = /^第?([12一二上下])(学期)?$/.exec(s);
  return m ? (TERM_WORDS[m[1] as string] ?? null) : null;
}

export function formatTerm(term: 1 | 2): string {
  return term === 1 ? '第一学期' : '第二学期';
}

/** `2026-2027 第二学期`. */
export function formatTermLabel(term: { readonly firstYear: number; readonly term: 1 | 2 }): string {
  return `${formatAcademicYear(term.firstYear)} ${formatTerm(term.term)}`;
}

/** Last day of the term: start + 7·weeks − 1. */
export function termEnd(term: Term): Day {
  return addDays(term.start, 7 * term.weeks - 1);
}

export function inTerm(term: Term, day: Day): boolean {
  return day >= term.start && day <= termEnd(term);
}

/** Week number of a date: floor((date − start) / 7) + 1 (0 or less before the term). */
export function weekOf(term: Term, day: Day): number {
  return Math.floor((day - term.start) / 7) + 1;
}

export type TermPhase =
  | { readonly phase: 'before'; readonly daysToStart: number }
  | { readonly phase: 'during'; readonly week: number }
  | { readonly phase: 'after' };

/** Where `today` falls in the term, for pacing. */
export function termPhase(term: Term, today: Day): TermPhase {
  if (today < term.start) return { phase: 'before', daysToStart: term.start - today };
  if (today > termEnd(term)) return { phase: 'after' };
  return { phase: 'during', week: weekOf(term, today) };
}

/**
 * The year of a month/day written without one (`9/15`, `9月15日`): of the years around the term,
 * the one that puts the date in the term or nearest to it.
 */
export function inferYear(term: Term, month: number, dayOfMonth: number): Day | null {
  const startYear = dayParts(term.start).year;
  const end = termEnd(term);
  let best: Day | null = null;
  let bestDistance = Infinity;
  for (const year of [startYear - 1, startYear, startYear + 1]) {
    const day = dayFromParts(year, month, dayOfMonth);
    if (day === null) continue;
    const distance = day < term.start ? term.start - day : day > end ? day - end : 0;
    if (distance < bestDistance) {
      best = day;
      bestDistance = distance;
    }
  }
  return best;
}

/** The term after this one: term 1 → term 2 of the same year, term 2 → term 1 of the next. */
export function nextTermOf(firstYear: number, term: 1 | 2): { firstYear: number; term: 1 | 2 } {
  return term === 1 ? { firstYear, term: 2 } : { firstYear: firstYear + 1, term: 1 };
}
