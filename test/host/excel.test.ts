/**
 * The shared host suite (./behaviour.ts) against the Excel adapter over the Office fake, with the
 * adapter's functions put together as src/office/host.ts does, minus Office's globals.
 */
import type { WorkbookInput } from '../../src/core';
import type { PaneHost } from '../../src/host/contract';
import { setupWorkbook, writeScoreSheet } from '../../src/office/excel';
import { LiveWorkbook, unwatchChanges, watchChanges } from '../../src/office/live';
import { MARK_STYLE } from '../../src/office/marks';
import { fakeExcel } from '../office/fakeExcel';
import { modelState, supportsUpTo } from '../office/helpers';
import type { HostWorld } from './behaviour';
import { describeHostBehaviour } from './behaviour';

const OWN_FILL = '#FFFF00';

function excelWorld(input: WorkbookInput): HostWorld {
  const excel = fakeExcel(input);
  const live = new LiveWorkbook(true);
  const supports = supportsUpTo(19);
  const host: PaneHost = {
    read: (changes) => (changes ? live.readChanges(excel, changes) : live.readAll(excel)),
    mark: (issues) => live.mark(excel, issues),
    setup: (info) => setupWorkbook(excel, info, { supports }),
    writeScore: (outcome, lang) => writeScoreSheet(excel, outcome, lang, new Date(), { suspendEvents: true }),
    select: async () => undefined,
    today: () => {
      throw new Error('not used');
    },
    watch: async (onChange) => {
      const handlers = await watchChanges(excel, onChange);
      return () => unwatchChanges(excel, handlers);
    },
  };
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
