/**
 * `window.Application` of WPS 表格 for the built WPS add-in in chromium: the ET fake
 * (test/wps/fakeEt.ts) holding the §8 workbook, bundled (esbuild) and run before the page's own
 * scripts. `window.__fakeEt` lets the test type into the workbook and look at it; on the add-in's
 * own page (index.html) it also records the task panes the ribbon button creates.
 */
import { demoWorkbook } from '../../src/core';
import type { EtTaskPaneApi } from '../../src/wps/et';
import { FakeEt } from '../wps/fakeEt';

const app = new FakeEt(demoWorkbook());
const panes: { url: string; title: string | undefined; pane: EtTaskPaneApi }[] = [];
const storage = new Map<string, string>();

const addin = {
  CreateTaskPane(url: string, title?: string): EtTaskPaneApi {
    const pane = { ID: panes.length + 1, Visible: false, DockPosition: 0 };
    panes.push({ url, title, pane });
    return pane;
  },
  GetTaskPane(id: number): EtTaskPaneApi {
    const found = panes.find((p) => p.pane.ID === id);
    if (!found) throw new Error(`no task pane ${id}`);
    return found.pane;
  },
  PluginStorage: {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
  },
};

const probe = {
  type: (sheet: string, address: string, value: string | number) => app.enter(sheet, address, [[value]]),
  fill: (sheet: string, row: number, col: number) => app.sheet(sheet).displayFill(row, col),
  panes: () =>
    panes.map(({ url, title, pane }) => ({ url, title, visible: pane.Visible, dock: pane.DockPosition })),
};

Object.assign(app, addin);
Object.assign(globalThis, { Application: app, __fakeEt: probe });

export type FakeEtProbe = typeof probe;
