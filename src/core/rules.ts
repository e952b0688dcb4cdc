/**
 * The rule set: every number that scoring uses, as one versioned data object (docs/rules.md,
 * Minimums, Bonuses, Grades across teachers). A college with other numbers adds a second rule set
 * as data; no code changes. A rule set from outside the code (e.g. a JSON file) is checked by
 * `loadRuleSet` in ./ruleSetSchema.ts, which the task pane never loads.
 */

/** A bonus: points = min(cap, perStep × floor(max(0, count − base) / step)). */
export type BonusRule = {
  readonly step: number;
  readonly perStep: number;
  readonly cap: number;
} & (
  | { readonly base: number; readonly baseRosterFraction?: undefined }
  /** The base is floor(N × baseRosterFraction) instead of a fixed number (联系家长: 超过一半). */
  | { readonly baseRosterFraction: number; readonly base?: undefined }
);

export type BonusKey = 'meetings' | 'talks' | 'activities' | 'dorms' | 'parents';
export const BONUS_KEYS: readonly BonusKey[] = ['meetings', 'talks', 'activities', 'dorms', 'parents'];

export interface RuleSet {
  readonly name: string;
  readonly version: number;
  /** 每个学期按18周计算 (source note [1]): the weeks of a term whose 学期周数 is blank. */
  readonly defaultWeeks: number;
  readonly basePoints: number;
  readonly minimums: {
    /** One meeting every N weeks: required = floor(W / N). */
    readonly meetingEveryWeeks: number;
    readonly activitiesPerTerm: number;
    /** One dorm visit occasion every N weeks: required = floor(W / N). */
    readonly dormVisitEveryWeeks: number;
    /** 如果一次将所有宿舍走遍，则每个学期不应少于 N 次. */
    readonly fullSweepsPerTerm: number;
    readonly talkMinutes: number;
    readonly groupTalkMaxStudents: number;
  };
  readonly bonuses: Readonly<Record<BonusKey, BonusRule>>;
  /** 优秀名额不超过全体班主任的30%: quota = floor(M × numerator / denominator). */
  readonly excellentShare: { readonly numerator: number; readonly denominator: number };
}

/** 财经学院 v1: the numbers of the source document's 量化指标 and 量化积分办法. */
export const CAIJING_V1: RuleSet = {
  name: '财经学院 v1',
  version: 1,
  defaultWeeks: 18,
  basePoints: 60,
  minimums: {
    meetingEveryWeeks: 3,
    activitiesPerTerm: 1,
    dormVisitEveryWeeks: 2,
    fullSweepsPerTerm: 3,
    talkMinutes: 5,
    groupTalkMaxStudents: 8,
  },
  bonuses: {
    meetings: { base: 6, step: 1, perStep: 3, cap: 6 },
    talks: { base: 0, step: 5, perStep: 2, cap: 6 },
    activities: { base: 1, step: 1, perStep: 2, cap: 8 },
    dorms: { base: 0, step: 1, perStep: 1, cap: 5 },
    parents: { baseRosterFraction: 0.5, step: 1, perStep: 1, cap: 5 },
  },
  excellentShare: { numerator: 3, denominator: 10 },
};

export const DEFAULT_RULE_SET = CAIJING_V1;

export function bonusPoints(rule: BonusRule, count: number, rosterSize: number): number {
  const base = bonusBase(rule, rosterSize);
  return Math.min(rule.cap, rule.perStep * Math.floor(Math.max(0, count - base) / rule.step));
}

export function bonusBase(rule: BonusRule, rosterSize: number): number {
  return rule.base ?? Math.floor(rosterSize * rule.baseRosterFraction);
}

/** The 优秀 share as a percentage, for the messages (3 / 10 → 30). */
export function excellentPercent(rules: RuleSet): number {
  return Math.round((1000 * rules.excellentShare.numerator) / rules.excellentShare.denominator) / 10;
}

/** The highest score the rule set allows (the base points and every cap). */
export function maxScore(rules: RuleSet): number {
  return rules.basePoints + BONUS_KEYS.reduce((sum, key) => sum + rules.bonuses[key].cap, 0);
}
