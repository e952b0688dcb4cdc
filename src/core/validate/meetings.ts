import type { Day } from '../day';
import type { Issue } from '../issues';
import { removeWhiteSpace } from '../text';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { rowDay, validRows } from './context';

export interface Meeting {
  readonly date: Day;
  /** 主题 as compared, to count a meeting entered twice once. */
  readonly topic: string;
}

/** 班会记录: attendance must add up; absentees need a reason, and should have a remedy. */
export function validateMeetings(
  table: TableSheet,
  context: CheckContext,
  rosterSize: number,
  out: Issue[],
): Meeting[] {
  return validRows(table, context, out, (check, values) => {
    const expected = values.get('expected');
    const present = values.get('present');
    if (typeof expected === 'number' && typeof present === 'number') {
      if (present > expected) check.error('present', 'presentOverExpected', { present, expected });
      if (present < expected) {
        if (check.text('absentees') === '')
          check.error('absentees', 'absenteesMissing', { present, expected });
        if (check.text('remedy') === '')
          check.warning('remedy', 'remedyMissing', { absent: expected - present });
      }
    }
    if (typeof expected === 'number' && expected !== rosterSize) {
      check.warning('expected', 'expectedNotRoster', { expected, roster: rosterSize });
    }
    const date = rowDay(values);
    return date === null ? null : { date, topic: removeWhiteSpace(check.text('topic')) };
  });
}
