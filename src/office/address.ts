/**
 * A1 addresses as Excel's events and ranges give them, to 0-based rectangles and back. Pure: the
 * live checks (./live.ts) compute which cells to re-read and to mark with these.
 */
/** 0-based first row and column, and size. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** The part after the sheet name (`'my sheet'!B2` → `B2`), without `$`. */
function localPart(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
}

const CELL = /^([A-Za-z]{1,3})(\d+)$/;

/** 0-based row/column of the first cell of `Sheet!B2:D5` (sheet names may be quoted and contain `!`). */
export function topLeftOf(address: string): { row: number; col: number } {
  const match = /^([A-Za-z]+)(\d+)/.exec(localPart(address));
  if (!match) return { row: 0, col: 0 };
  return { row: Number(match[2]) - 1, col: columnNumber(match[1] as string) };
}

/**
 * The rectangle of a bounded address (`B3`, `A2:H1001`, with or without the sheet). Whole rows
 * (`5:7`), whole columns (`C:C`) and anything else answer null: the caller re-reads the sheet.
 */
export function boundedRect(address: string): Rect | null {
  const parts = localPart(address).split(':');
  if (parts.length > 2) return null;
  const a = CELL.exec(parts[0] ?? '');
  const b = CELL.exec(parts[1] ?? parts[0] ?? '');
  if (!a || !b) return null;
  const rows = [Number(a[2]) - 1, Number(b[2]) - 1];
  const cols = [columnNumber(a[1] as string), columnNumber(b[1] as string)];
  const row = Math.min(...rows);
  const col = Math.min(...cols);
  return { row, col, rows: Math.max(...rows) - row + 1, cols: Math.max(...cols) - col + 1 };
}

/** Splits a rectangle into row bands of at most `maxCells` cells each (at least one row per band). */
export function rowBands(rect: Rect, maxCells: number): Rect[] {
  const rowsPerBand = Math.max(1, Math.floor(maxCells / Math.max(1, rect.cols)));
  const bands: Rect[] = [];
  for (let row = rect.row; row < rect.row + rect.rows; row += rowsPerBand) {
    bands.push({ ...rect, row, rows: Math.min(rowsPerBand, rect.row + rect.rows - row) });
  }
  return bands;
}

/**
 * The areas of a multi-area address as Excel gives it (`Sheet1!A1:B4, 'a, b'!D1`), without
 * sheets or `$`, upper-case, a one-cell area as one cell (`B3`, not `B3:B3`).
 */
export function areasOf(address: string): string[] {
  const areas: string[] = [];
  const area = /(?:'(?:[^']|'')*'|[^,'!]+)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  for (const match of address.matchAll(area)) {
    const [first, last] = (match[1] as string).replace(/\$/g, '').toUpperCase().split(':') as [
      string,
      string?,
    ];
    areas.push(last === undefined || last === first ? first : `${first}:${last}`);
  }
  return areas;
}
