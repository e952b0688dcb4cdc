import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrintBook } from '../../src/core';
import { paperCount } from '../../src/core';
import { convertToPdf, PdfConversionError } from '../../src/node/pdf';
import { writeFormsXlsx } from '../../src/node/writeForms';
import { requireSoffice } from '../interop/xlsxParts';
import type { Tables } from './helpers';
import { book, demoBook, workbook } from './helpers';

/**
 * The PDF path with the real LibreOffice (installed in CI): the pages come out as the layout
 * planned them, with Chinese text, not blank. Fails — never skips — when a tool is missing.
 */

function requireTool(command: string, apt: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${command} is not installed; the PDF tests need it. Install it (apt-get install ${apt}) and run the tests again.`,
    );
  }
}

const soffice = requireSoffice();
requireTool('pdftoppm', 'poppler-utils');
requireTool('pdfinfo', 'poppler-utils');
requireTool('pdftotext', 'poppler-utils');

const dir = mkdtempSync(path.join(tmpdir(), 'forms-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfOf(name: string, printBook: PrintBook): Promise<string> {
  const xlsx = path.join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, await writeFormsXlsx(printBook));
  return convertToPdf(xlsx, dir, { soffice });
}

const pages = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const expectedPages = (printBook: PrintBook): number =>
  printBook.sheets.reduce((n, s) => n + paperCount(s), 0);

/** One page as an 8-bit grey PGM at 50 dpi: P5, width, height, 255, then a byte a pixel. */
function greyPage(pdf: string, page: number): { width: number; height: number; pixels: Buffer } {
  const prefix = path.join(dir, `page-${page}`);
  execFileSync('pdftoppm', [
    '-r',
    '50',
    '-gray',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  const data = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.toString('latin1', 0, 50));
  if (!header) throw new Error('pdftoppm did not write an 8-bit PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, pixels: data.subarray(header[0].length) };
}

function darkShare(pdf: string, page: number): number {
  const { width, height, pixels } = greyPage(pdf, page);
  expect(pixels.length).toBe(width * height);
  let dark = 0;
  for (const value of pixels) if (value < 128) dark++;
  return dark / pixels.length;
}

const text = (pdf: string, page: number, bbox = false): string =>
  execFileSync('pdftotext', [...(bbox ? ['-bbox'] : []), '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });

describe('the forms as PDF (LibreOffice)', () => {
  let demoPdf = '';
  beforeAll(async () => {
    demoPdf = await pdfOf('记录表', demoBook());
  });

  it('has exactly the pages the layout planned: 8 + 1 + 1 + 3 + 1 + 1 = 15', () => {
    expect(expectedPages(demoBook())).toBe(15);
    expect(pages(demoPdf)).toBe(15);
  });

  it('prints the first page, not a blank one', () => {
    const share = darkShare(demoPdf, 1);
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.5);
  });

  it('prints the Chinese text of the forms (CJK glyphs, not boxes)', () => {
    const first = text(demoPdf, 1);
    for (const words of ['班会记录表', '开学第一课', '2026年9月8日', '班长、团支书签字', '会计2601'])
      expect(first).toContain(words);
    expect(text(demoPdf, 10)).toContain('谈心记录表');
    expect(text(demoPdf, 10)).toContain('王小明');
  });

  it('prints at full size: the columns measure as in Excel, so the page is not shrunk to fit', () => {
    // 18-pt title of five characters: 90 pt wide at 100 %. Where Arial's metric twin (Liberation
    // Sans) is missing, LibreOffice measures columns wider and shrinks the page to about 77 %.
    const fonts = execFileSync('fc-match', ['Arial'], { encoding: 'utf8' });
    const minimum = /Liberation Sans/.test(fonts) ? 0.9 : 0.7;
    const title = /<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>班会记录表<\/word>/.exec(
      text(demoPdf, 1, true),
    );
    expect(title).not.toBeNull();
    const scale = (Number(title?.[2]) - Number(title?.[1])) / 90;
    expect(scale).toBeGreaterThan(minimum);
    expect(scale).toBeLessThanOrEqual(1.01);
  });

  it('with all, prints 17 pages, the error note included', async () => {
    const printBook = demoBook({ all: true });
    const pdf = await pdfOf('全部', printBook);
    expect(pages(pdf)).toBe(expectedPages(printBook));
    expect(pages(pdf)).toBe(17);
    expect(text(pdf, 9)).toContain('有错误，本记录不计入');
  });

  it('fits 30 numbered lines on one page and puts the 31st on the next, as planned', async () => {
    const contacts = Array.from({ length: 31 }, (_, i) => ({
      date: '2026-12-10',
      studentId: `S${String(i + 1).padStart(3, '0')}`,
      parentName: '家长',
      contact: '13900000000',
      reason: '报喜',
      result: '已告知',
    }));
    const tables: Tables = { contacts };
    const printBook = book(workbook(tables, {}, 31));
    const pdf = await pdfOf('联系家长', printBook);
    expect(pages(pdf)).toBe(expectedPages(printBook));
    const contactPages = printBook.sheets
      .filter((s) => s.form !== 'contacts')
      .reduce((n, s) => n + paperCount(s), 0);
    expect(text(pdf, contactPages + 1)).toContain('学生30');
    expect(text(pdf, contactPages + 2)).toContain('学生31');
  });

  it('keeps a very long 会议内容 on the pages the layout planned', async () => {
    const content = Array.from(
      { length: 80 },
      (_, i) => `第${i + 1}条：强调安全、学风与考勤要求，布置期末复习。`,
    ).join('\n');
    const meeting = {
      date: '2026-09-08',
      topic: '长会议',
      place: '301',
      host: '班长',
      recorder: '团支书',
      expected: 4,
      present: 4,
      content,
    };
    const printBook = book(workbook({ meetings: [meeting] }));
    expect(paperCount(printBook.sheets[0] as PrintBook['sheets'][number])).toBeGreaterThan(1);
    const pdf = await pdfOf('长会议', printBook);
    expect(pages(pdf)).toBe(expectedPages(printBook));
  });
});

describe('convertToPdf failures', () => {
  it('says LibreOffice is missing when soffice cannot be found', async () => {
    const xlsx = path.join(dir, 'missing.xlsx');
    writeFileSync(xlsx, await writeFormsXlsx(demoBook()));
    await expect(
      convertToPdf(xlsx, dir, { soffice: path.join(dir, 'no-such-soffice') }),
    ).rejects.toMatchObject({
      name: 'PdfConversionError',
      code: 'no-soffice',
    });
  });

  it('reports a failed conversion when LibreOffice writes no PDF', async () => {
    // soffice exits 0 for a file it cannot load; only the missing PDF tells.
    const error = await convertToPdf(path.join(dir, 'no-such-file.xlsx'), dir, { soffice }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdfConversionError);
    expect(error).toMatchObject({ code: 'failed' });
  });

  it('reports a failed conversion when soffice exits with an error', async () => {
    const error = await convertToPdf(path.join(dir, 'x.xlsx'), dir, { soffice: 'false' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'PdfConversionError', code: 'failed' });
  });
});
