/**
 * The zip container of an .xlsx: the central directory, and one entry at a time inflated, its
 * bytes counted as they come out so that a bomb is stopped at the bound, not after. Entry sizes written in the archive are not trusted: the CRC-32 and the real length are
 * checked at the end of every entry.
 */
import type * as NodeBufferModule from 'node:buffer';
import type * as NodeZlib from 'node:zlib';
import { Inflate, inflateSync, strFromU8 } from 'fflate';
import { concatBytes } from './bytes';
import { LIMITS, MB, ReadFault } from './limits';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: ReadonlyMap<string, ZipEntry>;
  readonly codec: ZipCodec;
  /** Bytes inflated so far over every entry read. */
  inflated: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function corrupt(detail: string): ReadFault {
  return new ReadFault('corrupt', detail);
}

export function openZip(bytes: Uint8Array, codec: ZipCodec): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Every number in a zip is little-endian.
  const littleEndian = true;
  const u16 = (at: number) => view.getUint16(at, littleEndian);
  const u32 = (at: number) => view.getUint32(at, littleEndian);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;

  let eocd = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory');
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff || size === 0xffffffff) && eocd >= 20) {
    const locator = eocd - 20;
    if (u32(locator) === EOCD64_LOCATOR) {
      const record = u64(locator + 8);
      if (record + 56 > bytes.length || u32(record) !== EOCD64) throw corrupt('bad zip64 record');
      count = u64(record + 32);
      size = u64(record + 40);
      offset = u64(record + 48);
    }
  }
  if (offset + size > bytes.length) throw corrupt('central directory past the end');

  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw corrupt('bad central directory entry');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    let compressedSize = u32(at + 20);
    let uncompressed = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    // zip64: the real sizes and offset are in the extra field, in this order, when they overflow.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const length = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressed === 0xffffffff) {
          uncompressed = u64(field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(field);
      }
      extra += 4 + length;
    }
    if (flags & 1) throw corrupt(`encrypted entry ${name}`);
    entries.set(name.replace(/\\/g, '/'), {
      name,
      method,
      crc,
      compressedSize,
      size: uncompressed,
      localOffset,
    });
    at = extraEnd + commentLength;
  }
  return { bytes, entries, codec, inflated: 0 };
}

/**
 * What the archive needs of zlib: raw inflate and CRC-32. The reader runs where zlib is native
 * (Node) and where it is not (the pane's Web Worker): the entry point chooses.
 */
export interface ZipCodec {
  /**
   * Inflates `data` (a raw deflate stream); throws {@link PastLimit} as soon as more than `max`
   * bytes come out, before taking the memory for the rest. `expected` is the length the archive
   * records: a hint for the size of the output buffer, never trusted.
   */
  inflate(data: Uint8Array, max: number, expected: number): Uint8Array;
  crc32(data: Uint8Array): number;
  /** `data` decoded as UTF-8 (a part's text). */
  utf8(data: Uint8Array): string;
  /**
   * A part read bytewise (src/node/xlsx/xml.ts, PartText): `text` one character per byte, and
   * `utf8` decoding a piece of that text as the UTF-8 it was. Undefined where it would save nothing.
   */
  readonly bytewise: Bytewise | undefined;
}

/** See {@link ZipCodec.bytewise}. */
export interface Bytewise {
  text(data: Uint8Array): string;
  utf8(piece: string): string;
}

export class PastLimit extends Error {}

/** node:zlib's smallest output chunk. */
const MIN_CHUNK = 64;

type Zlib = Pick<typeof NodeZlib, 'inflateRawSync'> & {
  /** From Node 20.15 and 22.2. */
  readonly crc32?: (data: Uint8Array) => number;
};

type NodeBuffer = Pick<typeof NodeBufferModule, 'Buffer'> & {
  /** From Node 18.15 and 19.6. */
  readonly isAscii?: (data: Uint8Array) => boolean;
};

/**
 * node:zlib as a {@link ZipCodec}: native, and bounded by `maxOutputLength`, which stops inflating
 * once the output would pass it. Passed in, so that this module stays free of Node.
 */
export function zlibCodec(zlib: Zlib, buffer: NodeBuffer): ZipCodec {
  const { inflateRawSync, crc32: nativeCrc32 } = zlib;
  const { Buffer, isAscii } = buffer;
  const latin1 = (data: Uint8Array) =>
    Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  return {
    inflate(data, max, expected) {
      try {
        // Output in one buffer of the recorded length (one byte more, for zlib to see the end
        // in it), not in 16 KB chunks joined at the end: a sixth of inflating a small part.
        const chunkSize = Math.max(MIN_CHUNK, Math.min(expected + 1, max));
        return inflateRawSync(data, { maxOutputLength: Math.max(1, max), chunkSize });
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE') throw new PastLimit();
        throw error;
      }
    },
    crc32: nativeCrc32 ? (data) => nativeCrc32(data) : crc32,
    // Many parts are all ASCII (relationships, styles): read as Latin-1 they need no UTF-8
    // decoding and make a string of one byte per character.
    utf8: (data) => (isAscii?.(data) ? latin1(data) : strFromU8(data)),
    bytewise: {
      text: latin1,
      utf8: (piece) => Buffer.from(piece, 'latin1').toString('utf8'),
    },
  };
}

/** Compressed bytes handed to fflate at once: at deflate's 1032:1 at most ~16 MB come out of one. */
const STEP = 16 * 1024;

/** fflate's inflater, in steps, counting what comes out: for hosts without a native zlib. */
function inflateInSteps(data: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    length += chunk.length;
    if (length > max) throw new PastLimit();
    chunks.push(chunk);
    if (final) done = true;
  });
  if (data.length === 0) {
    const last = true;
    inflate.push(data, last);
  }
  for (let i = 0; i < data.length; i += STEP) {
    const stop = Math.min(data.length, i + STEP);
    const last = stop === data.length;
    inflate.push(data.subarray(i, stop), last);
  }
  if (!done) throw new Error('deflate stream does not end');
  return concatBytes(chunks);
}

/**
 * Deflate streams up to this long are first inflated by fflate in one call, into one buffer of
 * the recorded length and a byte more: in steps, every block first grows fflate's output by
 * 128 KB, which cost a small workbook four tenths of its reading. What the buffer cannot hold is
 * dropped, and deflate inflates at most 1032 times, so a stream that lies costs at most ~66 MB of
 * inflating before it shows by filling the buffer; it is then inflated again in steps, which
 * stop at the bound, so that it fails as it would have.
 */
const ONE_CALL = 64 * 1024;

function inflateInOneCall(data: Uint8Array, max: number, expected: number): Uint8Array {
  if (data.length > ONE_CALL || expected >= max) return inflateInSteps(data, max);
  const out = inflateSync(data, { out: new Uint8Array(expected + 1) });
  return out.length > expected ? inflateInSteps(data, max) : out;
}

/**
 * Bytewise text (./xml.ts, PartText) from a "latin1" TextDecoder, which is windows-1252 in
 * browsers and ISO-8859-1 in Node: one character per byte either way, ASCII where the byte is, so
 * the bytes are the scan's codes as they are; the characters it gives bytes past ASCII map back
 * to them by a table made from the decoder itself. Undefined for a decoder that decodes otherwise.
 */
export function latin1Bytewise(decoder: { decode(data: Uint8Array): string }): Bytewise | undefined {
  const all = decoder.decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  if (all.length !== 256) return undefined;
  const byteOf = new Map<number, number>();
  for (let i = 0; i < 256; i++) byteOf.set(all.charCodeAt(i), i);
  if (byteOf.size !== 256 || [...byteOf].some(([code, byte]) => byte < 128 && code !== byte))
    return undefined;
  return {
    text: (data) => decoder.decode(data),
    utf8(piece) {
      const bytes = new Uint8Array(piece.length);
      for (let i = 0; i < piece.length; i++) bytes[i] = byteOf.get(piece.charCodeAt(i)) ?? 0xff;
      return strFromU8(bytes);
    },
  };
}

/** Not made yet while null. */
let madeBytewise: Bytewise | undefined | null = null;

/**
 * Made when first asked for: the command line, which reads with node:zlib, never asks (~1 ms of
 * its start). None where there is no TextDecoder (jsdom): parts are then decoded whole.
 */
function portableBytewise(): Bytewise | undefined {
  if (madeBytewise === null)
    madeBytewise = typeof TextDecoder === 'function' ? latin1Bytewise(new TextDecoder('latin1')) : undefined;
  return madeBytewise;
}

/** fflate and CRC-32 in JavaScript: for hosts without a native zlib (the pane's Web Worker). */
export const portableCodec: ZipCodec = {
  inflate: inflateInOneCall,
  crc32,
  // fflate's decoder rather than TextDecoder, which some hosts of this module (jsdom) lack; it
  // uses TextDecoder where there is one.
  utf8: (data) => strFromU8(data),
  get bytewise() {
    return portableBytewise();
  },
};

/**
 * The bytes of `entry`. Throws a ReadFault past the part or the archive
 * bound, on a damaged stream, a wrong CRC or a length other than the one recorded.
 */
export function readEntry(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes } = zip;
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes[at] !== 0x50 || readU32(bytes, at) !== LOCAL)
    throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + readU16(bytes, at + 26) + readU16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} runs past the end of the file`);

  const partLimit = LIMITS.partMb * MB;
  const totalLeft = LIMITS.totalMb * MB - zip.inflated;
  const max = Math.max(0, Math.min(partLimit, totalLeft));
  const pastLimit = () =>
    partLimit <= totalLeft
      ? new ReadFault('part-too-large', `${entry.name} inflates past ${LIMITS.partMb} MB`, LIMITS.partMb)
      : new ReadFault('too-large', `the parts inflate past ${LIMITS.totalMb} MB`, LIMITS.totalMb);
  // A part the directory itself records past the bound is refused before anything is inflated; a
  // smaller record is not trusted either (the inflater stops at the bound, the length is checked).
  if (entry.size > max) throw pastLimit();

  let out: Uint8Array;
  const stored = bytes.subarray(start, end);
  if (entry.method === 0) out = stored;
  else if (entry.method === 8) {
    try {
      out = zip.codec.inflate(stored, max, entry.size);
    } catch (error) {
      if (error instanceof PastLimit) throw pastLimit();
      throw corrupt(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    throw corrupt(`${entry.name}: compression method ${entry.method}`);
  }
  if (out.length > max) throw pastLimit();
  zip.inflated += out.length;
  if (out.length !== entry.size) throw corrupt(`${entry.name}: ${out.length} bytes, ${entry.size} recorded`);
  if (zip.codec.crc32(out) !== entry.crc) throw corrupt(`${entry.name}: CRC mismatch`);
  return out;
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (readU16(bytes, at) | (readU16(bytes, at + 2) << 16)) >>> 0;
}

/**
 * CRC-32 eight bytes at a time ("slicing by 8"): table k holds the CRC of a byte followed by k
 * zero bytes, so eight lookups replace eight dependent steps — nearly three times the speed of the
 * byte-at-a-time loop, which was a tenth of reading a workbook in the pane.
 */
const CRC_TABLES = (() => {
  const tables = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (tables[c & 0xff] as number) ^ (c >>> 8);
      tables[k * 256 + n] = c;
    }
  }
  return tables;
})();

function crc32(data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = -1;
  let i = 0;
  for (const end = data.length - 7; i < end; i += 8) {
    const low =
      c ^
      ((data[i] as number) |
        ((data[i + 1] as number) << 8) |
        ((data[i + 2] as number) << 16) |
        ((data[i + 3] as number) << 24));
    c =
      (t[1792 + (low & 0xff)] as number) ^
      (t[1536 + ((low >>> 8) & 0xff)] as number) ^
      (t[1280 + ((low >>> 16) & 0xff)] as number) ^
      (t[1024 + (low >>> 24)] as number) ^
      (t[768 + (data[i + 4] as number)] as number) ^
      (t[512 + (data[i + 5] as number)] as number) ^
      (t[256 + (data[i + 6] as number)] as number) ^
      (t[data[i + 7] as number] as number);
  }
  for (; i < data.length; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
