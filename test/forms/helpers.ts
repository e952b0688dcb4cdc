import type {
  PrintBook,
  PrintCell,
  PrintedRecord,
  PrintOptions,
  PrintSheet,
  RecordValues,
  SheetKey,
  WorkbookInput,
} from '../../src/core';
import { buildPrintBook, buildWorkbook, demoWorkbook } from '../../src/core';

export type Tables = Partial<Record<SheetKey, readonly RecordValues[]>>;

/** The six paper forms' titles in the source document's order: the sheets of every printed book. */
export const FORM_TITLES = [
  '班会记录表',
  '班主任谈话记录表',
  '谈心记录表',
  '班级活动登记表',
  '走访宿舍记录表',
  '联系学生家长记录表',
];

/** 2026-2027 第一学期 from 2026-09-07 (ends 2027-01-10), as in the demo example. */
export const INFO: RecordValues = {
  year: '2026-2027',
  term: '第一学期',
  start: '2026-09-07',
  major: '会计学',
  className: '会计2601',
  teacher: '李老师',
};

/** `n` students S001… in dorms of four. */
export function roster(n: number): RecordValues[] {
  return Array.from({ length: n }, (_, i) => ({
    studentId: `S${String(i + 1).padStart(3, '0')}`,
    studentName: `学生${i + 1}`,
    dorm: `B${100 + Math.floor(i / 4)}`,
  }));
}

export function workbook(tables: Tables, info: RecordValues = {}, students = 4): WorkbookInput {
  return buildWorkbook({ ...INFO, ...info }, { roster: roster(students), ...tables });
}

export function book(input: WorkbookInput, options: PrintOptions = {}): PrintBook {
  const result = buildPrintBook(input, options);
  if (!result.ok) throw new Error(`expected a print book, got: ${result.error}`);
  return result.book;
}

export const demoBook = (options: PrintOptions = {}): PrintBook => book(demoWorkbook(), options);

export function sheetOf(printBook: PrintBook, name: string): PrintSheet {
  const sheet = printBook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function cellAt(sheet: PrintSheet, address: string): PrintCell {
  const cell = sheet.cells.find((c) => c.address === address);
  if (!cell) throw new Error(`no cell at ${sheet.name}!${address}`);
  return cell;
}

export function valueAt(sheet: PrintSheet, address: string): string {
  return cellAt(sheet, address).value;
}

export function records(sheet: PrintSheet): PrintedRecord[] {
  return sheet.pages.flatMap((p) => p.records);
}

/** The record printed from a source row. */
export function recordOf(sheet: PrintSheet, sourceRow: number): PrintedRecord {
  const found = records(sheet).find((r) => r.sourceRow === sourceRow);
  if (!found) throw new Error(`row ${sourceRow} of ${sheet.source} is not printed`);
  return found;
}

/** The first cell whose value is exactly `text`. */
export function find(sheet: PrintSheet, text: string): PrintCell | undefined {
  return sheet.cells.find((c) => c.value === text);
}

/** Heights of the rows a page spans, summed. */
export function pageHeight(sheet: PrintSheet, first: number, last: number): number {
  let sum = 0;
  for (let row = first; row <= last; row++) sum += sheet.rowHeights.get(row) ?? 15;
  return sum;
}

/** `2026-09-08` → `2026年9月8日` (long) or `2026.9.8` (tables), as the forms print dates. */
export function printedDate(iso: string, short = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  return short ? `${y}.${m}.${d}` : `${y}年${m}月${d}日`;
}
