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
  /** `None` when no cell of the range has validation, `Inconsistent` when only some do (ExcelApi 1.8). */
  readonly type: string;
  load(propertyNames: string): ApiDataValidation;
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
  clear(): void;
}

/** A conditional format's rule: the add-in only writes custom formulas, and reads them to find its own. */
export interface ApiConditionalFormatRule {
  formula: string;
  load(propertyNames: string): ApiConditionalFormatRule;
}

export interface ApiConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string };
}

/**
 * One conditional format. Its `id` is left out on purpose: Office documents it as the rule's
 * priority in the collection it was loaded from, so it names another rule as soon as one is added
 * or removed. The add-in knows its rules by their marker formula (./marks.ts) instead.
 */
export interface ApiConditionalFormat {
  /** `Custom`, `CellValue`, `ColorScale`, … (Excel.ConditionalFormatType). */
  readonly type: string;
  readonly custom: { readonly rule: ApiConditionalFormatRule; readonly format: ApiConditionalRangeFormat };
  load(propertyNames: string): ApiConditionalFormat;
  /** The areas the rule applies to (ExcelApi 1.9). */
  getRanges(): ApiRangeAreas;
  delete(): void;
}

/** The conditional formats overlapping a range (ExcelApi 1.6), highest priority first. */
export interface ApiConditionalFormatCollection {
  readonly items: ApiConditionalFormat[];
  load(propertyNames: string): ApiConditionalFormatCollection;
  add(type: 'Custom'): ApiConditionalFormat;
}

/** Several areas of one sheet (ExcelApi 1.9): one conditional format can cover them all. */
export interface ApiRangeAreas {
  /** Every area with its sheet, comma-separated: `Sheet1!A1:B4, Sheet1!D1:D4`. */
  readonly address: string;
  load(propertyNames: string): ApiRangeAreas;
  readonly conditionalFormats: ApiConditionalFormatCollection;
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
  readonly conditionalFormats: ApiConditionalFormatCollection;
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
  /** The rows printed on every page; a null object when the sheet has none (ExcelApi 1.9). */
  getPrintTitleRowsOrNullObject(): ApiRange;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ApiWorksheet {
  readonly isNullObject: boolean;
  /** Stable while the workbook is open, whatever the sheet is renamed to; events name sheets by it. */
  readonly id: string;
  readonly name: string;
  visibility: Excel.SheetVisibility | SheetVisibility;
  readonly freezePanes: ApiFreezePanes;
  readonly pageLayout: ApiPageLayout;
  load(propertyNames: string): ApiWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ApiRange;
  /** Without an address: the whole sheet. */
  getRange(address?: string): ApiRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ApiRange;
  /** Comma-separated areas, `B3,D5:D7` (ExcelApi 1.9). */
  getRanges(address: string): ApiRangeAreas;
  activate(): void;
}

/** What a change event says (WorksheetChangedEventArgs). `details` is left out: only single-cell edits have it. */
export interface ApiChangedEvent {
  readonly worksheetId: string;
  /** Without the sheet: `B3`, `A2:H1001`, `5:5` (a row), `C:C` (a column). */
  readonly address: string;
  /** `RangeEdited`, `RowInserted`, `RowDeleted`, `ColumnInserted`, `ColumnDeleted`, `CellInserted`, `CellDeleted`, `Unknown`. */
  readonly changeType: string;
  /** `Local`, or `Remote` for a co-author's edit. */
  readonly source: string;
  /**
   * `ThisLocalAddin` for our own writes, `Unknown` for everything else — only from ExcelApi 1.14:
   * on older hosts the field is absent.
   */
  readonly triggerSource?: string;
}

export interface ApiSelectionEvent {
  readonly worksheetId: string;
  readonly address: string;
}

export interface ApiEventHandlerResult {
  /** The context the handler was added in: Office removes a handler only in an Excel.run on it. */
  readonly context: OfficeExtension.ClientRequestContext;
  remove(): void;
}

export interface ApiEventHandlers<T> {
  add(handler: (event: T) => Promise<unknown>): ApiEventHandlerResult;
}

export interface ApiWorksheetCollection {
  readonly items: ApiWorksheet[];
  load(propertyNames: string): ApiWorksheetCollection;
  /** Fails at sync (ItemNotFound) when there is no such sheet. */
  getItem(key: string): ApiWorksheet;
  getItemOrNullObject(key: string): ApiWorksheet;
  add(name?: string): ApiWorksheet;
  /** Changes on any sheet (ExcelApi 1.9). */
  readonly onChanged: ApiEventHandlers<ApiChangedEvent>;
  /** Selection moves on any sheet (ExcelApi 1.9). */
  readonly onSelectionChanged: ApiEventHandlers<ApiSelectionEvent>;
}

export interface ApiNamedItem {
  readonly name: string;
}

export interface ApiNamedItemCollection {
  readonly items: ApiNamedItem[];
  load(propertyNames: string): ApiNamedItemCollection;
  add(name: string, reference: string, comment?: string): ApiNamedItem;
}

export interface ApiFunctionResult<T> {
  readonly value: T;
  load(propertyNames: string): ApiFunctionResult<T>;
}

/** Excel's worksheet functions, evaluated by Excel (ExcelApi 1.2). */
export interface ApiFunctions {
  date(year: number, month: number, day: number): ApiFunctionResult<number>;
}

export interface ApiWorkbook {
  readonly worksheets: ApiWorksheetCollection;
  readonly names: ApiNamedItemCollection;
  readonly functions: ApiFunctions;
}

export interface ExcelContext {
  readonly workbook: ApiWorkbook;
  /** `enableEvents` (ExcelApi 1.8) switches this add-in's own event handlers off around bulk writes. */
  readonly runtime: { enableEvents: boolean };
  sync(): Promise<unknown>;
}

/** Which Office requirement sets the host supports (Office.context.requirements.isSetSupported). */
export type SupportsApi = (name: 'ExcelApi', version: string) => boolean;
