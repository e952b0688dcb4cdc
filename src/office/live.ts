/**
 * Checks as the teacher types: the adapter side. It keeps the last rows it read, re-reads
 * only what a change touched, and keeps the cell marks (./marks.ts) in step with the issues.
 *
 * Budgets (asserted in test/office/live.test.ts): one edited row is 2 syncs — read the changed
 * cells, write the marks — and a 1,000-row paste is the same 2; a full read is 3. The core then
 * re-checks everything in memory (≈14 ms for a 2,000-row workbook), which is cheaper and surer than
 * working out which rows depend on a changed roster or 基本信息 cell.
 *
 * Excel behaviour designed for: change events carry `details` only for single-cell edits, so the
 * changed range is re-read instead; picking from a data-validation dropdown raises no change event
 * (office-js #3888, #4066), so the cell the selection just left is re-read too; the add-in's own
 * writes carry triggerSource ThisLocalAddin and are ignored.
 */
import type { CellValue, Issue, Severity, SheetRows, WorkbookInput } from '../core';
import type { Rect } from './address';
import { boundedRect } from './address';
import type {
  ApiConditionalFormat,
  ApiConditionalFormatCollection,
  ApiEventHandlerResult,
  ApiRange,
  ExcelContext,
  RangeValue,
} from './api';
import type { WorkbookChange } from '../host/contract';
import { SelectionTrail, changeOf } from './changes';
import type { SyncMeter } from './excel';
import { CELLS_PER_SYNC, readInputSheets, readSheetsAndRects, sync } from './excel';
import type { SheetMarks } from './marks';
import { MARK_FORMULA, MARK_STYLE, SEVERITIES, formatGroups, markSeverity, marksOf } from './marks';

/**
 * Writes values read at `rect` into rows from A1 (a new array; '' is an empty cell). Trailing
 * empty rows are dropped, so clearing a long range does not leave a long tail to re-check.
 */
export function patchRows(
  rows: SheetRows,
  rect: Rect,
  values: readonly (readonly RangeValue[])[],
): SheetRows {
  const out = rows.map((row) => [...row]);
  values.forEach((line, r) => {
    const row = (out[rect.row + r] ??= []);
    while (row.length < rect.col) row.push(null);
    line.forEach((value, c) => {
      row[rect.col + c] = value === '' ? null : (value as CellValue);
    });
  });
  for (let r = 0; r < out.length; r++) out[r] ??= [];
  const isBlank = (row: readonly CellValue[] | undefined) =>
    (row ?? []).every((v) => v === null || v === undefined || v === '');
  while (out.length > 0 && isBlank(out[out.length - 1])) out.pop();
  return out;
}

interface SheetRef {
  readonly id: string;
  readonly name: string;
}

/** The add-in's conditional formats of one severity on one sheet; `areas` null = found, not yet rewritten. */
interface MarkState {
  areas: readonly string[] | null;
  ids: string[];
}

type SheetMarkState = Record<Severity, MarkState>;

const sameAreas = (a: readonly string[] | null, b: readonly string[]) =>
  a !== null && a.length === b.length && a.every((x, i) => x === b[i]);

/** Rules to look at: over a whole sheet, or over cells just changed (where a paste may have stretched ours). */
interface FormatScan {
  readonly ref: SheetRef;
  readonly formats: ApiConditionalFormatCollection;
  readonly changed: boolean;
}

const isItemNotFound = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ItemNotFound';

export class LiveWorkbook {
  private input: WorkbookInput | null = null;
  /** The sheets the core reads, by id (events name sheets by id). */
  private inputSheets = new Map<string, SheetRef>();
  /** Every other sheet's id: their changes are not ours to check. */
  private otherSheets = new Set<string>();
  /** Our marks, by sheet id. */
  private marks = new Map<string, SheetMarkState>();
  /** Custom rules known not to be ours (the teacher's): their formulas need not be loaded again. */
  private foreign = new Set<string>();

  /** `canMark`: the host has the APIs marks need (conditional formats over several areas, ExcelApi 1.9). */
  constructor(private readonly canMark: boolean) {}

  /**
   * Reads every sheet the core needs (3 syncs), and looks for marks not known yet (one more sync
   * when there are custom rules not seen before): those an earlier session left are found here and
   * rewritten by the next `mark`.
   */
  async readAll(context: ExcelContext, meter?: SyncMeter): Promise<WorkbookInput> {
    let scan: FormatScan[] = [];
    const read = await readInputSheets(context, meter, (sheets) => {
      if (this.canMark) {
        scan = sheets.map((sheet) => ({
          ref: { id: sheet.id, name: sheet.name },
          formats: queueFormats(sheet.getRange()),
          changed: false,
        }));
      }
    });
    this.inputSheets = new Map(read.sheets.map((s) => [s.id, { id: s.id, name: s.name }]));
    this.otherSheets = new Set(read.others.map((s) => s.id));
    for (const id of this.marks.keys()) if (!this.inputSheets.has(id)) this.marks.delete(id);
    this.input = read.input;
    await this.adoptMarks(context, scan, meter);
    return read.input;
  }

  /** Re-reads what the changes touched and patches the rows kept from before; no sync when nothing of ours changed. */
  async readChanges(
    context: ExcelContext,
    changes: readonly WorkbookChange[],
    meter?: SyncMeter,
  ): Promise<WorkbookInput> {
    const input = this.input;
    if (input === null || changes.some((c) => c.kind === 'all')) return this.readAll(context, meter);
    const ours = changes.filter((c) => c.kind !== 'all' && !this.otherSheets.has(c.worksheetId));
    // A sheet we have not seen was added (or renamed into the template) since the last full read.
    if (ours.some((c) => c.kind !== 'all' && !this.inputSheets.has(c.worksheetId)))
      return this.readAll(context, meter);
    const whole = new Map<string, SheetRef>();
    const cells = new Map<string, { ref: SheetRef; rect: Rect }>();
    for (const c of ours) {
      if (c.kind === 'all') continue;
      const ref = this.inputSheets.get(c.worksheetId);
      if (!ref) continue;
      const rect = c.kind === 'cells' ? boundedRect(c.address) : null;
      // A change too big for one read (Ctrl+Shift+↓ to the last row, then Delete): the used range
      // of the sheet is what there is to read.
      if (c.kind === 'cells' && rect && rect.rows * rect.cols <= CELLS_PER_SYNC)
        cells.set(`${ref.id}!${c.address}`, { ref, rect });
      else whole.set(ref.id, ref);
    }
    for (const [key, { ref }] of cells) if (whole.has(ref.id)) cells.delete(key);
    if (whole.size === 0 && cells.size === 0) return input;
    const sheetOf = (ref: SheetRef) => context.workbook.worksheets.getItem(ref.id);
    const wholeRefs = [...whole.values()];
    const wanted = [...cells.values()];
    // The rules over what changed, loaded with the first read: Excel moves, stretches and copies
    // conditional formats with rows and pasted cells, so our marks there are rewritten.
    const scan: FormatScan[] = this.canMark
      ? [
          ...wholeRefs.map((ref) => ({ ref, formats: queueFormats(sheetOf(ref).getRange()), changed: true })),
          ...wanted.map(({ ref, rect }) => ({
            ref,
            formats: queueFormats(sheetOf(ref).getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols)),
            changed: true,
          })),
        ]
      : [];
    try {
      const sheets = { ...input.sheets };
      const { rows, values } = await readSheetsAndRects(
        context,
        wholeRefs.map(sheetOf),
        wanted.map(({ ref, rect }) => ({ sheet: sheetOf(ref), rect })),
        meter,
      );
      wholeRefs.forEach((ref, i) => (sheets[ref.name] = rows[i] ?? []));
      wanted.forEach(({ ref, rect }, i) => {
        sheets[ref.name] = patchRows(sheets[ref.name] ?? [], rect, values[i] ?? []);
      });
      this.input = { ...input, sheets };
      await this.adoptMarks(context, scan, meter);
      return this.input;
    } catch {
      // A sheet deleted or renamed under us: start again from the whole workbook.
      return this.readAll(context, meter);
    }
  }

  /**
   * Brings the marks in line with the issues: only sheets and severities whose marked cells
   * changed are rewritten — one sync, none when nothing changed. If a mark is gone (removed by
   * hand), Excel refuses the batch: the marks are looked up again and written once more. Other
   * refusals (a protected sheet) are the caller's to report.
   */
  async mark(context: ExcelContext, issues: readonly Issue[], meter?: SyncMeter): Promise<void> {
    if (!this.canMark) return;
    try {
      await this.writeMarks(context, marksOf(issues), meter);
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      this.marks.clear();
      const scan = [...this.inputSheets.values()].map((ref) => ({
        ref,
        formats: queueFormats(context.workbook.worksheets.getItem(ref.id).getRange()),
        changed: false,
      }));
      await sync(context, meter);
      await this.adoptMarks(context, scan, meter);
      await this.writeMarks(context, marksOf(issues), meter);
    }
  }

  /** `wanted` is by sheet name, as issues name their sheets. */
  private async writeMarks(
    context: ExcelContext,
    wanted: ReadonlyMap<string, SheetMarks>,
    meter: SyncMeter | undefined,
  ): Promise<void> {
    const written: { id: string; severity: Severity; areas: readonly string[]; ids: (() => string)[] }[] = [];
    for (const ref of this.inputSheets.values()) {
      const state = this.marks.get(ref.id);
      for (const severity of SEVERITIES) {
        const want = wanted.get(ref.name)?.[severity] ?? [];
        const have = state?.[severity] ?? { areas: [], ids: [] };
        if (sameAreas(have.areas, want)) continue;
        const sheet = context.workbook.worksheets.getItem(ref.id);
        const formats = sheet.getRange().conditionalFormats;
        for (const id of have.ids) formats.getItem(id).delete();
        const ids = formatGroups(want).map((group) => {
          const format = sheet.getRanges(group).conditionalFormats.add('Custom');
          format.custom.rule.formula = MARK_FORMULA[severity];
          format.custom.format.fill.color = MARK_STYLE[severity].fill;
          format.custom.format.font.color = MARK_STYLE[severity].font;
          format.load('id');
          return () => format.id;
        });
        written.push({ id: ref.id, severity, areas: want, ids });
      }
    }
    if (written.length === 0) return;
    await sync(context, meter);
    for (const { id, severity, areas, ids } of written) {
      const state = this.marks.get(id) ?? emptyMarks();
      state[severity] = { areas, ids: ids.map((formatId) => formatId()) };
      this.marks.set(id, state);
    }
  }

  /**
   * Takes loaded rules into account: one of our marks over changed cells makes its sheet's marks
   * be rewritten (Excel may have moved or stretched it); an unknown custom rule is ours if it
   * carries the marker formula (one sync to load the formulas, only when there are such rules).
   */
  private async adoptMarks(
    context: ExcelContext,
    scan: readonly FormatScan[],
    meter: SyncMeter | undefined,
  ): Promise<void> {
    const unknown: { ref: SheetRef; format: ApiConditionalFormat }[] = [];
    for (const { ref, formats, changed } of scan) {
      const state = this.marks.get(ref.id);
      for (const format of formats.items) {
        const severity = SEVERITIES.find((s) => state?.[s].ids.includes(format.id));
        if (state && severity) {
          if (changed) state[severity].areas = null;
        } else if (format.type === 'Custom' && !this.foreign.has(format.id)) unknown.push({ ref, format });
      }
    }
    if (unknown.length === 0) return;
    // office-js #2180: custom/rule cannot be loaded across a collection that holds other kinds of rule.
    const rules = unknown.map(({ format }) => format.custom.rule.load('formula'));
    await sync(context, meter);
    unknown.forEach(({ ref, format }, i) => {
      const severity = markSeverity(rules[i]?.formula ?? '');
      if (severity === null) {
        this.foreign.add(format.id);
        return;
      }
      const state = this.marks.get(ref.id) ?? emptyMarks();
      if (!state[severity].ids.includes(format.id)) {
        state[severity] = { areas: null, ids: [...state[severity].ids, format.id] };
      }
      this.marks.set(ref.id, state);
    });
  }
}

function emptyMarks(): SheetMarkState {
  return { error: { areas: [], ids: [] }, warning: { areas: [], ids: [] } };
}

/** The ids and kinds of the rules over a range (a whole sheet: `sheet.getRange()`), for the next sync. */
function queueFormats(range: ApiRange): ApiConditionalFormatCollection {
  return range.conditionalFormats.load('items/id,items/type');
}

/**
 * Listens to changes and selection moves on every sheet (ExcelApi 1.9): 1 sync. Changes made by
 * this add-in itself are dropped here, so its own writes never start a re-check loop.
 */
export async function watchChanges(
  context: ExcelContext,
  onChange: (change: WorkbookChange) => void,
  meter?: SyncMeter,
): Promise<ApiEventHandlerResult[]> {
  const trail = new SelectionTrail();
  const sheets = context.workbook.worksheets;
  const handlers = [
    sheets.onChanged.add(async (event) => {
      const change = changeOf(event);
      if (change) onChange(change);
    }),
    sheets.onSelectionChanged.add(async (event) => {
      const change = trail.left(event);
      if (change) onChange(change);
    }),
  ];
  await sync(context, meter);
  return handlers;
}

/**
 * Stops the handlers `watchChanges` added: in Office, inside an Excel.run on the context they were
 * added in (see src/office/host.ts); `context` is that context.
 */
export async function unwatchChanges(
  context: { sync(): Promise<unknown> },
  handlers: readonly ApiEventHandlerResult[],
): Promise<void> {
  handlers.forEach((handler) => handler.remove());
  await context.sync();
}
