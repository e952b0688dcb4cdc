import type { Cell } from './cells';
import { BLANK, readCell } from './cells';
import type { CellValue, SheetRows, WorkbookInput } from './input';
import type { ColumnDef, SheetDef, SheetKey } from './template';
import { SHEETS } from './template';
import { headerKey } from './text';

/**
 * Finds the template's sheets, header rows and columns in a workbook (docs/rules.md, Finding sheets, headers and labels): by header text,
 * never by position, so shuffled, extra and renamed-by-alias columns all read the same.
 */

export interface TableRow {
  /** The row number as Excel shows it. */
  readonly row: number;
  /**
   * Every template column's cell, in the order of the sheet definition's columns; a column the
   * sheet lacks reads as blank. Read by key with {@link rowCell}. An array, not a Map by key: one
   * is made for every row read, and a Map's entries cost a quarter of reading a table.
   */
  readonly cells: readonly Cell[];
  /** Column key → index into `cells`: the sheet definition's, one for all its rows. */
  readonly positions: ReadonlyMap<string, number>;
}

/** The row's cell in the template column `key`. */
export function rowCell(row: TableRow, key: string): Cell {
  const at = row.positions.get(key);
  return at === undefined ? BLANK : (row.cells[at] as Cell);
}

export interface TableSheet {
  readonly def: SheetDef;
  /** The sheet's name as written in the workbook. */
  readonly name: string;
  /** Template column key → 0-based column index, for the columns the sheet has. */
  readonly columns: ReadonlyMap<string, number>;
  /** Non-blank rows below the header. */
  readonly rows: readonly TableRow[];
}

export interface InfoEntry {
  readonly row: number;
  readonly cell: Cell;
}

export interface InfoSheet {
  readonly name: string;
  readonly entries: ReadonlyMap<string, InfoEntry>;
}

export interface Structure {
  readonly info: InfoSheet;
  readonly tables: ReadonlyMap<SheetKey, TableSheet>;
}

export interface StructureProblems {
  readonly missingSheets: readonly string[];
  readonly missingColumns: readonly { readonly sheet: string; readonly columns: readonly string[] }[];
  readonly missingInfo: readonly string[];
}

export type StructureResult =
  | { readonly ok: true; readonly structure: Structure }
  | { readonly ok: false; readonly problems: StructureProblems };

/** How far down a title or note row above the header is tolerated (hand-made workbooks often have one). */
export const HEADER_SEARCH_ROWS = 10;

/** The workbook's sheet for a template sheet name: the first whose normalised name matches. */
export function findSheetName(names: readonly string[], wanted: string): string | null {
  const key = headerKey(wanted);
  return names.find((name) => headerKey(name) === key) ?? null;
}

export function readStructure(input: WorkbookInput): StructureResult {
  const sheetNames = Object.keys(input.sheets);
  const missingSheets: string[] = [];
  const missingColumns: { sheet: string; columns: string[] }[] = [];
  const tables = new Map<SheetKey, TableSheet>();
  let info: InfoSheet | null = null;
  let missingInfo: string[] = [];

  for (const def of SHEETS) {
    if (def.layout === 'output') continue;
    const name = findSheetName(sheetNames, def.name);
    const rows = name === null ? undefined : input.sheets[name];
    if (name === null || rows === undefined) {
      if (def.required) missingSheets.push(def.name);
      continue;
    }
    if (def.layout === 'info') {
      info = readInfo(def, name, rows);
      missingInfo = def.columns.filter((c) => c.required && !info?.entries.has(c.key)).map((c) => c.header);
      continue;
    }
    const table = readTable(def, name, rows);
    const absent = def.columns.filter((c) => c.required && !table.columns.has(c.key)).map((c) => c.header);
    if (absent.length > 0) missingColumns.push({ sheet: def.name, columns: absent });
    tables.set(def.key, table);
  }

  if (missingSheets.length > 0 || missingColumns.length > 0 || missingInfo.length > 0 || info === null) {
    return { ok: false, problems: { missingSheets, missingColumns, missingInfo } };
  }
  return { ok: true, structure: { info, tables } };
}

/** A column's header and aliases as compared. */
interface WantedHeaders {
  readonly column: ColumnDef;
  readonly header: string;
  readonly aliases: ReadonlySet<string>;
}

/** Header keys per template column list: normalised once, not for every row a header is looked for on. */
const wantedHeaders = new WeakMap<readonly ColumnDef[], readonly WantedHeaders[]>();

function wantedHeadersOf(columns: readonly ColumnDef[]): readonly WantedHeaders[] {
  let wanted = wantedHeaders.get(columns);
  if (wanted === undefined) {
    wanted = columns.map((column) => ({
      column,
      header: headerKey(column.header),
      aliases: new Set((column.aliases ?? []).map(headerKey)),
    }));
    wantedHeaders.set(columns, wanted);
  }
  return wanted;
}

/** Template column key → index, matching exact headers first and aliases second. */
export function matchHeaders(
  columns: readonly ColumnDef[],
  header: readonly CellValue[],
): Map<string, number> {
  const keys = header.map((value) =>
    typeof value === 'string' || typeof value === 'number' ? headerKey(String(value)) : '',
  );
  const found = new Map<string, number>();
  const taken = new Set<number>();
  const claim = (column: ColumnDef, wanted: (key: string) => boolean) => {
    if (found.has(column.key)) return;
    const index = keys.findIndex((key, i) => !taken.has(i) && wanted(key));
    if (index >= 0) {
      found.set(column.key, index);
      taken.add(index);
    }
  };
  const wanted = wantedHeadersOf(columns);
  for (const { column, header } of wanted) claim(column, (key) => key === header);
  for (const { column, aliases } of wanted) claim(column, (key) => aliases.has(key));
  return found;
}

export interface HeaderLocation {
  /** 0-based index of the header row (0 when no row matches). */
  readonly index: number;
  /** Template column key → 0-based column index, for the columns found on that row. */
  readonly columns: ReadonlyMap<string, number>;
}

/**
 * A table's header row: of the first HEADER_SEARCH_ROWS rows, the one with the most required
 * columns, then the most columns. Reading, repair and the writers all find it here, so setup
 * writes exactly where scoring reads.
 */
export function locateHeader(def: SheetDef, rows: SheetRows): HeaderLocation {
  let index = 0;
  let columns = new Map<string, number>();
  const requiredFound = (found: ReadonlyMap<string, number>) =>
    def.columns.filter((c) => c.required && found.has(c.key)).length;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.length); i++) {
    const candidate = matchHeaders(def.columns, rows[i] ?? []);
    const found = requiredFound(candidate);
    const best = requiredFound(columns);
    if (found > best || (found === best && candidate.size > columns.size)) {
      index = i;
      columns = candidate;
      // A row with every column cannot be beaten (ties keep the earlier row): no need to look on.
      if (columns.size === def.columns.length) break;
    }
  }
  return { index, columns };
}

/** Where a template column is in the sheet, and whether its content makes a row a record. */
interface Slot {
  readonly index: number | undefined;
  readonly content: boolean;
}

function readTable(def: SheetDef, name: string, rows: SheetRows): TableSheet {
  const { index, columns } = locateHeader(def, rows);
  const slots: Slot[] = def.columns.map((c) => ({
    index: columns.get(c.key),
    content: c.kind.type !== 'serial',
  }));
  const positions = new Map(def.columns.map((c, i) => [c.key, i]));
  const records: TableRow[] = [];
  for (let i = index + 1; i < rows.length; i++) {
    const record = readRecord(slots, positions, rows[i] ?? [], i + 1);
    if (record) records.push(record);
  }
  return { def, name, columns, rows: records };
}

/** A row whose only content is its 编号 (paper forms come pre-numbered 1…30) is a blank row. */
function readRecord(
  slots: readonly Slot[],
  positions: ReadonlyMap<string, number>,
  values: readonly CellValue[],
  row: number,
): TableRow | null {
  if (values.length === 0) return null;
  const cells: Cell[] = [];
  let content = false;
  for (const { index, content: counts } of slots) {
    const cell = index === undefined ? BLANK : readCell(values[index]);
    cells.push(cell);
    if (counts && cell.kind !== 'blank') content = true;
  }
  if (!content) return null;
  return { row, cells, positions };
}

/**
 * Label rows (基本信息): key → the 1-based row whose column A holds the label, compared normalised;
 * the first such row wins.
 */
export function locateLabels(
  labels: readonly { readonly key: string; readonly header: string }[],
  rows: SheetRows,
): Map<string, number> {
  const byLabel = new Map<string, string>();
  for (const { key, header } of labels)
    if (!byLabel.has(headerKey(header))) byLabel.set(headerKey(header), key);
  const found = new Map<string, number>();
  rows.forEach((values, i) => {
    const label = values[0];
    const key = typeof label === 'string' ? byLabel.get(headerKey(label)) : undefined;
    if (key !== undefined && !found.has(key)) found.set(key, i + 1);
  });
  return found;
}

/** The 1-based row labelled `label` in column A, or null. */
export function findLabelRow(rows: SheetRows, label: string): number | null {
  return locateLabels([{ key: label, header: label }], rows).get(label) ?? null;
}

/** 基本信息 as its cells stand, even in a workbook that cannot be scored (the pane shows what they hold). */
export function readInfoSheet(input: WorkbookInput): InfoSheet | null {
  const def = SHEETS.find((d) => d.layout === 'info');
  const name = def ? findSheetName(Object.keys(input.sheets), def.name) : null;
  const rows = name === null ? undefined : input.sheets[name];
  return def && name !== null && rows ? readInfo(def, name, rows) : null;
}

/** Whether the workbook has any of the template's sheets (one with none is a workbook for something else). */
export function hasTemplateSheet(input: WorkbookInput): boolean {
  const names = Object.keys(input.sheets);
  return SHEETS.some((def) => def.layout !== 'output' && findSheetName(names, def.name) !== null);
}

/** 基本信息: a label in column A, its value in column B, on any row. */
function readInfo(def: SheetDef, name: string, rows: SheetRows): InfoSheet {
  const entries = new Map<string, InfoEntry>();
  for (const [key, row] of locateLabels(def.columns, rows))
    entries.set(key, { row, cell: readCell(rows[row - 1]?.[1]) });
  return { name, entries };
}
