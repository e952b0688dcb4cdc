/**
 * The Office.js adapter: the only module that talks to Excel. It stays thin — it reads rows for the
 * core, sends what pure builders (./scoreSheet, ./setupPlan) computed, and counts every
 * `context.sync()` so tests can hold it to its budget (a full read is 2 syncs).
 */
import type { Assessment, CellValue, Lang, SheetRows, WorkbookInput } from '../core';
import { SHEETS, headerKey, sheetDef } from '../core';
import type { ApiRange, ApiWorksheet, ExcelContext, RangeValue } from './api';
import { scoreSheetRows } from './scoreSheet';

/** Counts syncs; pass one in to measure a call. */
export interface SyncMeter {
  syncs: number;
}

/** Compile-time proof that Office's real context satisfies the API subset the adapter is written against. */
export const officeContext = (context: Excel.RequestContext): ExcelContext => context;

export async function sync(context: ExcelContext, meter: SyncMeter | undefined): Promise<void> {
  if (meter) meter.syncs++;
  await context.sync();
}

/** The sheets the core reads (every template sheet but the 评分 output), by normalised name as the core matches them. */
const INPUT_SHEETS = new Set(SHEETS.filter((s) => s.layout !== 'output').map((s) => headerKey(s.name)));

export function isInputSheet(name: string): boolean {
  return INPUT_SHEETS.has(headerKey(name));
}

/** Sync 1 of every read: the workbook's sheets with name and visibility. */
export async function listSheets(context: ExcelContext, meter?: SyncMeter): Promise<ApiWorksheet[]> {
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
  await sync(context, meter);
  return worksheets.items;
}

/** Queues the used range (values only: a formatted empty cell is not data) of a sheet for the next sync. */
export function queueUsedRange(sheet: ApiWorksheet): ApiRange {
  return sheet.getUsedRangeOrNullObject(true).load('address,values');
}

/**
 * A loaded used range as rows from A1. Range.values covers only the used range, which need not
 * start at A1 (a sheet whose first row and column are empty): pad so that index 0 is row 1 again.
 */
export function rowsFromA1(range: ApiRange): CellValue[][] {
  if (range.isNullObject) return [];
  const { row, col } = topLeftOf(range.address);
  const values = range.values as RangeValue[][];
  const padding: CellValue[] = Array<CellValue>(col).fill(null);
  return [...Array.from({ length: row }, (): CellValue[] => []), ...values.map((r) => [...padding, ...r])];
}

/** 0-based row/column of the first cell of `Sheet!B2:D5` (sheet names may be quoted and contain `!`). */
export function topLeftOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const match = /^([A-Za-z]+)(\d+)/.exec(local);
  if (!match) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of (match[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/**
 * Every sheet the core needs, in one batch: sheet list (sync 1), then every used range (sync 2).
 * Hidden sheets are read too; the core decides what counts.
 */
export async function readWorkbook(context: ExcelContext, meter?: SyncMeter): Promise<WorkbookInput> {
  const sheets = (await listSheets(context, meter)).filter((s) => isInputSheet(s.name));
  const ranges = sheets.map((s) => ({ name: s.name, range: queueUsedRange(s) }));
  await sync(context, meter);
  const out: Record<string, SheetRows> = {};
  for (const { name, range } of ranges) out[name] = rowsFromA1(range);
  return { sheets: out };
}

/** Selects a cell (e.g. of an issue) and brings its sheet to the front: one sync. */
export async function selectCell(context: ExcelContext, sheet: string, address: string, meter?: SyncMeter): Promise<void> {
  const target = context.workbook.worksheets.getItem(sheet);
  target.activate();
  target.getRange(address).select();
  await sync(context, meter);
}

/** Column widths of the 评分 sheet in points: labels, then numbers, then the names still missing. */
const SCORE_COLUMN_POINTS = [150, 60, 60, 60, 360];

/**
 * Rewrites the 评分 sheet — the only sheet the add-in ever rewrites — with the assessment:
 * 2 syncs (does the sheet exist; then clear, write, size).
 */
export async function writeScoreSheet(context: ExcelContext, outcome: Assessment, lang: Lang, now: Date, meter?: SyncMeter): Promise<void> {
  const name = sheetDef('score').name;
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  await sync(context, meter);
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(name) : existing;
  const rows = scoreSheetRows(outcome, lang, now);
  const width = rows[0]?.length ?? 1;
  sheet.getRange().clear('Contents');
  sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  SCORE_COLUMN_POINTS.slice(0, width).forEach((points, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
  });
  await sync(context, meter);
}
