/** Property: whatever cells exceljs writes, the reader hands back exactly those values. */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { CellValue } from '../../src/core/input';
import { readWorkbookBuffer } from '../../src/node/readXlsx';

const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'] as const;

/** Text as a teacher types it: any printable characters, XML's special ones included (no \r, which XML turns into \n). */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<', '>', '&', '"', "'", ' ', '\n', '\t', '班', '会', '𠀋', 'é'),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 20,
});

type Written =
  | { readonly kind: 'plain'; readonly value: string | number | boolean }
  | { readonly kind: 'date'; readonly value: Date; readonly format: string }
  | { readonly kind: 'error'; readonly value: (typeof ERRORS)[number] }
  | { readonly kind: 'rich'; readonly runs: readonly string[] }
  | { readonly kind: 'formula'; readonly result: string | number | boolean };

const written: fc.Arbitrary<Written> = fc.oneof(
  fc.oneof(text, fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true })).map((value) => ({
    kind: 'plain' as const,
    value: Object.is(value, -0) ? 0 : value,
  })),
  fc
    .record({
      minutes: fc.integer({ min: 0, max: 200 * 366 * 24 * 60 }),
      format: fc.constantFrom('yyyy-mm-dd', 'yyyy-mm-dd hh:mm', 'yyyy"年"m"月"d"日"', 'mm-dd-yy'),
    })
    .map(({ minutes, format }) => ({
      kind: 'date' as const,
      value: new Date(Date.UTC(1901, 0, 1) + minutes * 60_000),
      format,
    })),
  fc.constantFrom(...ERRORS).map((value) => ({ kind: 'error' as const, value })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: 'rich' as const, runs })),
  fc
    .oneof(text, fc.boolean(), fc.integer({ min: -1e6, max: 1e6 }))
    .map((result) => ({ kind: 'formula' as const, result })),
);

function expected(cell: Written): CellValue {
  switch (cell.kind) {
    case 'plain':
    case 'date':
    case 'error':
      return cell.kind === 'error' ? { error: cell.value } : cell.value;
    case 'rich':
      return cell.runs.join('');
    case 'formula':
      return cell.result === '' ? null : cell.result; // exceljs writes <v></v>: no cached result
  }
}

function write(cell: ExcelJS.Cell, value: Written): void {
  switch (value.kind) {
    case 'plain':
      cell.value = value.value;
      break;
    case 'date':
      cell.value = value.value;
      cell.numFmt = value.format;
      break;
    case 'error':
      cell.value = { error: value.value } as ExcelJS.CellErrorValue;
      break;
    case 'rich':
      cell.value = {
        richText: value.runs.map((t, i) => (i % 2 ? { text: t, font: { bold: true } } : { text: t })),
      };
      break;
    case 'formula':
      cell.value = { formula: 'A1', result: value.result } as ExcelJS.CellFormulaValue;
      break;
  }
}

/** Without its trailing blanks (null cells, empty rows), as the reader hands rows over. */
function trimmed<T>(line: T[]): T[] {
  let end = line.length;
  while (
    end > 0 &&
    (line[end - 1] === null || (Array.isArray(line[end - 1]) && (line[end - 1] as unknown[]).length === 0))
  )
    end--;
  return line.slice(0, end);
}

const cellAt = fc.record({
  row: fc.integer({ min: 1, max: 40 }),
  column: fc.integer({ min: 1, max: 12 }),
  value: written,
});

describe('the reader reads back what exceljs wrote', () => {
  it('random cells on random sheets, in any date system', async () => {
    await fc.assert(
      fc.asyncProperty(
        // One value per cell: a cell written twice would keep the first one's date format.
        fc.array(fc.uniqueArray(cellAt, { maxLength: 30, selector: (c) => `${c.row}:${c.column}` }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        async (sheets, date1904) => {
          const workbook = new ExcelJS.Workbook();
          workbook.properties.date1904 = date1904;
          const want: Record<string, CellValue[][]> = {};
          sheets.forEach((cells, i) => {
            const name = `表${i + 1}`;
            const worksheet = workbook.addWorksheet(name);
            const grid: CellValue[][] = [];
            for (const { row, column, value } of cells) {
              write(worksheet.getCell(row, column), value);
              const line = (grid[row - 1] ??= []);
              line[column - 1] = expected(value);
            }
            want[name] = trimmed(
              Array.from(grid, (line) => trimmed(Array.from(line ?? [], (v) => v ?? null))),
            );
          });
          const input = await readWorkbookBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()), 'p.xlsx');
          expect(input.date1904).toBe(date1904);
          expect(input.sheets).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });
});
