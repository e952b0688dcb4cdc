import type { Issue } from '../issues';
import { sheetDef } from '../template';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { checkColumns, RowIssues } from './context';
import type { Roster } from './roster';
import { resolveStudent } from './roster';
import type { Talk } from './talks';

/** 谈话记录 (SPEC §4): a detailed talk with one student; 建议 and 学生意见 are expected but optional. */
export function validateInterviews(
  table: TableSheet,
  context: CheckContext,
  roster: Roster,
  out: Issue[],
): Talk[] {
  const valid: Talk[] = [];
  const form = sheetDef('interviews').form ?? '';
  for (const row of table.rows) {
    const issues = new RowIssues(table, row, out);
    const values = checkColumns(issues, table.def.columns, context, { checkTerm: true });
    const student = resolveStudent(issues, roster);
    for (const key of ['advice', 'opinion']) {
      if (issues.cell(key).kind === 'blank') issues.warning(key, 'recommendedBlank', { form });
    }
    const date = values.get('date');
    if (!issues.hasError && typeof date === 'number' && student)
      valid.push({ date: date as Talk['date'], student });
  }
  return valid;
}
