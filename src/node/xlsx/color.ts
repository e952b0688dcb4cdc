/** The template's `#RRGGBB` as SpreadsheetML's opaque `FFRRGGBB` (and exceljs's `argb`). */
export function argb(hex: string): string {
  return `FF${hex.slice(1)}`;
}
