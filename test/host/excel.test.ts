/**
 * The shared host suite (./behaviour.ts) against the Excel adapter over the Office fake: the
 * Office host itself (src/office/host.ts), given the fake as its office.js.
 */
import type { WorkbookInput } from '../../src/core';
import { DEFAULT_RULE_SET } from '../../src/core';
import { officeHost } from '../../src/office/host';
import { MARK_STYLE } from '../../src/office/marks';
import { fakeExcel, fakeOffice } from '../office/fakeExcel';
import { modelState } from '../office/helpers';
import type { HostWorld } from './behaviour';
import { describeHostBehaviour } from './behaviour';

const OWN_FILL = '#FFFF00';

function excelWorld(input: WorkbookInput): HostWorld {
  const excel = fakeExcel(input);
  const host = officeHost(DEFAULT_RULE_SET, 'zh-CN', fakeOffice(excel));
  const sheet = (name: string) => {
    const found = excel.model.sheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return {
    host,
    enter: (name, address, values) =>
      excel.user.enter(
        name,
        address,
        values.map((row) => row.map((v) => v ?? '')),
      ),
    paint: (name, row, col) => {
      sheet(name).touch(row, col).fill = OWN_FILL;
    },
    seen: (name, row, col) => {
      const fill = sheet(name).displayFill(row, col);
      if (fill === null) return null;
      if (fill === MARK_STYLE.error.fill) return 'error';
      if (fill === MARK_STYLE.warning.fill) return 'warning';
      return 'own';
    },
    state: () => modelState(excel.model),
    filled: () => {
      const cells = new Map<string, unknown>();
      for (const s of excel.model.sheets)
        for (const [key, cell] of s.cells) if (cell.value !== '') cells.set(`${s.name}!${key}`, cell.value);
      return cells;
    },
  };
}

describeHostBehaviour('Excel', excelWorld);
