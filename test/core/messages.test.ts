import type { Issue } from '../../src/core';
import {
  columnLetter,
  fill,
  issueAddress,
  issueMessages,
  langFromLocale,
  renderIssue,
  translator,
} from '../../src/core';
import { oneRow } from './helpers';

describe('message catalogue', () => {
  it('has the same keys in zh-CN and en, none empty', () => {
    expect(Object.keys(issueMessages.en).sort()).toEqual(Object.keys(issueMessages['zh-CN']).sort());
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const text of Object.values(issueMessages[lang])) expect(text.length).toBeGreaterThan(0);
    }
  });

  it('follows Office’s display language: English for en-*, Chinese otherwise', () => {
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('en-GB')).toBe('en');
    expect(langFromLocale('zh-CN')).toBe('zh-CN');
    expect(langFromLocale('zh-TW')).toBe('zh-CN');
    expect(langFromLocale(undefined)).toBe('zh-CN');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translator(issueMessages, 'en')('required', { column: '主题' })).toContain('主题 is blank');
  });

  it('picks the word that agrees with a number: one for exactly 1, the other for 0, 2 and more', () => {
    const template = '{more} more {more:meeting earns|meetings earn} {points} {points:point|points}';
    expect(fill(template, { more: 1, points: 3 })).toBe('1 more meeting earns 3 points');
    expect(fill(template, { more: 2, points: 1 })).toBe('2 more meetings earn 1 point');
    expect(fill('{n} {n:student|students}', { n: 0 })).toBe('0 students');
    expect(fill('{n:one|other}')).toBe('{n:one|other}');
  });

  it('renders an issue with sheet, Excel row, column and a message saying how to fix it', () => {
    const outcome = oneRow('meetings', { present: 9 });
    const issue = outcome.issues.find((i) => i.rule === 'presentOverExpected') as Issue;
    expect(renderIssue(issue, 'zh-CN')).toEqual({
      sheet: '班会记录',
      row: 2,
      column: '实到人数',
      message: '实到人数 9 大于应到人数 4。请核对两个人数。',
    });
    expect(renderIssue(issue, 'en').message).toBe(
      'Attendance 9 is more than the expected 4. Check both numbers.',
    );
    expect(issueAddress(issue)).toBe('I2');
  });

  it('leaves no placeholder unfilled in any message the checks produce', () => {
    const outcome = oneRow('meetings', {
      present: 3,
      expected: 4,
      signature: null,
      type: 'x',
      date: '2027-05-01',
    });
    for (const issue of outcome.issues) {
      for (const lang of ['zh-CN', 'en'] as const)
        expect(renderIssue(issue, lang).message).not.toMatch(/\{\w+\}/);
    }
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
