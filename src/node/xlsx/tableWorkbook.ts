/**
 * Tables → an .xlsx, written as it goes: each sheet's XML is deflated (fflate) while its rows are
 * turned into text, so a table of any length costs its compressed bytes and one batch of text,
 * never the whole workbook held uncompressed (exceljs keeps every part until the end). Strings
 * are written inline, for the same reason: a shared-string table would hold them all. Every
 * sheet prints landscape on A4, one page wide. No Node API: the pane writes with it too.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { CellValue } from '../../core/input';
import { columnLetter } from '../../core/issues';
import { concatBytes } from './bytes';
import { argb } from './color';

export interface TableSheet {
  /** A name Excel takes as it is: at most 31 characters, none of : \ / ? * [ ]. */
  readonly name: string;
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** A bold, filled, frozen first row; null for a sheet of rows alone. */
  readonly header: readonly string[] | null;
  /** An autofilter over the header and the rows. */
  readonly filter: boolean;
  readonly rows: readonly (readonly CellValue[])[];
}

export interface TableWorkbookOptions {
  readonly creator: string;
  readonly created: Date;
  /** The header rows' fill, `#RRGGBB`. */
  readonly headerFill: string;
  /** How Date cells show, e.g. `yyyy-mm-dd hh:mm`. */
  readonly dateFormat: string;
}

/** Text gathered before it is encoded and deflated: large enough that the calls cost nothing. */
const BATCH_CHARS = 1 << 16;

/** Deflate level: the output is small either way, and the default level is twice as slow as this one. */
const LEVEL = 4;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The cell formats of styles.xml, by index: a header's cells are filled, its row only bold. */
const STYLE = { plain: 0, header: 1, date: 2, headerRow: 3 } as const;

export function tableWorkbook(sheets: readonly TableSheet[], options: TableWorkbookOptions): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let ended = false;
  // fflate's synchronous deflate hands every chunk over before `end` returns.
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    chunks.push(chunk);
    ended = final;
  });
  const small = (name: string, xml: string) => {
    const part = new ZipDeflate(name, { level: LEVEL });
    zip.add(part);
    part.push(strToU8(XML_HEAD + xml), true);
  };

  small('[Content_Types].xml', contentTypes(sheets.length));
  small(
    '_rels/.rels',
    relationships([
      [`${REL}/officeDocument`, 'xl/workbook.xml'],
      [`${PACKAGE_REL}/metadata/core-properties`, 'docProps/core.xml'],
    ]),
  );
  small('docProps/core.xml', coreProperties(options));
  small('xl/workbook.xml', workbookXml(sheets));
  small(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...sheets.map((_, i): [string, string] => [`${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]),
      [`${REL}/styles`, 'styles.xml'],
    ]),
  );
  small('xl/styles.xml', stylesXml(options));
  sheets.forEach((sheet, i) => writeSheet(zip, `xl/worksheets/sheet${i + 1}.xml`, sheet, i === 0));
  zip.end();
  if (failure) throw failure;
  if (!ended) throw new Error('the zip did not end');
  return concatBytes(chunks);
}

function writeSheet(zip: Zip, name: string, sheet: TableSheet, selected: boolean): void {
  const part = new ZipDeflate(name, { level: LEVEL });
  zip.add(part);
  let text = XML_HEAD;
  const flush = (final: boolean) => {
    part.push(strToU8(text), final);
    text = '';
  };
  const range = `A1:${columnLetter(columns(sheet) - 1)}${Math.max(lastRow(sheet), 1)}`;

  text += `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;
  text += `<dimension ref="${range}"/><sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>`;
  if (sheet.header)
    text +=
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  text += '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
  if (sheet.widths.length > 0)
    text += `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  text += '<sheetData>';
  let row = 0;
  if (sheet.header) text += rowXml(++row, sheet.header, STYLE.header, STYLE.headerRow);
  for (const values of sheet.rows) {
    text += rowXml(++row, values, STYLE.plain, STYLE.plain);
    if (text.length >= BATCH_CHARS) flush(false);
  }
  text += '</sheetData>';
  if (sheet.filter && sheet.header) text += `<autoFilter ref="${range}"/>`;
  text +=
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>';
  flush(true);
}

/** Columns from A to the last one the header or any row uses. */
function columns(sheet: TableSheet): number {
  return sheet.rows.reduce((n, r) => Math.max(n, r.length), Math.max(sheet.header?.length ?? 0, 1));
}

function lastRow(sheet: TableSheet): number {
  return (sheet.header ? 1 : 0) + sheet.rows.length;
}

function rowXml(row: number, values: readonly CellValue[], style: number, rowStyle: number): string {
  let xml =
    rowStyle === STYLE.plain ? `<row r="${row}">` : `<row r="${row}" s="${rowStyle}" customFormat="1">`;
  values.forEach((value, i) => {
    const cell = cellXml(value, style);
    if (cell !== null) xml += `<c r="${columnLetter(i)}${row}"${cell}</c>`;
  });
  return `${xml}</row>`;
}

/** A cell's attributes and content after its reference, or null for an empty cell of a plain row. */
function cellXml(value: CellValue, style: number): string | null {
  const s = style === STYLE.plain ? '' : ` s="${style}"`;
  if (value === null || value === undefined || value === '') return style === STYLE.plain ? null : `${s}>`;
  if (typeof value === 'string') return `${s} t="inlineStr"><is>${textXml(value)}</is>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `${s}><v>${value}</v>` : null;
  if (typeof value === 'boolean') return `${s} t="b"><v>${value ? 1 : 0}</v>`;
  if (value instanceof Date) return ` s="${STYLE.date}"><v>${excelSerial(value)}</v>`;
  return `${s} t="e"><v>${escapeXml(value.error)}</v>`;
}

/** A Date's UTC fields as an Excel serial (1900 date system): what exceljs writes for a Date. */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function textXml(text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${space}>${escapeXml(text)}</t>`;
}

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates): dropped. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
  /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function contentTypes(sheets: number): string {
  const type = (kind: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml`;
  const override = (part: string, contentType: string) =>
    `<Override PartName="/${part}" ContentType="${contentType}"/>`;
  return (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', type('sheet.main')) +
    Array.from({ length: sheets }, (_, i) =>
      override(`xl/worksheets/sheet${i + 1}.xml`, type('worksheet')),
    ).join('') +
    override('xl/styles.xml', type('styles')) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    '</Types>'
  );
}

function relationships(targets: readonly (readonly [type: string, target: string])[]): string {
  return (
    `<Relationships xmlns="${PACKAGE_REL}">` +
    targets
      .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`)
      .join('') +
    '</Relationships>'
  );
}

function coreProperties({ creator, created }: TableWorkbookOptions): string {
  const stamp = `${created.toISOString().slice(0, 19)}Z`;
  return (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function workbookXml(sheets: readonly TableSheet[]): string {
  // Excel keeps an autofilter's range in this hidden name; without it Excel repairs the file.
  const filters = sheets.flatMap((sheet, i) => {
    if (!sheet.filter || !sheet.header) return [];
    const ref = `$A$1:$${columnLetter(columns(sheet) - 1)}$${lastRow(sheet)}`;
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(sheet.name.replace(/'/g, "''"))}'!${ref}</definedName>`,
    ];
  });
  return (
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
    sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('') +
    '</sheets>' +
    (filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

function stylesXml({ headerFill, dateFormat }: TableWorkbookOptions): string {
  const font = (bold: boolean) =>
    `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  return (
    `<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeXml(dateFormat)}"/></numFmts>` +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    `<fill><patternFill patternType="solid"><fgColor rgb="${argb(headerFill)}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">' +
    '<alignment vertical="center" wrapText="1"/></xf>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}
