/**
 * What the pane needs from its host, as plain async functions and plain data. The pane
 * (src/taskpane) depends on this module only; each host adapter (src/office for Excel, src/wps for
 * WPS 表格) implements it. Components never see a host: the controller (src/taskpane/usePane.ts)
 * turns it into props. Nothing here names a host's globals.
 */
import type { Assessment, Day, Issue, Lang, RecordValues, WorkbookInput } from '../core';

/**
 * What changed: everything (focus, refresh), a whole sheet (rows deleted, sorted), or some cells.
 * `worksheetId` is the host's stable id of the sheet (it survives a rename). `remote`: a
 * co-author's edit, re-read but left for the co-author's own pane to mark.
 */
export type WorkbookChange =
  | { readonly kind: 'all' }
  | { readonly kind: 'sheet'; readonly worksheetId: string; readonly remote?: true }
  | {
      readonly kind: 'cells';
      readonly worksheetId: string;
      readonly address: string;
      readonly remote?: true;
    };

export const EVERYTHING: WorkbookChange = { kind: 'all' };

/** What setup added, for the pane to show. Empty lists everywhere = the workbook was complete. */
export interface SetupReport {
  /** The workbook had no template sheet with data: everything was created. */
  readonly created: boolean;
  readonly sheets: readonly string[];
  readonly columns: readonly { readonly sheet: string; readonly columns: readonly string[] }[];
  /** 基本信息 labels whose value (or row) was filled in. */
  readonly info: readonly string[];
  readonly names: readonly string[];
  /** Columns (and 基本信息 entries) given a validation rule by this setup. */
  readonly validatedColumns: number;
  /** Template columns that had validation of another kind, left as it was. */
  readonly keptValidation: readonly { readonly sheet: string; readonly column: string }[];
  /** Features the host does not support, skipped (the rest was done). */
  readonly skipped: readonly ('validation' | 'printTitles')[];
}

/** A small key–value store of the teacher's choices (never sent anywhere). */
export interface Preferences {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface PaneHost {
  /**
   * Every sheet the core needs, as rows from A1. With `changes` (what the teacher changed since the
   * last read), a host may re-read only those cells and patch what it read before.
   */
  read(changes?: readonly WorkbookChange[]): Promise<WorkbookInput>;
  /**
   * Marks the cells of these issues in the sheets and unmarks the rest (`[]` removes every mark);
   * hosts that cannot leave it out.
   */
  mark?(issues: readonly Issue[]): Promise<void>;
  /**
   * Whether the host keeps the teacher's undo (Ctrl+Z) history when the add-in writes (Excel from
   * ExcelApi 1.19); where every add-in write clears it, marking after each edit is the teacher's
   * choice.
   */
  readonly keepsUndo?: boolean;
  /** The teacher's choices, kept on this computer only; hosts without storage leave it out. */
  readonly preferences?: Preferences;
  /** Creates or repairs the template in the open workbook; `info` fills blank 基本信息 entries. */
  setup(info: RecordValues): Promise<SetupReport>;
  /** Rewrites the 评分 sheet. */
  writeScore(outcome: Assessment, lang: Lang): Promise<void>;
  /** Selects a cell and brings its sheet to the front. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Opens a new workbook (a whole .xlsx) in a new window; the open workbook is not touched.
   * Hosts that cannot (Excel before API 1.8) leave it out and the pane hides what needs it.
   */
  openWorkbook?(xlsx: Uint8Array): Promise<void>;
  /** Today's date where the teacher is (pacing). */
  today(): Day;
  /**
   * Calls `onChange` with what changed after the teacher edits the workbook (typing, paste, row
   * delete) or moves the selection — the latter because picking from a data-validation dropdown
   * does not raise a change event (office-js #3888, #4066). Resolves to a function that stops
   * watching. Hosts without workbook events leave it out; the pane then refreshes on focus and on
   * request.
   */
  watch?(onChange: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
}
