import type { CellValue, SheetRows, WorkbookInput } from './input';
import type { SheetKey } from './template';
import { SHEETS, sheetDef, TEMPLATE_VERSION } from './template';

/**
 * Plain rows in the template's layout, built from records keyed by column: what the .xlsx writer,
 * the add-in's setup, the demo and the tests all write. Header row 1, records from row 2.
 */

export type RecordValues = Readonly<Partial<Record<string, CellValue>>>;

/** 基本信息 as label/value rows under a 项目 | 内容 header. */
export const INFO_HEADER = ['项目', '内容'] as const;

export function infoRows(values: RecordValues): SheetRows {
  const def = sheetDef('info');
  return [
    [...INFO_HEADER],
    ...def.columns.map((c) => [
      c.header,
      c.key === 'templateVersion' ? (values[c.key] ?? TEMPLATE_VERSION) : (values[c.key] ?? null),
    ]),
  ];
}

/** The Excel row of a 基本信息 label as `infoRows` writes it (the defined names point at these cells). */
export function infoRowOf(key: string): number {
  const index = sheetDef('info').columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`unknown 基本信息 entry ${key}`);
  return index + 2;
}

export function tableRows(sheet: SheetKey, records: readonly RecordValues[] = []): SheetRows {
  const columns = sheetDef(sheet).columns;
  return [columns.map((c) => c.header), ...records.map((r) => columns.map((c) => r[c.key] ?? null))];
}

/** A whole workbook in template layout; sheets not given are written with their header row only. */
export function buildWorkbook(
  info: RecordValues,
  tables: Partial<Record<SheetKey, readonly RecordValues[]>>,
): WorkbookInput {
  const sheets: Record<string, SheetRows> = {};
  for (const def of SHEETS) {
    if (def.layout === 'info') sheets[def.name] = infoRows(info);
    else if (def.layout === 'table' && (def.required || tables[def.key]))
      sheets[def.name] = tableRows(def.key, tables[def.key]);
  }
  return { sheets };
}
