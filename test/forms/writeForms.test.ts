import ExcelJS from 'exceljs';
import { sheetXml, unzip } from '../interop/xlsxParts';
import type { PrintBook } from '../../src/core';
import { writeFormsXlsx } from '../../src/node/writeForms';
import { demoBook, recordOf, sheetOf } from './helpers';

/** The .xlsx the forms are written to, read back with exceljs and as XML. */

async function load(printBook: PrintBook): Promise<{ workbook: ExcelJS.Workbook; bytes: Uint8Array }> {
  const bytes = await writeFormsXlsx(printBook);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return { workbook, bytes };
}

describe('the forms as an .xlsx', () => {
  const printBook = demoBook({ all: true });
  const written = load(printBook);

  it('has one worksheet per form, named as the form', async () => {
    const { workbook } = await written;
    expect(workbook.worksheets.map((w) => w.name)).toEqual(printBook.sheets.map((s) => s.name));
  });

  it('holds every printed cell’s text at its address, in 宋体 at the style’s size', async () => {
    const { workbook } = await written;
    for (const sheet of printBook.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      for (const cell of sheet.cells) {
        const target = worksheet.getCell(cell.address);
        expect([cell.address, target.value ?? '']).toEqual([cell.address, cell.value]);
        // exceljs reads a size of 10.5 back as 10 (the XML holds 10.5: see the next test).
        expect(target.font).toMatchObject({
          name: '宋体',
          size: Math.trunc(printBook.styles[cell.style].fontSize),
        });
      }
    }
  });

  it('writes the half-point sizes of Chinese forms (五号 10.5 pt) as they are', async () => {
    const { bytes } = await written;
    expect(unzip(bytes).get('xl/styles.xml')).toContain('<sz val="10.5"/><name val="宋体"/>');
  });

  it('finds each record’s fields where the layout put them (the 谈话 page)', async () => {
    const { workbook } = await written;
    const sheet = sheetOf(printBook, '班主任谈话记录表');
    const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    const record = recordOf(sheet, 2);
    const text = (key: string) => worksheet.getCell(record.fields[key] as string).value;
    expect([text('studentName'), text('date'), text('place'), text('conclusion')]).toEqual([
      '张婷（S03）',
      '2026年10月15日',
      '办公室',
      '谈话结论：符合困难认定条件',
    ]);
  });

  it('merges the areas, bordered on their outer edges only', async () => {
    const { workbook } = await written;
    const worksheet = workbook.getWorksheet('班会记录表') as ExcelJS.Worksheet;
    const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
    expect(merges).toEqual(expect.arrayContaining(sheetOf(printBook, '班会记录表').merges));
    // 会议内容 of the first page: B10:D10, one box across three cells.
    expect(Object.keys(worksheet.getCell('B10').border).sort()).toEqual(['bottom', 'left', 'top']);
    expect(Object.keys(worksheet.getCell('C10').border).sort()).toEqual(['bottom', 'top']);
    expect(Object.keys(worksheet.getCell('D10').border).sort()).toEqual(['bottom', 'right', 'top']);
    expect(worksheet.getCell('A2').border).toEqual({});
  });

  it('sets the row heights and column widths of the layout', async () => {
    const { workbook } = await written;
    const sheet = sheetOf(printBook, '谈心记录表');
    const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    for (const [row, height] of sheet.rowHeights) expect(worksheet.getRow(row).height).toBe(height);
    sheet.columnWidths.forEach((w, i) => expect(worksheet.getColumn(i + 1).width).toBe(w));
  });

  it('prints on A4 portrait, one page wide, within the print area, with the footer', async () => {
    const { workbook } = await written;
    for (const sheet of printBook.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      expect(worksheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        printArea: sheet.setup.printArea,
        margins: sheet.setup.margins,
      });
      expect(worksheet.headerFooter.oddFooter).toBe(sheet.setup.footer);
    }
  });

  it('breaks the pages where the layout says (rowBreaks in the sheet XML)', async () => {
    const { bytes } = await written;
    const xml = sheetXml(unzip(bytes));
    for (const sheet of printBook.sheets) {
      const breaks = [...(xml.get(sheet.name) ?? '').matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) =>
        Number(m[1]),
      );
      expect([sheet.name, breaks]).toEqual([sheet.name, sheet.rowBreaks]);
    }
    expect(sheetOf(printBook, '班会记录表').rowBreaks).toHaveLength(8);
  });

  it('prints the marked record in dark red and the rest in the default colour', async () => {
    const { workbook } = await written;
    const sheet = sheetOf(printBook, '班会记录表');
    const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    const marked = recordOf(sheet, 10);
    expect(worksheet.getCell(marked.fields['topic'] as string).font.color).toEqual({ argb: 'FFC00000' });
    expect(worksheet.getCell(recordOf(sheet, 2).fields['topic'] as string).font.color).toBeUndefined();
  });

  it('makes Arial 10 the Normal font, so LibreOffice measures the columns as Excel does', async () => {
    const { bytes } = await written;
    const styles = unzip(bytes).get('xl/styles.xml') ?? '';
    const firstFont = /<font>.*?<\/font>/.exec(styles)?.[0] ?? '';
    expect(firstFont).toContain('<name val="Arial"/>');
    expect(firstFont).toContain('<sz val="10"/>');
  });
});
