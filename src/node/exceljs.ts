import type ExcelJS from 'exceljs';

/**
 * A new exceljs Workbook, for the writers. exceljs is loaded on first use (in the pane, as its own
 * chunk), so reading and scoring never pay for it.
 */
export async function newExcelWorkbook(): Promise<ExcelJS.Workbook> {
  // exceljs is CommonJS: its exports are `default` when a bundler or Node's ESM loader wraps it.
  const loaded = await import('exceljs');
  return new (loaded.default ?? loaded).Workbook();
}
