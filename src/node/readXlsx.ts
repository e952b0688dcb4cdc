/**
 * .xlsx reader: a file (or its bytes) → the core's plain {@link WorkbookInput}.
 *
 * `readWorkbookBuffer` uses no Node API (no fs, no Buffer) so the task pane can reuse it in the
 * browser; only `readWorkbookFile` touches the file system, through a dynamic import.
 *
 * Every failure is a {@link WorkbookFileError} carrying a code and the file name; the words shown
 * to the user come from the message catalogue, keyed by the code.
 *
 * What the core receives, cell by cell:
 * - text (shared, inline, rich text, hyperlink text) → the string as stored (runs concatenated,
 *   not trimmed);
 * - numbers in a cell without a date format → the number as stored, also when it is a date serial
 *   typed into a General cell. The core turns those into dates (1900 system, or 1904 when
 *   `date1904` is true);
 * - date-formatted cells → a JS `Date` whose UTC fields are the calendar date and time shown
 *   in Excel (serial 46280 → 2026-09-15T00:00:00.000Z). The 1904 system is already applied to
 *   these `Date`s (the core must not shift them again); `date1904` only concerns raw numbers.
 *   A date-formatted number too large for a JS Date stays a number;
 * - formulas → their cached result, converted like a stored value (no cached result → null);
 * - error values (`#N/A`, also as a formula result) → `{ error: '#N/A' }`; a non-numeric number
 *   (`<v>abc</v>`) → `{ error: '#VALUE!' }`;
 * - booleans → booleans; blank cells → null.
 * - merged cells: the value stays in the top-left cell only and the other cells of the area are
 *   null. This is how the file stores them, and what Office.js `Range.values` reports in the
 *   add-in, so a workbook reads the same in the CLI and in Excel. (exceljs copies the
 *   top-left value into every cell of the area; we undo that.)
 *
 * Sheets: every sheet, hidden and very hidden ones included, in tab order. Rows are dense from
 * Excel row 1 (index = row − 1; rows without cells are `[]`), each row dense from column A with
 * null gaps; trailing blank cells and rows are dropped.
 *
 * Two exceljs 4.4 defects are worked around by wrapping two methods of the per-read `Xlsx`
 * instance (no global patching):
 * - `<workbookPr date1904="true"/>` (what LibreOffice writes) is read as the 1900 system, so every
 *   date would be 4 years and 1 day early: `parseWorkbook` is wrapped to see the raw attribute;
 * - a date-formatted cell whose formula result is text, a boolean or an error, or whose number is
 *   out of JS Date range, becomes an Invalid Date: `reconcile` is wrapped to restore the stored
 *   value.
 */
import ExcelJS from 'exceljs';
import type { Translate } from '../core/i18n/catalog';
import type { CliMessageKey } from '../core/i18n/cli';
import type { CellValue, ErrorCell, SheetRows, WorkbookInput } from '../core/input';

export type WorkbookFileErrorCode =
  'not-found' | 'empty' | 'not-xlsx' | 'xls' | 'encrypted' | 'corrupt' | 'csv';

/** A file that cannot be read as a workbook. `file` is the name or path the caller gave. */
export class WorkbookFileError extends Error {
  override readonly name = 'WorkbookFileError';
  readonly code: WorkbookFileErrorCode;
  readonly file: string;
  /** Technical detail for logs (e.g. the library's message); not meant for the user. */
  readonly detail: string | undefined;

  constructor(code: WorkbookFileErrorCode, file: string, detail?: string, options?: { cause?: unknown }) {
    super(`${code}: ${file}${detail ? ` (${detail})` : ''}`, options);
    this.code = code;
    this.file = file;
    this.detail = detail;
  }
}

/**
 * The message for a file that cannot be read: one sentence naming the file as the user gave it
 * (the command line's argument or path in the folder, the pane's picked file name).
 */
export function fileErrorMessage(
  error: WorkbookFileError,
  file: string,
  t: Translate<CliMessageKey>,
): string {
  return t(`file.${error.code}`, { file });
}

/** Reads the .xlsx at `path`. File names in errors are `path` as given. */
export async function readWorkbookFile(path: string): Promise<WorkbookInput> {
  let bytes: Uint8Array;
  try {
    // Kept out of the module's static imports so that bundling this module for the browser
    // (which only uses readWorkbookBuffer) does not pull in fs.
    const fs = await import(/* webpackIgnore: true */ 'node:fs/promises');
    bytes = await fs.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const detail = typeof code === 'string' ? code : String(error);
    if (code === 'EISDIR') throw new WorkbookFileError('not-xlsx', path, detail, { cause: error });
    throw new WorkbookFileError('not-found', path, detail, { cause: error });
  }
  return readWorkbookBuffer(bytes, path);
}

/** Reads an .xlsx from its bytes (a Node Buffer is a Uint8Array). `name` is used in errors only. */
export async function readWorkbookBuffer(
  buf: ArrayBuffer | Uint8Array,
  name: string,
): Promise<WorkbookInput> {
  // isView rather than instanceof: a Buffer or Uint8Array may come from another realm (vm, iframe).
  const bytes = ArrayBuffer.isView(buf)
    ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    : new Uint8Array(buf);
  const kind = sniff(bytes);
  if (kind !== 'zip') throw new WorkbookFileError(kind, name);

  const workbook = new ExcelJS.Workbook();
  const probe = instrument(workbook);
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0], {
      ignoreNodes: IGNORED_SHEET_NODES,
    });
  } catch (error) {
    throw new WorkbookFileError('corrupt', name, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  // A zip without xl/workbook.xml: a .docx, .ods, .xlsb, plain .zip… renamed.
  if (!probe.sawWorkbookXml) throw new WorkbookFileError('not-xlsx', name, 'no xl/workbook.xml');

  try {
    const sheets: Record<string, SheetRows> = {};
    for (const worksheet of workbook.worksheets) sheets[worksheet.name] = readSheet(worksheet);
    return { sheets, date1904: probe.date1904 || workbook.properties?.date1904 === true };
  } catch (error) {
    throw new WorkbookFileError('corrupt', name, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// File sniffing (before exceljs sees the bytes)

type Sniffed = 'zip' | 'empty' | 'xls' | 'encrypted' | 'csv' | 'not-xlsx';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE2)) {
    // A password-protected .xlsx is an OLE2 compound file holding the streams EncryptionInfo and
    // EncryptedPackage; an old .xls holds Workbook (BIFF8) or Book (BIFF5). Stream names are
    // stored in UTF-16LE in the directory entries.
    if (containsUtf16le(bytes, 'EncryptionInfo') || containsUtf16le(bytes, 'EncryptedPackage'))
      return 'encrypted';
    if (containsUtf16le(bytes, 'Workbook') || containsUtf16le(bytes, 'Book')) return 'xls';
    return 'not-xlsx'; // .doc, .msg… renamed
  }
  return looksLikeDelimitedText(bytes) ? 'csv' : 'not-xlsx';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[2 * i] = text.charCodeAt(i); // ASCII names only
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first as number);
    i !== -1 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Text with commas, tabs or semicolons: a CSV or tab-separated export (Excel's "Unicode text" is
 * UTF-16 with a BOM; Chinese Excel saves CSV in GBK, so any byte ≥ 0x80 counts as text).
 * Markup (HTML or XML "spreadsheets" renamed .xls/.xlsx) is not CSV.
 */
function looksLikeDelimitedText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let text: string;
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    const le = sample[0] === 0xff;
    let s = '';
    for (let i = 2; i + 1 < sample.length; i += 2) {
      s += String.fromCharCode(
        le
          ? (sample[i] as number) | ((sample[i + 1] as number) << 8)
          : ((sample[i] as number) << 8) | (sample[i + 1] as number),
      );
    }
    text = s;
  } else {
    const start = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf ? 3 : 0;
    let control = 0;
    let s = '';
    for (let i = start; i < sample.length; i++) {
      const b = sample[i] as number;
      if (b === 0) return false;
      if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
      if (b < 0x80) s += String.fromCharCode(b);
    }
    if (control > sample.length / 50) return false;
    text = s;
  }
  const head = text.trimStart();
  if (head.startsWith('<')) return false;
  return /[,\t;]/.test(text);
}

// ---------------------------------------------------------------------------------------------
// exceljs instrumentation (see the module comment)

/** Worksheet parts the reader does not need; skipping them leaves fewer ways for odd files to fail. */
const IGNORED_SHEET_NODES = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

const WORKBOOK_PR_1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*?\sdate1904\s*=\s*(["'])\s*(?:1|true)\s*\1/;

interface RawCellModel {
  type?: number;
  value?: unknown;
  result?: unknown;
}
interface RawSheetModel {
  rows?: ({ cells?: (RawCellModel | undefined)[] } | undefined)[];
}
interface RawBookModel {
  worksheets?: (RawSheetModel | undefined)[];
}
interface XlsxInternals {
  parseWorkbook?: (
    stream: AsyncIterable<unknown>,
  ) => Promise<{ properties?: { date1904?: boolean } } | undefined>;
  reconcile?: (model: RawBookModel, options: unknown) => void;
}

interface Probe {
  sawWorkbookXml: boolean;
  date1904: boolean;
}

const T = ExcelJS.ValueType;

function instrument(workbook: ExcelJS.Workbook): Probe {
  const probe: Probe = { sawWorkbookXml: false, date1904: false };
  const xlsx = workbook.xlsx as unknown as XlsxInternals;

  const parseWorkbook = xlsx.parseWorkbook;
  if (typeof parseWorkbook === 'function') {
    xlsx.parseWorkbook = async (stream) => {
      probe.sawWorkbookXml = true;
      const chunks: unknown[] = [];
      for await (const chunk of stream) chunks.push(chunk);
      const xml = chunks
        .map((c) => (typeof c === 'string' ? c : new TextDecoder().decode(c as Uint8Array)))
        .join('');
      const parsed = await parseWorkbook.call(xlsx, [xml] as unknown as AsyncIterable<unknown>);
      if (WORKBOOK_PR_1904.test(xml)) {
        probe.date1904 = true;
        // exceljs only recognises date1904="1"; make its date conversion use the 1904 system.
        if (parsed) parsed.properties = { ...(parsed.properties ?? {}), date1904: true };
      }
      return parsed;
    };
  } else {
    probe.sawWorkbookXml = true; // cannot tell; let the sheet list speak
  }

  const reconcile = xlsx.reconcile;
  if (typeof reconcile === 'function') {
    xlsx.reconcile = (model, options) => {
      // Remember stored numbers and formula results before exceljs turns date-formatted ones
      // into Dates, then undo the conversions that produced an Invalid Date or that were applied
      // to a non-numeric formula result.
      const stored = new Map<RawCellModel, unknown>();
      forEachCellModel(model, (cell) => {
        if (cell.type === T.Number) stored.set(cell, cell.value);
        else if (cell.type === T.Formula && cell.result !== undefined) stored.set(cell, cell.result);
      });
      reconcile.call(xlsx, model, options);
      for (const [cell, raw] of stored) {
        if (cell.type === T.Date && isInvalidDate(cell.value)) {
          cell.type = T.Number;
          cell.value = raw;
        } else if (cell.type === T.Formula && (typeof raw !== 'number' || isInvalidDate(cell.result))) {
          cell.result = raw;
        }
      }
    };
  }
  return probe;
}

function forEachCellModel(model: RawBookModel, visit: (cell: RawCellModel) => void): void {
  for (const sheet of model.worksheets ?? []) {
    for (const row of sheet?.rows ?? []) {
      for (const cell of row?.cells ?? []) if (cell) visit(cell);
    }
  }
}

function isInvalidDate(value: unknown): boolean {
  return value instanceof Date && Number.isNaN(value.getTime());
}

// ---------------------------------------------------------------------------------------------
// Cells and sheets

const NO_CELLS: readonly CellValue[] = Object.freeze([]);

function readSheet(worksheet: ExcelJS.Worksheet): SheetRows {
  const rows: (readonly CellValue[])[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = readCell(cell);
      if (value === null) return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = value;
    });
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push(NO_CELLS);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

function readCell(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case T.Merge:
      return null; // not the top-left cell of a merged area: see the module comment
    case T.Formula:
      // `cell.result`, not `cell.value.result`: exceljs drops falsy results (0, false, '') from
      // the latter.
      return convert(cell.result);
    default:
      return convert(cell.value);
  }
}

function convert(value: unknown, depth = 0): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : errorCell('#VALUE!');
    case 'object':
      break;
    default:
      return null;
  }
  if (value instanceof Date) return value;
  if (depth > 3) return null;
  const object = value as Record<string, unknown>;
  if (typeof object.error === 'string') return errorCell(object.error);
  if (Array.isArray(object.richText)) {
    return object.richText
      .map((run: unknown) =>
        run && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '',
      )
      .join('');
  }
  if ('formula' in object || 'sharedFormula' in object) return convert(object.result, depth + 1);
  if ('text' in object) return convert(object.text, depth + 1); // hyperlink
  return null;
}

function errorCell(error: string): ErrorCell {
  return { error };
}
