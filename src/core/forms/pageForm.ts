import type { SheetGrid } from './grid';
import { address } from './grid';
import { lineHeight, splitLines } from './measure';
import { FORM_STYLES, MAX_ROW_HEIGHT, PAGE_BUDGET } from './styles';
import type { PrintPage, PrintedRecord, StyleKey } from './types';

/**
 * The forms printed one record a page (班会记录表, 班主任谈话记录表, 班级活动登记表): a page is
 * a list of blocks, each one band of the paper form, on a grid of four columns
 * (label, value, label, value).
 */

export const PAGE_COLUMNS: readonly number[] = [17, 31, 17, 31];

/** One value in a bordered band, and the template columns it shows. */
export interface Part {
  readonly value: string;
  readonly keys: readonly string[];
  /** `text` is a long text, left room for at least `minLines` lines; `signature` is a signing line. */
  readonly style: 'value' | 'text' | 'signature';
  readonly minLines?: number;
}

export interface Field {
  readonly label: string;
  readonly value: string;
  readonly keys: readonly string[];
}

export type Block =
  /** A line across the page without a border (编号, title, term line, notes). */
  | {
      readonly kind: 'line';
      readonly style: 'number' | 'title' | 'subtitle' | 'note' | 'mark';
      readonly text: string;
      readonly keys?: readonly string[];
    }
  /** Two label/value pairs side by side. */
  | { readonly kind: 'pair'; readonly left: Field; readonly right: Field }
  /** A label on the left of one or more values that span the rest of the width. */
  | { readonly kind: 'wide'; readonly label: string; readonly parts: readonly Part[] }
  /** Values spanning the whole width, their label written inside (`谈话内容：…`). */
  | { readonly kind: 'box'; readonly parts: readonly Part[] };

const LINE_HEIGHTS: Readonly<Record<'number' | 'title' | 'subtitle' | 'note' | 'mark', number>> = {
  number: 22,
  title: 36,
  subtitle: 24,
  note: 22,
  mark: 20,
};
const FIELD_ROW = 28;
const SIGNATURE_ROW = 32;
const WIDTH = PAGE_COLUMNS.length;

export interface PageRecord {
  readonly sourceRow: number;
  readonly mark: string | null;
}

export interface RenderedPage {
  readonly page: PrintPage;
  /** Breaks inside the page when it is taller than A4 (very long texts). */
  readonly breaks: readonly number[];
}

/** Lays a page out from row `top` down. `record` is null for a blank form. */
export function renderPage(
  grid: SheetGrid,
  top: number,
  blocks: readonly Block[],
  record: PageRecord | null,
): RenderedPage {
  const fields: Record<string, string> = {};
  const flagged = record?.mark != null;
  let row = top;
  for (const block of blocks) row = renderBlock(grid, row, block, fields, flagged);
  const lastRow = row - 1;
  const records: PrintedRecord[] = record ? [{ sourceRow: record.sourceRow, fields, mark: record.mark }] : [];
  return { page: { firstRow: top, lastRow, records }, breaks: overflowBreaks(grid, top, lastRow) };
}

type Fields = Record<string, string>;

function note(fields: Fields, keys: readonly string[] | undefined, at: string): void {
  for (const key of keys ?? []) fields[key] ??= at;
}

function renderBlock(grid: SheetGrid, row: number, block: Block, fields: Fields, flagged: boolean): number {
  switch (block.kind) {
    case 'line': {
      const at = grid.put(row, 1, block.text, block.style, { cols: WIDTH, flagged: block.style === 'mark' });
      grid.atLeast(row, LINE_HEIGHTS[block.style]);
      note(fields, block.keys, at);
      return row + 1;
    }
    case 'pair':
      for (const [field, col] of [
        [block.left, 1],
        [block.right, 3],
      ] as const) {
        grid.put(row, col, field.label, 'label');
        note(fields, field.keys, grid.put(row, col + 1, field.value, 'value', { flagged }));
      }
      grid.atLeast(row, FIELD_ROW);
      return row + 1;
    case 'wide': {
      const end = renderParts(grid, row, 2, block.parts, fields, flagged);
      grid.put(row, 1, block.label, 'label', { rows: end - row });
      return end;
    }
    case 'box':
      return renderParts(grid, row, 1, block.parts, fields, flagged);
  }
}

function renderParts(
  grid: SheetGrid,
  row: number,
  col: number,
  parts: readonly Part[],
  fields: Fields,
  flagged: boolean,
): number {
  let next = row;
  for (const part of parts) {
    note(fields, part.keys, address(next, col));
    next = renderPart(grid, next, col, part, flagged);
  }
  return next;
}

/**
 * One value across the rest of the row. A long text that would pass Excel's 409-point row limit
 * continues in the rows below; the pieces share one outer border so they read as one box.
 */
function renderPart(grid: SheetGrid, row: number, col: number, part: Part, flagged: boolean): number {
  const cols = WIDTH - col + 1;
  if (part.style !== 'text') {
    grid.put(row, col, part.value, part.style, { cols, flagged });
    grid.atLeast(row, part.style === 'signature' ? SIGNATURE_ROW : FIELD_ROW);
    return row + 1;
  }
  const { fontSize } = FORM_STYLES.text;
  const pieces = splitLines(part.value, grid.widthOf(col, cols), fontSize, MAX_TEXT_LINES);
  pieces.forEach((piece, i) => {
    grid.put(row + i, col, piece, pieceStyle(i, pieces.length), { cols, flagged });
  });
  const last = row + pieces.length - 1;
  const lines = pieces.length === 1 ? (part.minLines ?? 1) : 1;
  grid.atLeast(last, Math.ceil(lines * lineHeight(fontSize) + 5));
  return last + 1;
}

/** Lines in one row of a long text: below Excel's limit, and small enough to break pages between. */
const MAX_TEXT_LINES = Math.min(20, Math.floor((MAX_ROW_HEIGHT - 5) / lineHeight(FORM_STYLES.text.fontSize)));

function pieceStyle(index: number, count: number): StyleKey {
  if (count === 1) return 'text';
  if (index === 0) return 'textFirst';
  return index === count - 1 ? 'textLast' : 'textMiddle';
}

/** Rows after which to break so that no printed page is taller than A4 allows. */
export function overflowBreaks(grid: SheetGrid, first: number, last: number): number[] {
  const breaks: number[] = [];
  let height = 0;
  for (let row = first; row <= last; row++) {
    const h = grid.heightOf(row);
    if (height > 0 && height + h > PAGE_BUDGET) {
      breaks.push(row - 1);
      height = 0;
    }
    height += h;
  }
  return breaks;
}
