/**
 * The pane's host in Office: each action is one Excel.run over the adapter (./excel.ts). The only
 * other place that names the Office globals is the entry point (src/taskpane/index.tsx).
 */
import type { Day, Lang, RuleSet } from '../core';
import { dayFromParts } from '../core';
import type { PaneHost } from '../taskpane/host';
import type { SupportsApi } from './api';
import { toBase64 } from './base64';
import { readWorkbook, selectCell, setupWorkbook, writeScoreSheet } from './excel';

/** Feature detection: Office.context.requirements (a missing requirements object means an old host). */
export const officeSupports: SupportsApi = (name, version) =>
  Boolean(Office.context.requirements?.isSetSupported(name, version));

/** Today in the teacher's own time zone: a term's weeks follow the local calendar. */
export function localToday(now: Date = new Date()): Day {
  const day = dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (day === null) throw new Error(`the clock gives an invalid date: ${String(now)}`);
  return day;
}

export function officeHost(rules: RuleSet, lang: Lang): PaneHost {
  return {
    read: () => Excel.run((context) => readWorkbook(context)),
    setup: (info) =>
      Excel.run((context) => setupWorkbook(context, info, { rules, lang, supports: officeSupports })),
    writeScore: (outcome, outputLang) =>
      Excel.run((context) => writeScoreSheet(context, outcome, outputLang, new Date())),
    select: (sheet, address) => Excel.run((context) => selectCell(context, sheet, address)),
    today: () => localToday(),
    ...(officeSupports('ExcelApi', '1.8')
      ? { openWorkbook: (xlsx: Uint8Array) => Excel.createWorkbook(toBase64(xlsx)) }
      : {}),
    ...(officeSupports('ExcelApi', '1.9') ? { watch: watchWorkbook } : {}),
  };
}

/**
 * Workbook-wide change and selection events (ExcelApi 1.9). Changes made by this add-in itself
 * (setup, the 评分 sheet) carry triggerSource ThisLocalAddin and are ignored, so our own writes
 * never start a re-check loop.
 */
async function watchWorkbook(onChange: () => void): Promise<() => Promise<void>> {
  const handlers = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const changed = sheets.onChanged.add(async (event) => {
      if (event.triggerSource !== Excel.EventTriggerSource.thisLocalAddin) onChange();
    });
    const selected = sheets.onSelectionChanged.add(async () => onChange());
    await context.sync();
    return [changed, selected];
  });
  return async () => {
    const [first] = handlers;
    if (!first) return;
    await Excel.run(first.context, async (context) => {
      handlers.forEach((handler) => handler.remove());
      await context.sync();
    });
  };
}
