/**
 * Each minimum week by week: what the valid records add up to by the end of each week of the term,
 * and what the calendar expects by then. Pacing (./pacing.ts) reads the week of "today" from it.
 */
import type { MinimumKey, Minimums } from './assess';
import { MINIMUM_KEYS, assessMinimums } from './assess';
import type { Term } from './calendar';
import { countsUpTo } from './count';
import { addDays } from './day';
import type { RuleSet } from './rules';
import type { ValidRecords } from './validate';

/** 走访宿舍 is paced twice: by visit occasions (its count) and by dorms visited. */
export type ProgressKey = MinimumKey | 'dorms';
export const PROGRESS_KEYS: readonly ProgressKey[] = [...MINIMUM_KEYS, 'dorms'];

/**
 * The minimums as they stood at the end of each week (index 0 = before the term … W = its last
 * week), and where the calendar expects each count by then (same index).
 */
export interface Progress {
  /** How many dorms the class has (the roster's). */
  readonly dorms: number;
  readonly byWeek: readonly Minimums[];
  readonly expected: Readonly<Record<ProgressKey, readonly number[]>>;
}

/** `total` spread evenly over the first `horizon` weeks: floor(total · min(w, horizon) / horizon). */
export function share(total: number, week: number, horizon: number): number {
  const h = Math.max(1, horizon);
  return Math.floor((total * Math.min(week, h)) / h);
}

/**
 * Where the calendar expects each minimum by the end of week w (the guides explain each choice):
 * 班会 and 走访 at their own rhythm (floor(w/3), floor(w/2)); 谈心 and the dorms evenly over the
 * term; the students needing special care within the first third of the term; a minimum of "at
 * least once a term" (班级活动, 第一学期联系家长) by the middle of the term; 第二学期联系家长 from
 * the students already contacted last term, the rest evenly over this term.
 */
function expectedAt(
  key: ProgressKey,
  week: number,
  term: Term,
  /** Any week's minimums: what each requires does not depend on the records. */
  minimums: Minimums,
  dorms: number,
  contactedBefore: number,
  rules: RuleSet,
): number {
  const W = term.weeks;
  const half = Math.floor(W / 2);
  switch (key) {
    case 'meetings':
      return Math.floor(week / rules.minimums.meetingEveryWeeks);
    case 'dormVisits':
      return Math.floor(week / rules.minimums.dormVisitEveryWeeks);
    case 'dorms':
      return share(dorms, week, W);
    case 'talks':
      return share(minimums.talks.required, week, W);
    case 'specialCare':
      return share(minimums.specialCare.required, week, Math.floor(W / 3));
    case 'activities':
      return share(minimums.activities.required, week, half);
    case 'parents':
      return term.term === 1
        ? share(minimums.parents.required, week, half)
        : contactedBefore + share(minimums.parents.required - contactedBefore, week, W);
  }
}

/** Every minimum as it stood at the end of each week, beside the calendar's expectation. */
export function weeklyProgress(records: ValidRecords, term: Term, rules: RuleSet): Progress {
  const dorms = records.roster.dorms.length;
  const weekEnds = Array.from({ length: term.weeks + 1 }, (_, week) => addDays(term.start, 7 * week - 1));
  const byWeek = countsUpTo(records, weekEnds, (counts) =>
    assessMinimums(counts, records.roster, term, rules),
  );
  const before = byWeek[0] as Minimums;
  const contactedBefore = before.parents.count;
  const entries = PROGRESS_KEYS.map((key): [ProgressKey, number[]] => [
    key,
    byWeek.map((_, week) => expectedAt(key, week, term, before, dorms, contactedBefore, rules)),
  ]);
  return { dorms, byWeek, expected: Object.fromEntries(entries) as Record<ProgressKey, number[]> };
}
