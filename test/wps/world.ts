/** The WPS host over the ET fake, as the shared host suite (test/host/behaviour.ts) drives it. */
import type { WorkbookInput } from '../../src/core';
import { DEFAULT_RULE_SET } from '../../src/core';
import { MARK_STYLE } from '../../src/office/marks';
import { wpsHost } from '../../src/wps/host';
import { bgr } from '../../src/wps/workbook';
import type { HostWorld } from '../host/behaviour';
import { FakeEt, etState } from './fakeEt';

/** The teacher's own fill in tests: yellow, BGR. */
export const OWN_FILL = bgr('#FFFF00');

export function wpsWorld(input: WorkbookInput): HostWorld & { readonly app: FakeEt } {
  const app = new FakeEt(input);
  return {
    app,
    host: wpsHost(app, DEFAULT_RULE_SET, 'zh-CN'),
    enter: async (sheet, address, values) => app.enter(sheet, address, values),
    paint: (sheet, row, col) => {
      app.sheet(sheet).touch(row, col).fill = OWN_FILL;
    },
    seen: (sheet, row, col) => {
      const fill = app.sheet(sheet).displayFill(row, col);
      if (fill === null) return null;
      if (fill === bgr(MARK_STYLE.error.fill)) return 'error';
      if (fill === bgr(MARK_STYLE.warning.fill)) return 'warning';
      return 'own';
    },
    state: () => etState(app),
    filled: () => {
      const cells = new Map<string, unknown>();
      for (const sheet of app.model.sheets)
        for (const [key, cell] of sheet.cells)
          if (cell.value !== undefined) cells.set(`${sheet.name}!${key}`, cell.value);
      return cells;
    },
    cellsRead: () => {
      const read = app.cellsRead;
      app.cellsRead = 0;
      return read;
    },
  };
}
