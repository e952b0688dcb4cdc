/**
 * What the pane needs from its host, as plain async functions. The Office implementation is
 * src/office/host.ts; tests pass their own. Components never see this: the controller
 * (./usePane) turns it into props.
 */
import type { Assessment, Day, Lang, RecordValues, WorkbookInput } from '../core';
import type { SetupReport } from '../office/setupPlan';

export interface PaneHost {
  /** Every sheet the core needs, as rows from A1. */
  read(): Promise<WorkbookInput>;
  /** Creates or repairs the template in the open workbook; `info` fills blank 基本信息 entries. */
  setup(info: RecordValues): Promise<SetupReport>;
  /** Rewrites the 评分 sheet. */
  writeScore(outcome: Assessment, lang: Lang): Promise<void>;
  /** Selects a cell and brings its sheet to the front. */
  select(sheet: string, address: string): Promise<void>;
  /** Today's date where the teacher is (pacing). */
  today(): Day;
}
