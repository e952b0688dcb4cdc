import type { Day } from '../day';
import type { Issue } from '../issues';
import { removeWhiteSpace } from '../text';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { checkColumns, RowIssues } from './context';

export interface Activity {
  readonly date: Day;
  /** 活动名称 as compared. */
  readonly name: string;
}

/** 班级活动 (SPEC §4): 班会、布置和检查工作 are not class activities (source note [4]). */
export function validateActivities(table: TableSheet, context: CheckContext, out: Issue[]): Activity[] {
  const valid: Activity[] = [];
  for (const row of table.rows) {
    const issues = new RowIssues(table, row, out);
    const values = checkColumns(issues, table.def.columns, context, { checkTerm: true });
    if (issues.cell('evaluation').kind === 'blank')
      issues.warning('evaluation', 'recommendedBlank', { form: table.def.form ?? '' });
    const date = values.get('date');
    if (!issues.hasError && typeof date === 'number')
      valid.push({ date: date as Day, name: removeWhiteSpace(issues.text('name')) });
  }
  return valid;
}
