import type {
  Assessment,
  CellValue,
  IssueMessageKey,
  Outcome,
  RecordValues,
  SheetKey,
  SheetRows,
  WorkbookInput,
} from '../../src/core';
import { buildWorkbook, scoreWorkbook, sheetDef } from '../../src/core';

/** A small class: four students in two dorms, term 2026-2027 第一学期 from 2026-09-07 (ends 2027-01-10). */
export const ROSTER: readonly RecordValues[] = [
  { studentId: '2026001', studentName: '张伟', dorm: 'A101' },
  { studentId: '2026002', studentName: '李娜', dorm: 'A101' },
  { studentId: '2026003', studentName: '王芳', dorm: 'B202', care: '学习困难' },
  { studentId: '2026004', studentName: '刘强', dorm: 'B202' },
];

export const INFO: RecordValues = {
  year: '2026-2027',
  term: '第一学期',
  start: '2026-09-07',
  major: '会计学',
  className: '会计2601',
  teacher: '李老师',
};

export type Tables = Partial<Record<SheetKey, readonly RecordValues[]>>;

export function workbook(tables: Tables = {}, info: RecordValues = {}): WorkbookInput {
  return buildWorkbook({ ...INFO, ...info }, { roster: ROSTER, ...tables });
}

export function score(tables: Tables = {}, info: RecordValues = {}): Outcome {
  return scoreWorkbook(workbook(tables, info));
}

export function assessed(tables: Tables = {}, info: RecordValues = {}): Assessment {
  const outcome = score(tables, info);
  if (!outcome.ok) throw new Error(`expected a scored workbook, got: ${outcome.error}`);
  return outcome;
}

/** Valid rows, one per sheet, to vary one field at a time. */
export const VALID: Readonly<
  Record<'meetings' | 'talks' | 'interviews' | 'activities' | 'visits' | 'contacts', RecordValues>
> = {
  meetings: {
    date: '2026-09-08',
    topic: '开学第一课',
    type: '开学初',
    place: '301',
    host: '班长',
    recorder: '团支书',
    expected: 4,
    present: 4,
    content: '学期安排',
    signature: '班长、团支书',
  },
  talks: { date: '2026-09-10', studentId: '2026001', studentName: '张伟', minutes: 10, content: '学习情况' },
  interviews: {
    date: '2026-09-11',
    studentId: '2026003',
    studentName: '王芳',
    place: '办公室',
    interviewer: '李老师',
    recorder: '李老师',
    content: '学习困难',
    conclusion: '制定计划',
    advice: '每周答疑',
    opinion: '同意',
  },
  activities: {
    name: '红色观影',
    type: '团日活动',
    date: '2026-10-12',
    place: '礼堂',
    organizer: '团支部',
    leader: '团支书',
    content: '爱国主义教育',
    evaluation: '良好',
  },
  visits: { date: '2026-09-15', dorms: 'A101', reason: '检查卫生' },
  contacts: {
    date: '2026-09-30',
    studentId: '2026001',
    studentName: '张伟',
    parentName: '张父',
    contact: '13800000000',
    reason: '节假日离校',
    result: '同意离校',
  },
};

type RecordSheet = keyof typeof VALID;

/** Scores a workbook holding one row of `sheet`: the valid row with `changes` applied (row 2 in Excel). */
export function oneRow(sheet: RecordSheet, changes: RecordValues, info: RecordValues = {}): Assessment {
  return assessed({ [sheet]: [{ ...VALID[sheet], ...changes }] }, info);
}

export interface IssueMatch {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly rule: IssueMessageKey;
  readonly severity?: 'error' | 'warning';
}

/**
 * Asserts that this issue is the only one on its row: the row's whole issue list is compared,
 * so an extra wrong issue fails the test too.
 */
export function expectRowIssue(outcome: Assessment, match: IssueMatch): void {
  expectRowIssues(outcome, match.sheet, match.row, [match]);
}

/** Asserts the row's issues are exactly these (column, rule and severity, error unless given), in any order. */
export function expectRowIssues(
  outcome: Assessment,
  sheet: string,
  row: number,
  expected: readonly Omit<IssueMatch, 'sheet' | 'row'>[],
): void {
  const key = (i: { column: string; rule: string; severity?: string }) =>
    `${i.column} ${i.rule} ${i.severity ?? 'error'}`;
  const found = outcome.issues.filter((i) => i.sheet === sheet && i.row === row);
  expect(found.map(key).sort()).toEqual(expected.map(key).sort());
}

export function rulesOf(outcome: Assessment): string[] {
  return outcome.issues.map((i) => i.rule);
}

/** A sheet's rows with the header row replaced, for header-matching tests. */
export function withHeader(
  input: WorkbookInput,
  sheet: SheetKey,
  header: readonly CellValue[],
): WorkbookInput {
  const name = sheetDef(sheet).name;
  const rows = input.sheets[name] as SheetRows;
  return { ...input, sheets: { ...input.sheets, [name]: [header, ...rows.slice(1)] } };
}
