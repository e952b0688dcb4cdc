import type { Issue } from '../issues';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { rowDay, validRows } from './context';
import type { Roster } from './roster';
import { resolveStudent } from './roster';
import type { Talk } from './talks';

/** 谈话记录: a detailed talk with one student (建议 and 学生意见 are the template's recommended columns). */
export function validateInterviews(
  table: TableSheet,
  context: CheckContext,
  roster: Roster,
  out: Issue[],
): Talk[] {
  return validRows(table, context, out, (check, values) => {
    const student = resolveStudent(check, roster);
    const date = rowDay(values);
    return date !== null && student ? { date, student } : null;
  });
}
