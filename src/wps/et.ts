/// <reference types="wps-jsapi" />
/**
 * The subset of WPS 表格's object model (ET, reached as `window.Application` in a WPS 加载项) this
 * add-in uses, as structural types.
 *
 * Why not Kingsoft's declarations (wps-jsapi, namespace Et) directly: they are generated from the
 * COM type library and type many members as COM's raw shapes — `Range.Value2: number`,
 * `Worksheet.UsedRange: number`, `Sheets.Item(): void`, `Range.Address(): void` — where the object
 * model really hands back arrays, ranges and strings. So the members here carry the types the
 * object model documents (the same as Excel's COM model, which ET follows), and `EtMembersChecked`
 * below proves at compile time that every member named here exists in Kingsoft's declarations: a
 * misspelt or invented member fails `tsc`. The fake (test/wps/fakeEt.ts) implements exactly these.
 *
 * Members outside Et (ApiEvent, Env, FileSystem, CreateTaskPane, GetTaskPane, PluginStorage) are
 * the add-in runtime's, declared by wps-jsapi in `namespace wps`; they are checked against that.
 */

/** What Value2 gives for one cell: a serial number for dates, undefined for an empty cell. */
export type EtValue = string | number | boolean | null | undefined;

/** COM colours are BGR longs (0xBBGGRR), not `#RRGGBB`. */
export type BgrColor = number;

export interface EtFontApi {
  Bold: boolean;
  Color: BgrColor;
}

export interface EtInteriorApi {
  Color: BgrColor;
}

export interface EtCount {
  readonly Count: number;
}

export interface EtValidationApi {
  /** Reading it where a cell has no validation raises an error (as in Excel's COM model). */
  readonly Type: number;
  Add(
    Type: Et.EtXlDVType,
    AlertStyle?: Et.EtXlDVAlertStyle,
    Operator?: number,
    Formula1?: string,
    Formula2?: string,
  ): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputTitle: string;
  InputMessage: string;
  ShowInput: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowError: boolean;
}

export interface EtFormatConditionApi {
  /** Et.EtXlFormatConditionType: 2 for an expression (custom formula) rule. */
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInteriorApi;
  readonly Font: EtFontApi;
  readonly AppliesTo: EtRangeApi;
  Delete(): void;
}

export interface EtFormatConditionsApi {
  readonly Count: number;
  /** 1-based. */
  Item(Index: number): EtFormatConditionApi;
  Add(Type: Et.EtXlFormatConditionType, Operator?: number, Formula1?: string): EtFormatConditionApi;
}

export interface EtRangeApi {
  /** One cell: its value. Several: rows of values (a 2-D array). Writing null/undefined clears a cell. */
  Value2: unknown;
  /** Written only, as `=…`. */
  Formula: unknown;
  NumberFormat: string;
  /** In characters of the standard font, not points. */
  ColumnWidth: number;
  /** 1-based. */
  readonly Row: number;
  /** 1-based. */
  readonly Column: number;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  readonly Font: EtFontApi;
  readonly Interior: EtInteriorApi;
  readonly Validation: EtValidationApi;
  readonly FormatConditions: EtFormatConditionsApi;
  readonly Worksheet: EtWorksheetApi;
  /** `$B$3:$D$5`, without the sheet. */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Select(): void;
  ClearContents(): void;
}

export interface EtPageSetupApi {
  PrintTitleRows: string;
}

export interface EtWorksheetApi {
  /** Also the sheet's identity in change events: ET has no id that survives a rename. */
  Name: string;
  /** Et.EtXlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  /** From A1 or not: the rectangle of cells holding a value or a format; A1 on an empty sheet. */
  readonly UsedRange: EtRangeApi;
  readonly Cells: EtRangeApi;
  readonly PageSetup: EtPageSetupApi;
  /** An A1 address of one or several areas (`B3,D5:D7`). */
  Range(Cell1: string): EtRangeApi;
  Activate(): void;
}

export interface EtSheetsApi {
  readonly Count: number;
  /** 1-based index, or a name. */
  Item(Index: number | string): EtWorksheetApi;
  /** Adds a worksheet after `After` (or before the active sheet) and returns it. */
  Add(Before?: EtWorksheetApi, After?: EtWorksheetApi): EtWorksheetApi;
}

export interface EtNameApi {
  readonly Name: string;
}

export interface EtNamesApi {
  readonly Count: number;
  /** 1-based. */
  Item(Index: number): EtNameApi;
  Add(Name: string, RefersTo: string): EtNameApi;
}

export interface EtWindowApi {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtWorkbookApi {
  readonly Worksheets: EtSheetsApi;
  readonly Names: EtNamesApi;
  /** True in the 1904 date system (Kingsoft types it as a number; COM gives a boolean). */
  readonly Date1904: boolean;
  readonly ActiveSheet: EtWorksheetApi;
}

export interface EtWorkbooksApi {
  Open(Filename: string): EtWorkbookApi;
  /** A new blank workbook, made the active one. */
  Add(): EtWorkbookApi;
}

/** A change or selection listener: the sheet and the range concerned. */
export type EtSheetListener = (sheet: EtWorksheetApi, target: EtRangeApi) => void;

export interface EtApiEventApi {
  AddApiEventListener(EventName: 'SheetChange' | 'SheetSelectionChange', callback: EtSheetListener): void;
  /** Kingsoft declares only the name; the runtime takes the callback too (wpsjs's templates pass both). */
  RemoveApiEventListener(EventName: 'SheetChange' | 'SheetSelectionChange', callback?: EtSheetListener): void;
}

export interface EtEnvApi {
  /** The user's temporary folder (%TEMP% on Windows). */
  GetTempPath(): string;
}

export interface EtFileSystemApi {
  Exists(path: string): boolean;
  /**
   * Writes bytes given as a "binary string" (one char per byte). Not in wps-jsapi 1.0.5 (its
   * WriteFile is commented out); documented by Kingsoft's WPS 加载项 FileSystem reference.
   */
  writeAsBinaryString(path: string, data: string): boolean;
}

/** `window.Application` in a WPS 表格 add-in's pages. */
export interface EtApplicationApi {
  /** Null when no workbook is open. */
  readonly ActiveWorkbook: EtWorkbookApi | null;
  readonly ActiveWindow: EtWindowApi;
  readonly Workbooks: EtWorkbooksApi;
  EnableEvents: boolean;
  readonly ApiEvent: EtApiEventApi;
  readonly Env: EtEnvApi;
  readonly FileSystem: EtFileSystemApi;
}

/** A task pane of the add-in (wps.CustomTaskpane). */
export interface EtTaskPaneApi {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
}

export interface EtPluginStorageApi {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What the add-in's own page (the ribbon's callbacks) uses of `window.Application`. */
export interface EtAddinApi {
  CreateTaskPane(url: string, title?: string): EtTaskPaneApi;
  GetTaskPane(id: number): EtTaskPaneApi;
  readonly PluginStorage: EtPluginStorageApi;
}

/** What a ribbon callback is given: the control's id from ribbon.xml. */
export interface EtRibbonControl {
  readonly Id: string;
}

type Unknown<Mine, Theirs> = Exclude<keyof Mine, keyof Theirs>;
type NoneOf<T extends never> = T;

/**
 * Compile-time proof that every member above exists in Kingsoft's declarations (wps-jsapi): each
 * entry is `never` only if the subset names no member the declaration lacks. The one exception is
 * FileSystem.writeAsBinaryString (see above), left out of the check by name.
 */
export type EtMembersChecked = [
  NoneOf<Unknown<EtFontApi, Et.EtFont>>,
  NoneOf<Unknown<EtInteriorApi, Et.EtInterior>>,
  NoneOf<Unknown<EtCount, Et.EtRange>>,
  NoneOf<Unknown<EtValidationApi, Et.EtValidation>>,
  NoneOf<Unknown<EtFormatConditionApi, Et.EtFormatCondition>>,
  NoneOf<Unknown<EtFormatConditionsApi, Et.EtFormatConditions>>,
  NoneOf<Unknown<EtRangeApi, Et.EtRange>>,
  NoneOf<Unknown<EtPageSetupApi, Et.EtPageSetup>>,
  NoneOf<Unknown<EtWorksheetApi, Et.EtWorksheet>>,
  NoneOf<Unknown<EtSheetsApi, Et.EtSheets>>,
  NoneOf<Unknown<EtNameApi, Et.EtName>>,
  NoneOf<Unknown<EtNamesApi, Et.EtNames>>,
  NoneOf<Unknown<EtWindowApi, Et.EtWindow>>,
  NoneOf<Unknown<EtWorkbookApi, Et.EtWorkbook>>,
  NoneOf<Unknown<EtWorkbooksApi, Et.EtWorkbooks>>,
  NoneOf<Unknown<EtApiEventApi, typeof wps.ApiEvent>>,
  NoneOf<Unknown<EtEnvApi, typeof wps.Env>>,
  NoneOf<Unknown<Omit<EtFileSystemApi, 'writeAsBinaryString'>, typeof wps.FileSystem>>,
  NoneOf<Unknown<Omit<EtApplicationApi, 'ApiEvent' | 'Env' | 'FileSystem'>, Et.EtApplication>>,
  NoneOf<Unknown<EtTaskPaneApi, wps.CustomTaskpane>>,
  NoneOf<Unknown<EtPluginStorageApi, typeof wps.PluginStorage>>,
  NoneOf<Unknown<EtAddinApi, typeof wps>>,
];

/** Enumeration values used, checked against Kingsoft's enums (ambient: they do not exist at run time). */
export const DV_TYPE: Readonly<
  Record<'inputOnly' | 'whole' | 'decimal' | 'list' | 'date' | 'custom', Et.EtXlDVType>
> = {
  inputOnly: 0,
  whole: 1,
  decimal: 2,
  list: 3,
  date: 4,
  custom: 7,
};
export const DV_ALERT: Readonly<Record<'stop' | 'warning' | 'information', Et.EtXlDVAlertStyle>> = {
  stop: 1,
  warning: 2,
  information: 3,
};
export const OPERATOR: Readonly<Record<'between' | 'greaterThanOrEqual', Et.EtXlFormatConditionOperator>> = {
  between: 1,
  greaterThanOrEqual: 7,
};
export const EXPRESSION_CONDITION: Et.EtXlFormatConditionType = 2;
/** Et.EtXlSheetVisibility (declared as a number on Worksheet.Visible). */
export const SHEET_VISIBLE: Et.EtXlSheetVisibility = -1;
export const SHEET_HIDDEN: Et.EtXlSheetVisibility = 0;
