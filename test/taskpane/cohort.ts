/**
 * Class-teacher workbooks for the 汇总 tests: the demo (77, 合格) and variants with another
 * class and teacher and fewer records, so a cohort has known scores and cohort grades.
 */
import type { SheetRows, WorkbookInput } from '../../src/core';
import { demoWorkbook } from '../../src/core';
import { writeWorkbook } from '../../src/node/writeXlsx';

export interface ClassVariant {
  readonly className: string;
  readonly teacher: string;
  /** Valid class meetings left out of the demo's 8: 1 → 74 points, 2 → 71 (bonus 3 per meeting beyond 6). */
  readonly fewerMeetings?: number;
  /** No 班级活动 at all: a minimum unmet, so 不合格. */
  readonly noActivities?: boolean;
}

/** The demo workbook for another class: its score is 77 − 3 × fewerMeetings, or 不合格 without activities. */
export function classWorkbook(variant: ClassVariant): WorkbookInput {
  const demo = demoWorkbook();
  const rows = (name: string): SheetRows => demo.sheets[name] ?? [];
  const info = rows('基本信息').map((row) =>
    row[0] === '班级' ? ['班级', variant.className] : row[0] === '班主任' ? ['班主任', variant.teacher] : row,
  );
  const [meetingsHeader = [], ...meetings] = rows('班会记录');
  const [activitiesHeader = []] = rows('班级活动');
  return {
    ...demo,
    sheets: {
      ...demo.sheets,
      基本信息: info,
      班会记录: [meetingsHeader, ...meetings.slice(variant.fewerMeetings ?? 0)],
      ...(variant.noActivities ? { 班级活动: [activitiesHeader] } : {}),
    },
  };
}

export interface CohortFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export async function cohortFile(name: string, variant: ClassVariant): Promise<CohortFile> {
  return { name, bytes: await writeWorkbook(classWorkbook(variant)) };
}

/** Three classes as three .xlsx files: 77 (合格), 74 (合格), 不合格 — below 4 teachers, no 优秀 place. */
export function threeClasses(): Promise<CohortFile[]> {
  return Promise.all([
    cohortFile('会计2601.xlsx', { className: '会计2601', teacher: '李老师' }),
    cohortFile('会计2602.xlsx', { className: '会计2602', teacher: '王老师', fewerMeetings: 1 }),
    cohortFile('会计2603.xlsx', { className: '会计2603', teacher: '张老师', noActivities: true }),
  ]);
}
