/**
 * The pane's host in Office: each action is one Excel.run over the adapter (./excel.ts), one after
 * another. What it needs from office.js and the browser comes in as an OfficeEnvironment, so that
 * tests run this very host — its queue, its feature gating — over the Excel fake; the only other
 * place that names the Office globals is the entry point (src/taskpane/index.tsx).
 */
import type { Issue, Lang, RuleSet } from '../core';
import { officeMessages, translator } from '../core';
import type { PaneHost, Preferences, WorkbookChange } from '../host/contract';
import { localPreferences, localToday, serial } from '../host/local';
import type { ExcelContext, SupportsApi } from './api';
import { toBase64 } from './base64';
import { SheetHiddenError, officeContext, selectCell, setupWorkbook, writeScoreSheet } from './excel';
import { LiveWorkbook, MarkingStopped, unwatchChanges, watchChanges } from './live';

/** What the Office host uses of office.js and of the page. */
export interface OfficeEnvironment {
  /** Excel.run: one batch on a fresh context. */
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  /** Excel.run on an earlier context: Office removes event handlers only on the context that added them. */
  runOn<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: { sync(): Promise<unknown> }) => Promise<T>,
  ): Promise<T>;
  readonly supports: SupportsApi;
  /** Excel.createWorkbook (ExcelApi 1.8): opens an .xlsx, as base64, in a new window. */
  createWorkbook(base64: string): Promise<void>;
  now(): Date;
  readonly preferences?: Preferences;
}

/** Feature detection: Office.context.requirements (a missing requirements object means an old host). */
export const officeSupports: SupportsApi = (name, version) =>
  Boolean(Office.context.requirements?.isSetSupported(name, version));

/**
 * office.js as the add-in runs in it. Every batch waits while the teacher is editing a cell
 * (delayForCellEdit): without it, Excel fails a batch sent then, and re-checks start 0.6 s after
 * the last edit — typically while she is typing in the next cell.
 */
export function officeEnvironment(): OfficeEnvironment {
  const preferences = localPreferences();
  return {
    run: (batch) => Excel.run({ delayForCellEdit: true }, (context) => batch(officeContext(context))),
    runOn: (context, batch) => Excel.run(context, batch),
    supports: officeSupports,
    createWorkbook: (base64) => Excel.createWorkbook(base64),
    now: () => new Date(),
    ...(preferences ? { preferences } : {}),
  };
}

export function officeHost(
  rules: RuleSet,
  lang: Lang,
  env: OfficeEnvironment = officeEnvironment(),
): PaneHost {
  const t = translator(officeMessages, lang);
  // Runtime.enableEvents and createWorkbook (1.8); workbook events, multi-area ranges for marks (1.9).
  const api18 = env.supports('ExcelApi', '1.8');
  const live = env.supports('ExcelApi', '1.9');
  const workbook = new LiveWorkbook(live);
  const queue = serial();
  const { run, supports } = env;
  return {
    read: (changes) =>
      queue(() =>
        run((context) => (changes ? workbook.readChanges(context, changes) : workbook.readAll(context))),
      ),
    ...(live
      ? {
          mark: (issues: readonly Issue[]) =>
            queue(() =>
              run((context) => workbook.mark(context, issues)).catch((error: unknown) => {
                throw error instanceof MarkingStopped
                  ? new Error(t('marksStopped', { message: error.message }))
                  : error;
              }),
            ),
        }
      : {}),
    keepsUndo: supports('ExcelApi', '1.19'),
    ...(env.preferences ? { preferences: env.preferences } : {}),
    setup: (info) => queue(() => run((context) => setupWorkbook(context, info, { rules, lang, supports }))),
    writeScore: (outcome, outputLang) =>
      queue(() =>
        run((context) => writeScoreSheet(context, outcome, outputLang, env.now(), { suspendEvents: api18 })),
      ),
    select: (sheet, address) =>
      run((context) => selectCell(context, sheet, address)).catch((error: unknown) => {
        throw error instanceof SheetHiddenError ? new Error(t('sheetHidden', { sheet: error.sheet })) : error;
      }),
    today: () => localToday(env.now()),
    ...(api18 ? { openWorkbook: (xlsx: Uint8Array) => env.createWorkbook(toBase64(xlsx)) } : {}),
    ...(live
      ? {
          watch: async (onChange: (change: WorkbookChange) => void) => {
            const handlers = await run((context) => watchChanges(context, onChange));
            const [first] = handlers;
            return async () => {
              if (first) await env.runOn(first.context, (context) => unwatchChanges(context, handlers));
            };
          },
        }
      : {}),
  };
}
