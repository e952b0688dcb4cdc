/**
 * Checks as the teacher types, in WPS 表格: the rows last read are kept, a change re-reads only the
 * cells it touched (one Value2), and the marks — conditional formats with the marker the Excel
 * adapter uses (src/office/marks.ts), never cell fills — follow the issues.
 *
 * ET behaviour designed for: SheetChange names the sheet and the changed range (whole rows for a
 * row deletion); picking from a validation dropdown is reported by SheetChange as in Excel's COM
 * model, but the selection trail re-reads the cell left all the same, as the Excel adapter does;
 * the add-in's own writes raise SheetChange too (there is no "trigger source"), so they are
 * dropped while the adapter writes (`Quiet`). Sheets are known by name: ET has no sheet id that
 * survives a rename, so a change on a name not read before starts a full read.
 */
import type { CellValue, Issue, Severity, WorkbookInput } from '../core';
import type { WorkbookChange } from '../host/contract';
import type { Rect } from '../office/address';
import { boundedRect } from '../office/address';
import { SelectionTrail, changeAt } from '../office/changes';
import { CELLS_PER_SYNC, isInputSheet } from '../office/excel';
import { patchRows } from '../office/live';
import type { SheetMarks } from '../office/marks';
import { MARK_FORMULA, MARK_STYLE, SEVERITIES, markSeverity, marksOf } from '../office/marks';
import type { EtApplicationApi, EtFormatConditionsApi, EtSheetListener, EtWorksheetApi } from './et';
import { EXPRESSION_CONDITION } from './et';
import { bgr, cellOf, gridOf, readWorkbook, rowsOfRange } from './workbook';

/**
 * The add-in's own writes, with events off: Application.EnableEvents is switched off around them
 * (as Excel's COM model honours it), and whatever SheetChange still arrives meanwhile is dropped.
 */
export class Quiet {
  private depth = 0;

  get writing(): boolean {
    return this.depth > 0;
  }

  run<T>(app: EtApplicationApi, write: () => T): T {
    const before = app.EnableEvents;
    this.depth++;
    app.EnableEvents = false;
    try {
      return write();
    } finally {
      app.EnableEvents = before;
      this.depth--;
    }
  }
}

/** Our rules of one sheet, by severity; null = not known (found or copied), rewrite at the next mark. */
type MarkState = Record<Severity, readonly string[]> | null;

const sameAreas = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The longest address text COM's Range() takes (as Excel's: longer ones raise run-time error 1004). */
const ADDRESS_LIMIT = 255;

/** Areas joined into Range() addresses (`B3,D5:D7`) of at most ADDRESS_LIMIT characters each. */
export function addressGroups(areas: readonly string[]): string[] {
  const groups: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current !== '' && current.length + 1 + area.length > ADDRESS_LIMIT) {
      groups.push(current);
      current = '';
    }
    current = current === '' ? area : `${current},${area}`;
  }
  if (current !== '') groups.push(current);
  return groups;
}

/** Whether a rule list holds one of our marks (by the marker in its formula). */
function holdsMark(formats: EtFormatConditionsApi): boolean {
  for (let i = 1; i <= formats.Count; i++) {
    const format = formats.Item(i);
    if (format.Type === EXPRESSION_CONDITION && markSeverity(format.Formula1) !== null) return true;
  }
  return false;
}

/** Deletes every mark of the add-in on a sheet (from the end: the collection renumbers as it shrinks). */
function deleteMarks(sheet: EtWorksheetApi): void {
  const formats = sheet.Cells.FormatConditions;
  for (let i = formats.Count; i >= 1; i--) {
    const format = formats.Item(i);
    if (format.Type === EXPRESSION_CONDITION && markSeverity(format.Formula1) !== null) format.Delete();
  }
}

export class WpsLiveWorkbook {
  private input: WorkbookInput | null = null;
  private inputSheets = new Set<string>();
  private marks = new Map<string, MarkState>();

  /** Reads every sheet the core needs; marks already known stay known (no rewrite on every focus). */
  readAll(app: EtApplicationApi): WorkbookInput {
    const read = readWorkbook(app);
    this.inputSheets = new Set(read.sheets);
    for (const name of this.marks.keys()) if (!this.inputSheets.has(name)) this.marks.delete(name);
    for (const name of read.sheets) if (!this.marks.has(name)) this.marks.set(name, null);
    this.input = read.input;
    return read.input;
  }

  /** Re-reads what the changes touched and patches the rows kept from before. */
  readChanges(app: EtApplicationApi, changes: readonly WorkbookChange[]): WorkbookInput {
    const input = this.input;
    const workbook = app.ActiveWorkbook;
    if (input === null || workbook === null || changes.some((c) => c.kind === 'all'))
      return this.readAll(app);
    const ours = changes.filter((c): c is Exclude<WorkbookChange, { kind: 'all' }> => c.kind !== 'all');
    try {
      const sheets: Record<string, readonly (readonly CellValue[])[]> = { ...input.sheets };
      const whole = new Set<string>();
      const cells: { name: string; address: string; rect: Rect }[] = [];
      for (const c of ours) {
        const name = c.worksheetId;
        if (!this.inputSheets.has(name)) {
          // A sheet renamed or added into the template since the last full read, or one not ours.
          if (isInputSheet(name)) return this.readAll(app);
          continue;
        }
        const rect = c.kind === 'cells' ? boundedRect(c.address) : null;
        if (c.kind === 'cells' && rect && rect.rows * rect.cols <= CELLS_PER_SYNC)
          cells.push({ name, address: c.address, rect });
        else whole.add(name);
      }
      for (const name of whole) {
        sheets[name] = rowsOfRange(workbook.Worksheets.Item(name).UsedRange);
        this.marks.set(name, null);
      }
      for (const { name, address, rect } of cells) {
        if (whole.has(name)) continue;
        const range = workbook.Worksheets.Item(name).Range(address);
        // patchRows takes Office's '' for an empty cell; error values go through as the core's errors.
        const values = gridOf(range.Value2).map((line) => line.map((v) => cellOf(v) ?? ''));
        sheets[name] = patchRows(sheets[name] ?? [], rect, values as (string | number | boolean)[][]);
        // ET copies conditional formats with pasted cells: a copy of our mark there is rewritten.
        if (holdsMark(range.FormatConditions)) this.marks.set(name, null);
      }
      this.input = { ...input, sheets };
      return this.input;
    } catch {
      // A sheet deleted or renamed under us: start again from the whole workbook.
      return this.readAll(app);
    }
  }

  /** Brings the marks in line with the issues: only sheets whose marked cells changed are rewritten. */
  mark(app: EtApplicationApi, issues: readonly Issue[]): void {
    const workbook = app.ActiveWorkbook;
    if (!workbook) return;
    const wanted = marksOf(issues);
    for (const name of this.inputSheets) {
      const want: SheetMarks = wanted.get(name) ?? { error: [], warning: [] };
      const have = this.marks.get(name) ?? null;
      if (have && SEVERITIES.every((s) => sameAreas(have[s], want[s]))) continue;
      const sheet = workbook.Worksheets.Item(name);
      deleteMarks(sheet);
      for (const severity of SEVERITIES) {
        for (const group of addressGroups(want[severity])) {
          const format = sheet
            .Range(group)
            .FormatConditions.Add(EXPRESSION_CONDITION, undefined, MARK_FORMULA[severity]);
          format.Interior.Color = bgr(MARK_STYLE[severity].fill);
          format.Font.Color = bgr(MARK_STYLE[severity].font);
        }
      }
      this.marks.set(name, { error: want.error, warning: want.warning });
    }
  }
}

/**
 * Listens to changes and selection moves on every sheet (ApiEvent SheetChange and
 * SheetSelectionChange); changes while the add-in writes are dropped. Returns the function that
 * stops listening.
 */
export function watchChanges(
  app: EtApplicationApi,
  onChange: (change: WorkbookChange) => void,
  quiet: Quiet,
): () => void {
  const trail = new SelectionTrail();
  const changed: EtSheetListener = (sheet, target) => {
    if (quiet.writing) return;
    onChange(changeAt(sheet.Name, target.Address(false, false)));
  };
  const selected: EtSheetListener = (sheet, target) => {
    const change = trail.left({ worksheetId: sheet.Name, address: target.Address(false, false) });
    if (change && !quiet.writing) onChange(change);
  };
  app.ApiEvent.AddApiEventListener('SheetChange', changed);
  app.ApiEvent.AddApiEventListener('SheetSelectionChange', selected);
  return () => {
    app.ApiEvent.RemoveApiEventListener('SheetChange', changed);
    app.ApiEvent.RemoveApiEventListener('SheetSelectionChange', selected);
  };
}
