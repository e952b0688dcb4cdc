/**
 * An in-memory fake of the Excel JavaScript API subset in src/office/api.ts, faithful where the
 * adapter's correctness depends on it:
 * - commands and loads are queued and run, in order, only on `context.sync()`; reading a property
 *   that was not loaded (or before the sync) throws like Office's PropertyNotLoaded;
 * - `*OrNullObject` results answer `isNullObject` only after a sync;
 * - a failing command rejects the sync and drops the rest of the batch;
 * - setting `values` needs the range's exact shape; a null value leaves that cell unchanged;
 *   strings are converted as Excel converts typed text unless the cell is formatted as text (`@`):
 *   Range.values' reference ("If the returned value starts with a plus ("+"), minus ("-"), or equal
 *   sign ("="), Excel interprets this value as a formula"; ISO-looking text becomes a date);
 * - a data validation rule cannot be set over cells that already have one (clear first; Office
 *   fails on mixed validation, OfficeDev/office-js#2594 — the fake is stricter on purpose); a date
 *   rule's bounds must be a form DateTimeDataValidation.formula1 documents;
 * - adding a sheet or a name that exists (case-insensitively) fails; a hidden sheet cannot be
 *   activated; a protected sheet refuses every write (AccessDenied);
 * - conditional formats sit on top of the cells' own fill (`displayFill`), never change it; their
 *   `id` is their position in the collection they were loaded from, as the typings define it, and
 *   a loaded item is found by that position when its command runs;
 * - `onChanged` / `onSelectionChanged` handlers belong to one add-in instance (one pane) and are
 *   registered at sync; the add-in's own writes raise change events after the batch, heard only
 *   if `runtime.enableEvents` is on then; `triggerSource` exists from ExcelApi 1.14 only; a
 *   co-author's edits reach other panes with source Remote; `user` plays a teacher typing,
 *   pasting, deleting rows, moving the selection and staying in cell-edit mode.
 * Every sync is counted. Pure TypeScript: the browser test bundles it as the page's `Excel`.
 */
import type {
  ApiChangedEvent,
  ApiConditionalFormat,
  ApiConditionalFormatCollection,
  ApiConditionalFormatRule,
  ApiConditionalRangeFormat,
  ApiDataValidation,
  ApiEventHandlerResult,
  ApiEventHandlers,
  ApiFunctionResult,
  ApiFunctions,
  ApiFont,
  ApiFreezePanes,
  ApiNamedItem,
  ApiNamedItemCollection,
  ApiPageLayout,
  ApiRange,
  ApiRangeFill,
  ApiRangeAreas,
  ApiRangeFormat,
  ApiSelectionEvent,
  ApiWorkbook,
  ApiWorksheet,
  ApiWorksheetCollection,
  ExcelContext,
  RangeInput,
  RangeValue,
  SheetVisibility,
} from '../../src/office/api';
import type { CellValue, WorkbookInput } from '../../src/core';
import type { OfficeEnvironment } from '../../src/office/host';
import type { Preferences } from '../../src/host/contract';
import { columnLetter } from '../../src/core';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Whole rows deleted as a spreadsheet deletes them (0-based `top`): the cells below move up, and
 * so do the areas of the conditional formats on them; an area inside the deleted rows goes. The
 * Excel and the WPS fakes both model row deletion with it.
 */
export function deleteSheetRows<Cell>(
  cells: Map<string, Cell>,
  rules: readonly { areas: Rect[] }[],
  top: number,
  count: number,
): void {
  const moved = new Map<string, Cell>();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (r >= top && r < top + count) continue;
    moved.set(`${r >= top + count ? r - count : r},${c}`, cell);
  }
  cells.clear();
  for (const [key, cell] of moved) cells.set(key, cell);
  for (const rule of rules) {
    rule.areas = rule.areas
      .filter((a) => !(a.row >= top && a.row + a.rows <= top + count))
      .map((a) => (a.row >= top + count ? { ...a, row: a.row - count } : a));
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const WHOLE_SHEET: Rect = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };

export interface CellModel {
  value: RangeValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
}

export interface ValidationModel {
  rect: Rect;
  rule: Excel.DataValidationRule | null;
  prompt: Excel.DataValidationPrompt | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  /** The fake's own name for the rule, for tests to tell rules apart; Office has no such id. */
  readonly label: string;
  /** `Custom`, `CellValue`, `ColorScale`, … */
  readonly type: string;
  areas: Rect[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
  /**
   * A rule whose properties Excel cannot give: loading its rule or its ranges fails the batch
   * (OfficeDev/office-js#6835: a duplicated rule; #6827: two cellValue rules on one range). Its
   * type still loads.
   */
  unreadable?: boolean;
}

let nextSheetId = 1;

export class SheetModel {
  readonly id = `{sheet-${nextSheetId++}}`;
  readonly cells = new Map<string, CellModel>();
  /** Newest first: Office adds a conditional format at the top priority. */
  conditionalFormats: ConditionalFormatModel[] = [];
  /** A protected sheet refuses formatting (Office: AccessDenied). */
  protected = false;
  readonly columnWidths = new Map<number, number>();
  validations: ValidationModel[] = [];
  frozenRows = 0;
  printTitleRows: string | null = null;

  constructor(
    public name: string,
    public visibility: SheetVisibility = 'Visible',
  ) {}

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The cell, created when missing (for writes). */
  touch(row: number, col: number): CellModel {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '' };
      this.cells.set(key, cell);
    }
    return cell;
  }

  valueAt(row: number, col: number): RangeValue {
    return this.cell(row, col)?.value ?? '';
  }

  /** Smallest rectangle of cells with a value (valuesOnly) or also with a format; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const used =
        cell.value !== '' ||
        cell.formula !== undefined ||
        (!valuesOnly &&
          (cell.numberFormat !== undefined || cell.bold !== undefined || cell.fill !== undefined));
      if (!used) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Values as the core's WorkbookInput wants them: from A1, '' → null. */
  rows(): CellValue[][] {
    const rect = this.usedRect(true);
    if (!rect) return [];
    const out: CellValue[][] = [];
    for (let r = 0; r < rect.row + rect.rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < rect.col + rect.cols; c++) {
        const v = this.valueAt(r, c);
        row.push(v === '' ? null : v);
      }
      out.push(row);
    }
    return out;
  }

  /** The fill the teacher sees: the top conditional format's over the cell's own (every custom rule here is TRUE). */
  displayFill(row: number, col: number): string | null {
    const cf = this.conditionalFormats.find(
      (f) => f.fill !== null && f.areas.some((a) => contains(a, row, col)),
    );
    return cf?.fill ?? this.cell(row, col)?.fill ?? null;
  }

  validationsAt(row: number, col: number): ValidationModel[] {
    return this.validations.filter((v) => contains(v.rect, row, col));
  }
}

type Handler<T> = (event: T) => Promise<unknown>;

/**
 * One running copy of the add-in (one pane, on one co-author's Excel): its handlers, its
 * Runtime.enableEvents, the ExcelApi version of its host, whether its user is editing a cell.
 */
export class AddinInstance {
  readonly changedHandlers = new Set<Handler<ApiChangedEvent>>();
  readonly selectionHandlers = new Set<Handler<ApiSelectionEvent>>();
  /** Runtime.enableEvents: off, this add-in's handlers hear nothing. */
  eventsEnabled = true;
  /** Syncs of every context of this instance. */
  syncCount = 0;
  /** Cell-edit mode of this instance's user (see FakeUser.startEditing). */
  editing = false;
  private editEnded: (() => void)[] = [];

  /** `version`: the host's highest ExcelApi 1.x (triggerSource needs 1.14). */
  constructor(readonly version: number) {}

  /** Resolves once the user leaves cell-edit mode (at once when not editing). */
  whenNotEditing(): Promise<void> {
    return this.editing ? new Promise((done) => this.editEnded.push(done)) : Promise.resolve();
  }

  setEditing(editing: boolean): void {
    this.editing = editing;
    if (!editing) for (const done of this.editEnded.splice(0)) done();
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  /** The panes open on this workbook: the first is the tests' own; co-authors add more. */
  readonly instances: AddinInstance[] = [];
  /** The workbook's date system: serials count days from 1904-01-01 instead of 1899-12-30. */
  date1904 = false;
  /** How an oversized response fails: Excel on the web sometimes says GeneralException (OfficeDev/office-js#1314). */
  oversizeError: 'ResponsePayloadSizeLimitExceeded' | 'GeneralException' = 'ResponsePayloadSizeLimitExceeded';
  readonly names = new Map<string, { reference: string; comment: string }>();
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** The year Excel gives a date typed without one (`3-12`). */
  year = 2026;

  /** A workbook holding the given rows; strings starting with `=` stay text here (values, not formulas). */
  static fromInput(input: WorkbookInput): WorkbookModel {
    const model = new WorkbookModel();
    for (const [name, rows] of Object.entries(input.sheets)) {
      const sheet = new SheetModel(name);
      rows.forEach((values, r) =>
        values.forEach((value, c) => {
          const stored = toStored(value);
          if (stored !== '') sheet.touch(r, c).value = stored;
        }),
      );
      model.sheets.push(sheet);
    }
    model.activeSheet = model.sheets[0]?.name ?? null;
    model.date1904 = input.date1904 ?? false;
    return model;
  }

  /** By name (case-insensitively) or by id. */
  sheet(nameOrId: string): SheetModel | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === nameOrId);
  }

  toInput(): WorkbookInput {
    return { sheets: Object.fromEntries(this.sheets.map((s) => [s.name, s.rows()])) };
  }

  /**
   * A change, as every pane hears it: Local in the pane of whoever made it, Remote in the others;
   * triggerSource (ExcelApi 1.14) ThisLocalAddin for an add-in's own writes in its own pane.
   * Handlers run on their own (the promise is for tests to await).
   */
  fireChanged(
    origin: AddinInstance,
    byAddin: boolean,
    sheet: SheetModel,
    address: string,
    changeType: string,
  ): Promise<unknown> {
    const heard = this.instances.filter((i) => i.eventsEnabled);
    return Promise.all(
      heard.flatMap((instance) => {
        const local = instance === origin;
        const event: ApiChangedEvent = {
          worksheetId: sheet.id,
          address,
          changeType,
          source: local ? 'Local' : 'Remote',
          ...(instance.version >= 14
            ? { triggerSource: local && byAddin ? 'ThisLocalAddin' : 'Unknown' }
            : {}),
        };
        return [...instance.changedHandlers].map((handler) => handler(event));
      }),
    );
  }

  /** Selection moves are heard only in the pane of the user who moved. */
  fireSelection(origin: AddinInstance, sheet: SheetModel, address: string): Promise<unknown> {
    if (!origin.eventsEnabled) return Promise.resolve();
    const event: ApiSelectionEvent = { worksheetId: sheet.id, address };
    return Promise.all([...origin.selectionHandlers].map((handler) => handler(event)));
  }
}

/**
 * The teacher at the keyboard: edits go straight into the model (a paste skips data validation,
 * as in Excel) and raise the events Excel raises, with triggerSource Unknown.
 */
export class FakeUser {
  constructor(
    private readonly model: WorkbookModel,
    private readonly instance: AddinInstance,
  ) {}

  /**
   * Starts typing in a cell: until `stopEditing`, Excel fails every batch of this user's add-in
   * with InvalidOperationInCellEditMode, or holds it when the run asked for delayForCellEdit
   * (Excel.RunOptions).
   */
  startEditing(): void {
    this.instance.setEditing(true);
  }

  stopEditing(): void {
    this.instance.setEditing(false);
  }

  private sheet(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** Types or pastes a block of values at `address` (its top-left cell); '' clears a cell. */
  enter(sheetName: string, address: string, values: readonly (readonly RangeValue[])[]): Promise<unknown> {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(address);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.touch(at.row + r, at.col + c);
        delete cell.formula;
        cell.value = value;
      }),
    );
    const rect = {
      row: at.row,
      col: at.col,
      rows: values.length,
      cols: Math.max(...values.map((v) => v.length)),
    };
    return this.model.fireChanged(this.instance, false, sheet, a1(rect), 'RangeEdited');
  }

  /** Picks a value from a data-validation dropdown: the cell changes and no change event is raised (office-js #3888). */
  pick(sheetName: string, address: string, value: RangeValue): void {
    const at = parseAddress(address);
    this.sheet(sheetName).touch(at.row, at.col).value = value;
  }

  select(sheetName: string, address: string): Promise<unknown> {
    const sheet = this.sheet(sheetName);
    this.model.activeSheet = sheet.name;
    this.model.selection = { sheet: sheet.name, address };
    return this.model.fireSelection(this.instance, sheet, address);
  }

  /**
   * Copies a row onto another (1-based) and pastes it whole, formats included: as Excel does
   * within a sheet, every conditional format over the copied cells is stretched over their copies.
   */
  copyRow(sheetName: string, from: number, to: number): Promise<unknown> {
    const sheet = this.sheet(sheetName);
    for (const [key, cell] of [...sheet.cells]) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (r === from - 1) sheet.cells.set(`${to - 1},${c}`, { ...cell });
    }
    for (const cf of sheet.conditionalFormats) {
      const copies = cf.areas
        .filter((a) => a.row <= from - 1 && from - 1 < a.row + a.rows)
        .map((a) => ({ ...a, row: to - 1, rows: 1 }));
      cf.areas = [...cf.areas, ...copies];
    }
    return this.model.fireChanged(
      this.instance,
      false,
      sheet,
      `A${to}:${columnLetter(MAX_COLS - 1)}${to}`,
      'RangeEdited',
    );
  }

  /** Deletes whole rows (1-based, as Excel shows them): cells and conditional formats below move up. */
  deleteRows(sheetName: string, first: number, count = 1): Promise<unknown> {
    const sheet = this.sheet(sheetName);
    deleteSheetRows(sheet.cells, sheet.conditionalFormats, first - 1, count);
    return this.model.fireChanged(this.instance, false, sheet, `${first}:${first + count - 1}`, 'RowDeleted');
  }
}

function toStored(value: CellValue): RangeValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.error;
  return value;
}

/** The Office error shape the adapter may see: `code` as in OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

type Op = () => void;

const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** UTF-8 length without TextEncoder (jsdom test environments lack it). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** An add-in write's change event, raised once its batch has run. */
interface WriteEvent {
  readonly sheet: SheetModel;
  readonly address: string;
}

export class FakeContext implements ExcelContext {
  readonly workbook: FakeWorkbook;
  readonly user: FakeUser;
  readonly runtime: { enableEvents: boolean };
  private queue: Op[] = [];
  /** Every sync's number of queued operations, to see how batched the writes were. */
  readonly batchSizes: number[] = [];
  /** Change events of this batch's writes, raised after it. */
  private written: WriteEvent[] = [];

  /**
   * `delayForCellEdit`: the Excel.run option — a batch sent while the user edits a cell waits
   * until she is done instead of failing.
   */
  constructor(
    readonly model: WorkbookModel,
    readonly instance: AddinInstance = new AddinInstance(19),
    readonly delayForCellEdit = false,
  ) {
    if (!model.instances.includes(instance)) model.instances.push(instance);
    this.workbook = new FakeWorkbook(this);
    this.user = new FakeUser(model, instance);
    const queueSwitch = (enabled: boolean) => this.enqueue(() => void (instance.eventsEnabled = enabled));
    this.runtime = {
      get enableEvents(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'the fake does not load runtime.enableEvents');
      },
      set enableEvents(enabled: boolean) {
        queueSwitch(enabled);
      },
    };
  }

  /** Every sync of this pane, over all its contexts. */
  get syncCount(): number {
    return this.instance.syncCount;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** A write of this batch: its change event is raised when the batch is done. */
  wrote(sheet: SheetModel, rect: Rect): void {
    this.written.push({ sheet, address: a1(rect) });
  }

  /** UTF-8 bytes of the values loaded in the current sync. */
  private responseBytes = 0;

  /** Excel on the web refuses a request whose response is over 5 MB (RichApi ResponsePayloadSizeLimitExceeded). */
  countResponse(values: unknown): void {
    this.responseBytes += utf8Length(JSON.stringify(values));
    if (this.responseBytes > RESPONSE_LIMIT_BYTES)
      throw new FakeOfficeError(this.model.oversizeError, 'the response is over 5 MB');
  }

  async sync(): Promise<void> {
    this.instance.syncCount++;
    if (this.instance.editing) {
      if (!this.delayForCellEdit) {
        this.queue = [];
        throw new FakeOfficeError('InvalidOperationInCellEditMode', 'the user is editing a cell');
      }
      await this.instance.whenNotEditing();
    }
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    this.batchSizes.push(ops.length);
    try {
      // Office runs the batch in order; the first failure rejects the sync and drops the rest.
      for (const op of ops) op();
    } finally {
      // Events are raised after the batch: a switch of enableEvents inside it is already undone.
      const events = this.written;
      this.written = [];
      for (const { sheet, address } of events)
        void this.model.fireChanged(this.instance, true, sheet, address, 'RangeEdited');
    }
  }
}

/** Base of every proxy: loaded properties are readable only after the sync that loaded them. */
abstract class Proxy {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${property}' is not available. Call load() and context.sync() first.`,
      );
    }
    return this.loaded.get(property) as T;
  }

  /** Loading a null object is allowed and loads nothing: its properties stay unreadable. */
  protected queueLoad(
    propertyNames: string,
    compute: (property: string) => unknown,
    exists: () => boolean = () => true,
  ): void {
    const properties = propertyNames
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue(() => {
      if (!exists()) return;
      for (const property of properties) this.loaded.set(property, compute(property));
    });
  }

  protected setLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }
}

/** A proxy that may turn out to be a null object: resolved when its batch runs. */
abstract class Resolvable<T> extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => T | null,
    knownToExist = false,
  ) {
    super(ctx);
    // Office answers isNullObject once the batch that created the proxy has run.
    if (knownToExist) this.setLoaded('isNullObject', false);
    else ctx.enqueue(() => this.setLoaded('isNullObject', resolver() === null));
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  protected exists(): boolean {
    return this.resolver() !== null;
  }

  protected target(what: string): T {
    const found = this.resolver();
    if (found === null) throw new FakeOfficeError('ItemNotFound', `${what} on a null object`);
    return found;
  }
}

class FakeWorkbook implements ApiWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly functions: ApiFunctions;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.functions = {
      date: (year, month, day) => new FakeFunctionResult(ctx, () => dateSerial(ctx.model, year, month, day)),
    };
  }
}

/** Excel's DATE() in the workbook's date system (dates from 1900-03-01 on, where the 1900 system is plain). */
function dateSerial(model: WorkbookModel, year: number, month: number, day: number): number {
  const epoch = model.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return Math.round((Date.UTC(year, month - 1, day) - epoch) / 86_400_000);
}

class FakeFunctionResult extends Proxy implements ApiFunctionResult<number> {
  constructor(
    ctx: FakeContext,
    private readonly evaluate: () => number,
  ) {
    super(ctx);
  }

  get value(): number {
    return this.read<number>('value');
  }

  load(propertyNames: string): FakeFunctionResult {
    this.queueLoad(propertyNames, () => this.evaluate());
    return this;
  }
}

/** Handlers take effect at the next sync, as in Office; removal too. */
function fakeHandlers<T>(ctx: FakeContext, registry: Set<Handler<T>>): ApiEventHandlers<T> {
  return {
    add(handler: Handler<T>): ApiEventHandlerResult {
      ctx.enqueue(() => void registry.add(handler));
      return {
        // Only its sync is used (unwatchChanges); the fake stands in for Office's request context.
        context: ctx as unknown as OfficeExtension.ClientRequestContext,
        remove: () => ctx.enqueue(() => void registry.delete(handler)),
      };
    },
  };
}

class FakeWorksheetCollection extends Proxy implements ApiWorksheetCollection {
  readonly onChanged: ApiEventHandlers<ApiChangedEvent>;
  readonly onSelectionChanged: ApiEventHandlers<ApiSelectionEvent>;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.onChanged = fakeHandlers(ctx, ctx.instance.changedHandlers);
    this.onSelectionChanged = fakeHandlers(ctx, ctx.instance.selectionHandlers);
  }

  get items(): FakeWorksheet[] {
    return this.read<FakeWorksheet[]>('items');
  }

  load(propertyNames: string): FakeWorksheetCollection {
    const itemProps = propertyNames
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .join(',');
    this.ctx.enqueue(() => {
      const items = this.ctx.model.sheets.map((s) => {
        const sheet = new FakeWorksheet(this.ctx, () => s, true);
        sheet.loadNow(itemProps);
        return sheet;
      });
      this.setLoaded('items', items);
    });
    return this;
  }

  /** By name or by id, as Office's getItem takes either; a missing sheet fails the batch (ItemNotFound). */
  getItem(key: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      if (!this.ctx.model.sheet(key)) throw new FakeOfficeError('ItemNotFound', `no sheet ${key}`);
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(key) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(key) ?? null);
  }

  add(name?: string): FakeWorksheet {
    const sheetName = name ?? `Sheet${this.ctx.model.sheets.length + 1}`;
    let created: SheetModel | null = null;
    this.ctx.enqueue(() => {
      if (this.ctx.model.sheet(sheetName))
        throw new FakeOfficeError('ItemAlreadyExists', `sheet ${sheetName}`);
      if (/[\\/?*[\]:]/.test(sheetName) || sheetName.length > 31)
        throw new FakeOfficeError('InvalidArgument', `sheet name ${sheetName}`);
      created = new SheetModel(sheetName);
      this.ctx.model.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}

class FakeWorksheet extends Resolvable<SheetModel> implements ApiWorksheet {
  readonly freezePanes: ApiFreezePanes;
  readonly pageLayout: ApiPageLayout;

  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => SheetModel | null,
    resolvedNow = false,
  ) {
    super(ctx, sheetOf, resolvedNow);
    this.freezePanes = {
      freezeRows: (count = 1) => ctx.enqueue(() => void (this.target('freezeRows').frozenRows = count)),
      getLocationOrNullObject: () =>
        new FakeRange(ctx, sheetOf, () => {
          const rows = sheetOf()?.frozenRows ?? 0;
          return rows > 0 ? { row: 0, col: 0, rows, cols: MAX_COLS } : null;
        }),
    };
    this.pageLayout = {
      setPrintTitleRows: (rows: string) =>
        ctx.enqueue(() => void (this.target('setPrintTitleRows').printTitleRows = rows)),
      getPrintTitleRowsOrNullObject: () =>
        new FakeRange(ctx, sheetOf, () => {
          const rows = sheetOf()?.printTitleRows;
          return rows ? parseAddress(rows) : null;
        }),
    };
  }

  get name(): string {
    return this.read<string>('name');
  }

  get id(): string {
    return this.read<string>('id');
  }

  get visibility(): SheetVisibility {
    return this.read<SheetVisibility>('visibility');
  }

  set visibility(visibility: SheetVisibility) {
    this.ctx.enqueue(() => void (this.target('visibility').visibility = visibility));
  }

  /** For collection loads, which fill their items' properties in the same step. */
  loadNow(propertyNames: string): void {
    const sheet = this.target('load');
    for (const p of propertyNames.split(',').filter(Boolean)) this.setLoaded(p, this.property(sheet, p));
  }

  load(propertyNames: string): FakeWorksheet {
    this.queueLoad(
      propertyNames,
      (p) => this.property(this.target('load'), p),
      () => this.exists(),
    );
    return this;
  }

  private property(sheet: SheetModel, property: string): unknown {
    if (property === 'name') return sheet.name;
    if (property === 'id') return sheet.id;
    if (property === 'visibility') return sheet.visibility;
    throw new FakeOfficeError('InvalidArgument', `the fake does not model Worksheet.${property}`);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => this.sheetOf()?.usedRect(valuesOnly) ?? null);
  }

  getRange(address?: string): FakeRange {
    const rect = address === undefined ? WHOLE_SHEET : parseAddress(address);
    return new FakeRange(this.ctx, this.sheetOf, () => (this.sheetOf() ? rect : null));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    return new FakeRange(this.ctx, this.sheetOf, () => (this.sheetOf() ? rect : null));
  }

  getRanges(address: string): ApiRangeAreas {
    const rects = address.split(',').map((part) => parseAddress(part.trim()));
    const sheetOf = () => this.target('getRanges');
    return {
      get address(): string {
        throw new FakeOfficeError(
          'PropertyNotLoaded',
          'the fake loads RangeAreas.address of conditional formats only',
        );
      },
      load(): ApiRangeAreas {
        throw new FakeOfficeError(
          'InvalidArgument',
          'the fake loads RangeAreas.address of conditional formats only',
        );
      },
      conditionalFormats: new FakeConditionalFormats(this.ctx, () => ({ sheet: sheetOf(), areas: rects })),
    };
  }

  /** A hidden sheet cannot be brought to the front (Worksheet.activate fails; Excel shows only visible sheets). */
  activate(): void {
    this.ctx.enqueue(() => {
      const sheet = this.target('activate');
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', `${sheet.name} is hidden and cannot be activated`);
      this.ctx.model.activeSheet = sheet.name;
    });
  }
}

class FakeRange extends Resolvable<{ sheet: SheetModel; rect: Rect }> implements ApiRange {
  readonly format: ApiRangeFormat;
  readonly dataValidation: ApiDataValidation;

  constructor(ctx: FakeContext, sheetOf: () => SheetModel | null, rectOf: () => Rect | null) {
    const resolve = () => {
      const sheet = sheetOf();
      const rect = sheet ? rectOf() : null;
      return sheet && rect ? { sheet, rect } : null;
    };
    super(ctx, resolve);
    this.format = new FakeRangeFormat(ctx, () => this.writable('format'));
    this.dataValidation = new FakeDataValidation(ctx, () => this.target('dataValidation'));
    this.conditionalFormats = new FakeConditionalFormats(ctx, () => {
      const { sheet, rect } = this.target('conditionalFormats');
      return { sheet, areas: [rect] };
    });
  }

  readonly conditionalFormats: FakeConditionalFormats;

  get address(): string {
    return this.read<string>('address');
  }

  get values(): RangeValue[][] {
    return this.read<RangeValue[][]>('values');
  }

  set values(values: RangeInput[][]) {
    this.write('values', values);
  }

  get formulas(): RangeInput[][] {
    return this.read<RangeInput[][]>('formulas');
  }

  set formulas(formulas: RangeInput[][]) {
    this.write('formulas', formulas);
  }

  /** `values` and `formulas` alike: a string is taken as Excel takes typed text (see `enterText`). */
  private write(what: string, values: RangeInput[][]): void {
    const copy = values.map((row) => [...row]);
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.writable(what);
      checkShape(rect, copy);
      copy.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return; // Office: null leaves the cell as it is
          const cell = sheet.touch(rect.row + r, rect.col + c);
          if (typeof value === 'string') enterText(this.ctx.model, cell, value);
          else {
            delete cell.formula;
            cell.value = value;
          }
        }),
      );
      this.ctx.wrote(sheet, rect);
    });
  }

  /** The target of a write; a protected sheet refuses it, as Excel refuses every write there. */
  private writable(what: string): { sheet: SheetModel; rect: Rect } {
    const target = this.target(what);
    refuseIfProtected(target.sheet);
    return target;
  }

  get numberFormat(): string[][] {
    return this.read<string[][]>('numberFormat');
  }

  set numberFormat(formats: string[][]) {
    const copy = formats.map((row) => [...row]);
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.writable('numberFormat');
      checkShape(rect, copy);
      copy.forEach((row, r) =>
        row.forEach((f, c) => void (sheet.touch(rect.row + r, rect.col + c).numberFormat = f)),
      );
    });
  }

  load(propertyNames: string): FakeRange {
    this.queueLoad(
      propertyNames,
      (p) => {
        const { sheet, rect } = this.target('load');
        if (p === 'address') return `${quoteSheet(sheet.name)}!${a1(rect)}`;
        if (p === 'values') {
          const values = grid(rect, (r, c) => sheet.valueAt(r, c));
          this.ctx.countResponse(values);
          return values;
        }
        if (p === 'numberFormat') return grid(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
        if (p === 'formulas') return grid(rect, (r, c) => sheet.cell(r, c)?.formula ?? sheet.valueAt(r, c));
        if (p === 'rowCount') return rect.rows;
        if (p === 'columnCount') return rect.cols;
        throw new FakeOfficeError('InvalidArgument', `the fake does not model Range.${p}`);
      },
      () => this.exists(),
    );
    return this;
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target('select');
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError(
          'InvalidOperation',
          `${sheet.name} is hidden: its cells cannot be selected`,
        );
      this.ctx.model.activeSheet = sheet.name;
      this.ctx.model.selection = { sheet: sheet.name, address: a1(rect) };
    });
  }

  clear(applyTo: 'All' | 'Contents' = 'All'): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.writable('clear');
      for (const [key, cell] of [...sheet.cells]) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (!contains(rect, r, c)) continue;
        if (applyTo === 'All') sheet.cells.delete(key);
        else {
          cell.value = '';
          delete cell.formula;
        }
      }
      if (applyTo === 'All') sheet.validations = sheet.validations.flatMap((v) => subtract(v, rect));
    });
  }
}

/** Excel's serial of a date (and time) in the workbook's date system. */
function serialOf(
  model: WorkbookModel,
  year: number,
  month: number,
  day: number,
  minutes = 0,
): number | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return dateSerial(model, year, month, day) + minutes / 1440;
}

/**
 * A string written through `values` or `formulas`, taken as Excel takes typed text, unless the
 * cell is formatted as text (`@`), which keeps it as written. Range.values: "If the returned value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula", and ISO (YYYY-MM-DD) text is stored as a date; beyond the reference, as Excel does
 * with typed text: `3-12` is a date of this year, `007` the number 7.
 */
function enterText(model: WorkbookModel, cell: CellModel, text: string): void {
  delete cell.formula;
  cell.value = text;
  if (cell.numberFormat === '@' || text === '') return;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2}))?$/.exec(text);
  const monthDay = /^(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) cell.value = Number(text);
  else if (/^[=+-]/.test(text)) {
    cell.formula = text.startsWith('=') ? text : `=${text}`;
    cell.value = 0; // the fake does not calculate; readers see a number as Office's cached result
  } else if (iso) {
    const [, y, m, d, h, min] = iso.map(Number) as number[];
    const serial = serialOf(model, y as number, m as number, d as number, h ? h * 60 + (min ?? 0) : 0);
    if (serial !== null) {
      cell.value = serial;
      cell.numberFormat ??= h === undefined || Number.isNaN(h) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
    }
  } else if (monthDay) {
    const serial = serialOf(model, model.year, Number(monthDay[1]), Number(monthDay[2]));
    if (serial !== null) {
      cell.value = serial;
      cell.numberFormat ??= 'm-d';
    }
  }
}

function eachCell(
  { sheet, rect }: { sheet: SheetModel; rect: Rect },
  visit: (cell: CellModel) => void,
): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) visit(sheet.touch(r, c));
}

function grid<T>(rect: Rect, at: (row: number, col: number) => T): T[][] {
  if (rect.rows * rect.cols > 5_000_000)
    throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'range too large to load');
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.cols }, (_, c) => at(rect.row + r, rect.col + c)),
  );
}

function checkShape(rect: Rect, values: readonly (readonly unknown[])[]): void {
  if (values.length !== rect.rows || values.some((row) => row.length !== rect.cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `values of ${values.length} rows do not match the range ${a1(rect)}`,
    );
  }
}

class FakeRangeFormat implements ApiRangeFormat {
  readonly font: ApiFont;
  readonly fill: ApiRangeFill;

  constructor(
    private readonly ctx: FakeContext,
    private readonly target: () => { sheet: SheetModel; rect: Rect },
  ) {
    const font = { ctx, target };
    this.font = {
      get bold(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'the fake does not load font.bold');
      },
      set bold(bold: boolean) {
        font.ctx.enqueue(() => eachCell(font.target(), (cell) => void (cell.bold = bold)));
      },
    };
    this.fill = {
      get color(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'the fake does not load fill.color');
      },
      set color(color: string) {
        font.ctx.enqueue(() => eachCell(font.target(), (cell) => void (cell.fill = color)));
      },
    };
  }

  get columnWidth(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'the fake does not load columnWidth');
  }

  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
}

/** DataValidationType by the one criterion a rule object has. */
const RULE_TYPES: Readonly<Record<string, string>> = {
  list: 'List',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

function coversRect(outer: Rect, inner: Rect): boolean {
  return (
    outer.row <= inner.row &&
    outer.col <= inner.col &&
    outer.row + outer.rows >= inner.row + inner.rows &&
    outer.col + outer.cols >= inner.col + inner.cols
  );
}

/** Excel's limits on a validation's texts and inline list (its UI refuses longer ones, and so does Office.js). */
const LIMITS = { promptTitle: 32, prompt: 255, errorTitle: 32, error: 225, inlineList: 255 } as const;

function checkLength(what: string, text: string | undefined, limit: number): void {
  if (text !== undefined && text.length > limit)
    throw new FakeOfficeError('InvalidArgument', `${what} is ${text.length} characters, more than ${limit}`);
}

/**
 * A date rule's bound in a form DateTimeDataValidation.formula1 documents: "a Date, a Range
 * object, or a string formula (where the string is either a stringified date/time in ISO8601
 * format, a cell reference like "=A1", or a formula like "=MIN(A1, B1)")" — a bare serial such as
 * "1" is not one (OfficeDev/office-js-docs-reference#250). A date before the workbook's date
 * system begins (1904-01-01 in a 1904 workbook) is refused as Excel refuses typing one.
 */
function checkDateBound(model: WorkbookModel, bound: unknown): void {
  if (bound === undefined || (typeof bound === 'string' && bound.startsWith('='))) return;
  const iso = typeof bound === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+Z?)?$/.exec(bound) : null;
  if (!iso) throw new FakeOfficeError('InvalidArgument', `a date rule's bound ${JSON.stringify(bound)}`);
  const first = model.date1904 ? '1904-01-01' : '1900-01-01';
  if ((bound as string) < first)
    throw new FakeOfficeError('InvalidArgument', `${String(bound)} is before ${first}`);
}

class FakeDataValidation implements ApiDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: () => { sheet: SheetModel; rect: Rect },
  ) {}

  private unreadable(): never {
    throw new FakeOfficeError('PropertyNotLoaded', 'the fake does not load data validation');
  }

  private loadedType: string | null = null;

  get type(): string {
    if (this.loadedType === null)
      throw new FakeOfficeError('PropertyNotLoaded', "The property 'type' is not available.");
    return this.loadedType;
  }

  /** Only `type` is modelled: None, the rule's kind when one rule covers the whole range, else Inconsistent. */
  load(propertyNames: string): FakeDataValidation {
    if (propertyNames.trim() !== 'type')
      throw new FakeOfficeError('InvalidArgument', `the fake does not model DataValidation.${propertyNames}`);
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      const over = sheet.validations.filter((v) => v.rule !== null && overlaps(v.rect, rect));
      const [only] = over;
      if (!only) this.loadedType = 'None';
      else if (over.length === 1 && coversRect(only.rect, rect))
        this.loadedType = RULE_TYPES[Object.keys(only.rule ?? {})[0] ?? ''] ?? 'Custom';
      else this.loadedType = 'Inconsistent';
    });
    return this;
  }

  get rule(): Excel.DataValidationRule {
    return this.unreadable();
  }
  set rule(rule: Excel.DataValidationRule) {
    // A plain-data copy (jsdom has no structuredClone): Office serialises the rule when it is set.
    const copy = JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      refuseIfProtected(sheet);
      if (Object.keys(copy).length !== 1)
        throw new FakeOfficeError('InvalidArgument', 'a rule has exactly one criterion');
      if (copy.date)
        for (const bound of [copy.date.formula1, copy.date.formula2]) checkDateBound(this.ctx.model, bound);
      const source = copy.list?.source;
      if (typeof source === 'string' && !source.startsWith('='))
        checkLength('an inline list', source, LIMITS.inlineList);
      if (sheet.validations.some((v) => v.rule !== null && overlaps(v.rect, rect))) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `${sheet.name}!${a1(rect)} already has data validation; clear it first`,
        );
      }
      this.own(sheet, rect).rule = copy;
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.unreadable();
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    const copy = { ...prompt };
    this.ctx.enqueue(() => {
      checkLength('a prompt title', copy.title, LIMITS.promptTitle);
      checkLength('a prompt', copy.message, LIMITS.prompt);
      const { sheet, rect } = this.target();
      this.own(sheet, rect).prompt = copy;
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.unreadable();
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    const copy = { ...alert };
    this.ctx.enqueue(() => {
      checkLength('an error alert title', copy.title, LIMITS.errorTitle);
      checkLength('an error alert', copy.message, LIMITS.error);
      const { sheet, rect } = this.target();
      this.own(sheet, rect).errorAlert = copy;
    });
  }

  get ignoreBlanks(): boolean {
    return this.unreadable();
  }
  set ignoreBlanks(ignore: boolean) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.own(sheet, rect).ignoreBlanks = ignore;
    });
  }

  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      sheet.validations = sheet.validations.flatMap((v) => subtract(v, rect));
    });
  }

  /** The validation entry covering exactly this range, created when missing. */
  private own(sheet: SheetModel, rect: Rect): ValidationModel {
    refuseIfProtected(sheet);
    let entry = sheet.validations.find((v) => sameRect(v.rect, rect));
    if (!entry) {
      if (sheet.validations.some((v) => overlaps(v.rect, rect))) {
        throw new FakeOfficeError('InvalidArgument', `${sheet.name}!${a1(rect)} has mixed data validation`);
      }
      entry = { rect, rule: null, prompt: null, errorAlert: null, ignoreBlanks: true };
      sheet.validations.push(entry);
    }
    return entry;
  }
}

// ---- conditional formats ----

let nextFormatLabel = 1;

type Areas = { sheet: SheetModel; areas: Rect[] };
type FormatTarget = { sheet: SheetModel; model: ConditionalFormatModel };

/** A protected sheet refuses every write, formats and conditional formats included. */
function refuseIfProtected(sheet: SheetModel): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `${sheet.name} is protected`);
}

/**
 * The conditional formats overlapping some areas of a sheet, highest priority first. An item's
 * `id` is its position here (ConditionalFormat.id: "The priority of the conditional format in the
 * current ConditionalFormatCollection"), and a loaded item stands for whatever rule is at that
 * position when its command runs: a rule added on top shifts every other one down.
 */
class FakeConditionalFormats extends Proxy implements ApiConditionalFormatCollection {
  constructor(
    ctx: FakeContext,
    private readonly scope: () => Areas,
  ) {
    super(ctx);
  }

  private overlapping(): ConditionalFormatModel[] {
    const { sheet, areas } = this.scope();
    return sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => areas.some((b) => overlaps(a, b))));
  }

  private at(position: number): () => FormatTarget | null {
    return () => {
      const model = this.overlapping()[position];
      return model ? { sheet: this.scope().sheet, model } : null;
    };
  }

  get items(): FakeConditionalFormat[] {
    return this.read<FakeConditionalFormat[]>('items');
  }

  load(propertyNames: string): FakeConditionalFormats {
    const props = propertyNames
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.enqueue(() => {
      const items = this.overlapping().map((_, position) => {
        const item = new FakeConditionalFormat(this.ctx, this.at(position), position, true);
        item.loadNow(props);
        return item;
      });
      this.setLoaded('items', items);
    });
    return this;
  }

  add(type: 'Custom'): FakeConditionalFormat {
    let created: FormatTarget | null = null;
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.scope();
      refuseIfProtected(sheet);
      const model: ConditionalFormatModel = {
        label: `{cf-${nextFormatLabel++}}`,
        type,
        areas: areas.map((a) => ({ ...a })),
        formula: '',
        fill: null,
        fontColor: null,
      };
      // Office adds a rule at the top priority.
      sheet.conditionalFormats.unshift(model);
      created = { sheet, model };
    });
    return new FakeConditionalFormat(this.ctx, () => created, 0);
  }

  /** By id, which is a position: whatever rule is there when the command runs. */
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.ctx, this.at(Number(id)), Number(id));
  }
}

class FakeConditionalFormat extends Resolvable<FormatTarget> implements ApiConditionalFormat {
  readonly custom: { readonly rule: ApiConditionalFormatRule; readonly format: ApiConditionalRangeFormat };

  constructor(
    ctx: FakeContext,
    resolver: () => FormatTarget | null,
    private readonly position: number,
    resolvedNow = false,
  ) {
    super(ctx, resolver, resolvedNow);
    const model = () => this.target('conditional format').model;
    const loaded = new Map<string, string>();
    const rule: ApiConditionalFormatRule = {
      get formula(): string {
        const value = loaded.get('formula');
        if (value === undefined) throw new FakeOfficeError('PropertyNotLoaded', 'custom.rule.formula');
        return value;
      },
      set formula(formula: string) {
        ctx.enqueue(() => void (model().formula = formula));
      },
      load(propertyNames: string) {
        void propertyNames;
        ctx.enqueue(() => {
          const m = model();
          // OfficeDev/office-js#2180: custom properties of a rule of another kind are refused.
          if (m.type !== 'Custom')
            throw new FakeOfficeError(
              'InvalidOperation',
              'This operation is not permitted for the current object.',
            );
          if (m.unreadable) throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
          loaded.set('formula', m.formula);
        });
        return rule;
      },
    };
    const writeOnly = (what: string, set: (m: ConditionalFormatModel, color: string) => void) => ({
      get color(): string {
        throw new FakeOfficeError('PropertyNotLoaded', `the fake does not load ${what}`);
      },
      set color(color: string) {
        ctx.enqueue(() => set(model(), color));
      },
    });
    this.custom = {
      rule,
      format: {
        fill: writeOnly('fill.color', (m, color) => void (m.fill = color)),
        font: writeOnly('font.color', (m, color) => void (m.fontColor = color)),
      },
    };
  }

  /** Its position in the collection it came from, as Office gives it. */
  get id(): string {
    return this.read<string>('id');
  }

  get type(): string {
    return this.read<string>('type');
  }

  loadNow(props: readonly string[]): void {
    const { model } = this.target('load');
    for (const p of props) this.setLoaded(p, this.property(model, p));
  }

  load(propertyNames: string): FakeConditionalFormat {
    this.queueLoad(
      propertyNames,
      (p) => this.property(this.target('load').model, p),
      () => this.exists(),
    );
    return this;
  }

  private property(model: ConditionalFormatModel, property: string): unknown {
    if (property === 'id') return String(this.position);
    if (property === 'type') return model.type;
    // OfficeDev/office-js#2180: loading custom/* over a collection fails when other kinds of rules are present.
    throw new FakeOfficeError('InvalidArgument', `the fake does not model ConditionalFormat.${property}`);
  }

  getRanges(): ApiRangeAreas {
    const ctx = this.ctx;
    const target = () => this.target('getRanges');
    let address: string | undefined;
    const areas: ApiRangeAreas = {
      get address(): string {
        if (address === undefined) throw new FakeOfficeError('PropertyNotLoaded', 'RangeAreas.address');
        return address;
      },
      load(propertyNames: string) {
        void propertyNames;
        ctx.enqueue(() => {
          const { sheet, model } = target();
          if (model.unreadable)
            throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
          // RangeAreas.address: "Sheet1!A1:B4, Sheet1!D1:D4".
          address = model.areas.map((a) => `${quoteSheet(sheet.name)}!${a1(a)}`).join(', ');
        });
        return areas;
      },
      conditionalFormats: new FakeConditionalFormats(ctx, () => {
        const { sheet, model } = target();
        return { sheet, areas: model.areas };
      }),
    };
    return areas;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { sheet, model } = this.target('delete');
      refuseIfProtected(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== model);
    });
  }
}

class FakeNamedItemCollection extends Proxy implements ApiNamedItemCollection {
  get items(): ApiNamedItem[] {
    return this.read<ApiNamedItem[]>('items');
  }

  load(propertyNames: string): FakeNamedItemCollection {
    void propertyNames; // only `name` is modelled
    this.ctx.enqueue(() =>
      this.setLoaded(
        'items',
        [...this.ctx.model.names.keys()].map((name) => ({ name })),
      ),
    );
    return this;
  }

  add(name: string, reference: string, comment = ''): ApiNamedItem {
    this.ctx.enqueue(() => {
      if ([...this.ctx.model.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `name ${name}`);
      }
      if (!reference.startsWith('='))
        throw new FakeOfficeError('InvalidArgument', `reference ${reference} is not a formula`);
      this.ctx.model.names.set(name, { reference, comment });
    });
    return { name };
  }
}

// ---- addresses ----

export function a1(rect: Rect): string {
  if (rect.rows === MAX_ROWS && rect.cols === MAX_COLS) return `1:${MAX_ROWS}`;
  const first = `${columnLetter(rect.col)}${rect.row + 1}`;
  const last = `${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${last}`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `B2`, `A1:C3`, `$A$2:$A$1000`, `A:A`, `1:1` (no sheet part). */
export function parseAddress(address: string): Rect {
  const text = address.replace(/\$/g, '').toUpperCase();
  const cell = /^([A-Z]+)(\d+)$/;
  const [from, to = from] = text.split(':') as [string, string?];
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (a && b) {
    const row = Number(a[2]) - 1;
    const col = columnIndex(a[1] as string);
    return { row, col, rows: Number(b[2]) - row, cols: columnIndex(b[1] as string) - col + 1 };
  }
  if (/^[A-Z]+$/.test(from) && /^[A-Z]+$/.test(to)) {
    const col = columnIndex(from);
    return { row: 0, col, rows: MAX_ROWS, cols: columnIndex(to) - col + 1 };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const row = Number(from) - 1;
    return { row, col: 0, rows: Number(to) - row, cols: MAX_COLS };
  }
  throw new FakeOfficeError('InvalidArgument', `address ${address}`);
}

function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

/** What is left of a validation after clearing `cut` out of it: up to four rectangles. */
function subtract(v: ValidationModel, cut: Rect): ValidationModel[] {
  const r = v.rect;
  if (!overlaps(r, cut)) return [v];
  const pieces: Rect[] = [];
  const top = cut.row - r.row;
  const bottom = r.row + r.rows - (cut.row + cut.rows);
  if (top > 0) pieces.push({ row: r.row, col: r.col, rows: top, cols: r.cols });
  if (bottom > 0) pieces.push({ row: cut.row + cut.rows, col: r.col, rows: bottom, cols: r.cols });
  const midRow = Math.max(r.row, cut.row);
  const midRows = Math.min(r.row + r.rows, cut.row + cut.rows) - midRow;
  const left = cut.col - r.col;
  const right = r.col + r.cols - (cut.col + cut.cols);
  if (left > 0) pieces.push({ row: midRow, col: r.col, rows: midRows, cols: left });
  if (right > 0) pieces.push({ row: midRow, col: cut.col + cut.cols, rows: midRows, cols: right });
  return pieces.map((rect) => ({ ...v, rect }));
}

/**
 * A fake context over a workbook model, the way tests and the browser host start: the pane of a
 * host with ExcelApi up to 1.`version`.
 */
export function fakeExcel(input: WorkbookInput = { sheets: {} }, version = 19): FakeContext {
  return new FakeContext(WorkbookModel.fromInput(input), new AddinInstance(version));
}

/** A co-author's pane on the same workbook: her edits reach the first pane as Remote, and back. */
export function coauthor(excel: FakeContext, version = excel.instance.version): FakeContext {
  return new FakeContext(excel.model, new AddinInstance(version));
}

/**
 * The OfficeEnvironment src/office/host.ts runs on, over the fake: every Excel.run gets a fresh
 * context of this pane that waits out cell-edit mode (delayForCellEdit); handlers are removed on
 * the context they came from; the host supports ExcelApi up to the pane's version.
 */
export function fakeOffice(
  excel: FakeContext,
  options: { readonly now?: Date; readonly preferences?: Preferences } = {},
): OfficeEnvironment & { readonly created: string[] } {
  const created: string[] = [];
  const now = options.now ?? new Date(2026, 10, 4, 9, 0);
  return {
    run: (batch) => batch(new FakeContext(excel.model, excel.instance, true)),
    runOn: (context, batch) => batch(context as unknown as FakeContext),
    supports: (name, version) =>
      name === 'ExcelApi' && Number(version.split('.')[1]) <= excel.instance.version,
    createWorkbook: async (base64) => void created.push(base64),
    now: () => now,
    ...(options.preferences ? { preferences: options.preferences } : {}),
    created,
  };
}
