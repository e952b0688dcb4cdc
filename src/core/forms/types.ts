/**
 * A print-ready description of the paper record forms, independent of any spreadsheet library:
 * the .xlsx writer (src/node/writeForms.ts, used by the CLI and by the add-in's 打印记录表) turns it
 * into worksheets.
 * Everything a host needs is here: cells with their values and style keys, merged areas, row
 * heights, column widths, page breaks and page setup. Hosts decide nothing about layout.
 */
import type { RuleSet } from '../rules';

/** The record sheets that have a paper form, in the source document's order. */
export type FormKey = 'meetings' | 'interviews' | 'talks' | 'activities' | 'visits' | 'contacts';

export const FORM_KEYS: readonly FormKey[] = [
  'meetings',
  'interviews',
  'talks',
  'activities',
  'visits',
  'contacts',
];

/**
 * What a cell looks like on paper. `text*` are long texts: a text too long for one row (Excel
 * caps a row at 409 points) continues in the rows below, and the pieces share one outer border.
 */
export type StyleKey =
  | 'number'
  | 'title'
  | 'subtitle'
  | 'label'
  | 'value'
  | 'text'
  | 'textFirst'
  | 'textMiddle'
  | 'textLast'
  | 'signature'
  | 'header'
  | 'index'
  | 'cell'
  | 'note'
  | 'mark';

export interface Borders {
  readonly top: boolean;
  readonly bottom: boolean;
  readonly left: boolean;
  readonly right: boolean;
}

export interface CellStyle {
  /** Points. */
  readonly fontSize: number;
  readonly bold: boolean;
  readonly horizontal: 'left' | 'center' | 'right';
  readonly vertical: 'top' | 'middle' | 'bottom';
  readonly wrap: boolean;
  readonly border: Borders;
}

export interface PrintCell {
  /** A1 address, e.g. `B5`; for a merged area, its top-left cell. */
  readonly address: string;
  /** 1-based row and column of `address`. */
  readonly row: number;
  readonly col: number;
  readonly value: string;
  readonly style: StyleKey;
  /** The cell belongs to a record with errors (printed with `all`): hosts show it in red. */
  readonly flagged: boolean;
}

/** One printed record: where it came from, where each of its fields went, and why it is marked. */
export interface PrintedRecord {
  /** The source sheet's row as Excel shows it. */
  readonly sourceRow: number;
  /** Template column key → A1 address of the cell that shows it. */
  readonly fields: Readonly<Record<string, string>>;
  /** The note printed with the record when it has errors (or repeats an earlier row); null when clean. */
  readonly mark: string | null;
}

/** One sheet of paper: the rows it spans and the records on it. */
export interface PrintPage {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly records: readonly PrintedRecord[];
}

export interface Margins {
  /** Inches, as Excel's page setup takes them. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

export interface PageSetup {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Scale to one page wide; the height is left free (0) so the page breaks decide the pages. */
  readonly fitToWidth: 1;
  readonly fitToHeight: 0;
  readonly horizontalCentered: boolean;
  readonly margins: Margins;
  /** `A1:G95`. */
  readonly printArea: string;
  /** Excel header/footer codes (`&L…&R…`, `&P`, `&N`), user text escaped. */
  readonly footer: string;
}

/** One form type: one worksheet. */
export interface PrintSheet {
  readonly form: FormKey;
  /** The worksheet's name: the form's title (`班会记录表`). */
  readonly name: string;
  /** The sheet of the source workbook the records come from (`班会记录`). */
  readonly source: string;
  /** Excel column widths (character units), column A first. */
  readonly columnWidths: readonly number[];
  readonly cells: readonly PrintCell[];
  /** Merged areas, `A1:D1`. */
  readonly merges: readonly string[];
  /** Row (1-based) → height in points, for every used row. */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** Rows after which a new page starts (manual page breaks). */
  readonly rowBreaks: readonly number[];
  readonly pages: readonly PrintPage[];
  readonly setup: PageSetup;
}

export interface PrintBook {
  /** The font every cell uses. */
  readonly font: string;
  readonly styles: Readonly<Record<StyleKey, CellStyle>>;
  readonly sheets: readonly PrintSheet[];
}

export interface PrintOptions {
  /** Print every row, marking those with errors; by default only valid rows are printed. */
  readonly all?: boolean;
  /** The rule set that decides which rows are valid (default 财经学院 v1). */
  readonly rules?: RuleSet;
}

export type PrintResult =
  { readonly ok: true; readonly book: PrintBook } | { readonly ok: false; readonly error: string };
