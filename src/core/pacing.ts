import type { Minimums } from './assess';
import type { Term, TermPhase } from './calendar';
import { termPhase } from './calendar';
import type { Day } from './day';
import type { RuleSet } from './rules';

export interface PaceItem {
  readonly key: 'meetings' | 'dormVisits';
  /** Where the teacher should be by the end of the current week. */
  readonly expected: number;
  readonly count: number;
  readonly onTrack: boolean;
}

export interface Pacing {
  readonly phase: TermPhase;
  readonly items: readonly PaceItem[];
}

/**
 * Pacing against the calendar: by week w a teacher keeping 每三周1次班会 and 每两周走访1次 has
 * held floor(w/3) meetings and floor(w/2) visit occasions.
 */
export function pacing(term: Term, today: Day, minimums: Minimums, rules: RuleSet): Pacing {
  const phase = termPhase(term, today);
  const week = phase.phase === 'during' ? phase.week : phase.phase === 'after' ? term.weeks : 0;
  const item = (key: PaceItem['key'], everyWeeks: number): PaceItem => {
    const expected = Math.floor(week / everyWeeks);
    const count = minimums[key].count;
    return { key, expected, count, onTrack: count >= expected };
  };
  return {
    phase,
    items: [
      item('meetings', rules.minimums.meetingEveryWeeks),
      item('dormVisits', rules.minimums.dormVisitEveryWeeks),
    ],
  };
}
