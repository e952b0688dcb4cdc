/**
 * The pane's host in Office: each action is one Excel.run over the adapter (./excel.ts). The only
 * other place that names the Office globals is the entry point (src/taskpane/index.tsx).
 */
import type { Day, Issue, Lang, RuleSet } from '../core';
import { dayFromParts } from '../core';
import type { PaneHost, Preferences } from '../taskpane/host';
import type { SupportsApi } from './api';
import { toBase64 } from './base64';
import { selectCell, setupWorkbook, writeScoreSheet } from './excel';
import type { WorkbookChange } from './changes';
import { LiveWorkbook, unwatchChanges, watchChanges } from './live';

/** Feature detection: Office.context.requirements (a missing requirements object means an old host). */
export const officeSupports: SupportsApi = (name, version) =>
  Boolean(Office.context.requirements?.isSetSupported(name, version));

/** Today in the teacher's own time zone: a term's weeks follow the local calendar. */
export function localToday(now: Date = new Date()): Day {
  const day = dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (day === null) throw new Error(`the clock gives an invalid date: ${String(now)}`);
  return day;
}

/**
 * Runs host actions one after another: a re-check started while the previous one is still
 * reading would otherwise interleave with it over the same kept rows and marks.
 */
function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The pane's own storage (localStorage of the add-in's origin); none where the web view blocks it. */
function localPreferences(): Preferences | undefined {
  try {
    const storage = window.localStorage;
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Storage full or blocked: the choice lasts until the pane closes.
        }
      },
    };
  } catch {
    return undefined;
  }
}

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
