/**
 * The pane's host in Office: each action is one Excel.run over the adapter (./excel.ts). The only
 * other place that names the Office globals is the entry point (src/taskpane/index.tsx).
 */
import type { Issue, Lang, RuleSet } from '../core';
import type { PaneHost, WorkbookChange } from '../host/contract';
import { localPreferences, localToday, serial } from '../host/local';
import type { SupportsApi } from './api';
import { toBase64 } from './base64';
import { selectCell, setupWorkbook, writeScoreSheet } from './excel';
import { LiveWorkbook, unwatchChanges, watchChanges } from './live';

/** Feature detection: Office.context.requirements (a missing requirements object means an old host). */
export const officeSupports: SupportsApi = (name, version) =>
  Boolean(Office.context.requirements?.isSetSupported(name, version));

export function officeHost(rules: RuleSet, lang: Lang): PaneHost {
  // Runtime.enableEvents and createWorkbook (1.8); workbook events, multi-area ranges for marks (1.9).
  const api18 = officeSupports('ExcelApi', '1.8');
  const live = officeSupports('ExcelApi', '1.9');
  const workbook = new LiveWorkbook(live);
  const queue = serial();
  const preferences = localPreferences();
  return {
    read: (changes) =>
      queue(() =>
        Excel.run((context) =>
          changes ? workbook.readChanges(context, changes) : workbook.readAll(context),
        ),
      ),
    ...(live
      ? {
          mark: (issues: readonly Issue[]) =>
            queue(() => Excel.run((context) => workbook.mark(context, issues))),
        }
      : {}),
    keepsUndo: officeSupports('ExcelApi', '1.19'),
    ...(preferences ? { preferences } : {}),
    setup: (info) =>
      queue(() =>
        Excel.run((context) => setupWorkbook(context, info, { rules, lang, supports: officeSupports })),
      ),
    writeScore: (outcome, outputLang) =>
      queue(() =>
        Excel.run((context) =>
          writeScoreSheet(context, outcome, outputLang, new Date(), { suspendEvents: api18 }),
        ),
      ),
    select: (sheet, address) => Excel.run((context) => selectCell(context, sheet, address)),
    today: () => localToday(),
    ...(api18 ? { openWorkbook: (xlsx: Uint8Array) => Excel.createWorkbook(toBase64(xlsx)) } : {}),
    ...(live
      ? {
          watch: async (onChange: (change: WorkbookChange) => void) => {
            const handlers = await Excel.run((context) => watchChanges(context, onChange));
            const [first] = handlers;
            return async () => {
              if (first) await Excel.run(first.context, (context) => unwatchChanges(context, handlers));
            };
          },
        }
      : {}),
  };
}
