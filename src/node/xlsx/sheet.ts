/**
 * A worksheet part → its rows, as it streams in. Only rows holding a value are kept (by row
 * number, so a cell far down costs one entry, not every row above it); each kept row is dense
 * from column A, every slot counted against the cells bound before it is made.
 */
import type { CellValue, SheetRows } from '../../core/input';
import type { StoredCell } from './cells';
import { cellValue, digitsAt, plainCellValue } from './cells';
import { LIMITS, MAX_COLUMN, MAX_ROW, ReadFault } from './limits';
import { stringTooLong } from './parts';
import type { XmlHandler } from './xml';

/** Read once: it is checked for every text of the part. */
const STRING_CHARS = LIMITS.stringChars;

/** What one read may still take in, shared by every sheet of the workbook. */
export interface Budget {
  rows: number;
  cells: number;
}

export function newBudget(): Budget {
  return { rows: LIMITS.rows, cells: LIMITS.cells };
}

interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly budget: Budget;
}

export interface SheetReader {
  readonly handler: XmlHandler;
  rows(): SheetRows;
}

const NO_CELLS: readonly CellValue[] = Object.freeze([]);

export function sheetReader(context: SheetContext): SheetReader {
  const { sharedStrings, dateStyles, date1904, budget } = context;
  const rows = new Map<number, CellValue[]>();
  const merges: Merge[] = [];
  let rowNumber = 0;
  let column = 0;
  let inCell = false;
  let cellRow = 0;
  let collect: 'v' | 't' | 'f' | null = null;
  let phonetic = 0;
  const cell: StoredCell = { type: undefined, text: undefined, formula: false, date: false };

  const store = (row: number, col: number, value: CellValue) => {
    let cells = rows.get(row);
    if (!cells) {
      if (--budget.rows < 0) throw tooMany('too-many-rows', LIMITS.rows);
      cells = [];
      rows.set(row, cells);
    }
    if (col > cells.length) {
      budget.cells -= col - cells.length;
      if (budget.cells < 0) throw tooMany('too-many-cells', LIMITS.cells);
      while (cells.length < col - 1) cells.push(null);
      cells.push(value);
    } else {
      cells[col - 1] = value;
    }
  };

  const at = { column: 0, row: 0 };
  /** Where the next cell is: at its reference `text[start, end)`, or (start -1) after the last one. */
  const placeCell = (text: string, start: number, end: number) => {
    if (start < 0) {
      cellRow = rowNumber === 0 ? 1 : rowNumber;
      column++;
    } else {
      decodeRef(text, start, end, at);
      cellRow = at.row === 0 ? (rowNumber === 0 ? 1 : rowNumber) : at.row;
      column = at.column;
    }
    if (column > MAX_COLUMN) throw new ReadFault('corrupt', `column ${column} is past Excel's grid`);
  };

  const isDateStyle = (text: string, start: number, end: number) =>
    dateStyles[digitsAt(text, start, end) ?? parseInt(text.slice(start, end), 10)] === true;

  const beginCell = (ref: string | undefined, type: string | undefined, style: string | undefined) => {
    if (ref === undefined) placeCell('', -1, -1);
    else placeCell(ref, 0, ref.length);
    inCell = true;
    cell.type = type;
    cell.text = undefined;
    cell.formula = false;
    cell.date = style !== undefined && isDateStyle(style, 0, style.length);
  };

  const addText = (text: string) => {
    cell.text = cell.text === undefined ? text : cell.text + text;
    if (cell.text.length > STRING_CHARS) throw stringTooLong();
  };

  const endCell = () => {
    inCell = false;
    collect = null;
    phonetic = 0;
    const value = cellValue(cell, sharedStrings, date1904);
    if (value !== null) store(cellRow, column, value);
  };

  const handler: XmlHandler = {
    open(name, attributes) {
      if (inCell) {
        if (name === 'v' || (name === 't' && phonetic === 0)) collect = name;
        else if (name === 'f') {
          collect = 'f';
          if (attributes.get('t')) cell.formula = true;
        } else if (name === 'rPh') phonetic++;
        return;
      }
      switch (name) {
        case 'row': {
          const r = attributes.get('r');
          rowNumber = r === undefined ? rowNumber + 1 : checkedRow(Number(r));
          column = 0;
          break;
        }
        case 'c':
          beginCell(attributes.get('r'), attributes.get('t'), attributes.get('s'));
          break;
        case 'mergeCell': {
          const ref = attributes.get('ref');
          const merge = ref === undefined ? null : decodeRange(ref);
          if (merge) {
            if (--budget.cells < 0) throw tooMany('too-many-cells', LIMITS.cells);
            merges.push(merge);
          }
          break;
        }
      }
    },
    wantsText: () => collect !== null,
    text(text) {
      if (collect === null) return;
      if (collect === 'f') {
        if (text.length > 0) cell.formula = true;
        return;
      }
      addText(text);
    },
    close(name) {
      if (!inCell) return;
      if (name === 'c') endCell();
      else if (name === 'rPh') phonetic--;
      else if (name === collect) collect = null;
    },
    cell(plain) {
      if (inCell) return false;
      const { xml } = plain;
      placeCell(xml, plain.refStart, plain.refEnd);
      if (plain.valueEnd - plain.valueStart > STRING_CHARS) throw stringTooLong();
      const date = plain.styleStart >= 0 && isDateStyle(xml, plain.styleStart, plain.styleEnd);
      const value = plainCellValue(plain, date, sharedStrings, date1904);
      if (value !== null) store(cellRow, column, value);
      return true;
    },
  };

  return {
    handler,
    rows() {
      clearMerged(rows, merges, budget);
      let last = 0;
      for (const [row, cells] of rows) {
        trimTrailingNulls(cells);
        if (cells.length > 0 && row > last) last = row;
      }
      const out: (readonly CellValue[])[] = new Array<readonly CellValue[]>(last);
      for (let i = 0; i < last; i++) {
        const cells = rows.get(i + 1);
        out[i] = cells && cells.length > 0 ? cells : NO_CELLS;
      }
      return out;
    },
  };
}

/**
 * Merged areas keep their value in the top-left cell only: what the file means, and what Office.js
 * reports in the add-in. The work is bounded by the kept rows, not by the size of the areas.
 */
function clearMerged(rows: Map<number, CellValue[]>, merges: readonly Merge[], budget: Budget): void {
  if (merges.length === 0 || rows.size === 0) return;
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  for (const merge of merges) {
    const visit = (row: number) => {
      const cells = rows.get(row);
      if (!cells) return;
      const right = Math.min(merge.right, cells.length);
      budget.cells -= Math.max(0, right - merge.left + 1);
      if (budget.cells < 0) throw tooMany('too-many-cells', LIMITS.cells);
      for (let col = merge.left; col <= right; col++)
        if (row !== merge.top || col !== merge.left) cells[col - 1] = null;
    };
    if (merge.bottom - merge.top < numbers.length) {
      for (let row = merge.top; row <= merge.bottom; row++) visit(row);
    } else {
      for (const row of numbers) if (row >= merge.top && row <= merge.bottom) visit(row);
    }
  }
}

function trimTrailingNulls(cells: CellValue[]): void {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  cells.length = end;
}

function tooMany(code: 'too-many-rows' | 'too-many-cells', limit: number): ReadFault {
  return new ReadFault(code, `more than ${limit} ${code === 'too-many-rows' ? 'rows' : 'cells'}`, limit);
}

function checkedRow(row: number): number {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW)
    throw new ReadFault('corrupt', `row ${row} is outside Excel's grid`);
  return row;
}

/**
 * The reference `text[start, end)` (`AB12`) → column 28, row 12 into `into` (row 0 when the
 * reference has none, e.g. `$AB`).
 */
function decodeRef(text: string, start: number, end: number, into: { column: number; row: number }): void {
  const ref = () => text.slice(start, end);
  let column = 0;
  let row = 0;
  let i = start;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 36) continue; // $
    const upper = code & ~32;
    if (upper >= 65 && upper <= 90) {
      column = column * 26 + (upper - 64);
      if (column > MAX_COLUMN) break;
    } else break;
  }
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 36) continue;
    if (code < 48 || code > 57) throw new ReadFault('corrupt', `bad cell reference ${ref()}`);
    row = row * 10 + (code - 48);
    if (row > MAX_ROW) break;
  }
  if (column === 0) throw new ReadFault('corrupt', `bad cell reference ${ref()}`);
  if (row > MAX_ROW) throw new ReadFault('corrupt', `row in ${ref()} is outside Excel's grid`);
  into.column = column;
  into.row = row;
}

function decodeRange(ref: string): Merge | null {
  const [from, to] = ref.split(':');
  if (!from) return null;
  const a = { column: 0, row: 0 };
  decodeRef(from, 0, from.length, a);
  const b = { ...a };
  if (to !== undefined) decodeRef(to, 0, to.length, b);
  if (a.row === 0 || b.row === 0) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
