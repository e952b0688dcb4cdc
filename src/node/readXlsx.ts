/**
 * .xlsx reader: a file (or its bytes) → the core's plain {@link WorkbookInput}, made for this
 * job: the zip's central directory is read, and only the parts the workbook needs are inflated —
 * workbook.xml and its relationships, styles.xml (which styles show dates), the shared strings and
 * the worksheets — each inflated within its bound and scanned once (./xlsx/xml.ts), no tree built.
 *
 * This module uses no Node API (no fs, no Buffer) so the task pane can run it in a Web Worker;
 * ./readXlsxFile.ts reads a file from disk with node:zlib for the command line.
 *
 * Every failure is a {@link WorkbookFileError} carrying a code and the file name; the words shown
 * to the user come from the message catalogue, keyed by the code. A file past one of the bounds
 * in ./xlsx/limits.ts (inflated size of a part and of the whole, rows, cells, length of a text)
 * fails with that bound's own message, found while inflating, before the memory is taken; so does
 * XML with a DOCTYPE (Office never writes one; entity expansion starts there).
 *
 * What the core receives, cell by cell:
 * - text (shared, inline, rich text, hyperlink text) → the string as stored (runs concatenated,
 *   phonetic guides left out, not trimmed);
 * - numbers in a cell without a date format → the number as stored, also when it is a date serial
 *   typed into a General cell. The core turns those into dates (1900 system, or 1904 when
 *   `date1904` is true);
 * - date-formatted cells → a JS `Date` whose UTC fields are the calendar date and time shown
 *   in Excel (serial 46280 → 2026-09-15T00:00:00.000Z). The 1904 system (`date1904="1"` as Excel
 *   writes it, `"true"` as LibreOffice does) is already applied to these `Date`s (the core must not
 *   shift them again); `date1904` only concerns raw numbers. A date-formatted number too large for
 *   a JS Date stays a number. Date formats are the custom ones with a y/m/d/h/s placeholder and
 *   the built-in date and time ids (./xlsx/cells.ts);
 * - formulas → their cached result, converted like a stored value (no cached result → null); a
 *   text, boolean or error result stays what it is in a date-formatted cell;
 * - error values (`#N/A`, also as a formula result) → `{ error: '#N/A' }`; a non-numeric number
 *   (`<v>abc</v>`) → `{ error: '#VALUE!' }`;
 * - booleans → booleans; blank cells → null.
 * - merged cells: the value stays in the top-left cell only and the other cells of the area are
 *   null. This is how the file means them, and what Office.js `Range.values` reports in the
 *   add-in, so a workbook reads the same in the CLI and in Excel.
 *
 * Sheets: every worksheet, hidden and very hidden ones included, in tab order. Rows are dense from
 * Excel row 1 (index = row − 1; rows without cells are `[]`), each row dense from column A with
 * null gaps; trailing blank cells and rows are dropped.
 */
import type { Translate } from '../core/i18n/catalog';
import type { FileErrorMessageKey } from '../core/i18n/fileErrors';
import type { SheetRows, WorkbookInput } from '../core/input';
import type { LimitCode } from './xlsx/limits';
import { LIMITS, MB, ReadFault } from './xlsx/limits';
import type { Relationship, WorkbookPart } from './xlsx/parts';
import {
  isRelationship,
  relationshipsHandler,
  relsPathOf,
  sharedStringsHandler,
  stylesHandler,
  workbookHandler,
} from './xlsx/parts';
import { newBudget, sheetReader } from './xlsx/sheet';
import { sniff } from './xlsx/sniff';
import { parsePart } from './xlsx/xml';
import type { ZipArchive, ZipCodec } from './xlsx/zip';
import { openZip, portableCodec } from './xlsx/zip';

export type WorkbookFileErrorCode =
  'not-found' | 'empty' | 'not-xlsx' | 'xls' | 'encrypted' | 'corrupt' | 'csv' | 'unsafe-xml' | LimitCode;

/** A file that cannot be read as a workbook. `file` is the name or path the caller gave. */
export class WorkbookFileError extends Error {
  override readonly name = 'WorkbookFileError';
  readonly code: WorkbookFileErrorCode;
  readonly file: string;
  /** Technical detail for logs (e.g. the library's message); not meant for the user. */
  readonly detail: string | undefined;
  /** For a file past a bound: the bound, in the unit its message names (MB, rows, cells, characters). */
  readonly limit: number | undefined;

  constructor(
    code: WorkbookFileErrorCode,
    file: string,
    detail?: string,
    options?: { cause?: unknown; limit?: number },
  ) {
    super(`${code}: ${file}${detail ? ` (${detail})` : ''}`, options);
    this.code = code;
    this.file = file;
    this.detail = detail;
    this.limit = options?.limit;
  }
}

/**
 * The message for a file that cannot be read: one sentence naming the file as the user gave it
 * (the command line's argument or path in the folder, the pane's picked file name).
 */
export function fileErrorMessage(
  error: WorkbookFileError,
  file: string,
  t: Translate<FileErrorMessageKey>,
): string {
  return t(`file.${error.code}`, { file, limit: error.limit ?? '' });
}

/**
 * Reads an .xlsx from its bytes (a Node Buffer is a Uint8Array). `name` is used in errors only.
 * `codec` defaults to fflate's, which runs anywhere; Node callers pass node:zlib's (./readXlsxFile.ts).
 */
export async function readWorkbookBuffer(
  buf: ArrayBuffer | Uint8Array,
  name: string,
  codec: ZipCodec = portableCodec,
): Promise<WorkbookInput> {
  return Promise.resolve().then(() => readWorkbookBytes(buf, name, codec));
}

/** {@link readWorkbookBuffer}, synchronously (for a worker that has nothing else to do). */
export function readWorkbookBytes(
  buf: ArrayBuffer | Uint8Array,
  name: string,
  codec: ZipCodec = portableCodec,
): WorkbookInput {
  // isView rather than instanceof: a Buffer or Uint8Array may come from another realm (vm, iframe).
  const bytes = ArrayBuffer.isView(buf)
    ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    : new Uint8Array(buf);
  const kind = sniff(bytes);
  if (kind !== 'zip') throw new WorkbookFileError(kind, name);
  if (bytes.length > LIMITS.fileMb * MB)
    throw new WorkbookFileError('too-large', name, `${bytes.length} bytes`, { limit: LIMITS.fileMb });
  try {
    return readPackage(openZip(bytes, codec));
  } catch (error) {
    if (error instanceof ReadFault)
      throw new WorkbookFileError(error.code, name, error.message, {
        cause: error,
        ...(error.limit === undefined ? {} : { limit: error.limit }),
      });
    // Anything else the parts did to the parsers (a shared string that does not exist, names
    // that are not UTF-8…) is a damaged file too.
    throw new WorkbookFileError('corrupt', name, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

function readPackage(zip: ZipArchive): WorkbookInput {
  const part = (path: string) => zip.entries.get(path);

  const root = new Map<string, Relationship>();
  const rootRels = part('_rels/.rels');
  if (rootRels) parsePart(zip, rootRels, relationshipsHandler('', root));
  const officeDocument = [...root.values()].find((r) => isRelationship(r, 'officeDocument'))?.target;
  const workbookPath = officeDocument && part(officeDocument) ? officeDocument : DEFAULT_WORKBOOK;
  const workbookEntry = part(workbookPath);
  // A zip without a workbook part: a .docx, .ods, .xlsb, plain .zip… renamed.
  if (!workbookEntry) throw new ReadFault('not-xlsx', 'no workbook part');

  const workbook: WorkbookPart = { sheets: [], date1904: false };
  parsePart(zip, workbookEntry, workbookHandler(workbook));
  const relationships = new Map<string, Relationship>();
  const rels = part(relsPathOf(workbookPath));
  if (rels) parsePart(zip, rels, relationshipsHandler(workbookPath, relationships));

  const related = (kind: string) => {
    for (const r of relationships.values()) if (isRelationship(r, kind)) return part(r.target);
    return undefined;
  };
  const dateStyles: boolean[] = [];
  const styles = related('styles');
  if (styles) parsePart(zip, styles, stylesHandler(dateStyles));
  const sharedStrings: string[] = [];
  const strings = related('sharedStrings');
  if (strings) parsePart(zip, strings, sharedStringsHandler(sharedStrings));

  const budget = newBudget();
  const sheets: Record<string, SheetRows> = {};
  for (const sheet of workbook.sheets) {
    const relationship = relationships.get(sheet.relationshipId);
    if (!relationship || !isRelationship(relationship, 'worksheet')) continue; // chart sheets, dialogs
    const entry = part(relationship.target);
    if (!entry) continue;
    const reader = sheetReader({ sharedStrings, dateStyles, date1904: workbook.date1904, budget });
    parsePart(zip, entry, reader.handler, 'bytewise');
    sheets[sheet.name] = reader.rows();
  }
  return { sheets, date1904: workbook.date1904 };
}
