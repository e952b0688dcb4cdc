/**
 * The WPS 表格 adapter: reads rows for the core and sends what the pure builders shared with the
 * Excel adapter computed (the setup plan of src/office/setupPlan.ts, the 评分 rows of
 * src/office/scoreSheet.ts). ET's object model is synchronous and in-process — no batches, no
 * syncs — so each function is plain code over `window.Application` (typed in ./et.ts).
 *
 * ET follows Excel's COM model, which differs from Office.js in ways designed for here:
 * - Value2 of one cell is a value, of several a 2-D array; an empty cell is undefined;
 * - writing null or undefined into a cell clears it (Office.js leaves it unchanged), so the plan's
 *   "leave this cell" nulls are never written: only the cells with a value are;
 * - UsedRange is never null (A1 on an empty sheet) and covers formatted cells too;
 * - Validation.Type raises an error on a cell without validation;
 * - colours are BGR numbers, column widths characters.
 */
import type { Assessment, CellValue, Lang, RecordValues, RuleSet, SheetRows, WorkbookInput } from '../core';
import { DEFAULT_LANG, DEFAULT_RULE_SET, columnLetter, sheetDef } from '../core';
import { HEADER_FILL } from '../core/template';
import type { CellValidation, ValidationRule } from '../core/dataValidation';
import type { SetupReport } from '../host/contract';
import { boundedRect } from '../office/address';
import { isInputSheet } from '../office/excel';
import { scoreSheetRows } from '../office/scoreSheet';
import type { CellBlock, PlannedValidation, SetupPlan, WorkbookSnapshot } from '../office/setupPlan';
import { planSetup } from '../office/setupPlan';
import type { BgrColor, EtApplicationApi, EtRangeApi, EtWorkbookApi, EtWorksheetApi } from './et';
import { DV_ALERT, DV_TYPE, OPERATOR, SHEET_HIDDEN } from './et';

/** `#RRGGBB` as the BGR number COM colours are. */
export function bgr(hex: string): BgrColor {
  const rgb = Number.parseInt(hex.replace(/^#/, ''), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** Points (the plan's unit, Office.js's) as characters of the standard font (COM's ColumnWidth). */
export function pointsToCharacters(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

/**
 * COM's error values (CVErr) as the numbers a script bridge hands over for them, by the text Excel
 * shows. Which form WPS's bridge uses for an error cell is not verified; numbers this large never
 * come from a teacher's records, so reading them as errors is safe either way.
 */
const CVERR: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

/** One Value2 cell as the core takes it: empty as null, error values as errors. */
export function cellOf(value: unknown): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') {
    const error = CVERR.get(value);
    return error ? { error } : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** Value2 as rows: a single cell's value becomes a 1×1 grid. */
export function gridOf(value2: unknown): readonly (readonly unknown[])[] {
  if (Array.isArray(value2)) return value2.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  return [[value2]];
}

const isBlankRow = (row: readonly CellValue[] | undefined) =>
  (row ?? []).every((v) => v === null || v === undefined);

/**
 * A range's values as rows from A1: blank rows above it, blank cells left of it. Trailing blank
 * rows go: UsedRange stretches over formatted empty rows (setup formats 1,000).
 */
export function rowsOfRange(range: EtRangeApi): CellValue[][] {
  const padding: CellValue[] = Array<CellValue>(range.Column - 1).fill(null);
  const rows: CellValue[][] = [
    ...Array.from({ length: range.Row - 1 }, (): CellValue[] => []),
    ...gridOf(range.Value2).map((line) => [...padding, ...line.map(cellOf)]),
  ];
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
  return rows;
}

/** Every sheet of a workbook, in order (the collection is 1-based). */
export function sheetsOf(workbook: EtWorkbookApi): EtWorksheetApi[] {
  const sheets = workbook.Worksheets;
  return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1));
}

/** One read of the workbook: what the core needs, and the sheets it came from (by name). */
export interface WorkbookRead {
  readonly input: WorkbookInput;
  readonly sheets: readonly string[];
}

/** Every sheet the core needs, one Value2 per used range; no workbook open reads as none. */
export function readWorkbook(app: EtApplicationApi): WorkbookRead {
  const workbook = app.ActiveWorkbook;
  if (!workbook) return { input: { sheets: {} }, sheets: [] };
  const sheets = sheetsOf(workbook).filter((s) => isInputSheet(s.Name));
  return {
    input: {
      sheets: Object.fromEntries(sheets.map((s) => [s.Name, rowsOfRange(s.UsedRange)])),
      ...(workbook.Date1904 ? { date1904: true } : {}),
    },
    sheets: sheets.map((s) => s.Name),
  };
}

/** Selects a cell (e.g. of an issue) and brings its sheet to the front. */
export function selectCell(app: EtApplicationApi, sheet: string, address: string): void {
  const target = activeWorkbook(app).Worksheets.Item(sheet);
  target.Activate();
  target.Range(address).Select();
}

function activeWorkbook(app: EtApplicationApi): EtWorkbookApi {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new Error('WPS: no workbook is open');
  return workbook;
}

/** An A1 address of a 0-based rectangle. */
function a1(row: number, col: number, rows = 1, cols = 1): string {
  const start = `${columnLetter(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetter(col + cols - 1)}${row + rows}`;
}

/** Adds a worksheet after the last one, named. */
function addSheet(workbook: EtWorkbookApi, name: string): EtWorksheetApi {
  const sheets = workbook.Worksheets;
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  sheet.Name = name;
  return sheet;
}

/** Column widths of the 评分 sheet in points, as the Excel adapter sizes them. */
const SCORE_COLUMN_POINTS = [150, 60, 60, 60, 360];

/** Rewrites the 评分 sheet — the only sheet the add-in ever rewrites — with the assessment. */
export function writeScoreSheet(app: EtApplicationApi, outcome: Assessment, lang: Lang, now: Date): void {
  const workbook = activeWorkbook(app);
  const name = sheetDef('score').name;
  const sheet = sheetsOf(workbook).find((s) => s.Name === name) ?? addSheet(workbook, name);
  const rows = scoreSheetRows(outcome, lang, now);
  const width = rows[0]?.length ?? 1;
  sheet.Cells.ClearContents();
  sheet.Range(a1(0, 0, rows.length, width)).Value2 = rows;
  sheet.Range('A1').Font.Bold = true;
  SCORE_COLUMN_POINTS.slice(0, width).forEach((points, col) => {
    sheet.Range(a1(0, col)).ColumnWidth = pointsToCharacters(points);
  });
}

// ---------------------------------------------------------------------------------------------
// Setup / repair

export interface SetupOptions {
  readonly rules?: RuleSet;
  readonly lang?: Lang;
}

type Sheets = Map<string, EtWorksheetApi>;

/**
 * Creates the template in the open workbook (a new one when none is open), or repairs it: the
 * plan the Excel adapter sends (src/office/setupPlan.ts) — only what is missing, never over a
 * filled cell — and validation only on template columns that have none.
 */
export function setupWorkbook(
  app: EtApplicationApi,
  info: RecordValues | undefined,
  options: SetupOptions = {},
): SetupReport {
  const workbook = app.ActiveWorkbook ?? app.Workbooks.Add();
  const { snapshot, sheets } = readSnapshot(app, workbook);
  const plan = planSetup(snapshot, {
    rules: options.rules ?? DEFAULT_RULE_SET,
    lang: options.lang ?? DEFAULT_LANG,
    features: { validation: true, printTitles: true },
    ...(info ? { info } : {}),
  });
  sendStructure(app, workbook, plan, sheets);
  const existing = plan.validations.map((v) => validationType(sheetOf(sheets, v.sheet), v.validation.range));
  const fresh = plan.validations.filter((_, i) => existing[i] === null);
  // Reported: validation of another kind than the template's (the teacher's own).
  const foreign = plan.validations.filter((v, i) => {
    const type = existing[i] ?? null;
    return type !== null && type !== DV_TYPE_OF[v.validation.rule.type];
  });
  for (const v of fresh) sendValidation(sheetOf(sheets, v.sheet), v);
  return {
    ...plan.report,
    validatedColumns: fresh.filter((v) => v.validation.rule.type !== 'none').length,
    keptValidation: foreign.map((v) => ({ sheet: v.sheet, column: v.validation.column })),
  };
}

/**
 * Whether the sheet's active window has frozen panes. ET, like Excel's COM model, keeps panes per
 * window, not per sheet, so each template sheet is brought to the front to ask; the sheet the
 * teacher was on comes back afterwards. A sheet that cannot be activated (hidden) counts as frozen:
 * setup then leaves its panes alone.
 */
function isFrozen(app: EtApplicationApi, sheet: EtWorksheetApi): boolean {
  try {
    sheet.Activate();
    return app.ActiveWindow.FreezePanes;
  } catch {
    return true;
  }
}

function readSnapshot(
  app: EtApplicationApi,
  workbook: EtWorkbookApi,
): { snapshot: WorkbookSnapshot; sheets: Sheets } {
  const all = sheetsOf(workbook);
  const names = Array.from({ length: workbook.Names.Count }, (_, i) => workbook.Names.Item(i + 1).Name);
  const templates = all.filter((s) => isInputSheet(s.Name));
  const rows = new Map<string, SheetRows>(templates.map((s) => [s.Name, rowsOfRange(s.UsedRange)]));
  const before = workbook.ActiveSheet;
  const frozen = new Set(templates.filter((s) => isFrozen(app, s)).map((s) => s.Name));
  if (templates.length > 0) before.Activate();
  return {
    snapshot: { sheetNames: all.map((s) => s.Name), rows, frozen, names },
    sheets: new Map(all.map((s) => [s.Name, s])),
  };
}

function sheetOf(sheets: Sheets, name: string): EtWorksheetApi {
  const sheet = sheets.get(name);
  if (!sheet) throw new Error(`setup plan refers to an unknown sheet ${name}`);
  return sheet;
}

/** The cells of a block that carry a value, one by one: a null written through COM would clear the cell. */
function writeBlock(sheet: EtWorksheetApi, block: CellBlock): void {
  block.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.Range(a1(block.row + r, block.col + c));
      if (block.kind === 'formulas') cell.Formula = value;
      else cell.Value2 = value;
      if (block.numberFormat !== undefined) cell.NumberFormat = block.numberFormat;
    }),
  );
}

function sendStructure(
  app: EtApplicationApi,
  workbook: EtWorkbookApi,
  plan: SetupPlan,
  sheets: Sheets,
): void {
  for (const name of plan.addSheets) sheets.set(name, addSheet(workbook, name));
  for (const block of plan.blocks) writeBlock(sheetOf(sheets, block.sheet), block);
  for (const style of plan.headerStyles) {
    const cell = sheetOf(sheets, style.sheet).Range(a1(style.row, style.col));
    cell.Font.Bold = true;
    cell.Interior.Color = bgr(style.required ? HEADER_FILL.required : HEADER_FILL.optional);
  }
  for (const column of plan.columnFormats) {
    const sheet = sheetOf(sheets, column.sheet);
    sheet.Range(a1(0, column.col)).ColumnWidth = pointsToCharacters(column.widthPoints);
    const rows = plan.lastRow - column.firstDataRow;
    if (column.numberFormat !== null && rows > 0) {
      sheet.Range(a1(column.firstDataRow, column.col, rows, 1)).NumberFormat = column.numberFormat;
    }
  }
  for (const { sheet, rows } of plan.printTitles) sheetOf(sheets, sheet).PageSetup.PrintTitleRows = rows;
  if (plan.listSheet) {
    const listSheet = addSheet(workbook, plan.listSheet.name);
    sheets.set(plan.listSheet.name, listSheet);
    plan.listSheet.columns.forEach((column, c) => {
      if (column.values.length === 0) return;
      listSheet.Range(a1(0, c, column.values.length, 1)).Value2 = column.values.map((v) => [v]);
    });
    listSheet.Visible = SHEET_HIDDEN;
  }
  for (const name of plan.names) workbook.Names.Add(name.name, `=${name.refersTo}`);
  const before = workbook.ActiveSheet;
  for (const { sheet, rows } of plan.freeze) {
    sheetOf(sheets, sheet).Activate();
    const window = app.ActiveWindow;
    window.FreezePanes = false;
    window.SplitColumn = 0;
    window.SplitRow = rows;
    window.FreezePanes = true;
  }
  if (plan.activate) sheetOf(sheets, plan.activate).Activate();
  else if (plan.freeze.length > 0) before.Activate();
}

/** The validation type of a cell, null for none (COM raises an error there rather than answer). */
function cellValidation(range: EtRangeApi): number | null {
  try {
    return range.Validation.Type;
  } catch {
    return null;
  }
}

/**
 * The validation of a template column's range, null when it has none. COM raises the same error
 * for a range whose cells differ as for one without any, so then the first and last cells are
 * asked: validation on either keeps the column as it is (never replaced).
 */
function validationType(sheet: EtWorksheetApi, address: string): number | null {
  const whole = cellValidation(sheet.Range(address));
  if (whole !== null) return whole;
  const rect = boundedRect(address);
  if (!rect) return null;
  const first = cellValidation(sheet.Range(a1(rect.row, rect.col)));
  const last = cellValidation(sheet.Range(a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1)));
  return first ?? last;
}

/** ET's validation type for each kind of rule of the shared description. */
const DV_TYPE_OF: Readonly<Record<ValidationRule['type'], number>> = {
  none: DV_TYPE.inputOnly,
  list: DV_TYPE.list,
  date: DV_TYPE.date,
  whole: DV_TYPE.whole,
  decimal: DV_TYPE.decimal,
  custom: DV_TYPE.custom,
};

/** A formula of the description (no leading `=`) as COM takes it: numbers as they are, formulas with `=`. */
function comFormula(formula: string): string {
  return /^-?\d+(\.\d+)?$/.test(formula) ? formula : `=${formula}`;
}

function formulasOf(rule: ValidationRule): [string | undefined, string | undefined] {
  switch (rule.type) {
    case 'none':
      return [undefined, undefined];
    case 'list':
      // The description writes inline lists as OOXML does (`"a,b"`); COM wants `a,b`.
      return [rule.source.startsWith('"') ? rule.values.join(',') : `=${rule.source}`, undefined];
    case 'custom':
      return [`=${rule.formula}`, undefined];
    default:
      return [comFormula(rule.formula1), rule.formula2 === undefined ? undefined : comFormula(rule.formula2)];
  }
}

function alertStyle(alert: CellValidation['alert']) {
  if (!alert) return DV_ALERT.stop;
  return alert.style === 'stop'
    ? DV_ALERT.stop
    : alert.style === 'warning'
      ? DV_ALERT.warning
      : DV_ALERT.information;
}

/** One validation of the shared description, through COM: delete, add the rule, then prompt and alert. */
function sendValidation(sheet: EtWorksheetApi, { validation }: PlannedValidation): void {
  const dv = sheet.Range(validation.range).Validation;
  const { rule } = validation;
  const [formula1, formula2] = formulasOf(rule);
  const operator =
    rule.type === 'date' || rule.type === 'whole' || rule.type === 'decimal'
      ? OPERATOR[rule.operator]
      : undefined;
  dv.Delete();
  dv.Add(DV_TYPE_OF[rule.type], alertStyle(validation.alert), operator, formula1, formula2);
  if (rule.type !== 'none') dv.IgnoreBlank = validation.allowBlank;
  if (rule.type === 'list') dv.InCellDropdown = true;
  dv.InputTitle = validation.prompt.title;
  dv.InputMessage = validation.prompt.message;
  dv.ShowInput = true;
  if (validation.alert) {
    dv.ErrorTitle = validation.alert.title;
    dv.ErrorMessage = validation.alert.message;
    dv.ShowError = true;
  } else dv.ShowError = false;
}

// ---------------------------------------------------------------------------------------------
// New workbooks

/** Bytes as the "binary string" FileSystem.writeAsBinaryString takes (one char per byte). */
export function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return chunks.join('');
}

/** A file name that does not collide with an earlier one: `banzhuren-20261005-143015.xlsx`. */
export function tempFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `banzhuren-${day}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}.xlsx`;
}

/**
 * Opens a whole .xlsx in WPS as a workbook of its own: ET has no "open from bytes" (Office.js's
 * createWorkbook), so the file is written to the user's temporary folder and opened from there.
 * The open workbook is not touched; the teacher saves the new one where they like (另存为).
 */
export function openWorkbook(app: EtApplicationApi, xlsx: Uint8Array, now: Date): void {
  const folder = app.Env.GetTempPath().replace(/[\\/]+$/, '');
  let name = tempFileName(now);
  for (let n = 2; app.FileSystem.Exists(`${folder}/${name}`); n++)
    name = tempFileName(now).replace('.xlsx', `-${n}.xlsx`);
  const path = `${folder}/${name}`;
  if (!app.FileSystem.writeAsBinaryString(path, binaryString(xlsx))) {
    throw new Error(`WPS: could not write ${path}`);
  }
  app.Workbooks.Open(path);
}
