import type { Day } from '../day';
import type { Issue } from '../issues';
import { removeWhiteSpace } from '../text';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { checkColumns, RowIssues } from './context';

export interface Meeting {
  readonly date: Day;
  /** 主题 as compared, to count a meeting entered twice once. */
  readonly topic: string;
}

/** 班会记录 (SPEC §4): attendance must add up; absentees need a reason, and should have a remedy. */
export function validateMeetings(
  table: TableSheet,
  context: CheckContext,
  rosterSize: number,
  out: Issue[],
): Meeting[] {
  const valid: Meeting[] = [];
  for (const row of table.rows) {
    const issues = new RowIssues(table, row, out);
    const values = checkColumns(issues, table.def.columns, context, { checkTerm: true });
    const expected = values.get('expected');
    const present = values.get('present');
    if (typeof expected === 'number' && typeof present === 'number') {
      if (present > expected) issues.error('present', 'presentOverExpected', { present, expected });
      if (present < expected) {
        if (issues.text('absentees') === '')
          issues.error('absentees', 'absenteesMissing', { present, expected });
        if (issues.text('remedy') === '')
          issues.warning('remedy', 'remedyMissing', { absent: expected - present });
      }
    }
    if (typeof expected === 'number' && expected !== rosterSize) {
      issues.warning('expected', 'expectedNotRoster', { expected, roster: rosterSize });
    }
    if (issues.text('signature') === '' && issues.cell('signature').kind !== 'error')
      issues.warning('signature', 'signatureMissing');
    const date = values.get('date');
    if (!issues.hasError && typeof date === 'number')
      valid.push({ date: date as Day, topic: removeWhiteSpace(issues.text('topic')) });
  }
  return valid;
}
