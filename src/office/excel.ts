/**
 * The Office.js adapter: the only module that talks to Excel. It stays thin — it reads rows for the
 * core, sends what pure builders (./scoreSheet, ./setupPlan) computed, and counts every
 * `context.sync()` so tests can hold it to its budget (a full read is 3 syncs; one edited row, re-read and marked, is 2).
 */
import type { Assessment, CellValue, Lang, RecordValues, RuleSet, SheetRows, WorkbookInput } from '../core';
import { DEFAULT_LANG, DEFAULT_RULE_SET, SHEETS, headerKey, sheetDef } from '../core';
import type { CellValidation, ValidationRule } from '../core/dataValidation';
import type { Rect } from './address';
import { boundedRect, rowBands, topLeftOf } from './address';
import type {
  ApiDataValidation,
  ApiRange,
  ApiWorksheet,
  ExcelContext,
  RangeInput,
  RangeValue,
  SupportsApi,
} from './api';
import { scoreSheetRows } from './scoreSheet';
import type { SetupReport } from '../host/contract';
import type { PlannedValidation, SetupPlan, WorkbookSnapshot } from './setupPlan';
import { HEADER_FILL } from '../core/template';
import { planSetup } from './setupPlan';

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

/**
 * Sends a batch of writes with this add-in's event handlers switched off (Runtime.enableEvents,
 * ExcelApi 1.8), so a bulk write (setup, the 评分 sheet) does not call the handlers once per range
 * written. Dropping ThisLocalAddin events (./changes.ts) is what keeps the small writes — the
 * marks — from starting a loop; this spares the pane the flood. The switch is inside the batch,
 * around the writes; if the batch fails, a second sync switches events back on.
 */
export async function writeQuietly(
  context: ExcelContext,
  suspend: boolean,
  queue: () => void,
  meter: SyncMeter | undefined,
): Promise<void> {
  if (suspend) context.runtime.enableEvents = false;
  queue();
  if (suspend) context.runtime.enableEvents = true;
  try {
    await sync(context, meter);
  } catch (error) {
    if (suspend) {
      context.runtime.enableEvents = true;
      await sync(context, meter);
    }
    throw error;
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
  meter?: SyncMeter,
): Promise<{ sheets: ApiWorksheet[]; date1904: boolean }> {
  const worksheets = context.workbook.worksheets.load('items/id,items/name,items/visibility');
  const y2k = context.workbook.functions.date(2000, 1, 1).load('value');
  await sync(context, meter);
  return { sheets: worksheets.items, date1904: y2k.value === Y2K_SERIAL_1904 };
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

/** Office's error codes for a request or response over the size limit. */
function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded/.test(code);
}

/**
 * Values of several rectangles, in as few syncs as the 5 MB limit allows: rectangles are cut into
 * row bands and packed into syncs of at most `cellsPerSync` cells (usually one sync in all). A
 * response still too large is read again in pieces a quarter the size.
 */
export async function readRects(
  context: ExcelContext,
  wanted: readonly { readonly sheet: ApiWorksheet; readonly rect: Rect }[],
  meter?: SyncMeter,
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
    await sync(context, meter);
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
    if (!isPayloadTooLarge(error) || smaller < 1) throw error;
    return readRects(context, wanted, meter, smaller);
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
  meter?: SyncMeter,
): Promise<{ rows: SheetRows[]; values: RangeValue[][][] }> {
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('address'));
  if (sheets.length > 0) await sync(context, meter);
  const extents = used.map((range) => (range.isNullObject ? null : boundedRect(range.address)));
  const wanted = sheets.flatMap((sheet, i) => {
    const rect = extents[i];
    return rect ? [{ sheet, rect }] : [];
  });
  const values = await readRects(context, [...wanted, ...rects], meter);
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
  meter?: SyncMeter,
  alongside?: (sheets: readonly ApiWorksheet[]) => void,
): Promise<WorkbookRead> {
  const listed = await listSheets(context, meter);
  const sheets = listed.sheets.filter((s) => isInputSheet(s.name));
  alongside?.(sheets);
  const { rows } = await readSheetsAndRects(context, sheets, [], meter);
  return {
    input: {
      sheets: Object.fromEntries(sheets.map((s, i) => [s.name, rows[i] ?? []])),
      ...(listed.date1904 ? { date1904: true } : {}),
    },
    sheets,
    others: listed.sheets.filter((s) => !isInputSheet(s.name)),
  };
}

export async function readWorkbook(context: ExcelContext, meter?: SyncMeter): Promise<WorkbookInput> {
  return (await readInputSheets(context, meter)).input;
}

/** Selects a cell (e.g. of an issue) and brings its sheet to the front: one sync. */
export async function selectCell(
  context: ExcelContext,
  sheet: string,
  address: string,
  meter?: SyncMeter,
): Promise<void> {
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
export async function writeScoreSheet(
  context: ExcelContext,
  outcome: Assessment,
  lang: Lang,
  now: Date,
  options: { readonly suspendEvents?: boolean; readonly meter?: SyncMeter } = {},
): Promise<void> {
  const { meter } = options;
  const name = sheetDef('score').name;
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  await sync(context, meter);
  const rows = scoreSheetRows(outcome, lang, now);
  const width = rows[0]?.length ?? 1;
  await writeQuietly(
    context,
    options.suspendEvents ?? false,
    () => {
      const sheet = existing.isNullObject ? context.workbook.worksheets.add(name) : existing;
      sheet.getRange().clear('Contents');
      sheet.getRangeByIndexes(0, 0, rows.length, width).values = rows;
      sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
      SCORE_COLUMN_POINTS.slice(0, width).forEach((points, col) => {
        sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
      });
    },
    meter,
  );
}

// ---------------------------------------------------------------------------------------------
// Setup / repair

export interface SetupOptions {
  readonly rules?: RuleSet;
  readonly lang?: Lang;
  /** Office.context.requirements.isSetSupported, or a stand-in in tests. */
  readonly supports: SupportsApi;
  readonly meter?: SyncMeter;
}

type Sheets = Map<string, ApiWorksheet>;

/**
 * Creates the template in the open workbook, or repairs it: adds only what is missing and never
 * writes over a filled cell or over data validation already there (see ./setupPlan). 4 syncs:
 * sheet list and names; the template sheets' values and frozen panes; every structural write
 * (with the validation already on the template columns); the new data validation (none when
 * every column already has some).
 */
export async function setupWorkbook(
  context: ExcelContext,
  info: RecordValues | undefined,
  options: SetupOptions,
): Promise<SetupReport> {
  const { meter } = options;
  const { snapshot, sheets } = await readSnapshot(context, meter);
  const plan = planSetup(snapshot, {
    rules: options.rules ?? DEFAULT_RULE_SET,
    lang: options.lang ?? DEFAULT_LANG,
    features: {
      validation: options.supports('ExcelApi', '1.8'),
      printTitles: options.supports('ExcelApi', '1.9'),
    },
    ...(info ? { info } : {}),
  });
  const quiet = options.supports('ExcelApi', '1.8');
  let existing: ApiDataValidation[] = [];
  await writeQuietly(
    context,
    quiet,
    () => {
      sendStructure(context, plan, sheets);
      // Loaded with the structure: setup never replaces validation already on a template column
      // (the teacher's own, or ours from before — either way it stays as it is).
      existing = plan.validations.map((v) =>
        sheetOf(sheets, v.sheet).getRange(v.validation.range).dataValidation.load('type'),
      );
    },
    meter,
  );
  const fresh = plan.validations.filter((_, i) => existing[i]?.type === 'None');
  // Reported: validation of another kind than the template's (the teacher's own); the same kind is
  // taken for ours from an earlier setup or the .xlsx writer, and not worth a line.
  const foreign = plan.validations.filter((v, i) => {
    const type = existing[i]?.type ?? 'None';
    return type !== 'None' && type !== OFFICE_TYPE[v.validation.rule.type];
  });
  if (fresh.length > 0) {
    // A batch of its own: if a host rejects one rule, the sheets and columns above are already in place.
    await writeQuietly(
      context,
      quiet,
      () => fresh.forEach((v) => sendValidation(sheetOf(sheets, v.sheet), v)),
      meter,
    );
  }
  return {
    ...plan.report,
    validatedColumns: fresh.filter((v) => v.validation.rule.type !== 'none').length,
    keptValidation: foreign.map((v) => ({ sheet: v.sheet, column: v.validation.column })),
  };
}

/** Syncs 1 and 2: what setup must know before it plans. */
async function readSnapshot(
  context: ExcelContext,
  meter: SyncMeter | undefined,
): Promise<{ snapshot: WorkbookSnapshot; sheets: Sheets }> {
  const names = context.workbook.names.load('items/name');
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
  await sync(context, meter);
  const all = worksheets.items;
  const templates = all.filter((s) => isInputSheet(s.name));
  const queued = templates.map((sheet) => ({
    sheet,
    used: queueUsedRange(sheet),
    frozen: sheet.freezePanes.getLocationOrNullObject().load('address'),
  }));
  await sync(context, meter);
  return {
    snapshot: {
      sheetNames: all.map((s) => s.name),
      rows: new Map(queued.map((q) => [q.sheet.name, rowsFromA1(q.used)])),
      frozen: new Set(queued.filter((q) => !q.frozen.isNullObject).map((q) => q.sheet.name)),
      names: names.items.map((n) => n.name),
    },
    sheets: new Map(all.map((s) => [s.name, s])),
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
    const range = sheetOf(sheets, block.sheet).getRangeByIndexes(
      block.row,
      block.col,
      block.values.length,
      block.values[0]?.length ?? 1,
    );
    if (block.kind === 'formulas') range.formulas = block.values;
    else range.values = block.values;
    // A block with a format is one cell (学期开始日期, 学期结束日期); the guard never leaves it partly written.
    const format = block.numberFormat;
    if (format !== undefined && block.values.every((line) => line.every((v) => v !== null))) {
      range.numberFormat = block.values.map((line) => line.map(() => format));
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
    sheet.getRangeByIndexes(0, c, column.values.length, 1).values = column.values.map((v): RangeInput[] => [
      v,
    ]);
  });
  sheet.visibility = 'Hidden';
}

/** One validation of the shared description, through Office.js (sync 4): clear, rule, then prompt and alert. */
function sendValidation(sheet: ApiWorksheet, { validation }: PlannedValidation): void {
  const dv = sheet.getRange(validation.range).dataValidation;
  // Only cells without validation get here (a prompt-only entry may carry our old prompt); clear
  // first all the same, as Office rejects a rule over cells with other validation (office-js#2594).
  dv.clear();
  const rule = officeRule(validation.rule);
  if (rule) {
    dv.rule = rule;
    dv.ignoreBlanks = validation.allowBlank;
  }
  dv.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  if (validation.alert) dv.errorAlert = officeAlert(validation.alert);
}

/** Excel's DataValidationType for each kind of rule of the shared description. */
const OFFICE_TYPE: Readonly<Record<ValidationRule['type'], string>> = {
  none: 'None',
  list: 'List',
  date: 'Date',
  whole: 'WholeNumber',
  decimal: 'Decimal',
  custom: 'Custom',
};

const OPERATORS = { between: 'Between', greaterThanOrEqual: 'GreaterThanOrEqualTo' } as const;

/** A formula of the description (no leading `=`) as Office.js takes it: numbers as numbers, formulas with `=`. */
function officeFormula(formula: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(formula) ? Number(formula) : `=${formula}`;
}

export function officeRule(rule: ValidationRule): Excel.DataValidationRule | null {
  switch (rule.type) {
    case 'none':
      return null;
    case 'list':
      // The description writes inline lists as OOXML does (`"a,b"`); Office.js wants `a,b`.
      return {
        list: {
          inCellDropDown: true,
          source: rule.source.startsWith('"') ? rule.values.join(',') : `=${rule.source}`,
        },
      };
    case 'custom':
      return { custom: { formula: `=${rule.formula}` } };
    case 'date': {
      const date: Excel.DateTimeDataValidation = {
        operator: OPERATORS[rule.operator],
        formula1: String(officeFormula(rule.formula1)),
      };
      if (rule.formula2 !== undefined) date.formula2 = String(officeFormula(rule.formula2));
      return { date };
    }
    default: {
      const basic: Excel.BasicDataValidation = {
        operator: OPERATORS[rule.operator],
        formula1: officeFormula(rule.formula1),
      };
      if (rule.formula2 !== undefined) basic.formula2 = officeFormula(rule.formula2);
      return rule.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
    }
  }
}

function officeAlert(alert: NonNullable<CellValidation['alert']>): Excel.DataValidationErrorAlert {
  const style = alert.style === 'stop' ? 'Stop' : alert.style === 'warning' ? 'Warning' : 'Information';
  return { showAlert: true, style, title: alert.title, message: alert.message };
}
