/**
 * An in-memory WPS 表格 (ET) for the adapter's tests: exactly the object-model subset of
 * src/wps/et.ts, whose every member name is checked against Kingsoft's declarations (wps-jsapi),
 * so the fake cannot offer a member WPS lacks.
 *
 * Behaviour modelled, with where it comes from (ET follows Excel's COM object model, and WPS's
 * documentation describes its members as Excel VBA's; none of this was observed in a real WPS here):
 * - Range.Value2 of one cell is a value, of several a 2-D array of rows; an empty cell reads as
 *   undefined; assigning null/undefined clears a cell; a scalar assigned to several cells fills
 *   them all (Excel VBA Range.Value / Value2 reference).
 * - Worksheet.UsedRange covers every cell holding a value or a format, and is A1 on an empty
 *   sheet — never "nothing" (Excel VBA Worksheet.UsedRange; the well-known "formatted cells
 *   stretch UsedRange" behaviour).
 * - Validation.Type raises an error on a range without validation, or whose cells' validation
 *   differs (Excel VBA: run-time error 1004 reading Validation properties there).
 * - Validation.Add over cells that already have validation fails: Delete first (Excel VBA).
 * - FormatConditions.Add returns the new condition, added at the lowest priority; a range's
 *   FormatConditions are those overlapping it; Cells.FormatConditions is every one of the sheet.
 *   Colours are BGR numbers.
 * - ApiEvent SheetChange is raised for the add-in's own writes too, whatever EnableEvents says
 *   (the pessimistic reading: WPS does not document whether EnableEvents reaches ApiEvent), with
 *   the sheet and the range written; selection moves raise SheetSelectionChange. Both are
 *   dispatched synchronously, within the call that caused them.
 * - Error cells read through Value2 as COM's CVErr numbers (e.g. -2146826246 for #N/A).
 * - Freeze panes belong to the window and apply to the active sheet.
 */
import type { CellValue, WorkbookInput } from '../../src/core';
import { columnLetter } from '../../src/core';
import type {
  BgrColor,
  EtApiEventApi,
  EtApplicationApi,
  EtCount,
  EtEnvApi,
  EtFileSystemApi,
  EtFontApi,
  EtFormatConditionApi,
  EtFormatConditionsApi,
  EtInteriorApi,
  EtNameApi,
  EtNamesApi,
  EtPageSetupApi,
  EtRangeApi,
  EtSheetListener,
  EtSheetsApi,
  EtValidationApi,
  EtWindowApi,
  EtWorkbookApi,
  EtWorkbooksApi,
  EtWorksheetApi,
} from '../../src/wps/et';
import type { Rect } from '../office/fakeExcel';
import { deleteSheetRows } from '../office/fakeExcel';
import { parseAddress } from '../office/fakeExcel';

export type Stored = string | number | boolean;

export interface EtCellModel {
  value?: Stored;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** The teacher's (or setup's) own fill, BGR. */
  fill?: BgrColor;
}

export interface EtValidationModel {
  rect: Rect;
  type: number;
  alertStyle: number | undefined;
  operator: number | undefined;
  formula1: string | undefined;
  formula2: string | undefined;
  ignoreBlank: boolean;
  inCellDropdown: boolean;
  inputTitle: string;
  inputMessage: string;
  showInput: boolean;
  errorTitle: string;
  errorMessage: string;
  showError: boolean;
}

export interface EtConditionModel {
  areas: Rect[];
  type: number;
  formula1: string;
  fill: BgrColor | null;
  fontColor: BgrColor | null;
}

/** COM's CVErr numbers, by the text Excel shows. */
export const CVERR: Readonly<Record<string, number>> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

export class FakeComError extends Error {
  constructor(message: string) {
    super(`COM error: ${message}`);
    this.name = 'ComError';
  }
}

const contains = (r: Rect, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
const overlaps = (a: Rect, b: Rect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const within = (inner: Rect, outer: Rect) =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

function a1(rect: Rect): string {
  const first = `$${columnLetter(rect.col)}$${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  if (rect.cols >= 16_384) return `$${rect.row + 1}:$${rect.row + rect.rows}`;
  return `${first}:$${columnLetter(rect.col + rect.cols - 1)}$${rect.row + rect.rows}`;
}

/** `B3`, `$A$2:$H$11`, `B3,D5:D7` → areas. */
function areasOf(address: string): Rect[] {
  return address.split(',').map((part) => parseAddress(part.trim()));
}

export class EtSheetModel {
  readonly cells = new Map<string, EtCellModel>();
  validations: EtValidationModel[] = [];
  conditions: EtConditionModel[] = [];
  readonly columnWidths = new Map<number, number>();
  visible = -1;
  frozenRows = 0;
  printTitleRows = '';

  constructor(
    public name: string,
    readonly workbook: EtWorkbookModel,
  ) {}

  cell(row: number, col: number): EtCellModel | undefined {
    return this.cells.get(`${row},${col}`);
  }

  touch(row: number, col: number): EtCellModel {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  value(row: number, col: number): Stored | undefined {
    return this.cell(row, col)?.value;
  }

  /** Values or formats: what stretches UsedRange. */
  usedRect(): Rect {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const used =
        cell.value !== undefined ||
        cell.formula !== undefined ||
        cell.numberFormat !== undefined ||
        cell.bold !== undefined ||
        cell.fill !== undefined;
      if (!used) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0
      ? { row: 0, col: 0, rows: 1, cols: 1 }
      : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Values as rows from A1 (for comparing with what was put in). */
  rows(): CellValue[][] {
    const rect = this.usedRect();
    const out: CellValue[][] = [];
    for (let r = 0; r < rect.row + rect.rows; r++) {
      out.push(Array.from({ length: rect.col + rect.cols }, (_, c) => this.value(r, c) ?? null));
    }
    return out;
  }

  /** The fill the teacher sees: the first condition's (every marker rule is TRUE) over the cell's own. */
  displayFill(row: number, col: number): BgrColor | null {
    const condition = this.conditions.find(
      (f) => f.fill !== null && f.areas.some((a) => contains(a, row, col)),
    );
    return condition?.fill ?? this.cell(row, col)?.fill ?? null;
  }
}

export class EtWorkbookModel {
  sheets: EtSheetModel[] = [];
  readonly names = new Map<string, string>();
  date1904 = false;
  activeSheet: EtSheetModel | null = null;

  constructor(
    readonly app: FakeEt,
    readonly path: string | null = null,
  ) {}

  sheet(name: string): EtSheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  addSheet(name: string, after?: EtSheetModel): EtSheetModel {
    const sheet = new EtSheetModel(name, this);
    const at = after ? this.sheets.indexOf(after) + 1 : this.sheets.length;
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  static fromInput(app: FakeEt, input: WorkbookInput): EtWorkbookModel {
    const workbook = new EtWorkbookModel(app);
    for (const [name, rows] of Object.entries(input.sheets)) {
      const sheet = workbook.addSheet(name);
      rows.forEach((values, r) =>
        values.forEach((value, c) => {
          const stored = toStored(value);
          if (stored !== undefined) sheet.touch(r, c).value = stored;
        }),
      );
    }
    workbook.activeSheet = workbook.sheets[0] ?? null;
    workbook.date1904 = input.date1904 ?? false;
    return workbook;
  }
}

function toStored(value: CellValue): Stored | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return CVERR[value.error] ?? value.error;
  return value;
}

function fromWritten(value: unknown): Stored | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new FakeComError(`cannot store ${typeof value}`);
}

class FakeFont implements EtFontApi {
  constructor(
    private readonly get: () => { bold?: boolean; color?: BgrColor },
    private readonly set: (patch: { bold?: boolean; color?: BgrColor }) => void,
  ) {}
  get Bold(): boolean {
    return this.get().bold ?? false;
  }
  set Bold(bold: boolean) {
    this.set({ bold });
  }
  get Color(): BgrColor {
    return this.get().color ?? 0;
  }
  set Color(color: BgrColor) {
    this.set({ color });
  }
}

class FakeInterior implements EtInteriorApi {
  constructor(
    private readonly get: () => BgrColor | null,
    private readonly set: (color: BgrColor) => void,
  ) {}
  get Color(): BgrColor {
    return this.get() ?? 0xffffff;
  }
  set Color(color: BgrColor) {
    this.set(color);
  }
}

class FakeCondition implements EtFormatConditionApi {
  constructor(
    private readonly sheet: EtSheetModel,
    readonly model: EtConditionModel,
  ) {}
  get Type(): number {
    return this.model.type;
  }
  get Formula1(): string {
    return this.model.formula1;
  }
  get Interior(): EtInteriorApi {
    return new FakeInterior(
      () => this.model.fill,
      (color) => (this.model.fill = color),
    );
  }
  get Font(): EtFontApi {
    return new FakeFont(
      () => (this.model.fontColor === null ? {} : { color: this.model.fontColor }),
      (patch) => {
        if (patch.color !== undefined) this.model.fontColor = patch.color;
      },
    );
  }
  get AppliesTo(): EtRangeApi {
    return new FakeRange(this.sheet, this.model.areas);
  }
  Delete(): void {
    this.sheet.conditions = this.sheet.conditions.filter((c) => c !== this.model);
  }
}

class FakeConditions implements EtFormatConditionsApi {
  constructor(
    private readonly sheet: EtSheetModel,
    private readonly areas: readonly Rect[],
  ) {}
  private list(): EtConditionModel[] {
    return this.sheet.conditions.filter((c) => c.areas.some((a) => this.areas.some((b) => overlaps(a, b))));
  }
  get Count(): number {
    return this.list().length;
  }
  Item(index: number): EtFormatConditionApi {
    const model = this.list()[index - 1];
    if (!model) throw new FakeComError(`FormatConditions.Item(${index}) of ${this.list().length}`);
    return new FakeCondition(this.sheet, model);
  }
  Add(type: number, _operator?: number, formula1?: string): EtFormatConditionApi {
    if (formula1 === undefined || !formula1.startsWith('='))
      throw new FakeComError('FormatConditions.Add needs a formula');
    const model: EtConditionModel = { areas: [...this.areas], type, formula1, fill: null, fontColor: null };
    this.sheet.conditions.push(model);
    return new FakeCondition(this.sheet, model);
  }
}

/** Excel's limits on validation texts (Excel VBA Validation: title 32, message 255 characters). */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

class FakeValidation implements EtValidationApi {
  constructor(
    private readonly sheet: EtSheetModel,
    private readonly rect: Rect,
  ) {}

  /** The one validation covering the whole range; COM refuses to answer otherwise. */
  private only(): EtValidationModel {
    const covering = this.sheet.validations.filter((v) => overlaps(v.rect, this.rect));
    const [first] = covering;
    if (!first || covering.length > 1 || !within(this.rect, first.rect)) {
      throw new FakeComError('Validation: no validation, or not the same over the range (1004)');
    }
    return first;
  }

  get Type(): number {
    return this.only().type;
  }
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void {
    if (this.sheet.validations.some((v) => overlaps(v.rect, this.rect))) {
      throw new FakeComError('Validation.Add over cells with validation (1004): Delete first');
    }
    if (type !== 0 && formula1 === undefined) throw new FakeComError('Validation.Add needs Formula1');
    this.sheet.validations.push({
      rect: this.rect,
      type,
      alertStyle,
      operator,
      formula1,
      formula2,
      ignoreBlank: true,
      inCellDropdown: true,
      inputTitle: '',
      inputMessage: '',
      showInput: true,
      errorTitle: '',
      errorMessage: '',
      showError: true,
    });
  }
  Delete(): void {
    const cut = this.rect;
    this.sheet.validations = this.sheet.validations.flatMap((v) => {
      if (!overlaps(v.rect, cut)) return [v];
      if (within(v.rect, cut)) return [];
      throw new FakeComError('the fake deletes only whole validations');
    });
  }
  private setText(key: 'inputTitle' | 'errorTitle' | 'inputMessage' | 'errorMessage', text: string): void {
    const limit = key.endsWith('Title') ? TITLE_LIMIT : MESSAGE_LIMIT;
    if (text.length > limit) throw new FakeComError(`${key} over ${limit} characters`);
    this.only()[key] = text;
  }
  get IgnoreBlank(): boolean {
    return this.only().ignoreBlank;
  }
  set IgnoreBlank(v: boolean) {
    this.only().ignoreBlank = v;
  }
  get InCellDropdown(): boolean {
    return this.only().inCellDropdown;
  }
  set InCellDropdown(v: boolean) {
    this.only().inCellDropdown = v;
  }
  get InputTitle(): string {
    return this.only().inputTitle;
  }
  set InputTitle(v: string) {
    this.setText('inputTitle', v);
  }
  get InputMessage(): string {
    return this.only().inputMessage;
  }
  set InputMessage(v: string) {
    this.setText('inputMessage', v);
  }
  get ShowInput(): boolean {
    return this.only().showInput;
  }
  set ShowInput(v: boolean) {
    this.only().showInput = v;
  }
  get ErrorTitle(): string {
    return this.only().errorTitle;
  }
  set ErrorTitle(v: string) {
    this.setText('errorTitle', v);
  }
  get ErrorMessage(): string {
    return this.only().errorMessage;
  }
  set ErrorMessage(v: string) {
    this.setText('errorMessage', v);
  }
  get ShowError(): boolean {
    return this.only().showError;
  }
  set ShowError(v: boolean) {
    this.only().showError = v;
  }
}

class FakeRange implements EtRangeApi {
  constructor(
    readonly sheet: EtSheetModel,
    readonly areas: readonly Rect[],
  ) {}

  private get first(): Rect {
    const first = this.areas[0];
    if (!first) throw new FakeComError('empty range');
    return first;
  }

  private single(what: string): Rect {
    if (this.areas.length !== 1) throw new FakeComError(`${what} of a range of several areas`);
    return this.first;
  }

  /** Every cell of a rectangle; a whole sheet is too many to list (the fake refuses, not the adapter's business). */
  private cellsOf(rect: Rect): [number, number][] {
    if (rect.rows * rect.cols > 1_000_000)
      throw new Error(`the fake lists at most a million cells, not ${a1(rect)}`);
    const out: [number, number][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) out.push([r, c]);
    return out;
  }

  private written(): void {
    const app = this.sheet.workbook.app;
    for (const area of this.areas) app.fire('SheetChange', this.sheet, new FakeRange(this.sheet, [area]));
  }

  get Value2(): unknown {
    const rect = this.single('Value2');
    this.sheet.workbook.app.cellsRead += rect.rows * rect.cols;
    if (rect.rows === 1 && rect.cols === 1) return this.sheet.value(rect.row, rect.col);
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => this.sheet.value(rect.row + r, rect.col + c)),
    );
  }

  set Value2(value: unknown) {
    const rect = this.single('Value2');
    const grid = Array.isArray(value) ? (value as unknown[]) : null;
    for (const [r, c] of this.cellsOf(rect)) {
      const written = grid ? (grid[r - rect.row] as unknown[] | undefined)?.[c - rect.col] : value;
      const cell = this.sheet.touch(r, c);
      delete cell.formula;
      const stored = fromWritten(written);
      if (stored === undefined) delete cell.value;
      else cell.value = stored;
    }
    this.written();
  }

  get Formula(): unknown {
    const rect = this.single('Formula');
    const cell = this.sheet.cell(rect.row, rect.col);
    return cell?.formula ?? cell?.value ?? '';
  }

  /** A formula is kept as written; its value is not computed (nothing the core reads is a formula). */
  set Formula(formula: unknown) {
    const rect = this.single('Formula');
    if (typeof formula !== 'string' || !formula.startsWith('='))
      throw new FakeComError('the fake writes formulas only');
    for (const [r, c] of this.cellsOf(rect)) {
      const cell = this.sheet.touch(r, c);
      cell.formula = formula;
      delete cell.value;
    }
    this.written();
  }

  get NumberFormat(): string {
    const rect = this.single('NumberFormat');
    return this.sheet.cell(rect.row, rect.col)?.numberFormat ?? 'General';
  }

  set NumberFormat(format: string) {
    for (const area of this.areas)
      for (const [r, c] of this.cellsOf(area)) this.sheet.touch(r, c).numberFormat = format;
  }

  get ColumnWidth(): number {
    return this.sheet.columnWidths.get(this.first.col) ?? 8.38;
  }

  set ColumnWidth(width: number) {
    const rect = this.first;
    for (let c = rect.col; c < rect.col + rect.cols; c++) this.sheet.columnWidths.set(c, width);
  }

  get Row(): number {
    return this.first.row + 1;
  }
  get Column(): number {
    return this.first.col + 1;
  }
  get Rows(): EtCount {
    return { Count: this.first.rows };
  }
  get Columns(): EtCount {
    return { Count: this.first.cols };
  }

  get Font(): EtFontApi {
    const rect = this.first;
    return new FakeFont(
      () => {
        const bold = this.sheet.cell(rect.row, rect.col)?.bold;
        return bold === undefined ? {} : { bold };
      },
      (patch) => {
        for (const area of this.areas)
          for (const [r, c] of this.cellsOf(area))
            if (patch.bold !== undefined) this.sheet.touch(r, c).bold = patch.bold;
      },
    );
  }

  get Interior(): EtInteriorApi {
    const rect = this.first;
    return new FakeInterior(
      () => this.sheet.cell(rect.row, rect.col)?.fill ?? null,
      (color) => {
        for (const area of this.areas)
          for (const [r, c] of this.cellsOf(area)) this.sheet.touch(r, c).fill = color;
      },
    );
  }

  get Validation(): EtValidationApi {
    return new FakeValidation(this.sheet, this.single('Validation'));
  }

  get FormatConditions(): EtFormatConditionsApi {
    return new FakeConditions(this.sheet, this.areas);
  }

  get Worksheet(): EtWorksheetApi {
    return new FakeWorksheet(this.sheet);
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    const text = this.areas.map(a1).join(',');
    return text
      .replace(/\$(\d)/g, rowAbsolute ? '$$$1' : '$1')
      .replace(/\$([A-Z])/g, columnAbsolute ? '$$$1' : '$1');
  }

  Select(): void {
    const workbook = this.sheet.workbook;
    if (workbook.activeSheet !== this.sheet) throw new FakeComError('Select on a sheet that is not active');
    workbook.app.select(this.sheet, this);
  }

  ClearContents(): void {
    for (const [key, cell] of this.sheet.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (this.areas.some((a) => contains(a, r, c))) {
        delete cell.value;
        delete cell.formula;
      }
    }
    this.written();
  }
}

/** The whole sheet, as Cells is. */
const WHOLE: Rect = { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };

class FakeWorksheet implements EtWorksheetApi {
  constructor(readonly model: EtSheetModel) {}
  get Name(): string {
    return this.model.name;
  }
  set Name(name: string) {
    const workbook = this.model.workbook;
    if (workbook.sheets.some((s) => s !== this.model && s.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeComError(`a sheet is already named ${name}`);
    }
    this.model.name = name;
  }
  get Visible(): number {
    return this.model.visible;
  }
  set Visible(visible: number) {
    this.model.visible = visible;
  }
  get UsedRange(): EtRangeApi {
    return new FakeRange(this.model, [this.model.usedRect()]);
  }
  get Cells(): EtRangeApi {
    return new FakeRange(this.model, [WHOLE]);
  }
  get PageSetup(): EtPageSetupApi {
    const model = this.model;
    return {
      get PrintTitleRows() {
        return model.printTitleRows;
      },
      set PrintTitleRows(rows: string) {
        model.printTitleRows = rows;
      },
    };
  }
  /** Excel's COM model refuses an address text over 255 characters (run-time error 1004); ET is taken to as well. */
  Range(address: string): EtRangeApi {
    if (address.length > 255)
      throw new FakeComError(`Range address of ${address.length} characters (over 255)`);
    return new FakeRange(this.model, areasOf(address));
  }
  Activate(): void {
    if (this.model.visible !== -1) throw new FakeComError('a hidden sheet cannot be activated');
    this.model.workbook.activeSheet = this.model;
  }
}

class FakeSheets implements EtSheetsApi {
  constructor(private readonly workbook: EtWorkbookModel) {}
  get Count(): number {
    return this.workbook.sheets.length;
  }
  Item(index: number | string): EtWorksheetApi {
    const sheet = typeof index === 'number' ? this.workbook.sheets[index - 1] : this.workbook.sheet(index);
    if (!sheet) throw new FakeComError(`no sheet ${String(index)}`);
    return new FakeWorksheet(sheet);
  }
  Add(before?: EtWorksheetApi, after?: EtWorksheetApi): EtWorksheetApi {
    const anchor = (after ?? before) as FakeWorksheet | undefined;
    let n = this.workbook.sheets.length + 1;
    while (this.workbook.sheet(`Sheet${n}`)) n++;
    const sheet = this.workbook.addSheet(`Sheet${n}`, after ? anchor?.model : undefined);
    this.workbook.activeSheet = sheet;
    return new FakeWorksheet(sheet);
  }
}

class FakeWorkbook implements EtWorkbookApi {
  constructor(readonly model: EtWorkbookModel) {}
  get Worksheets(): EtSheetsApi {
    return new FakeSheets(this.model);
  }
  get Names(): EtNamesApi {
    const names = this.model.names;
    return {
      get Count() {
        return names.size;
      },
      Item(index: number): EtNameApi {
        const name = [...names.keys()][index - 1];
        if (name === undefined) throw new FakeComError(`Names.Item(${index})`);
        return { Name: name };
      },
      Add(name: string, refersTo: string): EtNameApi {
        if (!refersTo.startsWith('=')) throw new FakeComError(`name ${name} refers to ${refersTo}`);
        names.set(name, refersTo);
        return { Name: name };
      },
    };
  }
  get Date1904(): boolean {
    return this.model.date1904;
  }
  get ActiveSheet(): EtWorksheetApi {
    const sheet = this.model.activeSheet;
    if (!sheet) throw new FakeComError('no active sheet');
    return new FakeWorksheet(sheet);
  }
}

type EventName = 'SheetChange' | 'SheetSelectionChange';

/** `window.Application` of WPS 表格, over workbook models. */
export class FakeEt implements EtApplicationApi {
  readonly workbooks: EtWorkbookModel[] = [];
  active: EtWorkbookModel | null = null;
  EnableEvents = true;
  /** Cells read through Value2 since the counter was last reset (tests hold reads to it). */
  cellsRead = 0;
  readonly listeners = new Map<EventName, EtSheetListener[]>();
  readonly files = new Map<string, string>();
  readonly tempPath = 'C:\\Users\\teacher\\AppData\\Local\\Temp\\';
  selection: { sheet: string; address: string } | null = null;

  constructor(input?: WorkbookInput) {
    if (input) {
      this.active = EtWorkbookModel.fromInput(this, input);
      this.workbooks.push(this.active);
    }
  }

  get ActiveWorkbook(): EtWorkbookApi | null {
    return this.active ? new FakeWorkbook(this.active) : null;
  }

  get ActiveWindow(): EtWindowApi {
    const sheet = () => {
      const s = this.active?.activeSheet;
      if (!s) throw new FakeComError('no window');
      return s;
    };
    let split = sheet().frozenRows;
    return {
      get SplitRow() {
        return split;
      },
      set SplitRow(rows: number) {
        split = rows;
      },
      SplitColumn: 0,
      get FreezePanes() {
        return sheet().frozenRows > 0;
      },
      set FreezePanes(on: boolean) {
        sheet().frozenRows = on ? split : 0;
      },
    };
  }

  get Workbooks(): EtWorkbooksApi {
    return {
      Open: (path: string) => {
        if (!this.files.has(path)) throw new FakeComError(`no file ${path}`);
        const workbook = new EtWorkbookModel(this, path);
        this.workbooks.push(workbook);
        this.active = workbook;
        return new FakeWorkbook(workbook);
      },
      Add: () => {
        const workbook = new EtWorkbookModel(this);
        workbook.activeSheet = workbook.addSheet('Sheet1');
        this.workbooks.push(workbook);
        this.active = workbook;
        return new FakeWorkbook(workbook);
      },
    };
  }

  get ApiEvent(): EtApiEventApi {
    return {
      AddApiEventListener: (name, callback) => {
        this.listeners.set(name, [...(this.listeners.get(name) ?? []), callback]);
      },
      RemoveApiEventListener: (name, callback) => {
        this.listeners.set(
          name,
          callback ? (this.listeners.get(name) ?? []).filter((l) => l !== callback) : [],
        );
      },
    };
  }

  get Env(): EtEnvApi {
    return { GetTempPath: () => this.tempPath };
  }

  get FileSystem(): EtFileSystemApi {
    return {
      Exists: (path) => this.files.has(path),
      writeAsBinaryString: (path, data) => {
        this.files.set(path, data);
        return true;
      },
    };
  }

  fire(name: EventName, sheet: EtSheetModel, range: FakeRange): void {
    for (const listener of this.listeners.get(name) ?? []) listener(new FakeWorksheet(sheet), range);
  }

  select(sheet: EtSheetModel, range: FakeRange): void {
    this.selection = { sheet: sheet.name, address: range.Address(false, false) };
    this.fire('SheetSelectionChange', sheet, range);
  }

  /** The active workbook's model (tests). */
  get model(): EtWorkbookModel {
    if (!this.active) throw new Error('no workbook open');
    return this.active;
  }

  sheet(name: string): EtSheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** The teacher at the keyboard: types or pastes a block at `address` (its top-left), raising SheetChange. */
  enter(sheetName: string, address: string, values: readonly (readonly (Stored | null)[])[]): void {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(address);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.touch(at.row + r, at.col + c);
        delete cell.formula;
        if (value === null || value === '') delete cell.value;
        else cell.value = value;
      }),
    );
    const rect = {
      row: at.row,
      col: at.col,
      rows: values.length,
      cols: Math.max(...values.map((v) => v.length)),
    };
    this.fire('SheetChange', sheet, new FakeRange(sheet, [rect]));
  }

  /** The teacher clicks a cell. */
  click(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.model.activeSheet = sheet;
    this.select(sheet, new FakeRange(sheet, areasOf(address)));
  }

  /** Deletes whole rows (1-based): cells and conditions below move up; SheetChange names the rows. */
  deleteRows(sheetName: string, first: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    const top = first - 1;
    deleteSheetRows(sheet.cells, sheet.conditions, top, count);
    this.fire(
      'SheetChange',
      sheet,
      new FakeRange(sheet, [{ row: top, col: 0, rows: count, cols: WHOLE.cols }]),
    );
  }

  /** Copies a row onto another (1-based) with its formats: conditions over it are stretched over the copy. */
  copyRow(sheetName: string, from: number, to: number): void {
    const sheet = this.sheet(sheetName);
    for (const [key, cell] of [...sheet.cells]) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (r === from - 1) sheet.cells.set(`${to - 1},${c}`, { ...cell });
    }
    for (const condition of sheet.conditions) {
      const copies = condition.areas
        .filter((a) => a.row <= from - 1 && from - 1 < a.row + a.rows)
        .map((a) => ({ ...a, row: to - 1, rows: 1 }));
      condition.areas = [...condition.areas, ...copies];
    }
    const rect = sheet.usedRect();
    this.fire(
      'SheetChange',
      sheet,
      new FakeRange(sheet, [{ row: to - 1, col: 0, rows: 1, cols: rect.col + rect.cols }]),
    );
  }
}

/** Everything the fake's active workbook holds, as plain sorted data: equal = nothing changed. */
export function etState(app: FakeEt): unknown {
  const workbook = app.model;
  return {
    sheets: workbook.sheets.map((s) => ({
      name: s.name,
      visible: s.visible,
      cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
      widths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b),
      validations: s.validations.map((v) => JSON.stringify(v)).sort(),
      conditions: s.conditions.map((c) => JSON.stringify(c)).sort(),
      frozenRows: s.frozenRows,
      printTitleRows: s.printTitleRows,
    })),
    names: [...workbook.names.entries()].sort(([a], [b]) => a.localeCompare(b)),
  };
}
