/**
 * Pacing: for every minimum, where the teacher is by the end of this week, where the calendar
 * expects her by then (./progress.ts decides that), and — when she is behind — whom or what to
 * see next.
 */
import type { MinimumKey, Minimums } from './assess';
import { MINIMUM_KEYS } from './assess';
import type { Term, TermPhase } from './calendar';
import { termPhase } from './calendar';
import type { Day } from './day';
import type { Progress } from './progress';

export type PaceStatus = 'met' | 'onTrack' | 'behind' | 'noDorms';

/** One week of a chart: the calendar's expectation, and what was done (null after this week). */
export interface PaceWeek {
  readonly week: number;
  readonly expected: number;
  readonly done: number | null;
}

/** Where one minimum stands this week: what a summary keeps of a {@link PaceLine}. */
export interface PaceFigures {
  readonly key: MinimumKey;
  /** The count from the records dated up to the end of this week. */
  readonly count: number;
  /** Where the calendar expects the count by the end of this week. */
  readonly expected: number;
  /** What the whole term requires. */
  readonly required: number;
  readonly status: PaceStatus;
  /** expected − count when behind on the count itself, else 0. */
  readonly gap: number;
  /** When behind: the students to see (谈心, 特殊关照, 联系家长) or the dorms not visited yet. */
  readonly next: readonly string[];
  /** 走访宿舍 only: the dorms visited so far against the dorms expected by now. */
  readonly dorms?: { readonly visited: number; readonly expected: number; readonly total: number };
}

export interface PaceLine extends PaceFigures {
  readonly weeks: readonly PaceWeek[];
}

export interface Pacing {
  readonly phase: TermPhase;
  /** The week pacing is measured at: 0 before the term, W after it. */
  readonly week: number;
  readonly lines: readonly PaceLine[];
}

/** The week whose end pacing measures: the current one, 0 before the term, the last one after it. */
export function paceWeek(term: Term, phase: TermPhase): number {
  return phase.phase === 'during' ? phase.week : phase.phase === 'after' ? term.weeks : 0;
}

/** A line without its weeks: what a summary keeps of it. */
export function paceFigures(line: PaceLine): PaceFigures {
  const { key, count, expected, required, status, gap, next, dorms } = line;
  const figures = { key, count, expected, required, status, gap, next };
  return dorms === undefined ? figures : { ...figures, dorms };
}

/** A line a counsellor must look at: behind the calendar, or not to be judged (no dorms on the roster). */
export function isBehind(line: PaceFigures): boolean {
  return line.status === 'behind' || line.status === 'noDorms';
}

/** Where every minimum stands on `today` against the calendar. */
export function pacing(term: Term, today: Day, progress: Progress): Pacing {
  const phase = termPhase(term, today);
  const week = paceWeek(term, phase);
  const now = progress.byWeek[week] as Minimums;
  const total = progress.dorms;
  const lines = MINIMUM_KEYS.map((key): PaceLine => {
    const minimum = now[key];
    const expected = progress.expected[key][week] ?? 0;
    const gap = Math.max(0, expected - minimum.count);
    const dorms =
      key === 'dormVisits'
        ? {
            visited: total - minimum.missing.length,
            expected: progress.expected.dorms[week] ?? 0,
            total,
          }
        : undefined;
    const dormsBehind = dorms !== undefined && dorms.visited < dorms.expected;
    const status: PaceStatus = minimum.met
      ? 'met'
      : minimum.reason === 'noDorms'
        ? 'noDorms'
        : gap > 0 || dormsBehind
          ? 'behind'
          : 'onTrack';
    const next =
      status !== 'behind' ? [] : key === 'dormVisits' ? minimum.missing : minimum.missing.slice(0, gap);
    return {
      key,
      count: minimum.count,
      expected,
      required: minimum.required,
      status,
      gap: status === 'behind' ? gap : 0,
      next,
      ...(dorms ? { dorms } : {}),
      weeks: progress.expected[key].slice(1).map((e, i) => ({
        week: i + 1,
        expected: e,
        done: i + 1 <= week ? (progress.byWeek[i + 1]?.[key].count ?? 0) : null,
      })),
    };
  });
  return { phase, week, lines };
}
