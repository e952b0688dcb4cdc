import { cellText, dormKey, nameKey, studentIdKey } from '../cells';
import type { Issue } from '../issues';
import type { TableSheet } from '../workbook';
import type { CheckContext } from './context';
import { checkColumns, RowCheck } from './context';

export interface Student {
  /** 学号 as compared (half-width, no spaces). */
  readonly id: string;
  /** 姓名 as the roster writes it, for messages and the panel. */
  readonly name: string;
  readonly nameKey: string;
  readonly dorm: string | null;
  /** 关照类别 when the student needs special care (谈话记录 required). */
  readonly care: string | null;
  readonly row: number;
}

export interface Roster {
  readonly students: readonly Student[];
  readonly byId: ReadonlyMap<string, Student>;
  readonly byName: ReadonlyMap<string, readonly Student[]>;
  /** The class's dorms: distinct non-blank 宿舍 values, in roster order. */
  readonly dorms: readonly string[];
}

/**
 * 学生名单 → the roster. A row without 学号 or 姓名 is not a student; a repeated 学号 keeps the
 * first. A 关照类别 outside the list is reported but still flags the student: the teacher meant
 * the student needs care, only the word is off.
 */
export function readRoster(table: TableSheet, context: CheckContext, out: Issue[]): Roster {
  const students: Student[] = [];
  const byId = new Map<string, Student>();
  const byName = new Map<string, Student[]>();
  const dorms: string[] = [];
  for (const row of table.rows) {
    const check = new RowCheck(table, row, out);
    checkColumns(check, context, { checkTerm: true });
    const id = studentIdKey(check.cell('studentId'));
    const key = nameKey(check.cell('studentName'));
    if (
      id === '' ||
      key === '' ||
      check.cell('studentId').kind === 'error' ||
      check.cell('studentName').kind === 'error'
    ) {
      continue;
    }
    const earlier = byId.get(id);
    if (earlier) {
      check.error('studentId', 'duplicateStudentId', {
        value: check.text('studentId'),
        first: earlier.row,
      });
      continue;
    }
    const dormText = dormKey(check.text('dorm'));
    const care = check.text('care');
    const student: Student = {
      id,
      name: check.text('studentName'),
      nameKey: key,
      dorm: dormText === '' ? null : dormText,
      care: care === '' ? null : care,
      row: row.row,
    };
    students.push(student);
    byId.set(id, student);
    const namesakes = byName.get(key);
    if (namesakes) namesakes.push(student);
    else byName.set(key, [student]);
    if (student.dorm !== null && !dorms.includes(student.dorm)) dorms.push(student.dorm);
  }
  return { students, byId, byName, dorms };
}

/**
 * Which roster student a record row names (docs/rules.md, Students): by 学号 if given, else by 姓名, which must
 * then be unique; both given must agree. Reports the problem on the row and returns null.
 */
export function resolveStudent(check: RowCheck, roster: Roster): Student | null {
  const idCell = check.cell('studentId');
  const nameCell = check.cell('studentName');
  // The column checks have already reported an error value in either cell.
  if (idCell.kind === 'error' || (nameCell.kind === 'error' && idCell.kind === 'blank')) return null;
  const id = studentIdKey(idCell);
  const name = nameKey(nameCell);
  if (id !== '') {
    const student = roster.byId.get(id);
    if (!student) {
      check.error('studentId', 'unknownStudentId', { value: cellText(idCell) });
      return null;
    }
    if (name !== '' && name !== student.nameKey) {
      check.error('studentName', 'studentMismatch', {
        id: cellText(idCell),
        rosterName: student.name,
        value: cellText(nameCell),
      });
      return null;
    }
    return student;
  }
  if (name === '') {
    check.error('studentId', 'studentMissing');
    return null;
  }
  const named = roster.byName.get(name) ?? [];
  if (named.length === 1) return named[0] ?? null;
  if (named.length === 0) check.error('studentName', 'unknownStudentName', { value: cellText(nameCell) });
  else check.error('studentName', 'ambiguousName', { value: cellText(nameCell), count: named.length });
  return null;
}
