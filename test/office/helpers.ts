import type { CellValue, WorkbookInput } from '../../src/core';
import type { SupportsApi } from '../../src/office/api';
import type { SheetModel, WorkbookModel } from './fakeExcel';

/** A host with every requirement set up to `max` (ExcelApi 1.x). */
export function supportsUpTo(max: number): SupportsApi {
  return (_name, version) => Number(version.split('.')[1]) <= max;
}

/** Everything the fake holds, as plain sorted data: equal snapshots = nothing changed. */
export function modelState(model: WorkbookModel): unknown {
  return {
    sheets: model.sheets.map(sheetState),
    names: [...model.names.entries()].sort(([a], [b]) => a.localeCompare(b)),
  };
}

function sheetState(sheet: SheetModel): unknown {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells: [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    widths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
    validations: sheet.validations.map((v) => JSON.stringify(v)).sort(),
    frozenRows: sheet.frozenRows,
    printTitleRows: sheet.printTitleRows,
  };
}

/** Every non-blank cell of a workbook input as `sheet!row,col` → value, the way the fake stores it. */
export function filledCells(input: WorkbookInput): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const [name, rows] of Object.entries(input.sheets)) {
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined && value !== '')
          cells.set(`${name}!${r},${c}`, value instanceof Date ? value.toISOString().slice(0, 10) : value);
      }),
    );
  }
  return cells;
}

/** The header row (row 1) of a sheet in the fake. */
export function headerOf(model: WorkbookModel, sheet: string): string[] {
  const rows = model.sheet(sheet)?.rows() ?? [];
  return (rows[0] ?? []).map((v) => (v === null || v === undefined ? '' : String(v)));
}
