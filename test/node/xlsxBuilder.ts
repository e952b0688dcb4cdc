/**
 * Hand-made .xlsx packages for the reader's tests: parts given as text or as a stream of chunks
 * (deflated as they come, so a bomb of hundreds of MB is built without holding it), sizes and
 * CRC recorded truthfully unless a test asks the archive to lie.
 */
import { Deflate } from 'fflate';
import zlib from 'node:zlib';

export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Part {
  readonly name: string;
  /** The part's content, or chunks of it (a generator is consumed once). */
  readonly content: string | Iterable<string>;
  /** Record this uncompressed size in the archive instead of the real one. */
  readonly claimedSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** zlib's CRC-32 where Node has it (20.15+: fast enough for the bombs' hundreds of MB), else a table. */
const crc32: (bytes: Uint8Array, crc: number) => number =
  typeof zlib.crc32 === 'function'
    ? (bytes, crc) => zlib.crc32(bytes, crc)
    : (bytes, crc) => {
        let c = ~crc;
        for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
        return ~c >>> 0;
      };

function deflated(content: string | Iterable<string>): { data: Uint8Array; crc: number; size: number } {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  const enc = new TextEncoder();
  let crc = 0;
  let size = 0;
  for (const piece of typeof content === 'string' ? [content] : content) {
    const bytes = enc.encode(piece);
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflate.push(bytes);
  }
  deflate.push(new Uint8Array(0), true);
  return { data: Buffer.concat(out), crc, size };
}

/** A zip of deflated parts. */
export function zipParts(parts: readonly Part[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(enc.encode(part.name));
    const { data, crc, size } = deflated(part.content);
    const recorded = part.claimedSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(recorded, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(recorded, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(data));
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export interface Sheet {
  readonly name: string;
  /** The whole worksheet part, or chunks of it. */
  readonly xml: string | Iterable<string>;
  readonly claimedSize?: number;
}

/** A package with the given worksheets (named S1, S2… unless given) and optional shared strings. */
export function workbookOf(sheets: readonly Sheet[], sharedStrings?: string | Iterable<string>): Uint8Array {
  const sheetList = sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels =
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    (sharedStrings === undefined
      ? ''
      : `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  const parts: Part[] = [
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${RNS}><sheets>${sheetList}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      content: s.xml,
      ...(s.claimedSize === undefined ? {} : { claimedSize: s.claimedSize }),
    })),
  ];
  if (sharedStrings !== undefined) parts.push({ name: 'xl/sharedStrings.xml', content: sharedStrings });
  return zipParts(parts);
}

/** A worksheet part around `sheetData` content (a string, or chunks of it). */
export function* worksheet(sheetData: string | Iterable<string>, after = ''): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`;
  if (typeof sheetData === 'string') yield sheetData;
  else yield* sheetData;
  yield `</sheetData>${after}</worksheet>`;
}

/** `text` repeated until `bytes` characters, in 1 MB chunks. */
export function* repeated(text: string, bytes: number): Generator<string> {
  const chunk = text.repeat(Math.max(1, Math.floor((1024 * 1024) / text.length)));
  for (let done = 0; done < bytes; done += chunk.length) yield chunk;
}
