/**
 * What every reader hands to the core: plain values, no Office, no files.
 *
 * A sheet is its rows from Excel row 1 down (index 0 = row 1), each row its cells from column A.
 * Readers keep cells exactly as the host stores them; the core does all normalisation.
 */

/** An Excel error value such as `#N/A` or `#REF!`, from a reader that distinguishes it from text. */
export interface ErrorCell {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | ErrorCell | null | undefined;

export type SheetRows = readonly (readonly CellValue[])[];

export interface WorkbookInput {
  /** Sheet name → rows. Hidden sheets are included; the core decides what it reads. */
  readonly sheets: Readonly<Record<string, SheetRows>>;
  /** True when the file uses the 1904 date system (Mac Excel); serial numbers are then shifted. */
  readonly date1904?: boolean;
  /**
   * Set by a host that found none of the template's sheets: whether the workbook's other sheets
   * hold anything — a workbook for something else rather than a new, empty one. The core ignores it.
   */
  readonly otherSheetsHoldData?: boolean;
}
