/**
 * The printed record forms as an .xlsx (exceljs). No Node API, so the task pane's lazily loaded
 * chunk reuses it in the browser; the PDF conversion with LibreOffice is in ./pdf.ts.
 *
 * Everything about the layout comes from the core's {@link PrintBook}; this file only translates
 * it into exceljs calls: one worksheet per form, cells with their style, merged areas with the
 * border drawn on every edge cell (exceljs, like Excel, draws only the borders each cell has),
 * row heights, manual page breaks, A4 page setup fitted to the page width, print area and footer.
 */
import type ExcelJS from 'exceljs';
import { newExcelWorkbook } from './exceljs';
import type { CellStyle, PrintBook, PrintCell, PrintSheet } from '../core/forms';

/** Dark red, for records printed with `all` that have errors. */
const FLAG_COLOR = 'FFC00000';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
/** Excel's paper size code for A4. */
const A4 = 9;

export async function writeFormsXlsx(book: PrintBook): Promise<Uint8Array> {
  const workbook = await newExcelWorkbook();
  workbook.creator = '班主任工作量化记录';
  useNormalFont(workbook);
  for (const sheet of book.sheets) writeSheet(workbook, sheet, book);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The workbook's Normal font, which sets the unit of column widths. exceljs always writes
 * Calibri 11, which LibreOffice (without Carlito) replaces by the wider DejaVu Sans: every
 * column then grows by a third and fit-to-width shrinks each page to about 77 %, text included.
 * Arial 10 has Calibri 11's digit width in Excel, and LibreOffice has its metric twin
 * (Liberation Sans), so the columns measure the same in both.
 */
const NORMAL_FONT_XML = '<font><sz val="10"/><name val="Arial"/><family val="2"/></font>';

interface StylesHook {
  addStyles?: (zip: unknown, model: { styles?: { model?: { fonts?: unknown } } }) => Promise<void>;
}

/**
 * exceljs has no option for the Normal font, so this one workbook's `addStyles` step (which
 * renders xl/styles.xml) is wrapped to replace font 0 first; no global patching. If a future
 * exceljs lacks the step, the file is still right, only LibreOffice prints it smaller.
 */
function useNormalFont(workbook: ExcelJS.Workbook): void {
  const xlsx = workbook.xlsx as unknown as StylesHook;
  const original = xlsx.addStyles;
  if (typeof original !== 'function') return;
  xlsx.addStyles = function (this: unknown, zip, model) {
    const fonts = model.styles?.model?.fonts;
    if (Array.isArray(fonts) && fonts.length > 0) fonts[0] = NORMAL_FONT_XML;
    return original.call(this, zip, model);
  };
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: PrintSheet, book: PrintBook): void {
  const { setup } = sheet;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: A4,
      orientation: setup.orientation,
      fitToPage: true,
      fitToWidth: setup.fitToWidth,
      fitToHeight: setup.fitToHeight,
      horizontalCentered: setup.horizontalCentered,
      margins: setup.margins,
      printArea: setup.printArea,
    },
    headerFooter: { oddFooter: setup.footer },
  });
  sheet.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const [row, height] of sheet.rowHeights) worksheet.getRow(row).height = height;
  for (const cell of sheet.cells) writeCell(worksheet, cell, book);
  for (const range of sheet.merges) mergeWithBorder(worksheet, range, book, sheet);
  for (const row of sheet.rowBreaks) worksheet.getRow(row).addPageBreak();
}

function writeCell(worksheet: ExcelJS.Worksheet, cell: PrintCell, book: PrintBook): void {
  const target = worksheet.getCell(cell.address);
  const style = book.styles[cell.style];
  // Blank cells are still styled: the empty lines of a paper form keep their borders.
  if (cell.value !== '') target.value = cell.value;
  target.font = font(style, book.font, cell.flagged);
  target.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  target.border = border(style);
}

function font(style: CellStyle, name: string, flagged: boolean): Partial<ExcelJS.Font> {
  return {
    name,
    size: style.fontSize,
    bold: style.bold,
    ...(flagged ? { color: { argb: FLAG_COLOR } } : {}),
  };
}

function border(style: CellStyle): Partial<ExcelJS.Borders> {
  const { top, bottom, left, right } = style.border;
  return {
    ...(top ? { top: THIN } : {}),
    ...(bottom ? { bottom: THIN } : {}),
    ...(left ? { left: THIN } : {}),
    ...(right ? { right: THIN } : {}),
  };
}

/**
 * Merges an area and gives each of its cells the top-left cell's border on the edges it lies on.
 * Merged without exceljs's style copying: that shares one style object among all the cells of
 * the area, so setting one cell's border would set them all.
 */
function mergeWithBorder(
  worksheet: ExcelJS.Worksheet,
  range: string,
  book: PrintBook,
  sheet: PrintSheet,
): void {
  const [from = '', to = ''] = range.split(':');
  const master = sheet.cells.find((c) => c.address === from);
  if (!master) return;
  worksheet.mergeCellsWithoutStyle(range);
  const edges = book.styles[master.style].border;
  const end = worksheet.getCell(to);
  const [lastRow, lastCol] = [Number(end.row), Number(end.col)];
  for (let r = master.row; r <= lastRow; r++) {
    for (let c = master.col; c <= lastCol; c++) {
      worksheet.getCell(r, c).border = {
        ...(edges.top && r === master.row ? { top: THIN } : {}),
        ...(edges.bottom && r === lastRow ? { bottom: THIN } : {}),
        ...(edges.left && c === master.col ? { left: THIN } : {}),
        ...(edges.right && c === lastCol ? { right: THIN } : {}),
      };
    }
  }
}
