/**
 * The Office.js adapter: the only module that talks to Excel. It stays thin — it reads rows for the
 * core and sends what pure builders (./scoreSheet, ./setupPlan) computed, in few `context.sync()`
 * calls (the tests hold each function to its budget by the fake's own count: a full read is 3).
 */
import type { Assessment, CellValue, Lang, RecordValues, RuleSet, SheetRows, WorkbookInput } from '../core';
import {
  DEFAULT_LANG,
  DEFAULT_RULE_SET,
  SHEETS,
  dayFromSerial,
  dayToSerial,
  headerKey,
  sheetDef,
} from '../core';
import type { Rect } from './address';
import { boundedRect, rowBands, topLeftOf } from './address';
import type { ApiRange, ApiWorksheet, ExcelContext, RangeInput, RangeValue, SupportsApi } from './api';
import { scoreSheetRows } from './scoreSheet';
import type { SetupReport } from '../host/contract';
import type { PlannedValidation, SetupPlan, WorkbookSnapshot } from './setupPlan';
import { HEADER_FILL } from '../core/template';
import { planSetup } from './setupPlan';
import { OFFICE_TYPE, officeAlert, officeRule } from './validationRules';

/** `getUsedRangeOrNullObject(valuesOnly)`: a cell that is only formatted holds no data. */
const VALUES_ONLY = true;

/** Compile-time proof that Office's real context satisfies the API subset the adapter is written against. */
export const officeContext = (context: Excel.RequestContext): ExcelContext => context;

/** The sheets the core reads (every template sheet but the 评分 output), by normalised name as the core matches them. */
const INPUT_SHEETS = new Set(SHEETS.filter((s) => s.layout !== 'output').map((s) => headerKey(s.name)));

export function isInputSheet(name: string): boolean {
  return INPUT_SHEETS.has(headerKey(name));
}

/**
 * Runs `work` with this add-in's event handlers switched off (Runtime.enableEvents, ExcelApi 1.8),
 * so its bulk writes (setup, the 评分 sheet) come back as no change at all. This is what tells our
 * writes from the teacher's on hosts before ExcelApi 1.14, whose events carry no triggerSource.
 * The switch must be its own batch, before the writes (as Office's documentation does it: events
 * of a batch are raised after it, when a switch back inside it would already be on again), so it
 * rides on `work`'s first sync, which must not write; a last sync switches events back on, also
 * when `work` fails.
 */
export async function quietly<T>(
  context: ExcelContext,
  suspend: boolean,
  work: () => Promise<T>,
): Promise<T> {
  if (!suspend) return work();
  context.runtime.enableEvents = false;
  try {
    return await work();
  } finally {
    context.runtime.enableEvents = true;
    await context.sync();
  }
}

/** DATE(2000,1,1) as a serial in the 1904 date system (36526 in the 1900 one). */
const Y2K_SERIAL_1904 = 35_064;

/**
 * Sync 1 of every read: the workbook's sheets with id, name and visibility, and its date system.
 * Office.js has no property for the 1904 date system, so Excel itself is asked for DATE(2000,1,1).
 */
export async function listSheets(
  context: ExcelContext,
): Promise<{ sheets: ApiWorksheet[]; date1904: boolean }> {
  const worksheets = context.workbook.worksheets.load('items/id,items/name,items/visibility');
  const y2k = context.workbook.functions.date(2000, 1, 1).load('value');
  await context.sync();
  return { sheets: worksheets.items, date1904: y2k.value === Y2K_SERIAL_1904 };
}

/** Queues the used range (values only: a formatted empty cell is not data) of a sheet for the next sync. */
export function queueUsedRange(sheet: ApiWorksheet): ApiRange {
  return sheet.getUsedRangeOrNullObject(VALUES_ONLY).load('address,values');
}

/**
 * A loaded used range as rows from A1. Range.values covers only the used range, which need not
 * start at A1 (a sheet whose first row and column are empty): pad so that index 0 is row 1 again.
 */
export function rowsFromA1(range: ApiRange): CellValue[][] {
  if (range.isNullObject) return [];
  const { row, col } = topLeftOf(range.address);
  return placeAt(range.values as RangeValue[][], row, col);
}

/** Values read at (row, col) as rows from A1: empty rows above, empty cells to the left, '' as null. */
function placeAt(values: readonly (readonly RangeValue[])[], row: number, col: number): CellValue[][] {
  const padding: CellValue[] = Array<CellValue>(col).fill(null);
  return [
    ...Array.from({ length: row }, (): CellValue[] => []),
    ...values.map((r) => [...padding, ...r.map((v) => (v === '' ? null : v))]),
  ];
}

/**
 * Cells per sync when reading values. Excel on the web refuses a request or response over 5 MB;
 * a record sheet's cells average well under 100 bytes of JSON (one long 谈话内容 column among short
 * ones), so 20,000 cells stay far below it and a 1,000-row paste is one read. Sheets of nothing
 * but long text are caught by `readRects`, which retries in smaller pieces.
 */
export const CELLS_PER_SYNC = 20_000;

/**
 * Below this many cells per sync a GeneralException is taken for what it says: Excel on the web
 * sometimes reports an oversized response as GeneralException instead of a payload error, but a
 * read this small cannot be oversized.
 */
const GENERAL_EXCEPTION_CELLS = 1_000;

/** Whether a failed read may succeed in smaller pieces: a payload over the size limit. */
function isPayloadTooLarge(error: unknown, cellsPerSync: number): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    /PayloadSizeLimitExceeded/.test(code) ||
    (code === 'GeneralException' && cellsPerSync > GENERAL_EXCEPTION_CELLS)
  );
}

/**
 * Values of several rectangles, in as few syncs as the 5 MB limit allows: rectangles are cut into
 * row bands and packed into syncs of at most `cellsPerSync` cells (usually one sync in all). A
 * response still too large is read again in pieces a quarter the size.
 */
export async function readRects(
  context: ExcelContext,
  wanted: readonly { readonly sheet: ApiWorksheet; readonly rect: Rect }[],
  cellsPerSync = CELLS_PER_SYNC,
): Promise<RangeValue[][][]> {
  const bands = wanted.flatMap(({ sheet, rect }, index) =>
    rowBands(rect, cellsPerSync).map((band) => ({ sheet, band, index })),
  );
  const out: RangeValue[][][] = wanted.map(() => []);
  let batch: { range: ApiRange; index: number }[] = [];
  let cells = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await context.sync();
    for (const { range, index } of batch)
      (out[index] as RangeValue[][]).push(...(range.values as RangeValue[][]));
    batch = [];
    cells = 0;
  };
  try {
    for (const { sheet, band, index } of bands) {
      if (cells > 0 && cells + band.rows * band.cols > cellsPerSync) await flush();
      batch.push({
        range: sheet.getRangeByIndexes(band.row, band.col, band.rows, band.cols).load('values'),
        index,
      });
      cells += band.rows * band.cols;
    }
    await flush();
  } catch (error) {
    const smaller = Math.floor(cellsPerSync / 4);
    if (!isPayloadTooLarge(error, cellsPerSync) || smaller < 1) throw error;
    return readRects(context, wanted, smaller);
  }
  return out;
}

/**
 * Rows from A1 of each sheet, and the values of some other rectangles, in one go: one sync for
 * the used ranges' extent (none without sheets), then every value by `readRects` (one sync unless
 * the 5 MB limit needs more). Loads queued by the caller before this ride along with the first sync.
 */
export async function readSheetsAndRects(
  context: ExcelContext,
  sheets: readonly ApiWorksheet[],
  rects: readonly { readonly sheet: ApiWorksheet; readonly rect: Rect }[],
): Promise<{ rows: SheetRows[]; values: RangeValue[][][] }> {
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(VALUES_ONLY).load('address'));
  if (sheets.length > 0) await context.sync();
  const extents = used.map((range) => (range.isNullObject ? null : boundedRect(range.address)));
  const wanted = sheets.flatMap((sheet, i) => {
    const rect = extents[i];
    return rect ? [{ sheet, rect }] : [];
  });
  const values = await readRects(context, [...wanted, ...rects]);
  let next = 0;
  return {
    rows: extents.map((rect) => (rect ? placeAt(values[next++] ?? [], rect.row, rect.col) : [])),
    values: values.slice(wanted.length),
  };
}

/** One read of a workbook: what the core needs, and the sheets it came from. */
export interface WorkbookRead {
  readonly input: WorkbookInput;
  /** The sheets read for the core, in `input`'s order. */
  readonly sheets: readonly ApiWorksheet[];
  /** Every other sheet (评分, the teacher's own). */
  readonly others: readonly ApiWorksheet[];
}

/**
 * Every sheet the core needs: the sheet list (sync 1), the used ranges (sync 2), their values
 * (sync 3, more only past the 5 MB limit). Hidden sheets are read too; the core decides what
 * counts. `alongside` may queue loads on the listed sheets to go with sync 2.
 */
export async function readInputSheets(
  context: ExcelContext,
  alongside?: (sheets: readonly ApiWorksheet[]) => void,
): Promise<WorkbookRead> {
  const listed = await listSheets(context);
  const sheets = listed.sheets.filter((s) => isInputSheet(s.name));
  alongside?.(sheets);
  const { rows } = await readSheetsAndRects(context, sheets, []);
  const others = listed.sheets.filter((s) => !isInputSheet(s.name));
  return {
    input: {
      sheets: Object.fromEntries(sheets.map((s, i) => [s.name, rows[i] ?? []])),
      ...(listed.date1904 ? { date1904: true } : {}),
      ...(sheets.length === 0 && (await holdData(context, others)) ? { otherSheetsHoldData: true } : {}),
    },
    sheets,
    others,
  };
}

/**
 * Whether any of these sheets holds a value (one sync, only for a workbook with none of ours): the
 * pane's first screen tells a new workbook from one for something else by it.
 */
async function holdData(context: ExcelContext, sheets: readonly ApiWorksheet[]): Promise<boolean> {
  if (sheets.length === 0) return false;
  const used = sheets.map((s) => s.getUsedRangeOrNullObject(VALUES_ONLY).load('address'));
  await context.sync();
  return used.some((range) => !range.isNullObject);
}

/** A cell on a hidden sheet cannot be shown: Excel does not bring a hidden sheet to the front. */
export class SheetHiddenError extends Error {
  constructor(readonly sheet: string) {
    super(`${sheet} is hidden`);
    this.name = 'SheetHiddenError';
  }
}

/** Selects a cell (e.g. of an issue) and brings its sheet to the front: 2 syncs (is it visible; select). */
export async function selectCell(context: ExcelContext, sheet: string, address: string): Promise<void> {
  const target = context.workbook.worksheets.getItem(sheet).load('visibility');
  await context.sync();
  if (target.visibility !== 'Visible') throw new SheetHiddenError(sheet);
  target.activate();
  target.getRange(address).select();
  await context.sync();
}

/** Column widths of the 评分 sheet in points: labels, then numbers, then the names still missing. */
const SCORE_COLUMN_POINTS = [150, 60, 60, 60, 360];

/**
 * Excel's text format. Excel converts a string written through `values` as if it were typed: a
 * leading `=`, `+` or `-` makes a formula, `2026-10-05 14:30` or a dorm `3-12` a date, `007` the
 * number 7. Cells formatted as text keep the string as it is, so text goes into such cells.
 */
export const TEXT_FORMAT = '@';

/** The number format that keeps each value of a block as written: text for strings. */
export function formatsFor(values: readonly (readonly RangeInput[])[]): string[][] {
  return values.map((row) =>
    row.map((v) => (typeof v === 'string' && !v.startsWith('=') ? TEXT_FORMAT : 'General')),
  );
}

/**
 * Rewrites the 评分 sheet — the only sheet the add-in ever rewrites — with the assessment:
 * 2 syncs (does the sheet exist; then clear, write, size), and one more to switch events back on
 * when they were off.
 */
export async function writeScoreSheet(
  context: ExcelContext,
  outcome: Assessment,
  lang: Lang,
  now: Date,
  options: { readonly suspendEvents?: boolean } = {},
): Promise<void> {
  const name = sheetDef('score').name;
  const rows = scoreSheetRows(outcome, lang, now);
  const width = rows[0]?.length ?? 1;
  await quietly(context, options.suspendEvents ?? false, async () => {
    const existing = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    const sheet = existing.isNullObject ? context.workbook.worksheets.add(name) : existing;
    sheet.getRange().clear('Contents');
    const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
    range.numberFormat = formatsFor(rows);
    range.values = rows;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    SCORE_COLUMN_POINTS.slice(0, width).forEach((points, col) => {
      sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
    });
    await context.sync();
  });
}

// ---------------------------------------------------------------------------------------------
// Setup / repair

export interface SetupOptions {
  readonly rules?: RuleSet;
  readonly lang?: Lang;
  /** Office.context.requirements.isSetSupported, or a stand-in in tests. */
  readonly supports: SupportsApi;
}

type Sheets = Map<string, ApiWorksheet>;

/**
 * The form's 学期开始日期 is a serial of the 1900 date system; a 1904 workbook counts its serials
 * from 1904-01-01, 1462 days later, and would show the date four years and a day late.
 */
function formIn(info: RecordValues, date1904: boolean): RecordValues {
  const start = info.start;
  if (!date1904 || typeof start !== 'number') return info;
  const day = dayFromSerial(start);
  return day === null ? info : { ...info, start: dayToSerial(day, date1904) };
}

/**
 * Creates the template in the open workbook, or repairs it: adds only what is missing and never
 * writes over a filled cell, over data validation or over print titles already there (see
 * ./setupPlan). 5 syncs, and one more to switch events back on: the sheet list, names and date
 * system; the template sheets' extents, frozen panes and print titles; their values (more syncs
 * only past the 5 MB limit); every structural write (with the validation already on the template
 * columns); the new data validation (none when every column already has some).
 */
export async function setupWorkbook(
  context: ExcelContext,
  info: RecordValues | undefined,
  options: SetupOptions,
): Promise<SetupReport> {
  const features = {
    validation: options.supports('ExcelApi', '1.8'),
    printTitles: options.supports('ExcelApi', '1.9'),
  };
  return quietly(context, features.validation, async () => {
    const { snapshot, sheets, date1904 } = await readSnapshot(context, features.printTitles);
    const plan = planSetup(snapshot, {
      rules: options.rules ?? DEFAULT_RULE_SET,
      lang: options.lang ?? DEFAULT_LANG,
      features,
      ...(info ? { info: formIn(info, date1904) } : {}),
    });
    sendStructure(context, plan, sheets);
    // Loaded with the structure: setup never replaces validation already on a template column
    // (the teacher's own, or ours from before — either way it stays as it is).
    const existing = plan.validations.map((v) =>
      sheetOf(sheets, v.sheet).getRange(v.validation.range).dataValidation.load('type'),
    );
    await context.sync();
    const fresh = plan.validations.filter((_, i) => existing[i]?.type === 'None');
    // Reported: validation of another kind than the template's (the teacher's own); the same kind is
    // taken for ours from an earlier setup or the .xlsx writer, and not worth a line.
    const foreign = plan.validations.filter((v, i) => {
      const type = existing[i]?.type ?? 'None';
      return type !== 'None' && type !== OFFICE_TYPE[v.validation.rule.type];
    });
    if (fresh.length > 0) {
      // A batch of its own: if a host rejects one rule, the sheets and columns above are already in place.
      fresh.forEach((v) => sendValidation(sheetOf(sheets, v.sheet), v, date1904));
      await context.sync();
    }
    return {
      ...plan.report,
      validatedColumns: fresh.filter((v) => v.validation.rule.type !== 'none').length,
      keptValidation: foreign.map((v) => ({ sheet: v.sheet, column: v.validation.column })),
    };
  });
}

/**
 * Syncs 1–3: what setup must know before it plans, read as every read is (the template sheets'
 * values cut to the size limit by readSheetsAndRects).
 */
async function readSnapshot(
  context: ExcelContext,
  printTitles: boolean,
): Promise<{ snapshot: WorkbookSnapshot; sheets: Sheets; date1904: boolean }> {
  const names = context.workbook.names.load('items/name');
  const listed = await listSheets(context);
  const all = listed.sheets;
  const templates = all.filter((s) => isInputSheet(s.name));
  const frozen = templates.map((sheet) => sheet.freezePanes.getLocationOrNullObject().load('address'));
  const titles = printTitles
    ? templates.map((sheet) => sheet.pageLayout.getPrintTitleRowsOrNullObject().load('address'))
    : [];
  const { rows } = await readSheetsAndRects(context, templates, []);
  return {
    snapshot: {
      sheetNames: all.map((s) => s.name),
      rows: new Map(templates.map((sheet, i) => [sheet.name, rows[i] ?? []])),
      frozen: new Set(templates.filter((_, i) => frozen[i]?.isNullObject === false).map((s) => s.name)),
      printTitles: new Set(templates.filter((_, i) => titles[i]?.isNullObject === false).map((s) => s.name)),
      names: names.items.map((n) => n.name),
    },
    sheets: new Map(all.map((s) => [s.name, s])),
    date1904: listed.date1904,
  };
}

function sheetOf(sheets: Sheets, name: string): ApiWorksheet {
  const sheet = sheets.get(name);
  if (!sheet) throw new Error(`setup plan refers to an unknown sheet ${name}`);
  return sheet;
}

/** Queues every structural write of the plan (sync 3). */
function sendStructure(context: ExcelContext, plan: SetupPlan, sheets: Sheets): void {
  for (const name of plan.addSheets) sheets.set(name, context.workbook.worksheets.add(name));
  for (const block of plan.blocks) {
    const sheet = sheetOf(sheets, block.sheet);
    const range = sheet.getRangeByIndexes(
      block.row,
      block.col,
      block.values.length,
      block.values[0]?.length ?? 1,
    );
    // A block with a format is one cell (学期开始日期, 学期结束日期); the guard never leaves it partly written.
    const format = block.numberFormat;
    if (format !== undefined && block.values.every((line) => line.every((v) => v !== null))) {
      range.numberFormat = block.values.map((line) => line.map(() => format));
    }
    if (block.kind === 'formulas') range.formulas = block.values;
    else {
      // Text cell by cell, before the values: a cell the guard left alone keeps its own format.
      block.values.forEach((line, r) =>
        line.forEach((value, c) => {
          if (format === undefined && typeof value === 'string')
            sheet.getRangeByIndexes(block.row + r, block.col + c, 1, 1).numberFormat = [[TEXT_FORMAT]];
        }),
      );
      range.values = block.values;
    }
  }
  for (const style of plan.headerStyles) {
    const format = sheetOf(sheets, style.sheet).getRangeByIndexes(style.row, style.col, 1, 1).format;
    format.font.bold = true;
    format.fill.color = style.required ? HEADER_FILL.required : HEADER_FILL.optional;
  }
  for (const column of plan.columnFormats) {
    const sheet = sheetOf(sheets, column.sheet);
    sheet.getRangeByIndexes(0, column.col, 1, 1).format.columnWidth = column.widthPoints;
    const rows = plan.lastRow - column.firstDataRow;
    if (column.numberFormat !== null && rows > 0) {
      sheet.getRangeByIndexes(column.firstDataRow, column.col, rows, 1).numberFormat = Array.from(
        { length: rows },
        () => [column.numberFormat as string],
      );
    }
  }
  for (const { sheet, rows } of plan.freeze) sheetOf(sheets, sheet).freezePanes.freezeRows(rows);
  for (const { sheet, rows } of plan.printTitles) sheetOf(sheets, sheet).pageLayout.setPrintTitleRows(rows);
  if (plan.listSheet) sendListSheet(context, plan.listSheet, sheets);
  for (const name of plan.names) context.workbook.names.add(name.name, `=${name.refersTo}`);
  if (plan.activate) sheetOf(sheets, plan.activate).activate();
}

/** The hidden sheet of dropdown lists too long to write inline (one column per list). */
function sendListSheet(
  context: ExcelContext,
  listSheet: NonNullable<SetupPlan['listSheet']>,
  sheets: Sheets,
): void {
  const sheet = context.workbook.worksheets.add(listSheet.name);
  sheets.set(listSheet.name, sheet);
  listSheet.columns.forEach((column, c) => {
    const values = column.values.map((v): RangeInput[] => [v]);
    const range = sheet.getRangeByIndexes(0, c, values.length, 1);
    range.numberFormat = formatsFor(values);
    range.values = values;
  });
  sheet.visibility = 'Hidden';
}

/** One validation of the shared description, through Office.js (sync 5): clear, rule, then prompt and alert. */
function sendValidation(sheet: ApiWorksheet, { validation }: PlannedValidation, date1904: boolean): void {
  const dv = sheet.getRange(validation.range).dataValidation;
  // Only cells without validation get here (a prompt-only entry may carry our old prompt); clear
  // first all the same, as Office rejects a rule over cells with other validation.
  dv.clear();
  const rule = officeRule(validation.rule, date1904);
  if (rule) {
    dv.rule = rule;
    dv.ignoreBlanks = validation.allowBlank;
  }
  dv.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  if (validation.alert) dv.errorAlert = officeAlert(validation.alert);
}
