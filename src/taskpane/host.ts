/**
 * What the pane needs from its host, as plain async functions. The Office implementation is
 * src/office/host.ts; tests pass their own. Components never see this: the controller
 * (./usePane) turns it into props.
 */
import type { Assessment, Day, Issue, Lang, RecordValues, WorkbookInput } from '../core';
import type { WorkbookChange } from '../office/changes';
import type { SetupReport } from '../office/setupPlan';

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
   * Whether Excel keeps the teacher's undo (Ctrl+Z) history when the add-in writes (ExcelApi 1.19);
   * before that every add-in write clears it, so marking after each edit is the teacher's choice.
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
   * Opens a new workbook (a whole .xlsx) in a new Excel window; the open workbook is not touched.
   * Hosts that cannot (Excel before API 1.8) leave it out and the pane hides what needs it.
   */
  openWorkbook?(xlsx: Uint8Array): Promise<void>;
  /** Today's date where the teacher is (pacing). */
  today(): Day;
  /**
   * Calls `onChange` with what changed after the teacher edits the workbook (typing, paste, row
   * delete) or moves the selection — the latter because picking from a data-validation dropdown
   * does not raise a change event (office-js #3888, #4066). Resolves to a function that stops
   * watching. Hosts
   * without workbook events leave it out; the pane then refreshes on focus and on request.
   */
  watch?(onChange: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
}
