/**
 * The .xlsx reader and writers (exceljs), loaded only when the teacher asks for a file — new term,
 * blank template, printable forms, the counsellor's summary — so the pane opens without them
 * (webpack puts this import in a chunk of its own; the initial bundle stays small).
 */
import type * as XlsxChunk from './xlsxChunk';

export type XlsxModule = typeof XlsxChunk;

let loading: Promise<XlsxModule> | null = null;

export function loadXlsx(): Promise<XlsxModule> {
  loading ??= import(/* webpackChunkName: "xlsx" */ './xlsxChunk').catch((error: unknown) => {
    // A failed chunk load (e.g. the add-in's server unreachable) may succeed on the next try.
    loading = null;
    throw error;
  });
  return loading;
}
