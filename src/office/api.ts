/**
 * The subset of the Excel JavaScript API this add-in uses, as structural types.
 *
 * Why not `Excel.RequestContext` directly: the adapter is tested against an in-memory fake
 * (test/office/fakeExcel.ts) that implements exactly these members. The real context satisfies
 * these types structurally, which `officeContext` in ./excel.ts checks at compile time, so a
 * member used here that Office does not have (or types differently) fails `tsc`.
 */

/** Cell values as Range.values reads them: '' for an empty cell, error values as text (`#N/A`). */
export type RangeValue = string | number | boolean;

/** What a queued property write accepts: null leaves that cell unchanged (Office semantics). */
export type RangeInput = string | number | boolean | null;

export interface ApiFont {
  bold: boolean;
}

export interface ApiRangeFill {
  /** `#RRGGBB`. */
  color: string;
}

export interface ApiRangeFormat {
  /** Width of every column of the range, in points (not characters). */
  columnWidth: number;
  readonly font: ApiFont;
  readonly fill: ApiRangeFill;
}

export interface ApiDataValidation {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
  clear(): void;
}

export interface ApiRange {
  readonly isNullObject: boolean;
  /** Sheet-qualified A1 address, e.g. `学生名单!A1:H11` or `'my sheet'!B2:C3`. */
  readonly address: string;
  values: RangeValue[][] | RangeInput[][];
  /** Written as formulas (`=A1+1`); the adapter only writes them. */
  formulas: RangeInput[][];
  numberFormat: string[][];
  readonly format: ApiRangeFormat;
  readonly dataValidation: ApiDataValidation;
  load(propertyNames: string): ApiRange;
  select(): void;
  clear(applyTo?: 'All' | 'Contents'): void;
}

export interface ApiFreezePanes {
  freezeRows(count?: number): void;
  getLocationOrNullObject(): ApiRange;
}

export interface ApiPageLayout {
  setPrintTitleRows(printTitleRows: string): void;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ApiWorksheet {
  readonly isNullObject: boolean;
  readonly name: string;
  visibility: Excel.SheetVisibility | SheetVisibility;
  readonly freezePanes: ApiFreezePanes;
  readonly pageLayout: ApiPageLayout;
  load(propertyNames: string): ApiWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ApiRange;
  /** Without an address: the whole sheet. */
  getRange(address?: string): ApiRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ApiRange;
  activate(): void;
}

export interface ApiWorksheetCollection {
  readonly items: ApiWorksheet[];
  load(propertyNames: string): ApiWorksheetCollection;
  /** Fails at sync (ItemNotFound) when there is no such sheet. */
  getItem(key: string): ApiWorksheet;
  getItemOrNullObject(key: string): ApiWorksheet;
  add(name?: string): ApiWorksheet;
}

export interface ApiNamedItem {
  readonly name: string;
}

export interface ApiNamedItemCollection {
  readonly items: ApiNamedItem[];
  load(propertyNames: string): ApiNamedItemCollection;
  add(name: string, reference: string, comment?: string): ApiNamedItem;
}

export interface ApiWorkbook {
  readonly worksheets: ApiWorksheetCollection;
  readonly names: ApiNamedItemCollection;
}

export interface ExcelContext {
  readonly workbook: ApiWorkbook;
  sync(): Promise<unknown>;
}

/** Which Office requirement sets the host supports (Office.context.requirements.isSetSupported). */
export type SupportsApi = (name: 'ExcelApi', version: string) => boolean;
