import type { Issue } from '../../src/core';
import { filterIssues, groupIssues, sheetsOf } from '../../src/taskpane/issueGroups';

const issue = (
  sheet: string,
  row: number,
  rule: Issue['rule'],
  severity: Issue['severity'] = 'error',
): Issue => ({
  severity,
  rule,
  sheet,
  row,
  column: '日期',
  columnIndex: 1,
  params: {},
});

const ISSUES = [
  issue('谈心记录', 5, 'dateOutsideTerm'),
  issue('谈心记录', 3, 'dateOutsideTerm'),
  issue('谈心记录', 4, 'duplicateRow', 'warning'),
  issue('班会记录', 2, 'dateUnrecognised'),
  issue('谈心记录', 9, 'dateUnrecognised'),
];

describe('the grouped list of issues', () => {
  it('groups by sheet, then by kind of problem, errors first and rows in row order', () => {
    const groups = groupIssues(ISSUES);
    expect(groups.map((g) => [g.sheet, g.count])).toEqual([
      ['谈心记录', 4],
      ['班会记录', 1],
    ]);
    expect(groups[0]?.groups.map((g) => [g.rule, g.issues.map((i) => i.row)])).toEqual([
      ['dateOutsideTerm', [3, 5]],
      ['dateUnrecognised', [9]],
      ['duplicateRow', [4]],
    ]);
  });

  it('filters to errors, to warnings, or to one sheet', () => {
    expect(filterIssues(ISSUES, { severity: 'warning', sheet: null }).map((i) => i.row)).toEqual([4]);
    expect(filterIssues(ISSUES, { severity: 'error', sheet: '谈心记录' })).toHaveLength(3);
    expect(filterIssues(ISSUES, { severity: 'all', sheet: '班会记录' })).toHaveLength(1);
    expect(sheetsOf(ISSUES)).toEqual(['谈心记录', '班会记录']);
  });
});
