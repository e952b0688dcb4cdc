import type { Term } from './calendar';
import type { Counts } from './count';
import type { BonusKey, RuleSet } from './rules';
import { BONUS_KEYS, bonusBase, bonusPoints } from './rules';
import type { Roster } from './validate/roster';

export const MINIMUM_KEYS = [
  'meetings',
  'talks',
  'activities',
  'dormVisits',
  'parents',
  'specialCare',
] as const;
export type MinimumKey = (typeof MINIMUM_KEYS)[number];

export interface Minimum {
  readonly count: number;
  readonly required: number;
  readonly met: boolean;
  /** What is still missing, by name: students never talked to, dorms never visited, … */
  readonly missing: readonly string[];
  /** Why the minimum cannot be met as the workbook stands (e.g. no dorms on the roster). */
  readonly reason?: 'noDorms';
  /** 走访宿舍 only: occasions that covered every dorm (3 of them also meet the minimum). */
  readonly fullSweeps?: number;
}

export interface Bonus {
  readonly count: number;
  readonly base: number;
  readonly points: number;
  readonly cap: number;
  /** How many more (students, meetings, …) earn the next points; null at the cap. */
  readonly next: { readonly more: number; readonly points: number } | null;
}

export type Minimums = Readonly<Record<MinimumKey, Minimum>>;
export type Bonuses = Readonly<Record<BonusKey, Bonus>>;

/** The minimums (docs/rules.md, Minimums), from the counts. */
export function assessMinimums(counts: Counts, roster: Roster, term: Term, rules: RuleSet): Minimums {
  const students = roster.students;
  const namesOf = (list: typeof students) => list.map((s) => s.name);
  const measure = (count: number, required: number, missing: readonly string[] = []): Minimum => ({
    count,
    required,
    met: count >= required,
    missing,
  });

  const untalked = students.filter((s) => !counts.talkDays.has(s.id));
  const flagged = students.filter((s) => s.care !== null);
  const flaggedWithout = flagged.filter((s) => !counts.interviewed.has(s.id));
  const notContacted = students.filter((s) => !counts.contactedThisYear.has(s.id));
  const unvisited = roster.dorms.filter((d) => !counts.dormVisits.has(d));

  const occasionsRequired = Math.floor(term.weeks / rules.minimums.dormVisitEveryWeeks);
  const regular = counts.occasions >= occasionsRequired && unvisited.length === 0;
  const sweeps = counts.fullSweeps >= rules.minimums.fullSweepsPerTerm;
  const noDorms = roster.dorms.length === 0;
  const dormVisits: Minimum = {
    count: counts.occasions,
    required: occasionsRequired,
    met: !noDorms && (regular || sweeps),
    missing: unvisited,
    fullSweeps: counts.fullSweeps,
    ...(noDorms ? { reason: 'noDorms' as const } : {}),
  };

  const parents =
    term.term === 1
      ? measure(counts.contactedThisTerm.size, 1, namesOf(notContacted))
      : measure(students.length - notContacted.length, students.length, namesOf(notContacted));

  return {
    meetings: measure(counts.meetings, Math.floor(term.weeks / rules.minimums.meetingEveryWeeks)),
    talks: measure(students.length - untalked.length, students.length, namesOf(untalked)),
    activities: measure(counts.activities, rules.minimums.activitiesPerTerm),
    dormVisits,
    parents,
    specialCare: measure(flagged.length - flaggedWithout.length, flagged.length, namesOf(flaggedWithout)),
  };
}

/** The bonuses (docs/rules.md, Bonuses), from the counts. */
export function assessBonuses(counts: Counts, roster: Roster, rules: RuleSet): Bonuses {
  const n = roster.students.length;
  const twice = roster.students.filter((s) => (counts.talkDays.get(s.id) ?? 0) >= 2).length;
  const dormsTwice = roster.dorms.filter((d) => (counts.dormVisits.get(d) ?? 0) >= 2).length;
  const contacted = roster.students.filter((s) => counts.contactedThisTerm.has(s.id)).length;
  const countOf: Record<BonusKey, number> = {
    meetings: counts.meetings,
    talks: twice,
    activities: counts.activities,
    dorms: dormsTwice,
    parents: contacted,
  };
  const entries = BONUS_KEYS.map((key): [BonusKey, Bonus] => {
    const rule = rules.bonuses[key];
    const count = countOf[key];
    const points = bonusPoints(rule, count, n);
    const base = bonusBase(rule, n);
    let next: Bonus['next'] = null;
    if (points < rule.cap) {
      const target = base + rule.step * (Math.floor(Math.max(0, count - base) / rule.step) + 1);
      next = { more: target - count, points: Math.min(rule.cap, points + rule.perStep) - points };
    }
    return [key, { count, base, points, cap: rule.cap, next }];
  });
  return Object.fromEntries(entries) as Record<BonusKey, Bonus>;
}

export function allMet(minimums: Minimums): boolean {
  return MINIMUM_KEYS.every((key) => minimums[key].met);
}
