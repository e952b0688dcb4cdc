/**
 * One XML part of the package, inflated whole (within the part bound) and scanned once, no tree
 * built. The parts Office, WPS and LibreOffice write are plain elements, attributes, text and
 * CDATA; a scanner made for that reads them several times faster than a general parser. It is
 * strict where safety and meaning are at stake: a DOCTYPE (or any other `<!` declaration) is
 * refused outright — Office never writes one, and entity-expansion attacks begin there — only the
 * five predefined entities and character references are decoded, and a tag that does not close
 * what is open, an unknown entity or a document that stops half-way is a damaged part.
 */
import { ReadFault } from './limits';
import type { ZipArchive, ZipCodec, ZipEntry } from './zip';
import { readEntry } from './zip';

/**
 * The attributes of the element being opened, valid only during the `open` call. Read when asked
 * for: a part holds hundreds of thousands of elements whose attributes (spans, heights, prompts)
 * the reader never looks at, so their names and values are only located, not copied or decoded.
 */
export interface Attributes {
  get(name: string): string | undefined;
  /** The value of the first attribute whose name passes `test`. */
  find(test: (name: string) => boolean): string | undefined;
}

class AttributeList implements Attributes {
  xml = '';
  codes: Codes = new Uint8Array(0);
  text: Pieces = asWritten;
  /** Per attribute: where its name starts and ends, where its value starts and ends. */
  readonly spans: number[] = [];
  count = 0;

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const at = 4 * this.count++;
    this.spans[at] = nameStart;
    this.spans[at + 1] = nameEnd;
    this.spans[at + 2] = valueStart;
    this.spans[at + 3] = valueEnd;
  }

  get(name: string): string | undefined {
    const { spans, xml, codes } = this;
    const first = name.charCodeAt(0);
    for (let at = 0; at < 4 * this.count; at += 4) {
      const start = spans[at] as number;
      if (
        (spans[at + 1] as number) - start === name.length &&
        codes[start] === first &&
        (name.length === 1 || startsAt(codes, name, start))
      )
        return attributeValue(xml, spans[at + 2] as number, spans[at + 3] as number, this.text);
    }
    return undefined;
  }

  find(test: (name: string) => boolean): string | undefined {
    const { spans, xml } = this;
    for (let at = 0; at < 4 * this.count; at += 4)
      if (test(this.text(xml.slice(spans[at], spans[at + 1]))))
        return attributeValue(xml, spans[at + 2] as number, spans[at + 3] as number, this.text);
    return undefined;
  }
}

export interface XmlHandler {
  /** `name` without its namespace prefix; attribute names keep theirs. */
  open(name: string, attributes: Attributes): void;
  text(text: string): void;
  close(name: string): void;
  /**
   * Whether the text that comes next matters to the handler; absent, all text does. A text that
   * does not is neither decoded nor handed over — a worksheet's data validations hold prompts and
   * lists the reader never looks at.
   */
  wantsText?(): boolean;
  /**
   * A worksheet's cell in the shape nearly every cell has — `<c>` with only `r`, `s` and `t`
   * attributes, empty or holding one `<v>` of plain text — handed over whole instead of as five
   * events, which cost most of a worksheet's scanning. A handler that takes it returns true; one
   * without it, or one that returns false, sees the cell as elements like any other.
   */
  cell?(cell: PlainCell): boolean;
  /**
   * A decoded part in the one plain shape the handler knows, taken whole from its text before any
   * scan (the shared strings: hundreds of `<si><t>…</t></si>`, four events each). A handler that
   * takes it returns true; false has the part scanned as usual, the handler's state as it began.
   */
  plainPart?(xml: string): boolean;
}

/**
 * A `<c>` in its plain shape (see {@link XmlHandler.cell}), given as places in the scanned text
 * rather than as strings: most cells' reference, style and value are read where they stand and
 * never copied out. Valid only during the call. An attribute the cell does not have starts at -1;
 * a value that is absent or empty (no text event comes then) has `valueEnd === valueStart`.
 */
export interface PlainCell {
  xml: string;
  refStart: number;
  refEnd: number;
  styleStart: number;
  styleEnd: number;
  typeStart: number;
  typeEnd: number;
  valueStart: number;
  valueEnd: number;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * How a part is turned into text for the scan: `decoded` as a whole, or `bytewise` — one
 * character per byte, decoding as UTF-8 only the pieces a handler is given that hold a byte past
 * ASCII (markup is ASCII, so it reads the same either way). Bytewise is for a part whose texts
 * are nearly all ASCII and whose other characters sit where no handler looks: a worksheet, whose
 * strings are in the shared strings and whose Chinese is in input prompts. It spares decoding the
 * whole part, and makes every string the scan takes one byte a character.
 */
export type PartText = 'decoded' | 'bytewise';

export function parsePart(
  zip: ZipArchive,
  entry: ZipEntry,
  handler: XmlHandler,
  as: PartText = 'decoded',
): void {
  try {
    const inflated = readEntry(zip, entry);
    // One kind of byte array for every part (not node's Buffer for some), so the scan's loads see one.
    const bytes = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    const { bytewise } = zip.codec;
    if (as === 'bytewise' && bytewise && utf16Order(bytes) === null) {
      scanXml(bytewise.text(bytes), handler, bytewise.utf8, bytes);
    } else {
      const xml = decodeText(bytes, zip.codec);
      if (handler.plainPart?.(xml)) return;
      // A text as long as its bytes has one character per byte, each ASCII where its byte is:
      // no UTF-8 sequence of several bytes, no byte-order mark, no UTF-16 (see Codes).
      scanXml(xml, handler, undefined, xml.length === bytes.length ? bytes : codesOf(xml));
    }
  } catch (error) {
    if (error instanceof ReadFault) throw error;
    throw new ReadFault(
      'corrupt',
      `${entry.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The byte order of a part written in UTF-16, from its byte-order mark; null for UTF-8. */
function utf16Order(bytes: Uint8Array): 'little' | 'big' | null {
  const bom = bytes.length >= 2 ? ((bytes[0] as number) << 8) | (bytes[1] as number) : 0;
  return bom === 0xfffe ? 'little' : bom === 0xfeff ? 'big' : null;
}

/** The part's text: UTF-8 (as the codec decodes it), or UTF-16 after its byte-order mark. */
function decodeText(bytes: Uint8Array, codec: ZipCodec): string {
  const order = utf16Order(bytes);
  if (order === null) return codec.utf8(bytes);
  const little = order === 'little';
  const units = new Array<string>();
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    units.push(String.fromCharCode(little ? a | (b << 8) : (a << 8) | b));
  }
  return units.join('');
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const AMPERSAND = 38;
const CR = 13;
const COLON = 58;
const C = 99;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/**
 * The scanned text's characters as bytes, one per character: its code where the character is
 * ASCII, a code past 127 where it is not. Markup is ASCII, so the scan finds it in the bytes —
 * loads from a byte array cost half of String#charCodeAt's — and takes from the text only the
 * strings it hands over.
 */
type Codes = Uint8Array;

/** What {@link codeAt} gives past the end of the text. */
const END = -1;

function codeAt(codes: Codes, at: number): number {
  return at < codes.length ? (codes[at] as number) : END;
}

function codesOf(xml: string): Codes {
  const codes = new Uint8Array(xml.length);
  for (let i = 0; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    codes[i] = code < 128 ? code : 255;
  }
  return codes;
}

class Malformed extends Error {}

/** A piece of the scanned text → the text it stands for (see {@link PartText}). */
type Pieces = (piece: string) => string;

const asWritten: Pieces = (piece) => piece;

const PAST_ASCII = /[^\0-\x7f]/;

/**
 * Scans `xml`, calling `handler` for each element's start and end and for its text. With `utf8`,
 * `xml` holds a part bytewise (see {@link PartText}) and `utf8` decodes a piece of it. `codes` are
 * its characters as {@link Codes}, when the caller has them.
 */
export function scanXml(
  xml: string,
  handler: XmlHandler,
  utf8?: (piece: string) => string,
  codes: Codes = codesOf(xml),
): void {
  const text: Pieces = utf8 ? (piece) => (PAST_ASCII.test(piece) ? utf8(piece) : piece) : asWritten;
  // The open elements' names as written, and without their prefix, as handlers see them.
  const open: string[] = [];
  const locals: string[] = [];
  const attributes = new AttributeList();
  attributes.xml = xml;
  attributes.codes = codes;
  attributes.text = text;
  const plain: PlainCell = {
    xml,
    refStart: -1,
    refEnd: -1,
    styleStart: -1,
    styleEnd: -1,
    typeStart: -1,
    typeEnd: -1,
    valueStart: 0,
    valueEnd: 0,
  };
  let rooted = false;
  let i = 0;
  const length = xml.length;
  const lineEnds = xml.indexOf('\r') < 0 ? (text: string) => text : normalisedLineEnds;
  let ampersand = -1;
  while (i < length) {
    const lt = indexOfCode(codes, LT, i);
    const stop = lt < 0 ? length : lt;
    if (stop > i && open.length > 0 && handler.wantsText?.() !== false) {
      // Most texts hold neither: one search over the whole part instead of two per text.
      if (ampersand < i) ampersand = nextOf(xml, '&', i);
      const piece = lineEnds(text(xml.slice(i, stop)));
      handler.text(ampersand < stop ? decodeReferences(piece) : piece);
    }
    if (lt < 0) break;
    const next = codeAt(codes, lt + 1);
    if (next === QUESTION) {
      i = after(xml, '?>', lt + 2);
    } else if (next === BANG) {
      if (xml.startsWith('<!--', lt)) i = after(xml, '-->', lt + 4);
      else if (xml.startsWith('<![CDATA[', lt) && open.length > 0) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new Malformed('CDATA section does not end');
        if (handler.wantsText?.() !== false) handler.text(lineEnds(text(xml.slice(lt + 9, end))));
        i = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt)) {
        throw new ReadFault('unsafe-xml', 'the part has a DOCTYPE');
      } else {
        throw new ReadFault('unsafe-xml', 'the part has a markup declaration');
      }
    } else if (next === SLASH) {
      const name = open.pop();
      if (name === undefined || !startsAt(codes, name, lt + 2))
        throw new Malformed('an end tag closes nothing open');
      let end = lt + 2 + name.length;
      while (isSpace(codeAt(codes, end))) end++;
      if (codeAt(codes, end) !== GT) throw new Malformed(`</${text(name)}> is malformed`);
      handler.close(locals.pop() as string);
      i = end + 1;
    } else {
      if (open.length === 0 && rooted) throw new Malformed('content after the root element');
      rooted = true;
      const end = next === C && open.length > 0 && handler.cell ? plainCell(codes, lt, plain) : -1;
      i =
        end >= 0 && handler.cell?.(plain)
          ? end
          : startTag(xml, codes, lt + 1, open, locals, attributes, handler);
    }
  }
  if (open.length > 0) throw new Malformed(`<${text(open[open.length - 1] as string)}> does not close`);
  if (!rooted) throw new Malformed('no root element');
}

/**
 * Where the character `code` next is from `from` (-1 if nowhere): by hand over the first few
 * characters, since most of what lies between markup is short (a cell's `1`, an attribute's
 * `A1`), where String#indexOf's call costs more than the search.
 */
function indexOfCode(codes: Codes, code: number, from: number): number {
  const near = Math.min(codes.length, from + 32);
  for (let k = from; k < near; k++) if (codes[k] === code) return k;
  return near === codes.length ? -1 : codes.indexOf(code, near);
}

/** Whether the text has `name` at `at` (names are short: compared by hand, not by String#startsWith). */
function startsAt(codes: Codes, name: string, at: number): boolean {
  if (at + name.length > codes.length) return false;
  for (let k = 0; k < name.length; k++) if (codes[at + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** Markup the cell scan looks for, as codes: compared from a byte array, not by String#charCodeAt. */
type Token = Uint8Array;

function token(markup: string): Token {
  return Uint8Array.from(markup, (c) => c.charCodeAt(0));
}

const CELL_END = token('</c>');
const VALUE_START = token('<v>');
const VALUE_AND_CELL_END = token('</v></c>');

/** Whether the text has `markup` at `at`. */
function hasToken(codes: Codes, markup: Token, at: number): boolean {
  if (at + markup.length > codes.length) return false;
  for (let k = 0; k < markup.length; k++) if (codes[at + k] !== markup[k]) return false;
  return true;
}

/** The index after the next `token` from `from`. */
function after(xml: string, token: string, from: number): number {
  const end = xml.indexOf(token, from);
  if (end < 0) throw new Malformed(`${token} missing`);
  return end + token.length;
}

/** A start tag from just after its `<`: its name, attributes, and whether it closes itself. */
function startTag(
  xml: string,
  codes: Codes,
  from: number,
  open: string[],
  locals: string[],
  attributes: AttributeList,
  handler: XmlHandler,
): number {
  let i = from;
  let colon = -1;
  let code = codeAt(codes, i);
  while (i < codes.length && !isSpace(code) && code !== GT && code !== SLASH) {
    if (code === COLON) colon = i;
    code = codeAt(codes, ++i);
  }
  if (i === from || i >= codes.length) throw new Malformed('bad start tag');
  const name = xml.slice(from, i);
  const local = attributes.text(colon < 0 ? name : xml.slice(colon + 1, i));
  attributes.count = 0;
  for (;;) {
    while (isSpace(code)) code = codeAt(codes, ++i);
    if (code === GT || code === SLASH) break;
    if (code === END) throw new Malformed(`<${attributes.text(name)}> does not end`);
    const nameStart = i;
    while (!isSpace(code) && code !== EQUALS && code !== GT && code !== END) code = codeAt(codes, ++i);
    const nameEnd = i;
    const attribute = () => attributes.text(xml.slice(nameStart, nameEnd));
    while (isSpace(code)) code = codeAt(codes, ++i);
    if (code !== EQUALS) throw new Malformed(`attribute ${attribute()} has no value`);
    code = codeAt(codes, ++i);
    while (isSpace(code)) code = codeAt(codes, ++i);
    if (code !== QUOTE && code !== APOSTROPHE) throw new Malformed(`attribute ${attribute()} is not quoted`);
    const end = indexOfCode(codes, code, i + 1);
    if (end < 0) throw new Malformed(`attribute ${attribute()} does not end`);
    attributes.add(nameStart, nameEnd, i + 1, end);
    i = end + 1;
    code = codeAt(codes, i);
    if (!isSpace(code) && code !== GT && code !== SLASH)
      throw new Malformed(`<${attributes.text(name)}> is malformed`);
  }
  if (code === SLASH) {
    if (codeAt(codes, i + 1) !== GT) throw new Malformed(`<${attributes.text(name)}> is malformed`);
    handler.open(local, attributes);
    handler.close(local);
    return i + 2;
  }
  open.push(name);
  locals.push(local);
  handler.open(local, attributes);
  return i + 1;
}

/**
 * Reads the `<c>` at `lt` into `cell` when it has the plain shape of {@link XmlHandler.cell},
 * written exactly so (no space around `=`, none between the tags, double quotes, no reference,
 * tab, line end or character past ASCII to decode, no attribute twice): the index after its end, or -1 for any other
 * shape, which the general path then reads — and judges — from the same place.
 */
function plainCell(codes: Codes, lt: number, cell: PlainCell): number {
  cell.refStart = cell.styleStart = cell.typeStart = -1;
  cell.valueStart = cell.valueEnd = 0;
  let i = lt + 2;
  let code = codeAt(codes, i);
  for (;;) {
    if (code !== 32 && code !== GT && code !== SLASH) return -1;
    while (code === 32) code = codeAt(codes, ++i);
    if (code === GT || code === SLASH) break;
    const name = code;
    if (codeAt(codes, i + 1) !== EQUALS || codeAt(codes, i + 2) !== QUOTE) return -1;
    const start = i + 3;
    let end = start;
    // Past the end codeAt is END, which fails the range test as well.
    for (code = codeAt(codes, end); code !== QUOTE; code = codeAt(codes, ++end))
      if (!(code >= 32 && code <= 127) || code === AMPERSAND || code === LT) return -1;
    if (name === 114 && cell.refStart < 0) {
      cell.refStart = start; // r
      cell.refEnd = end;
    } else if (name === 115 && cell.styleStart < 0) {
      cell.styleStart = start; // s
      cell.styleEnd = end;
    } else if (name === 116 && cell.typeStart < 0) {
      cell.typeStart = start; // t
      cell.typeEnd = end;
    } else return -1;
    i = end + 1;
    code = codeAt(codes, i);
  }
  if (code === SLASH) return codeAt(codes, i + 1) === GT ? i + 2 : -1;
  i++;
  if (hasToken(codes, CELL_END, i)) return i + CELL_END.length;
  if (!hasToken(codes, VALUE_START, i)) return -1;
  const start = i + VALUE_START.length;
  let end = start;
  for (code = codeAt(codes, end); code !== LT; code = codeAt(codes, ++end))
    if (!(code >= 0 && code <= 127) || code === AMPERSAND || code === CR) return -1;
  if (!hasToken(codes, VALUE_AND_CELL_END, end)) return -1;
  cell.valueStart = start;
  cell.valueEnd = end;
  return end + VALUE_AND_CELL_END.length;
}

/** Where `token` next is from `from`, or past the end. */
function nextOf(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  return at < 0 ? xml.length : at;
}

/** An attribute's value: XML turns its line ends and tabs into spaces, then decodes references. */
function attributeValue(xml: string, from: number, to: number, text: Pieces): string {
  const raw = text(xml.slice(from, to));
  let special = false;
  for (let k = 0; k < raw.length; k++) {
    const code = raw.charCodeAt(k);
    if (code === AMPERSAND || code === LT || code < 32) {
      special = true;
      break;
    }
  }
  if (!special) return raw;
  if (raw.indexOf('<') >= 0) throw new Malformed('< inside an attribute value');
  const spaced = raw.replace(/\r\n?|[\n\t]/g, ' ');
  return spaced.indexOf('&') < 0 ? spaced : decodeReferences(spaced);
}

/** A text between markup as XML means it: line ends normalised, then references decoded. */
export function meantText(piece: string): string {
  const text = normalisedLineEnds(piece);
  return text.indexOf('&') < 0 ? text : decodeReferences(text);
}

/** Line ends as XML means them: `\r\n` and `\r` are `\n`. */
function normalisedLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeReferences(text: string): string {
  return text.replace(/&([^;&]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Malformed('& without ;');
    const predefined = PREDEFINED[body];
    if (predefined !== undefined) return predefined;
    const point = /^#x[0-9a-fA-F]+$/.test(body)
      ? parseInt(body.slice(2), 16)
      : /^#[0-9]+$/.test(body)
        ? parseInt(body.slice(1), 10)
        : NaN;
    if (!isXmlChar(point)) throw new Malformed(`unknown reference &${body};`);
    return String.fromCodePoint(point);
  });
}

/** XML 1.0's Char production: what a character reference may name. */
function isXmlChar(point: number): boolean {
  return (
    point === 0x9 ||
    point === 0xa ||
    point === CR ||
    (point >= 0x20 && point <= 0xd7ff) ||
    (point >= 0xe000 && point <= 0xfffd) ||
    (point >= 0x10000 && point <= 0x10ffff)
  );
}
