/**
 * The pane's host in Office: each action is one Excel.run over the adapter (./excel.ts). The only
 * other place that names the Office globals is the entry point (src/taskpane/index.tsx).
 */
import type { Day, Lang, RuleSet } from '../core';
import { dayFromParts } from '../core';
import type { PaneHost } from '../taskpane/host';
import type { SupportsApi } from './api';
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
  };
}
