import { z } from 'zod';
import type { RuleSet } from './rules';
import { MAX_TERM_WEEKS } from './template';

/**
 * The shape of a rule set that comes from outside the code (a college's JSON file), checked
 * before anything is scored with it. Kept apart from ./rules.ts so that the task pane, which
 * only uses the built-in rule sets, does not load zod.
 */

const count = z.number().int().min(0);

const bonusRule = z
  .object({
    base: count.optional(),
    baseRosterFraction: z.number().min(0).max(1).optional(),
    step: z.number().int().min(1),
    perStep: count,
    cap: count,
  })
  .refine((rule) => (rule.base === undefined) !== (rule.baseRosterFraction === undefined), {
    message: 'needs exactly one of base or baseRosterFraction',
  });

const ruleSetSchema = z.object({
  name: z.string().min(1),
  version: z.number().int().min(1),
  defaultWeeks: z.number().int().min(1).max(MAX_TERM_WEEKS),
  basePoints: count,
  minimums: z.object({
    meetingEveryWeeks: z.number().int().min(1),
    activitiesPerTerm: count,
    dormVisitEveryWeeks: z.number().int().min(1),
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
  excellentShare: z.object({ numerator: count, denominator: z.number().int().min(1) }),
});

/** An untrusted rule set checked; throws an Error naming every field that is wrong. */
export function loadRuleSet(data: unknown): RuleSet {
  const result = ruleSetSchema.safeParse(data);
  if (result.success) return result.data as RuleSet;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`malformed rule set: ${problems.join('; ')}`);
}
