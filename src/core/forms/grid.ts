import { columnLetter } from '../issues';
import { columnsWidth, lineCount, rowHeightFor } from './measure';
import { FORM_STYLES } from './styles';
import type { PrintCell, StyleKey } from './types';

export function address(row: number, col: number): string {
  return `${columnLetter(col - 1)}${row}`;
}

export interface PutOptions {
  /** Columns the cell spans (merged to the right). */
  readonly cols?: number;
  /** Rows the cell spans (merged downwards). */
  readonly rows?: number;
  readonly flagged?: boolean;
}

/**
 * The cells of one worksheet as they are laid out, row by row. Heights only grow: the tallest
 * cell of a row decides it.
 */
export class SheetGrid {
  private readonly placed: PrintCell[] = [];
  private readonly merged: string[] = [];
  private readonly heights = new Map<number, number>();
  private used = 0;

  constructor(readonly widths: readonly number[]) {}

  get lastRow(): number {
    return this.used;
  }

  get cells(): readonly PrintCell[] {
    return this.placed;
  }

  get merges(): readonly string[] {
    return this.merged;
  }

  get rowHeights(): ReadonlyMap<number, number> {
    return this.heights;
  }

  /** Width in points of `cols` columns from `col`. */
  widthOf(col: number, cols = 1): number {
    return columnsWidth(this.widths.slice(col - 1, col - 1 + cols));
  }

  /** Places a value; returns its address. A one-row cell also sets the row tall enough for its text. */
  put(row: number, col: number, value: string, style: StyleKey, options: PutOptions = {}): string {
    const cols = options.cols ?? 1;
    const rows = options.rows ?? 1;
    const at = address(row, col);
    this.placed.push({ address: at, row, col, value, style, flagged: options.flagged ?? false });
    if (cols > 1 || rows > 1) this.merged.push(`${at}:${address(row + rows - 1, col + cols - 1)}`);
    if (rows === 1) this.fit(row, value, style, this.widthOf(col, cols));
    this.used = Math.max(this.used, row + rows - 1);
    return at;
  }

  /** Makes the row at least `height` points tall. */
  atLeast(row: number, height: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
    this.used = Math.max(this.used, row);
  }

  heightOf(row: number): number {
    return this.heights.get(row) ?? 0;
  }

  private fit(row: number, value: string, style: StyleKey, width: number): void {
    const { fontSize } = FORM_STYLES[style];
    this.atLeast(row, rowHeightFor(lineCount(value, width, fontSize), fontSize));
  }
}
