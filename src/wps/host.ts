/**
 * The pane's host in WPS 表格 (a WPS 加载项's task pane): the same contract as Excel's
 * (src/host/contract.ts) over ET's object model. This module and its siblings are the only code
 * that names WPS's globals; the entry (src/taskpane/index.tsx) asks `wpsApplication()` whether it
 * runs in WPS.
 */
import type { Issue, Lang, RuleSet } from '../core';
import type { PaneHost, WorkbookChange } from '../host/contract';
import { localPreferences, localToday, serial } from '../host/local';
import type { EtApplicationApi } from './et';
import { Quiet, WpsLiveWorkbook, watchChanges } from './live';
import { openWorkbook, selectCell, setupWorkbook, writeScoreSheet } from './workbook';

/** ET's Application when the page runs inside WPS 表格 (a WPS 加载项), else null. */
export function wpsApplication(): EtApplicationApi | null {
  const app = (window as { Application?: Partial<EtApplicationApi> }).Application;
  return app && typeof app === 'object' && app.ApiEvent && app.Workbooks ? (app as EtApplicationApi) : null;
}

export function wpsHost(app: EtApplicationApi, rules: RuleSet, lang: Lang): PaneHost {
  const workbook = new WpsLiveWorkbook();
  const quiet = new Quiet();
  const queue = serial();
  const preferences = localPreferences();
  return {
    read: (changes) =>
      queue(async () => (changes ? workbook.readChanges(app, changes) : workbook.readAll(app))),
    mark: (issues: readonly Issue[]) => queue(async () => quiet.run(app, () => workbook.mark(app, issues))),
    // Like Excel's COM model, a script's writes are not on the teacher's undo list and may clear it
    // (not verified in WPS): marking after every edit is the teacher's choice, as in older Excel.
    keepsUndo: false,
    ...(preferences ? { preferences } : {}),
    setup: (info) => queue(async () => quiet.run(app, () => setupWorkbook(app, info, { rules, lang }))),
    writeScore: (outcome, outputLang) =>
      queue(async () => quiet.run(app, () => writeScoreSheet(app, outcome, outputLang, new Date()))),
    select: (sheet, address) => queue(async () => selectCell(app, sheet, address)),
    today: () => localToday(),
    openWorkbook: (xlsx: Uint8Array) => queue(async () => openWorkbook(app, xlsx, new Date())),
    watch: async (onChange: (change: WorkbookChange) => void) => {
      const stop = watchChanges(app, onChange, quiet);
      return async () => stop();
    },
  };
}
