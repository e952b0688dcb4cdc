import { z } from 'zod';
import { MAX_TERM_WEEKS } from './template';

/**
 * The rule set: every number that scoring uses, as one versioned data object.
 * A college with other numbers adds a second rule set as data; no code changes.
 */

const bonusRule = z.object({
  base: z.number().int().min(0).optional(),
  /** When set, the base is floor(N × baseRosterFraction) instead of a fixed number (联系家长: 超过一半). */
  baseRosterFraction: z.number().min(0).max(1).optional(),
  step: z.number().int().min(1),
  perStep: z.number().int().min(0),
  cap: z.number().int().min(0),
});

export const ruleSetSchema = z.object({
  name: z.string().min(1),
  version: z.number().int().min(1),
  /** 每个学期按18周计算 (source note [1]). */
  defaultWeeks: z.number().int().min(1).max(MAX_TERM_WEEKS),
  basePoints: z.number().int().min(0),
  minimums: z.object({
    /** One meeting every N weeks: required = floor(W / N). */
    meetingEveryWeeks: z.number().int().min(1),
    activitiesPerTerm: z.number().int().min(0),
    /** One dorm visit occasion every N weeks: required = floor(W / N). */
    dormVisitEveryWeeks: z.number().int().min(1),
    /** 如果一次将所有宿舍走遍，则每个学期不应少于 N 次. */
    fullSweepsPerTerm: z.number().int().min(1),
    talkMinutes: z.number().min(0),
    groupTalkMaxStudents: z.number().int().min(2),
  }),
  bonuses: z.object({
    meetings: bonusRule,
    talks: bonusRule,
    activities: bonusRule,
    dorms: bonusRule,
    parents: bonusRule,
  }),
  /** 优秀名额不超过全体班主任的30%: quota = floor(M × numerator / denominator). */
  excellentShare: z.object({ numerator: z.number().int().min(0), denominator: z.number().int().min(1) }),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;
export type BonusRule = z.infer<typeof bonusRule>;
export type BonusKey = keyof RuleSet['bonuses'];
export const BONUS_KEYS: readonly BonusKey[] = ['meetings', 'talks', 'activities', 'dorms', 'parents'];

/** 财经学院 v1: the numbers of the source document's 量化指标 and 量化积分办法. */
export const CAIJING_V1: RuleSet = loadRuleSet({
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
});

export const DEFAULT_RULE_SET = CAIJING_V1;

/** Checks an untrusted rule set (e.g. from a JSON file); throws a readable zod error when it is malformed. */
export function loadRuleSet(data: unknown): RuleSet {
  const rules = ruleSetSchema.parse(data);
  for (const [key, rule] of Object.entries(rules.bonuses)) {
    if ((rule.base === undefined) === (rule.baseRosterFraction === undefined)) {
      throw new Error(`rule set ${rules.name}: bonus ${key} needs exactly one of base or baseRosterFraction`);
    }
  }
  return rules;
}

/** points = min(cap, perStep × floor(max(0, count − base) / step)) — every bonus has this shape. */
export function bonusPoints(rule: BonusRule, count: number, rosterSize: number): number {
  const base = bonusBase(rule, rosterSize);
  return Math.min(rule.cap, rule.perStep * Math.floor(Math.max(0, count - base) / rule.step));
}

export function bonusBase(rule: BonusRule, rosterSize: number): number {
  return rule.base ?? Math.floor(rosterSize * (rule.baseRosterFraction ?? 0));
}

/** The highest score the rule set allows (60 + every cap). */
export function maxScore(rules: RuleSet): number {
  return rules.basePoints + BONUS_KEYS.reduce((sum, key) => sum + rules.bonuses[key].cap, 0);
}
