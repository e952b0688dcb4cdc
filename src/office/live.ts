/**
 * Checks as the teacher types: the adapter side. It keeps the last rows it read, re-reads only
 * what a change touched, and keeps the cell marks (./marks.ts) in step with the issues.
 *
 * Budgets (asserted in test/office/live.test.ts): a full read is 3 syncs; one edited row, or a
 * 1,000-row paste, is 1 sync to read the changed cells, then marking looks at the changed sheet's
 * rules (2 syncs) and rewrites them only when its marked cells differ (1 more). The core then
 * re-checks everything in memory (≈14 ms for a 2,000-row workbook), which is cheaper and surer than
 * working out which rows depend on a changed roster or 基本信息 cell.
 *
 * Excel behaviour designed for: change events carry `details` only for single-cell edits, so the
 * changed range is re-read instead; picking from a data-validation dropdown raises no change event,
 * so the cell the selection just left is re-read too; the add-in's own writes are dropped (by
 * triggerSource where Excel gives it, by switching events off around bulk writes everywhere).
 */
import type { CellValue, Issue, SheetRows, WorkbookInput } from '../core';
import type { Rect } from './address';
import { areasOf, boundedRect } from './address';
import type { ApiEventHandlerResult, ExcelContext, RangeValue } from './api';
import type { WorkbookChange } from '../host/contract';
import { SelectionTrail, changeOf } from './changes';
import { CELLS_PER_SYNC, readInputSheets, readSheetsAndRects } from './excel';
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

/** One sheet's marks as cells, `col,row` sorted: two sets of areas that cover the same cells compare equal. */
function cellsKey(areas: readonly string[]): string {
  const cells: string[] = [];
  for (const area of areas) {
    const rect = boundedRect(area);
    if (!rect) continue;
    for (let c = rect.col; c < rect.col + rect.cols; c++)
      for (let r = rect.row; r < rect.row + rect.rows; r++) cells.push(`${c},${r}`);
  }
  return cells.sort().join(';');
}

function sameMarks(a: SheetMarks | undefined, b: SheetMarks | undefined): boolean {
  return SEVERITIES.every((s) => cellsKey(a?.[s] ?? []) === cellsKey(b?.[s] ?? []));
}

const NO_MARKS: SheetMarks = { error: [], warning: [] };

/** Office's error code when the teacher is typing in a cell: the batch did nothing and can be sent again later. */
export function isCellEditMode(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'InvalidOperationInCellEditMode';
}

const isItemNotFound = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ItemNotFound';

/** Why marking stopped: the pane shows it once; reading and the list go on without marks. */
export class MarkingStopped extends Error {
  constructor(reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'MarkingStopped';
  }
}

export class LiveWorkbook {
  private input: WorkbookInput | null = null;
  /** The sheets the core reads, by id (events name sheets by id). */
  private inputSheets = new Map<string, SheetRef>();
  /** Every other sheet's id: their changes are not ours to check. */
  private otherSheets = new Set<string>();
  /** The marks each sheet had when it was last looked at, by sheet id; missing = not known. */
  private known = new Map<string, SheetMarks>();
  /** Sheets changed since their marks were last looked at: Excel moves, stretches and copies rules with cells. */
  private changed = new Set<string>();
  /** Off when the host cannot mark, or once marking failed (see `mark`). */
  private marking: boolean;
  /** The last read was of a co-author's edits only: this pane leaves the marks to the pane of whoever edited. */
  private remoteOnly = false;

  /** `canMark`: the host has the APIs marks need (conditional formats over several areas, ExcelApi 1.9). */
  constructor(canMark: boolean) {
    this.marking = canMark;
  }

  /**
   * Reads every sheet the core needs (3 syncs). Conditional formats are not touched here: a rule
   * Excel cannot describe must never keep the teacher from her score (see `mark`). Until it
   * succeeds the rows read before are forgotten, so a failed read is never patched later.
   */
  async readAll(context: ExcelContext): Promise<WorkbookInput> {
    this.input = null;
    this.remoteOnly = false;
    const read = await readInputSheets(context);
    this.inputSheets = new Map(read.sheets.map((s) => [s.id, { id: s.id, name: s.name }]));
    this.otherSheets = new Set(read.others.map((s) => s.id));
    this.known.clear();
    this.changed = new Set(this.inputSheets.keys());
    this.input = read.input;
    return read.input;
  }

  /**
   * Re-reads what the changes touched and patches the rows kept from before; no sync when nothing
   * of ours changed. If the read fails (the teacher is typing in a cell, a sheet went away), the
   * kept rows are dropped, so the next read is a full one and no change is lost.
   */
  async readChanges(context: ExcelContext, changes: readonly WorkbookChange[]): Promise<WorkbookInput> {
    const input = this.input;
    if (input === null || changes.some((c) => c.kind === 'all')) return this.readAll(context);
    const ours = changes.filter((c) => c.kind !== 'all' && !this.otherSheets.has(c.worksheetId));
    // A sheet we have not seen was added (or renamed into the template) since the last full read.
    if (ours.some((c) => c.kind !== 'all' && !this.inputSheets.has(c.worksheetId)))
      return this.readAll(context);
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
    this.remoteOnly = ours.every((c) => c.kind !== 'all' && c.remote === true);
    if (whole.size === 0 && cells.size === 0) return input;
    const sheetOf = (ref: SheetRef) => context.workbook.worksheets.getItem(ref.id);
    const wholeRefs = [...whole.values()];
    const wanted = [...cells.values()];
    let read: { rows: SheetRows[]; values: RangeValue[][][] };
    try {
      read = await readSheetsAndRects(
        context,
        wholeRefs.map(sheetOf),
        wanted.map(({ ref, rect }) => ({ sheet: sheetOf(ref), rect })),
      );
    } catch (error) {
      this.input = null;
      // In cell-edit mode nothing can be read now; the next read (a full one) catches up.
      if (isCellEditMode(error)) throw error;
      // A sheet deleted or renamed under us: start again from the whole workbook.
      return this.readAll(context);
    }
    const sheets = { ...input.sheets };
    wholeRefs.forEach((ref, i) => (sheets[ref.name] = read.rows[i] ?? []));
    wanted.forEach(({ ref, rect }, i) => {
      sheets[ref.name] = patchRows(sheets[ref.name] ?? [], rect, read.values[i] ?? []);
    });
    for (const ref of [...wholeRefs, ...wanted.map((w) => w.ref)]) this.changed.add(ref.id);
    this.input = { ...input, sheets };
    return this.input;
  }

  /**
   * Brings the marks in line with the issues, on the sheets whose marks may differ: those just
   * changed, and those whose issues moved. Their rules are looked at afresh every time — the
   * kinds (1 sync), then each custom rule's formula and areas (1 sync) — and only a severity whose
   * marked cells differ is rewritten (1 sync): our rules of it deleted, the new ones added.
   *
   * Excel numbers a sheet's rules by priority, so a number names another rule as soon as one is
   * added or removed: rules are recognised by their marker formula, and deleted lowest priority
   * first, before the new ones go on top, so that no deletion shifts the next.
   *
   * After a read of a co-author's edits only, nothing is written: two panes on one workbook never
   * rewrite each other's marks, and the marks follow whoever edits. Any failure (a protected
   * sheet, a rule whose properties Excel cannot give) stops marking for this session: the
   * rejection is a MarkingStopped, for the pane to say so once; later calls do nothing.
   */
  async mark(context: ExcelContext, issues: readonly Issue[]): Promise<void> {
    if (!this.marking || this.remoteOnly) return;
    const wanted = marksOf(issues);
    const check = [...this.inputSheets.values()].filter(
      (ref) => this.changed.has(ref.id) || !sameMarks(this.known.get(ref.id), wanted.get(ref.name)),
    );
    if (check.length === 0) return;
    try {
      await this.rewrite(context, check, wanted);
    } catch (error) {
      // The teacher is typing in a cell: nothing was written; the sheets stay to be looked at.
      if (isCellEditMode(error)) return;
      // A sheet (or one of its rules) went away under us: the next read is a full one, and the
      // marks are looked at afresh after it.
      if (isItemNotFound(error)) {
        this.input = null;
        return;
      }
      this.marking = false;
      throw new MarkingStopped(error);
    }
  }

  private async rewrite(
    context: ExcelContext,
    refs: readonly SheetRef[],
    wanted: ReadonlyMap<string, SheetMarks>,
  ): Promise<void> {
    const sheets = refs.map((ref) => {
      const sheet = context.workbook.worksheets.getItem(ref.id);
      return { ref, sheet, formats: sheet.getRange().conditionalFormats.load('items/type') };
    });
    await context.sync();
    // One custom rule at a time: Excel refuses custom properties over a collection holding other kinds.
    const customs = sheets.map(({ formats }) =>
      formats.items.flatMap((format, position) =>
        format.type === 'Custom'
          ? [
              {
                format,
                position,
                rule: format.custom.rule.load('formula'),
                areas: format.getRanges().load('address'),
              },
            ]
          : [],
      ),
    );
    if (customs.some((list) => list.length > 0)) await context.sync();
    let writes = 0;
    sheets.forEach(({ ref, sheet }, i) => {
      const ours = (customs[i] ?? []).flatMap((c) => {
        const severity = markSeverity(c.rule.formula);
        return severity ? [{ ...c, severity, cells: areasOf(c.areas.address) }] : [];
      });
      const want = wanted.get(ref.name) ?? NO_MARKS;
      const stale = SEVERITIES.filter(
        (severity) =>
          cellsKey(ours.filter((o) => o.severity === severity).flatMap((o) => o.cells)) !==
          cellsKey(want[severity]),
      );
      const deleted = ours.filter((o) => stale.includes(o.severity)).sort((a, b) => b.position - a.position);
      for (const { format } of deleted) format.delete();
      for (const severity of stale) {
        for (const group of formatGroups(want[severity])) {
          const format = sheet.getRanges(group).conditionalFormats.add('Custom');
          format.custom.rule.formula = MARK_FORMULA[severity];
          format.custom.format.fill.color = MARK_STYLE[severity].fill;
          format.custom.format.font.color = MARK_STYLE[severity].font;
        }
      }
      writes += deleted.length + stale.length;
    });
    if (writes > 0) await context.sync();
    for (const { ref } of sheets) {
      this.known.set(ref.id, wanted.get(ref.name) ?? NO_MARKS);
      this.changed.delete(ref.id);
    }
  }
}

/**
 * Listens to changes and selection moves on every sheet (ExcelApi 1.9): 1 sync. Changes made by
 * this add-in itself are dropped here, so its own writes never start a re-check loop.
 */
export async function watchChanges(
  context: ExcelContext,
  onChange: (change: WorkbookChange) => void,
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
  await context.sync();
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
