import type { Day } from '../day';
import { formatDay } from '../day';
import type { Issue } from '../issues';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { checkColumns, RowCheck, rowDay } from './context';
import type { Roster, Student } from './roster';
import { resolveStudent } from './roster';

export interface Talk {
  readonly date: Day;
  readonly student: Student;
}

interface Checked {
  readonly check: RowCheck;
  readonly date: Day | null;
  readonly student: Student | null;
  readonly group: boolean;
}

/**
 * 谈心记录: each talk at least 5 minutes; a 集体 talk is the rows sharing 编号 + 日期
 * and may have at most 8 students (source note [3]), otherwise none of its rows counts.
 */
export function validateTalks(
  table: TableSheet,
  context: CheckContext,
  roster: Roster,
  out: Issue[],
): Talk[] {
  const checked: Checked[] = table.rows.map((row) => {
    const check = new RowCheck(table, row, out);
    const values = checkColumns(check, context, { checkTerm: true });
    const student = resolveStudent(check, roster);
    const group = values.get('form') === '集体';
    if (group && check.text('serial') === '') check.error('serial', 'groupWithoutSerial');
    return { check, date: rowDay(values), student, group };
  });

  const groups = new Map<string, Checked[]>();
  for (const talk of checked) {
    if (!talk.group || talk.date === null || talk.check.text('serial') === '') continue;
    const key = `${talk.check.text('serial')}\u0001${talk.date}`;
    const members = groups.get(key);
    if (members) members.push(talk);
    else groups.set(key, [talk]);
  }
  const max = context.rules.minimums.groupTalkMaxStudents;
  for (const members of groups.values()) {
    const students = new Set(
      members.map((m) => m.student?.id ?? `row:${m.check.text('studentId')}|${m.check.text('studentName')}`),
    );
    if (students.size <= max) continue;
    for (const member of members) {
      member.check.error('serial', 'groupTooLarge', {
        serial: member.check.text('serial'),
        date: formatDay(member.date as Day),
        count: students.size,
        max,
      });
    }
  }

  const talks: Talk[] = [];
  for (const { check, date, student } of checked)
    if (!check.hasError && date !== null && student) talks.push({ date, student });
  return talks;
}
