import { CAIJING_V1 } from '../../src/core';
import type { RuleSetProblem } from '../../src/core/ruleSetSchema';
import {
  loadRuleSet,
  parseRuleSet,
  RULE_SET_FORMAT,
  ruleSetProblemMessage,
} from '../../src/core/ruleSetSchema';

/** 财经学院 v1 as a college writes it into a file. */
const file = (changes: Record<string, unknown> = {}) => ({
  format: RULE_SET_FORMAT,
  ...CAIJING_V1,
  ...changes,
});

const problemOf = (data: unknown): RuleSetProblem | null => {
  const result = loadRuleSet(data);
  return result.ok ? null : result.problem;
};

describe('a rule set file', () => {
  it('gives 财经学院 v1 itself back, without its format', () => {
    expect(parseRuleSet(JSON.stringify(file()))).toEqual({ ok: true, rules: CAIJING_V1 });
  });

  it('may start with the byte order mark Windows Notepad writes', () => {
    expect(parseRuleSet(`\uFEFF${JSON.stringify(file())}`).ok).toBe(true);
  });

  it('lets a college change the numbers', () => {
    const result = loadRuleSet(
      file({
        name: '某学院 v2',
        version: 2,
        defaultWeeks: 20,
        excellentShare: { numerator: 1, denominator: 4 },
      }),
    );
    expect(result.ok && result.rules.defaultWeeks).toBe(20);
    expect(result.ok && result.rules.excellentShare).toEqual({ numerator: 1, denominator: 4 });
  });

  it('that is not JSON is refused with the line and column where reading stopped', () => {
    const text = '{\n  "format": 1,\n  "name": "某学院 v1",,\n}';
    expect(parseRuleSet(text)).toEqual({ ok: false, problem: { kind: 'notJson', line: 3, column: 20 } });
  });

  it('that ends too early is refused at its end', () => {
    expect(parseRuleSet('{\n  "format": 1,')).toEqual({
      ok: false,
      problem: { kind: 'notJson', line: 2, column: 15 },
    });
  });

  it.each([
    ['a list', [file()]],
    ['text', '财经学院'],
    ['null', null],
  ])('that holds %s, not an object, is refused', (_what, data) => {
    expect(problemOf(data)).toEqual({ kind: 'notObject' });
  });

  it('without a format, or of another format, is refused before its fields are read', () => {
    expect(problemOf(file({ format: undefined, basePoints: 'x' }))).toEqual({ kind: 'noFormat' });
    expect(problemOf(file({ format: 2 }))).toEqual({ kind: 'format', found: '2' });
    expect(problemOf(file({ format: '1' }))).toEqual({ kind: 'format', found: '"1"' });
  });

  it.each<[string, Record<string, unknown>, RuleSetProblem]>([
    [
      'a missing field',
      { minimums: { ...CAIJING_V1.minimums, talkMinutes: undefined } },
      { kind: 'missing', path: 'minimums.talkMinutes' },
    ],
    [
      'a misspelt field',
      { minimums: { ...CAIJING_V1.minimums, meetingsEveryWeeks: 3 } },
      { kind: 'unknownField', path: 'minimums.meetingsEveryWeeks' },
    ],
    [
      'a number in quotes',
      { minimums: { ...CAIJING_V1.minimums, talkMinutes: '5' } },
      { kind: 'type', path: 'minimums.talkMinutes', expected: 'number' },
    ],
    [
      'a fraction of a week',
      { defaultWeeks: 18.5 },
      { kind: 'type', path: 'defaultWeeks', expected: 'integer' },
    ],
    ['a name that is not text', { name: 1 }, { kind: 'type', path: 'name', expected: 'text' }],
    [
      'bonuses that are not an object',
      { bonuses: [] },
      { kind: 'type', path: 'bonuses', expected: 'object' },
    ],
    ['a term of no weeks', { defaultWeeks: 0 }, { kind: 'tooSmall', path: 'defaultWeeks', min: 1 }],
    [
      'a term longer than a workbook holds',
      { defaultWeeks: 31 },
      { kind: 'tooBig', path: 'defaultWeeks', max: 30 },
    ],
    ['a blank name', { name: '  ' }, { kind: 'blank', path: 'name' }],
    [
      'a bonus with no base',
      { bonuses: { ...CAIJING_V1.bonuses, dorms: { step: 1, perStep: 1, cap: 5 } } },
      { kind: 'oneBase', path: 'bonuses.dorms' },
    ],
    [
      'a bonus with both bases',
      {
        bonuses: {
          ...CAIJING_V1.bonuses,
          parents: { base: 1, baseRosterFraction: 0.5, step: 1, perStep: 1, cap: 5 },
        },
      },
      { kind: 'oneBase', path: 'bonuses.parents' },
    ],
    [
      'a roster share above one',
      {
        bonuses: { ...CAIJING_V1.bonuses, parents: { baseRosterFraction: 1.5, step: 1, perStep: 1, cap: 5 } },
      },
      { kind: 'tooBig', path: 'bonuses.parents.baseRosterFraction', max: 1 },
    ],
    [
      'a meeting less often than once a term',
      { defaultWeeks: 16, minimums: { ...CAIJING_V1.minimums, meetingEveryWeeks: 20 } },
      { kind: 'aboveWeeks', path: 'minimums.meetingEveryWeeks', value: 20, weeks: 16 },
    ],
    [
      'a dorm visit less often than once a term',
      { minimums: { ...CAIJING_V1.minimums, dormVisitEveryWeeks: 19 } },
      { kind: 'aboveWeeks', path: 'minimums.dormVisitEveryWeeks', value: 19, weeks: 18 },
    ],
    [
      'more 优秀 than teachers',
      { excellentShare: { numerator: 11, denominator: 10 } },
      { kind: 'shareAboveOne' },
    ],
  ])('with %s is refused, naming the field', (_what, changes, problem) => {
    expect(problemOf(file(changes))).toEqual(problem);
  });

  it('with several problems names the first', () => {
    expect(problemOf(file({ basePoints: -1, defaultWeeks: 0 }))).toEqual({
      kind: 'tooSmall',
      path: 'defaultWeeks',
      min: 1,
    });
  });
});

describe('the message about a rule set file', () => {
  it('names the file, the field and what to write, in Chinese', () => {
    expect(
      ruleSetProblemMessage(
        { kind: 'type', path: 'minimums.talkMinutes', expected: 'number' },
        '某学院.json',
        'zh-CN',
      ),
    ).toBe('规则文件“某学院.json”无法使用：minimums.talkMinutes 应为数字（如 5 或 0.5，不加引号）。');
  });

  it('names the file, the field and what to write, in English', () => {
    expect(
      ruleSetProblemMessage(
        { kind: 'aboveWeeks', path: 'minimums.meetingEveryWeeks', value: 20, weeks: 16 },
        'other.json',
        'en',
      ),
    ).toBe(
      'The rule set file "other.json" cannot be used: minimums.meetingEveryWeeks is 20, more than the term\'s weeks defaultWeeks (16), so a term would require none. Write a whole number from 1 to 16.',
    );
  });

  it('says which format to write', () => {
    expect(ruleSetProblemMessage({ kind: 'format', found: '2' }, 'r.json', 'zh-CN')).toContain(
      'format 为 2，这个版本的 banzhuren 只能读取 format 1 的规则文件',
    );
  });
});
