/**
 * .xlsx writer: the core's plain {@link WorkbookInput} (in template layout) → the bytes of a
 * workbook that checks itself in Excel, WPS and LibreOffice without the add-in.
 *
 * For every sheet of the template it finds (by name, header by text as the core does): a styled
 * header row (bold, filled; required columns darker), the template's column widths, the header
 * frozen, the header repeated on every printed page, A4 landscape fit to one page wide, date
 * columns formatted as dates and 学号/phone columns as text, and the native data validation of
 * src/core/dataValidation.ts on rows 2…lastRow with the names 学期开始日期 / 学期结束日期. Cells are
 * written as given, except that dates in date columns and 基本信息's 学期开始日期 (Date objects,
 * `2026-09-07` strings, serial numbers) become real date cells.
 *
 * `writeWorkbook` and `writeTemplate` use no Node API (they return bytes), so the task pane can
 * reuse them in the browser; only `saveWorkbook` touches the file system.
 */
import type ExcelJS from 'exceljs';
import { newExcelWorkbook } from './exceljs';
import { argb } from './xlsx/color';
import { parseDate, parseNumber, readCell } from '../core/cells';
import type { Day } from '../core/day';
import { addDays, dayToDate } from '../core/day';
import type { Lang } from '../core/i18n/catalog';
import type { CellValue, SheetRows, WorkbookInput } from '../core/input';
import type { BlankWorkbookOptions } from '../core/newTerm';
import { blankWorkbook } from '../core/newTerm';
import { findLabelRow, locateHeader, locateLabels } from '../core/workbook';
import type { RuleSet } from '../core/rules';
import { DEFAULT_RULE_SET } from '../core/rules';
import type { SheetDef, SheetKey } from '../core/template';
import { columnNumberFormat, DATE_FORMAT, DATE_TIME_FORMAT, HEADER_FILL, SHEETS } from '../core/template';
import { headerKey } from '../core/text';
import type { CellValidation, InfoLayout, SheetLayout, ValidationPlan } from '../core/dataValidation';
import { DEFAULT_LAST_ROW, describeValidation, TERM_END_NAME } from '../core/dataValidation';

export interface WriteOptions {
  readonly rules?: RuleSet;
  /** Language of the validation prompts and notes (sheet names and headers are the template's). */
  readonly lang?: Lang;
  /** Last row that gets data validation (default 1000). */
  readonly lastRow?: number;
}

export type TemplateOptions = BlankWorkbookOptions & WriteOptions;

/** A blank workbook from the template: see `blankWorkbook` in src/core/newTerm.ts. */
export async function writeTemplate(options: TemplateOptions): Promise<Uint8Array> {
  return writeWorkbook(blankWorkbook(options), options);
}

/** Writes a workbook; template sheets get the layout, styles and validation described above. */
export async function writeWorkbook(input: WorkbookInput, options: WriteOptions = {}): Promise<Uint8Array> {
  const rules = options.rules ?? DEFAULT_RULE_SET;
  const date1904 = input.date1904 ?? false;
  const workbook = await newExcelWorkbook();
  workbook.creator = 'banzhuren';
  workbook.created = new Date();
  // Excel recomputes 学期结束日期 on open (LibreOffice and WPS recompute formulas anyway).
  workbook.calcProperties.fullCalcOnLoad = true;

  const layouts: Partial<Record<SheetKey, SheetLayout | null>> = {};
  for (const def of SHEETS) if (def.layout === 'table') layouts[def.key] = null;
  let info: InfoSheet | null = null;

  for (const [name, rows] of Object.entries(input.sheets)) {
    const worksheet = workbook.addWorksheet(name);
    const def = SHEETS.find((s) => headerKey(s.name) === headerKey(name));
    if (def?.layout === 'info') info = writeInfo(worksheet, rows, date1904, rules);
    else if (def?.layout === 'table' && layouts[def.key] === null)
      layouts[def.key] = writeTable(worksheet, def, rows, date1904);
    else writePlain(worksheet, rows);
  }

  const plan = describeValidation({
    rules,
    sheets: layouts,
    lastRow: options.lastRow ?? DEFAULT_LAST_ROW,
    info,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  applyPlan(workbook, plan, info?.end ?? null);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes bytes to a file (the only function here that needs Node). */
export async function saveWorkbook(path: string, bytes: Uint8Array): Promise<void> {
  const fs = await import(/* webpackIgnore: true */ 'node:fs/promises');
  await fs.writeFile(path, bytes);
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;

function writeTable(
  worksheet: ExcelJS.Worksheet,
  def: SheetDef,
  rows: SheetRows,
  date1904: boolean,
): SheetLayout {
  const header = locateHeader(def, rows);
  const headerRow = header.index + 1;
  const byIndex = new Map(
    [...header.columns].map(([key, index]) => [index, def.columns.find((c) => c.key === key)]),
  );
  const width = Math.max(rows[header.index]?.length ?? 0, def.columns.length);
  for (let i = 0; i < width; i++) {
    const column = byIndex.get(i);
    const sheetColumn = worksheet.getColumn(i + 1);
    sheetColumn.width = column?.width ?? 14;
    const numFmt = column ? columnNumberFormat(column) : null;
    if (numFmt !== null) sheetColumn.numFmt = numFmt;
  }
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      const column = byIndex.get(c);
      const converted = r > header.index && column?.kind.type === 'date' ? asDate(value, date1904) : value;
      setCell(worksheet.getCell(r + 1, c + 1), converted);
    });
  });
  styleHeader(worksheet, headerRow, width, (i) => byIndex.get(i)?.required ?? false);
  setupPage(worksheet, headerRow);
  return { name: worksheet.name, headerRow, columns: header.columns };
}

/** 基本信息 as written, and the last day of the term for the cached result of 学期结束日期. */
interface InfoSheet extends InfoLayout {
  readonly end: Day | null;
}

function writeInfo(
  worksheet: ExcelJS.Worksheet,
  rows: SheetRows,
  date1904: boolean,
  rules: RuleSet,
): InfoSheet {
  const def = SHEETS.find((s) => s.layout === 'info') as SheetDef;
  const entries = locateLabels(def.columns, rows);
  const endDateRow = findLabelRow(rows, TERM_END_NAME);
  const startRow = entries.get('start');
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      const converted = c === 1 && r + 1 === startRow ? asDate(value, date1904) : value;
      setCell(worksheet.getCell(r + 1, c + 1), converted);
    });
  });
  worksheet.getColumn(1).width = 16;
  worksheet.getColumn(2).width = Math.max(...def.columns.map((c) => c.width), 20);
  if (startRow !== undefined) worksheet.getCell(startRow, 2).numFmt = DATE_FORMAT;
  // The template's 项目 | 内容 header row; a hand-made sheet may start with an entry instead.
  if (entries.size > 0 && Math.min(...entries.values()) > 1) styleHeader(worksheet, 1, 2, () => true);
  setupPage(worksheet, 1);

  const valueOf = (key: string): CellValue => {
    const row = entries.get(key);
    return row === undefined ? null : (rows[row - 1]?.[1] ?? null);
  };
  const start = parseDate(readCell(valueOf('start')), { date1904 });
  const weeks = parseNumber(readCell(valueOf('weeks')));
  const weeksOrDefault =
    weeks.ok && Number.isInteger(weeks.value) && weeks.value > 0 ? weeks.value : rules.defaultWeeks;
  return {
    name: worksheet.name,
    rows: entries,
    endDateRow: endDateRow ?? firstFreeRow(rows, Math.max(rows.length, ...entries.values()) + 1),
    end: start.ok ? addDays(start.value, 7 * weeksOrDefault - 1) : null,
  };
}

function writePlain(worksheet: ExcelJS.Worksheet, rows: SheetRows): void {
  rows.forEach((values, r) => values.forEach((value, c) => setCell(worksheet.getCell(r + 1, c + 1), value)));
  worksheet.getColumn(1).width = Math.max(worksheet.getColumn(1).width ?? 0, 14);
}

function firstFreeRow(rows: SheetRows, from: number): number {
  let row = from;
  while ((rows[row - 1] ?? []).some((v) => readCell(v).kind !== 'blank')) row++;
  return row;
}

function styleHeader(
  worksheet: ExcelJS.Worksheet,
  row: number,
  width: number,
  required: (index: number) => boolean,
): void {
  const header = worksheet.getRow(row);
  header.height = 22;
  for (let i = 0; i < width; i++) {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: argb(required(i) ? HEADER_FILL.required : HEADER_FILL.optional) },
    };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  }
  worksheet.views = [
    { state: 'frozen', xSplit: 0, ySplit: row, topLeftCell: `A${row + 1}`, activeCell: `A${row + 1}` },
  ];
}

function setupPage(worksheet: ExcelJS.Worksheet, headerRow: number): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    horizontalCentered: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Cells

function setCell(cell: ExcelJS.Cell, value: CellValue): void {
  // '' is how Office.js reads a blank cell (the pane's new term copies such rows): left blank, not
  // written as an empty text that Excel would count as content (COUNTA, Ctrl+arrow).
  if (value === null || value === undefined || value === '') return;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return;
    cell.value = value;
    const hasTime = value.getUTCHours() !== 0 || value.getUTCMinutes() !== 0;
    cell.numFmt = hasTime ? DATE_TIME_FORMAT : DATE_FORMAT;
    return;
  }
  if (typeof value === 'object') {
    cell.value = { error: value.error } as ExcelJS.CellErrorValue;
    return;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return;
  cell.value =
    typeof value === 'string' && value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
}

/** A date written as a real date cell when it is one (Date, `2026-09-15`, a serial); otherwise as given. */
function asDate(value: CellValue, date1904: boolean): CellValue {
  if (value instanceof Date) return value;
  const day = parseDate(readCell(value), { date1904 });
  return day.ok ? dayToDate(day.value) : value;
}

// ---------------------------------------------------------------------------------------------
// Validation, names and helper cells

interface ExcelValidation {
  type: string | object;
  allowBlank?: boolean;
  operator?: string;
  formulae?: string[];
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
}

interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelValidation): void };
}

function applyPlan(workbook: ExcelJS.Workbook, plan: ValidationPlan, end: Day | null): void {
  for (const content of plan.cells) {
    const worksheet = workbook.getWorksheet(content.sheet);
    if (!worksheet) continue;
    const cell = worksheet.getCell(content.address);
    if ('value' in content) cell.value = content.value;
    else {
      cell.value = {
        formula: content.formula,
        result: end === null ? '' : dayToDate(end),
      } as ExcelJS.CellFormulaValue;
      cell.numFmt = content.numFmt;
      cell.font = { color: { argb: 'FF595959' } };
    }
  }
  if (plan.listSheet) {
    const lists = workbook.addWorksheet(plan.listSheet.name, { state: 'hidden' });
    plan.listSheet.columns.forEach((column, c) =>
      column.values.forEach((value, r) => (lists.getCell(r + 1, c + 1).value = value)),
    );
  }
  for (const name of plan.names) workbook.definedNames.add(name.refersTo, name.name);
  for (const sheet of plan.sheets) {
    const worksheet = workbook.getWorksheet(sheet.name);
    if (!worksheet) continue;
    const validations = (worksheet as unknown as WithValidations).dataValidations;
    for (const validation of sheet.validations) validations.add(validation.range, toExcel(validation));
  }
}

/** The description → exceljs's model of a `<dataValidation>`. */
function toExcel(v: CellValidation): ExcelValidation {
  const prompt = { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message };
  const alert = v.alert
    ? { showErrorMessage: true, errorStyle: v.alert.style, errorTitle: v.alert.title, error: v.alert.message }
    : {};
  const rule = v.rule;
  switch (rule.type) {
    case 'none':
      return { type: 'any', ...prompt };
    case 'list':
      return { type: 'list', allowBlank: v.allowBlank, formulae: [rule.source], ...prompt, ...alert };
    case 'custom':
      return { type: 'custom', allowBlank: v.allowBlank, formulae: [rule.formula], ...prompt, ...alert };
    default:
      return {
        // exceljs 4.4 turns the formulas of a `date` validation into serials through
        // `new Date(formula)`, which destroys formulas such as 学期开始日期. It compares the type
        // with ===, so a String object still writes type="date" while the formulas pass as text.
        type: rule.type === 'date' ? Object('date') : rule.type,
        allowBlank: v.allowBlank,
        operator: rule.operator,
        formulae: rule.formula2 === undefined ? [rule.formula1] : [rule.formula1, rule.formula2],
        ...prompt,
        ...alert,
      };
  }
}
