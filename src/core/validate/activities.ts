import type { Day } from '../day';
import type { Issue } from '../issues';
import { removeWhiteSpace } from '../text';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { rowDay, validRows } from './context';

export interface Activity {
  readonly date: Day;
  /** 活动名称 as compared. */
  readonly name: string;
}

/** 班级活动: 班会、布置和检查工作 are not class activities (source note [4]). */
export function validateActivities(table: TableSheet, context: CheckContext, out: Issue[]): Activity[] {
  return validRows(table, context, out, (check, values) => {
    const date = rowDay(values);
    return date === null ? null : { date, name: removeWhiteSpace(check.text('name')) };
  });
}
