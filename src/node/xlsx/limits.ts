/**
 * How much of a file the reader is willing to take in. A class's term of records is a few
 * thousand rows at most; these bounds are far above that and keep a hostile or broken file
 * (a zip bomb, a million rows, a cell at the grid's far corner) from taking the machine's memory.
 * Every bound is checked as the bytes arrive, before anything is allocated for what is past it.
 */
export const LIMITS = {
  /** The file itself, as stored (compressed). */
  fileMb: 100,
  /** One part (workbook.xml, styles, shared strings, one worksheet) once inflated. */
  partMb: 32,
  /** Every part the reader inflates, together. */
  totalMb: 128,
  /** Rows holding at least one value, over all sheets. */
  rows: 100_000,
  /** Cell slots handed to the core (a row is dense from column A), over all sheets. */
  cells: 2_000_000,
  /** Characters in one text value: Excel's own limit for a cell. */
  stringChars: 32_767,
} as const;

/** Excel's grid: a coordinate past it is not something Excel wrote. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export const MB = 1024 * 1024;

export type LimitCode =
  'too-large' | 'part-too-large' | 'too-many-rows' | 'too-many-cells' | 'string-too-long';

/** Why reading stopped, before the caller names the file. */
export class ReadFault extends Error {
  constructor(
    readonly code: LimitCode | 'corrupt' | 'not-xlsx' | 'unsafe-xml',
    detail: string,
    /** The bound that was passed (in the unit its message uses: MB, rows, cells, characters). */
    readonly limit?: number,
  ) {
    super(detail);
  }
}
