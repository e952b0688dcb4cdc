/**
 * The package parts around the worksheets: relationships, workbook.xml (the sheets in tab order
 * and the date system), styles.xml (which cell styles show dates) and the shared strings.
 */
import { isBuiltInDateFormat, isDateFormat } from './cells';
import { LIMITS, ReadFault } from './limits';
import type { XmlHandler } from './xml';
import { meantText } from './xml';

/** Read once: it is checked for every text of the part. */
const STRING_CHARS = LIMITS.stringChars;

export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** `_rels/x.xml.rels` beside `part` → Id → relationship, targets resolved to package paths. */
export function relationshipsHandler(part: string, into: Map<string, Relationship>): XmlHandler {
  const base = part.slice(0, part.lastIndexOf('/') + 1);
  return {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.get('TargetMode') === 'External') return;
      const id = attributes.get('Id');
      const type = attributes.get('Type');
      const target = attributes.get('Target');
      if (id !== undefined && type !== undefined && target !== undefined)
        into.set(id, { type, target: resolvePath(base, target) });
    },
    text() {},
    close() {},
  };
}

/** The rels part that belongs to `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship type names its kind in its last segment, in both the transitional and strict schemas. */
export function isRelationship(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

/** A path with an empty, `.` or `..` segment: one that needs resolving. */
const UNRESOLVED = /(?:^|\/)\.{0,2}(?:\/|$)/;

function resolvePath(base: string, target: string): string {
  // Most targets are plain (`worksheets/sheet1.xml`), and decoding, splitting and joining each
  // cost a few microseconds: every step is taken only when the target needs it.
  const slashed = target.includes('\\') ? target.replace(/\\/g, '/') : target;
  const decoded = slashed.includes('%') ? safeDecode(slashed) : slashed;
  const path = decoded.startsWith('/') ? decoded.slice(1) : base + decoded;
  if (!UNRESOLVED.test(path)) return path;
  const parts = path.split('/');
  const out: string[] = [];
  for (const segment of parts) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface SheetRef {
  readonly name: string;
  readonly relationshipId: string;
}

export interface WorkbookPart {
  readonly sheets: SheetRef[];
  date1904: boolean;
}

export function workbookHandler(into: WorkbookPart): XmlHandler {
  return {
    open(name, attributes) {
      if (name === 'sheet') {
        const sheet = attributes.get('name');
        // `r:id` under whatever prefix the file binds the relationships namespace to.
        const id = attributes.find((key) => key === 'id' || key.endsWith(':id'));
        if (sheet !== undefined && id !== undefined) into.sheets.push({ name: sheet, relationshipId: id });
      } else if (name === 'workbookPr') {
        // Excel writes "1", LibreOffice "true".
        const value = attributes.get('date1904')?.trim();
        into.date1904 = value === '1' || value === 'true';
      }
    },
    text() {},
    close() {},
  };
}

/** styles.xml → for each cell style index (`s`), whether its number format shows a date. */
export function stylesHandler(into: boolean[]): XmlHandler {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let depth = 0;
  let section: 'numFmts' | 'cellXfs' | null = null;
  return {
    open(name, attributes) {
      depth++;
      if (depth === 2 && (name === 'numFmts' || name === 'cellXfs')) section = name;
      else if (depth === 3 && section === 'numFmts' && name === 'numFmt') {
        const id = Number(attributes.get('numFmtId'));
        if (Number.isInteger(id)) custom.set(id, attributes.get('formatCode') ?? '');
      } else if (depth === 3 && section === 'cellXfs' && name === 'xf') {
        formats.push(Number(attributes.get('numFmtId') ?? 0));
      }
    },
    text() {},
    close() {
      if (depth === 2) section = null;
      depth--;
      if (depth === 0) {
        for (const id of formats) {
          const code = custom.get(id);
          into.push(id > 0 && (code !== undefined ? isDateFormat(code) : isBuiltInDateFormat(id)));
        }
      }
    },
  };
}

/** sharedStrings.xml → the strings; a rich string's runs are joined, phonetic guides left out. */
export function sharedStringsHandler(into: string[]): XmlHandler {
  let text: string | null = null;
  let inT = false;
  let phonetic = 0;
  return {
    plainPart: (xml) => plainSharedStrings(xml, into),
    open(name) {
      if (name === 'si') text = '';
      else if (name === 't') inT = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text(chunk) {
      if (inT && text !== null) {
        text += chunk;
        if (text.length > STRING_CHARS) throw stringTooLong();
      }
    },
    close(name) {
      if (name === 'si' && text !== null) {
        into.push(text);
        text = null;
      } else if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
    },
  };
}

/** The declaration and `<sst …>` as written, each attribute double-quoted and holding no `<`. */
const PLAIN_HEAD = /^(?:<\?xml[^<>?]*\?>)?[ \t\r\n]*<sst(?:[ \t\r\n]+[A-Za-z_][\w.:-]*="[^"<]*")*[ \t\r\n]*>/;
const PLAIN_STRING = '<si><t>';
const PLAIN_PRESERVED_STRING = '<si><t xml:space="preserve">';
const PLAIN_STRING_END = '</t></si>';
const PLAIN_END = '</sst>';
const SPACES = /^[ \t\r\n]*$/;

/**
 * Shared strings as Office, WPS and LibreOffice write nearly all of them — the declaration,
 * `<sst …>`, nothing but `<si><t>text</t></si>` (`<t>` bare or with xml:space="preserve"), then
 * `</sst>` — read into `into` with a few searches per string instead of four scanned events. The
 * texts are read as the scan reads them. Any other shape (rich text, phonetic guides, a prefix,
 * a comment) leaves `into` empty and returns false, for the scan to read the part and judge it.
 */
function plainSharedStrings(xml: string, into: string[]): boolean {
  const head = PLAIN_HEAD.exec(xml);
  if (!head) return false;
  let i = head[0].length;
  for (;;) {
    const start = xml.startsWith(PLAIN_STRING, i)
      ? i + PLAIN_STRING.length
      : xml.startsWith(PLAIN_PRESERVED_STRING, i)
        ? i + PLAIN_PRESERVED_STRING.length
        : -1;
    if (start < 0) break;
    const end = xml.indexOf('<', start);
    if (end < 0 || !xml.startsWith(PLAIN_STRING_END, end)) break;
    const text = meantText(xml.slice(start, end));
    if (text.length > STRING_CHARS) throw stringTooLong();
    into.push(text);
    i = end + PLAIN_STRING_END.length;
  }
  if (xml.startsWith(PLAIN_END, i) && SPACES.test(xml.slice(i + PLAIN_END.length))) return true;
  into.length = 0;
  return false;
}

export function stringTooLong(): ReadFault {
  return new ReadFault(
    'string-too-long',
    `a text value is over ${LIMITS.stringChars} characters`,
    LIMITS.stringChars,
  );
}
