import type { Day } from '../day';
import type { Issue } from '../issues';
import type { TableSheet } from '../workbook';
import type { CheckContext, ColumnCheckOptions } from './context';
import { rowDay, validRows } from './context';
import type { Roster, Student } from './roster';
import { resolveStudent } from './roster';

/** One valid 联系家长 row: whose parents, and when (pacing counts contacts week by week). */
export interface Contact {
  readonly date: Day;
  readonly student: Student;
}

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
): Contact[] {
  return validRows(
    table,
    context,
    out,
    (check, values) => {
      const student = resolveStudent(check, roster);
      const date = rowDay(values);
      return student && date !== null ? { date, student } : null;
    },
    options,
  );
}
