import { z } from 'zod';
import type { Lang } from './i18n/catalog';
import { translator } from './i18n/catalog';
import { ruleSetFileMessages } from './i18n/ruleSetFile';
import type { RuleSet } from './rules';
import { MAX_TERM_WEEKS } from './template';

/**
 * A rule set that comes from outside the code (a college's JSON file, docs/rules.md, Another
 * college's numbers), checked before anything is scored with it. Kept apart from ./rules.ts so
 * that the task pane, which only uses the built-in rule sets, does not load zod.
 */

/** The file format this code reads: the file's `format` field. A later format gets its own number. */
export const RULE_SET_FORMAT = 1;

const count = z.number().int().min(0);

const bonusRule = z
  .strictObject({
    base: count.optional(),
    baseRosterFraction: z.number().min(0).max(1).optional(),
    step: z.number().int().min(1),
    perStep: count,
    cap: count,
  })
  .refine((rule) => (rule.base === undefined) !== (rule.baseRosterFraction === undefined), {
    params: { oneBase: true },
  });

/** The rule set's fields: every field a file has besides `format`. */
const ruleSetFields = z.strictObject({
  name: z.string().trim().min(1),
  version: z.number().int().min(1),
  defaultWeeks: z.number().int().min(1).max(MAX_TERM_WEEKS),
  basePoints: count,
  minimums: z.strictObject({
    meetingEveryWeeks: z.number().int().min(1),
    activitiesPerTerm: count,
    dormVisitEveryWeeks: z.number().int().min(1),
    fullSweepsPerTerm: z.number().int().min(1),
    talkMinutes: z.number().min(0),
    groupTalkMaxStudents: z.number().int().min(2),
  }),
  bonuses: z.strictObject({
    meetings: bonusRule,
    talks: bonusRule,
    activities: bonusRule,
    dorms: bonusRule,
    parents: bonusRule,
  }),
  excellentShare: z.strictObject({ numerator: count, denominator: z.number().int().min(1) }),
});

/** What a field should hold, as the messages name it. */
export type Expected = 'integer' | 'number' | 'text' | 'object';

/** The first thing wrong with a rule set file; `path` is the field as `minimums.talkMinutes`. */
export type RuleSetProblem =
  | { readonly kind: 'notJson'; readonly line: number; readonly column: number }
  | { readonly kind: 'notObject' }
  | { readonly kind: 'noFormat' }
  | { readonly kind: 'format'; readonly found: string }
  | { readonly kind: 'missing'; readonly path: string }
  | { readonly kind: 'unknownField'; readonly path: string }
  | { readonly kind: 'type'; readonly path: string; readonly expected: Expected }
  | { readonly kind: 'tooSmall'; readonly path: string; readonly min: number }
  | { readonly kind: 'tooBig'; readonly path: string; readonly max: number }
  | { readonly kind: 'blank'; readonly path: string }
  | { readonly kind: 'oneBase'; readonly path: string }
  | { readonly kind: 'aboveWeeks'; readonly path: string; readonly value: number; readonly weeks: number }
  | { readonly kind: 'shareAboveOne' };

export type RuleSetResult =
  { readonly ok: true; readonly rules: RuleSet } | { readonly ok: false; readonly problem: RuleSetProblem };

/**
 * The text of a rule set file (JSON) checked: the rule set, or the first problem. Beyond the
 * shape, numbers that cannot be meant are refused: a meeting or dorm minimum of once every more
 * weeks than the term has would require none, and an 优秀 share above one whole.
 */
export function parseRuleSet(text: string): RuleSetResult {
  // Windows Notepad saves UTF-8 with a byte order mark, which JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: { kind: 'notJson', ...jsonErrorPlace(json, error) } };
  }
  return loadRuleSet(data);
}

/** An untrusted rule set (already parsed JSON) checked: the rule set, or the first problem. */
export function loadRuleSet(data: unknown): RuleSetResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: { kind: 'notObject' } };
  const { format, ...fields } = data as Record<string, unknown>;
  if (format === undefined) return { ok: false, problem: { kind: 'noFormat' } };
  if (format !== RULE_SET_FORMAT)
    return { ok: false, problem: { kind: 'format', found: JSON.stringify(format) } };
  const result = ruleSetFields.safeParse(fields);
  if (!result.success)
    return { ok: false, problem: problemOf(result.error.issues[0] as z.core.$ZodIssue, data) };
  const rules = result.data as RuleSet;
  const impossible = impossibleNumber(rules);
  return impossible ? { ok: false, problem: impossible } : { ok: true, rules };
}

function impossibleNumber(rules: RuleSet): RuleSetProblem | null {
  for (const key of ['meetingEveryWeeks', 'dormVisitEveryWeeks'] as const) {
    const value = rules.minimums[key];
    if (value > rules.defaultWeeks)
      return { kind: 'aboveWeeks', path: `minimums.${key}`, value, weeks: rules.defaultWeeks };
  }
  if (rules.excellentShare.numerator > rules.excellentShare.denominator) return { kind: 'shareAboveOne' };
  return null;
}

function problemOf(issue: z.core.$ZodIssue, data: unknown): RuleSetProblem {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return { kind: 'unknownField', path: [...issue.path, issue.keys[0]].map(String).join('.') };
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined) return { kind: 'missing', path };
      return { kind: 'type', path, expected: expectedOf(issue.expected) };
    case 'too_small':
      return issue.origin === 'string'
        ? { kind: 'blank', path }
        : { kind: 'tooSmall', path, min: Number(issue.minimum) };
    case 'too_big':
      return { kind: 'tooBig', path, max: Number(issue.maximum) };
    default:
      return { kind: 'oneBase', path };
  }
}

function expectedOf(expected: string): Expected {
  if (expected === 'int') return 'integer';
  if (expected === 'number') return 'number';
  if (expected === 'string') return 'text';
  return 'object';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Where JSON.parse stopped, as a text editor counts (line and column from 1); the end when it does not say. */
function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** The message for a rule set file that cannot be used: names the file, the field, and what to write. */
export function ruleSetProblemMessage(problem: RuleSetProblem, file: string, lang: Lang): string {
  const t = translator(ruleSetFileMessages, lang);
  const { kind, ...params } = problem;
  const what = t(`problem.${kind}`, {
    ...params,
    ...('expected' in problem ? { expected: t(`expected.${problem.expected}`) } : {}),
    format: RULE_SET_FORMAT,
  });
  return t('file', { file, problem: what });
}
