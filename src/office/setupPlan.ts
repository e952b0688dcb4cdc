/**
 * Setup and repair of a workbook as a pure plan (docs/rules.md, What the product writes): from a snapshot of what
 * the workbook holds, the writes that add only what is missing. ./excel.ts reads the snapshot and
 * sends the plan; nothing here touches Office.
 *
 * Invariants (tested in test/office/setup.test.ts):
 * - no write targets a cell that holds a value: every planned value passes `guard`, which turns a
 *   write over a filled cell into Office's "leave unchanged" (null);
 * - columns are only appended after the sheet's used range, rows after 基本信息's; nothing moves;
 * - planning the result again plans no sheet, column, cell or name (setup twice changes nothing).
 * Validation is the one shared description of src/core/dataValidation.ts, laid over the sheets'
 * actual columns, plus what only the add-in adds: 学号/姓名 dropdowns sourced from 学生名单.
 */
import type { CellValue, Lang, RecordValues, RuleSet, SheetDef, SheetKey, SheetRows } from '../core';
import {
  INFO_HEADER,
  SHEETS,
  TEMPLATE_VERSION,
  columnLetter,
  infoRows,
  paneMessages,
  parseTermNumber,
  sheetDef,
  translator,
} from '../core';
import { DATE_FORMAT, columnNumberFormat } from '../core/template';
import { findLabelRow, findSheetName, locateHeader, locateLabels } from '../core/workbook';
import type {
  CellValidation,
  DefinedName,
  InfoLayout,
  ListSheet,
  SheetLayout,
  ValidationPlan,
} from '../core/dataValidation';
import { DEFAULT_LAST_ROW, TERM_END_NAME, describeValidation, quoteSheet } from '../core/dataValidation';
import type { SetupReport } from '../host/contract';
import type { RangeInput } from './api';
import { boundedRect } from './address';

/** What setup needs to know about the workbook (read in two syncs by ./excel.ts). */
export interface WorkbookSnapshot {
  /** Every sheet's name, in workbook order. */
  readonly sheetNames: readonly string[];
  /** Rows from A1 of the template sheets that exist, by their name in the workbook. */
  readonly rows: ReadonlyMap<string, SheetRows>;
  /** Template sheets (by name in the workbook) that already have frozen panes. */
  readonly frozen: ReadonlySet<string>;
  /** Template sheets (by name in the workbook) that already have print title rows: the teacher's stay. */
  readonly printTitles?: ReadonlySet<string>;
  /** Defined names of the workbook. */
  readonly names: readonly string[];
}

export interface HostFeatures {
  /** Range.dataValidation (ExcelApi 1.8). */
  readonly validation: boolean;
  /** PageLayout.setPrintTitleRows (ExcelApi 1.9). */
  readonly printTitles: boolean;
}

/** A rectangle of values (or formulas) to write; null cells are left unchanged. */
export interface CellBlock {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly values: RangeInput[][];
  readonly kind: 'values' | 'formulas';
  /** Number format of every cell of the block, when it has one. */
  readonly numberFormat?: string;
}

export interface ColumnFormat {
  readonly sheet: string;
  readonly col: number;
  readonly widthPoints: number;
  /** Number format of the data rows (header row + 1 … lastRow), e.g. dates or text for 学号. */
  readonly numberFormat: string | null;
  readonly firstDataRow: number;
}

export interface HeaderStyle {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly required: boolean;
}

export interface PlannedValidation {
  readonly sheet: string;
  readonly validation: CellValidation;
}

export interface SetupPlan {
  /** Sheets to add, in template order. */
  readonly addSheets: readonly string[];
  readonly blocks: readonly CellBlock[];
  readonly headerStyles: readonly HeaderStyle[];
  readonly columnFormats: readonly ColumnFormat[];
  /** Sheet → header row count to freeze (only sheets without frozen panes). */
  readonly freeze: readonly { readonly sheet: string; readonly rows: number }[];
  /** Sheet → `$1:$1`, when the host can set print titles and the sheet has none. */
  readonly printTitles: readonly { readonly sheet: string; readonly rows: string }[];
  readonly names: readonly DefinedName[];
  /** The hidden list sheet of long dropdown lists, when it is needed and missing. */
  readonly listSheet: ListSheet | null;
  readonly validations: readonly PlannedValidation[];
  readonly lastRow: number;
  /** The sheet to bring to the front afterwards (基本信息 when it was created), or null. */
  readonly activate: string | null;
  /** What the plan adds; the adapter completes it with the validation it applied or kept. */
  readonly report: Omit<SetupReport, 'validatedColumns' | 'keptValidation'>;
}

export interface PlanOptions {
  readonly rules: RuleSet;
  readonly lang: Lang;
  readonly features: HostFeatures;
  /** 基本信息 values from the setup form; only blank entries get them. */
  readonly info?: RecordValues;
}

/** Rows of validation beyond the last filled row of a long sheet. */
const SPARE_ROWS = 500;

/** Excel column width in characters (the template's unit) → points (Office.js's unit), Calibri 11. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The last filled row (1-based) of a sheet, 0 when empty. */
function lastFilledRow(rows: SheetRows): number {
  for (let r = rows.length - 1; r >= 0; r--) if ((rows[r] ?? []).some((v) => !isBlank(v))) return r + 1;
  return 0;
}

/** One past the last filled column (0-based) over all rows: where appended columns start. */
function usedWidth(rows: SheetRows): number {
  let width = 0;
  for (const row of rows) for (let c = row.length - 1; c >= width; c--) if (!isBlank(row[c])) width = c + 1;
  return width;
}

/** Turns writes over filled cells into Office's "leave unchanged", so no planned write can overwrite data. */
function guard(rows: SheetRows | undefined, block: CellBlock): CellBlock {
  if (!rows) return block;
  const values = block.values.map((line, r) =>
    line.map((value, c) => (isBlank(rows[block.row + r]?.[block.col + c]) ? value : null)),
  );
  return { ...block, values };
}

/** The workbook's sheet for a template sheet, matched the way the core matches it (normalised name). */
function findSheet(snapshot: WorkbookSnapshot, def: SheetDef): string | null {
  return findSheetName(snapshot.sheetNames, def.name);
}

/** Whether the workbook (or the form) says this is a second term: only then is 上学期联系家长 created. */
function isSecondTerm(snapshot: WorkbookSnapshot, infoName: string | null, form: RecordValues): boolean {
  // The workbook's own 学期 wins: the form never overwrites a filled entry.
  const rows = infoName ? snapshot.rows.get(infoName) : undefined;
  const termRow = rows ? locateLabels(sheetDef('info').columns, rows).get('term') : undefined;
  const filled = termRow === undefined ? undefined : rows?.[termRow - 1]?.[1];
  const value =
    !isBlank(filled ?? null) && (typeof filled === 'string' || typeof filled === 'number')
      ? filled
      : form.term;
  return (typeof value === 'string' || typeof value === 'number') && parseTermNumber(value) === 2;
}

class Planner {
  readonly addSheets: string[] = [];
  readonly blocks: CellBlock[] = [];
  readonly headerStyles: HeaderStyle[] = [];
  readonly columnFormats: ColumnFormat[] = [];
  readonly freeze: { sheet: string; rows: number }[] = [];
  readonly layouts: Partial<Record<SheetKey, SheetLayout | null>> = {};
  readonly addedColumns: { sheet: string; columns: string[] }[] = [];
  readonly infoLabels: string[] = [];
  infoLayout: InfoLayout | null = null;

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly form: RecordValues,
  ) {}

  write(block: CellBlock): void {
    const guarded = guard(this.snapshot.rows.get(block.sheet), block);
    if (guarded.values.some((line) => line.some((v) => v !== null))) this.blocks.push(guarded);
  }

  /** A table sheet: created with its header, or its missing columns appended after the used range. */
  table(def: SheetDef): void {
    const existing = findSheet(this.snapshot, def);
    const rows = existing ? (this.snapshot.rows.get(existing) ?? []) : [];
    const name = existing ?? def.name;
    if (!existing) this.addSheets.push(name);
    const located = locateHeader(def, rows);
    const headerIndex = rows.length === 0 ? 0 : located.index;
    const columns = new Map(located.columns);
    const missing = def.columns.filter((c) => !columns.has(c.key));
    const start = usedWidth(rows);
    missing.forEach((column, i) => columns.set(column.key, start + i));
    if (missing.length > 0) {
      this.write({
        sheet: name,
        row: headerIndex,
        col: start,
        values: [missing.map((c) => c.header)],
        kind: 'values',
      });
      missing.forEach((column, i) => {
        this.headerStyles.push({ sheet: name, row: headerIndex, col: start + i, required: column.required });
        this.columnFormats.push({
          sheet: name,
          col: start + i,
          widthPoints: widthInPoints(column.width),
          numberFormat: columnNumberFormat(column),
          firstDataRow: headerIndex + 1,
        });
      });
      if (existing) this.addedColumns.push({ sheet: name, columns: missing.map((c) => c.header) });
    }
    if (!this.snapshot.frozen.has(name)) this.freeze.push({ sheet: name, rows: headerIndex + 1 });
    this.layouts[def.key] = { name, headerRow: headerIndex + 1, columns };
  }

  /** 基本信息: created from the form, or missing label rows appended and blank values filled. */
  info(): void {
    const def = sheetDef('info');
    const existing = findSheet(this.snapshot, def);
    const rows = existing ? (this.snapshot.rows.get(existing) ?? []) : [];
    const name = existing ?? def.name;
    if (!existing) this.addSheets.push(name);
    if (lastFilledRow(rows) === 0) return this.freshInfo(name);

    const entries = locateLabels(def.columns, rows);
    let next = lastFilledRow(rows) + 1;
    for (const column of def.columns) {
      const value =
        column.key === 'templateVersion'
          ? (this.form[column.key] ?? TEMPLATE_VERSION)
          : this.form[column.key];
      const row = entries.get(column.key);
      if (row === undefined) {
        entries.set(column.key, next);
        this.writeInfoRow(name, next, column.header, value ?? null, column.key);
        if (value !== undefined && value !== null) this.infoLabels.push(column.header);
        next++;
      } else if (value !== undefined && value !== null && isBlank(rows[row - 1]?.[1])) {
        this.writeInfoValue(name, row, value, column.key);
        this.infoLabels.push(column.header);
      }
    }
    this.infoLayout = { name, rows: entries, endDateRow: this.endDateRow(rows, next) };
  }

  private freshInfo(name: string): void {
    const def = sheetDef('info');
    const rows = infoRows(this.form);
    rows.forEach((line, i) => {
      const key = i === 0 ? null : (def.columns[i - 1]?.key ?? null);
      if (key === null)
        this.write({ sheet: name, row: 0, col: 0, values: [[...INFO_HEADER]], kind: 'values' });
      else this.writeInfoRow(name, i + 1, line[0] as string, line[1] ?? null, key);
    });
    // Only the entries given a value are reported as filled; the others are labels with a blank cell.
    this.infoLabels.push(
      ...def.columns.filter((_, i) => (rows[i + 1]?.[1] ?? null) !== null).map((c) => c.header),
    );
    INFO_HEADER.forEach((_, col) => this.headerStyles.push({ sheet: name, row: 0, col, required: true }));
    this.columnFormats.push({
      sheet: name,
      col: 0,
      widthPoints: widthInPoints(16),
      numberFormat: null,
      firstDataRow: 1,
    });
    this.columnFormats.push({
      sheet: name,
      col: 1,
      widthPoints: widthInPoints(Math.max(...def.columns.map((c) => c.width), 20)),
      numberFormat: null,
      firstDataRow: 1,
    });
    if (!this.snapshot.frozen.has(name)) this.freeze.push({ sheet: name, rows: 1 });
    const entries = new Map(def.columns.map((c, i) => [c.key, i + 2]));
    this.infoLayout = { name, rows: entries, endDateRow: rows.length + 1 };
  }

  private writeInfoRow(name: string, row: number, label: string, value: CellValue, key: string): void {
    this.write({ sheet: name, row: row - 1, col: 0, values: [[label]], kind: 'values' });
    if (value !== null && value !== undefined) this.writeInfoValue(name, row, value, key);
  }

  private writeInfoValue(name: string, row: number, value: CellValue, key: string): void {
    const cell =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    if (cell === null) return;
    this.write({
      sheet: name,
      row: row - 1,
      col: 1,
      values: [[cell]],
      kind: 'values',
      ...(key === 'start' ? { numberFormat: DATE_FORMAT } : {}),
    });
  }

  /** The row labelled 学期结束日期, else the first row after 基本信息's entries. */
  private endDateRow(rows: SheetRows, next: number): number {
    return findLabelRow(rows, TERM_END_NAME) ?? next;
  }
}

/** The roster's 学号/姓名 cells as a dropdown source: `'学生名单'!$A$2:$A$1000`. */
function rosterSource(roster: SheetLayout, key: 'studentId' | 'studentName', lastRow: number): string | null {
  const index = roster.columns.get(key);
  if (index === undefined) return null;
  const letter = columnLetter(index);
  return `${quoteSheet(roster.name)}!$${letter}$${roster.headerRow + 1}:$${letter}$${lastRow}`;
}

/**
 * The shared description, with the add-in's one addition: in record sheets, 学号 and 姓名 get a
 * dropdown of the roster's cells rather than an inline list (Excel caps inline lists at 255
 * characters). Its alert is a warning, not a stop: the core accepts 姓名 with stray spaces and
 * full-width 学号, which a stop would refuse.
 */
function withRosterDropdowns(
  plan: ValidationPlan,
  roster: SheetLayout | null,
  lastRow: number,
  lang: Lang,
): PlannedValidation[] {
  const t = translator(paneMessages, lang);
  const out: PlannedValidation[] = [];
  for (const sheet of plan.sheets) {
    for (const v of sheet.validations) {
      const studentKey = v.key === 'studentId' || v.key === 'studentName' ? v.key : null;
      const source =
        studentKey && sheet.sheet !== 'roster' && roster ? rosterSource(roster, studentKey, lastRow) : null;
      const validation: CellValidation =
        source && studentKey
          ? {
              ...v,
              rule: { type: 'list', values: [], source },
              alert: {
                style: 'warning',
                title: t('rosterAlertTitle'),
                message: t(studentKey === 'studentId' ? 'rosterAlertId' : 'rosterAlertName'),
              },
            }
          : v;
      out.push({ sheet: sheet.name, validation });
    }
  }
  return out;
}

/** The plan: create or repair every template sheet, fill 基本信息, then validation, names, views. */
export function planSetup(snapshot: WorkbookSnapshot, options: PlanOptions): SetupPlan {
  const form = options.info ?? {};
  const planner = new Planner(snapshot, form);
  const infoName = findSheet(snapshot, sheetDef('info'));
  const created = SHEETS.every((def) => {
    const name = findSheet(snapshot, def);
    return name === null || lastFilledRow(snapshot.rows.get(name) ?? []) === 0;
  });

  planner.info();
  for (const def of SHEETS) {
    if (def.layout !== 'table') continue;
    const wanted =
      def.required ||
      findSheet(snapshot, def) !== null ||
      (def.key === 'prevContacts' && isSecondTerm(snapshot, infoName, form));
    if (wanted) planner.table(def);
    else planner.layouts[def.key] = null;
  }

  const longest = Math.max(0, ...[...snapshot.rows.values()].map(lastFilledRow));
  const lastRow = Math.max(DEFAULT_LAST_ROW, longest + SPARE_ROWS);
  const description = describeValidation({
    rules: options.rules,
    lang: options.lang,
    lastRow,
    sheets: planner.layouts,
    info: planner.infoLayout,
  });
  for (const cell of description.cells) {
    const { row, col } = cellOf(cell.address);
    if ('value' in cell)
      planner.write({ sheet: cell.sheet, row, col, values: [[cell.value]], kind: 'values' });
    else
      planner.write({
        sheet: cell.sheet,
        row,
        col,
        values: [[`=${cell.formula}`]],
        kind: 'formulas',
        numberFormat: cell.numFmt,
      });
  }

  const existingNames = new Set(snapshot.names.map((n) => n.toLowerCase()));
  const names = description.names.filter((n) => !existingNames.has(n.name.toLowerCase()));
  const listSheet =
    description.listSheet && findSheetName(snapshot.sheetNames, description.listSheet.name) === null
      ? description.listSheet
      : null;
  const validations = options.features.validation
    ? withRosterDropdowns(description, planner.layouts.roster ?? null, lastRow, options.lang)
    : [];
  const tableSheets = Object.values(planner.layouts).filter((l): l is SheetLayout => Boolean(l));

  return {
    addSheets: planner.addSheets,
    blocks: planner.blocks,
    headerStyles: planner.headerStyles,
    columnFormats: planner.columnFormats,
    freeze: planner.freeze,
    printTitles: options.features.printTitles
      ? tableSheets
          .filter((l) => !snapshot.printTitles?.has(l.name))
          .map((l) => ({ sheet: l.name, rows: `$${l.headerRow}:$${l.headerRow}` }))
      : [],
    names,
    listSheet,
    validations,
    lastRow,
    activate: planner.addSheets.includes(sheetDef('info').name) ? sheetDef('info').name : null,
    report: {
      created,
      sheets: planner.addSheets,
      columns: planner.addedColumns,
      info: planner.infoLabels,
      names: names.map((n) => n.name),
      skipped: [
        ...(options.features.validation ? [] : ['validation' as const]),
        ...(options.features.printTitles ? [] : ['printTitles' as const]),
      ],
    },
  };
}

/** 0-based row/column of an A1 cell address such as `B10`. */
export function cellOf(address: string): { row: number; col: number } {
  const rect = boundedRect(address);
  if (!rect || rect.rows !== 1 || rect.cols !== 1) throw new Error(`not a cell address: ${address}`);
  return { row: rect.row, col: rect.col };
}
