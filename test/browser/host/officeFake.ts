/**
 * The test host's stand-in for office.js: bundled (esbuild) and served at office-js/office.js in
 * place of Microsoft's script, it gives the built pane an `Office` and an `Excel` global backed by
 * the in-memory Excel fake holding a workbook — the one the page's URL fragment names
 * (./workbooks.ts; the demo workbook without one). `window.__fakeExcel` lets the test look at what the pane did (selection, syncs).
 */
import type { ExcelContext } from '../../../src/office/api';
import { FakeContext, fakeExcel } from '../../office/fakeExcel';
import { workbookFor } from './workbooks';

const excel = fakeExcel(workbookFor(location.hash), 9);
const language = new URLSearchParams(location.search).get('lang') ?? 'zh-CN';
const readyInfo = { host: 'Excel', platform: 'OfficeOnline' };

const officeStub = {
  context: {
    displayLanguage: language,
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        name === 'ExcelApi' && Number(version?.split('.')[1] ?? 0) <= excel.instance.version,
    },
  },
  onReady(callback?: (info: typeof readyInfo) => void): Promise<typeof readyInfo> {
    callback?.(readyInfo);
    return Promise.resolve(readyInfo);
  },
};

/** Workbooks the pane opened with Excel.createWorkbook, as the base64 it passed. */
const created: string[] = [];

const excelStub = {
  /** Excel.createWorkbook (ExcelApi 1.8): Office opens a new window; the fake keeps the file. */
  createWorkbook(base64?: string): Promise<void> {
    created.push(base64 ?? '');
    return Promise.resolve();
  },
  /**
   * Excel.run, in the forms the add-in calls it: with RunOptions, a fresh context of the pane per
   * batch (waiting out cell-edit mode when asked); with an earlier context, on that context.
   */
  run<T>(first: Excel.RunOptions | FakeContext, batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    if (first instanceof FakeContext) return batch(first);
    return batch(new FakeContext(excel.model, excel.instance, first.delayForCellEdit ?? false));
  },
};

const probe = {
  selection: () => excel.model.selection,
  activeSheet: () => excel.model.activeSheet,
  syncCount: () => excel.syncCount,
  sheetNames: () => excel.model.sheets.map((s) => s.name),
  createdWorkbooks: () => [...created],
  cell: (sheet: string, row: number, col: number) => excel.model.sheet(sheet)?.cell(row, col)?.value ?? null,
  /** The fill the teacher sees on a cell (0-based row and column): a mark's, or the cell's own. */
  fill: (sheet: string, row: number, col: number) => excel.model.sheet(sheet)?.displayFill(row, col) ?? null,
  /** The teacher types a value: the cell changes and Excel's change event is raised. */
  type: (sheet: string, address: string, value: string | number) =>
    void excel.user.enter(sheet, address, [[value]]),
};

Object.assign(globalThis, { Office: officeStub, Excel: excelStub, __fakeExcel: probe });

export type FakeExcelProbe = typeof probe;
