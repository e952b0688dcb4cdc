import type { Issue } from '../issues';
import type { TableSheet } from '../workbook';
import type { CheckContext, ColumnCheckOptions } from './context';
import { validRows } from './context';
import type { Roster, Student } from './roster';
import { resolveStudent } from './roster';

/**
 * 联系家长 and 上学期联系家长: the students whose parents were contacted. The previous
 * term's rows are checked the same way except that their dates belong to the previous term.
 */
export function validateContacts(
  table: TableSheet,
  context: CheckContext,
  roster: Roster,
  out: Issue[],
  options: ColumnCheckOptions,
): Student[] {
  return validRows(table, context, out, (check) => resolveStudent(check, roster), options);
}
