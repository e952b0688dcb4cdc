/**
 * The two codecs the reader's entry points choose between — node:zlib with Node's decoding for
 * the command line, fflate for the pane's Web Worker — read any workbook the same.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { nodeCodec } from '../../src/node/readXlsxFile';
import type { ZipCodec } from '../../src/node/xlsx/zip';
import { latin1Bytewise, PastLimit, portableCodec } from '../../src/node/xlsx/zip';
import { NS, workbookOf, worksheet } from './xlsxBuilder';

describe('Node’s codec and the pane’s', () => {
  it('read a workbook the same, ASCII parts and UTF-8 ones, numbers, dates and text', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 1.5}</v></c><c r="B${i + 1}" t="s"><v>${i % 3}</v></c>` +
        `<c r="C${i + 1}" t="inlineStr"><is><t>${i % 2 ? '班主任' : 'plain &amp; simple'}</t></is></c></row>`,
    );
    const strings = `<sst ${NS}><si><t>学号</t></si><si><t>ascii</t></si><si><r><t>富</t></r><r><t>文本</t></r></si></sst>`;
    const bytes = workbookOf([{ name: '记录', xml: worksheet(rows.join('')) }], strings);
    const inNode = await readWorkbookBuffer(bytes, 'x.xlsx', nodeCodec);
    const inPane = await readWorkbookBuffer(bytes, 'x.xlsx');
    expect(inNode).toEqual(inPane);
    expect(inNode.sheets['记录']?.[1]).toEqual([1.5, 'ascii', '班主任']);
    expect(inNode.sheets['记录']?.[2]).toEqual([3, '富文本', 'plain & simple']);
  });
});

describe('inflating, whatever length the archive records', () => {
  const xml = Buffer.from('<row><c><v>1</v></c></row>'.repeat(4000));
  // Incompressible bytes: a deflate stream longer than the one-call path takes.
  const noise = Buffer.alloc(100_000);
  for (let i = 0, x = 1; i < noise.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    noise[i] = x >>> 24;
  }
  const inflated = (codec: ZipCodec, data: Buffer, max: number, expected: number) => {
    try {
      return Buffer.from(codec.inflate(deflateRawSync(data), max, expected)).toString('latin1');
    } catch (error) {
      return error instanceof PastLimit ? 'past the limit' : String(error);
    }
  };
  it.each([
    ['the length it records', xml, 1 << 20, xml.length],
    ['a length too short', xml, 1 << 20, 100],
    ['a length too long', xml, 1 << 20, xml.length * 2],
    ['a short length, and a stream past the limit', xml, 50_000, 100],
    ['a long stream', noise, 1 << 20, noise.length],
    ['a long stream, and a length too short', noise, 1 << 20, 100],
  ])('gives the pane’s codec and Node’s the same bytes: %s', (_, data, max, expected) => {
    const inPane = inflated(portableCodec, data, max, expected);
    expect(inPane).toBe(inflated(nodeCodec, data, max, expected));
    expect(inPane).toBe(data.length > max ? 'past the limit' : data.toString('latin1'));
  });
});

describe('the pane’s CRC-32', () => {
  it('is zlib’s, for any bytes of any length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(portableCodec.crc32(bytes)).toBe(crc32(bytes));
      }),
    );
    const long = new Uint8Array(100_003).map((_, i) => (i * 31) ^ (i >>> 7));
    expect(portableCodec.crc32(long)).toBe(crc32(long));
  });
});

describe('the pane’s bytewise text', () => {
  const bytewise = portableCodec.bytewise;

  it('is there wherever TextDecoder is', () => {
    expect(bytewise).toBeDefined();
  });

  it('has one character per byte, ASCII where the byte is, and past ASCII where it is not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytewise?.text(bytes) ?? '';
        expect(text.length).toBe(bytes.length);
        bytes.forEach((byte, i) => {
          const code = text.charCodeAt(i);
          if (byte < 128) expect(code).toBe(byte);
          else expect(code).toBeGreaterThanOrEqual(128);
        });
      }),
    );
  });

  it('gives back any piece’s UTF-8 as Node’s does, the bytes 0x80–0x9F included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (value) => {
        const utf8 = Buffer.from(value, 'utf8');
        const piece = bytewise?.text(utf8) ?? '';
        expect(bytewise?.utf8(piece)).toBe(nodeCodec.bytewise?.utf8(utf8.toString('latin1')));
        expect(bytewise?.utf8(piece)).toBe(utf8.toString('utf8'));
      }),
    );
  });

  // A browser's "latin1" is windows-1252, which gives bytes 0x80–0x9F characters of their own
  // (0x80 is €); Node's gives them their own codes. Stood in for here by other characters still.
  const windows1252Like = {
    decode: (data: Uint8Array) =>
      String.fromCharCode(...Array.from(data, (b) => (b >= 0x80 && b < 0xa0 ? 0x2100 + (0x9f - b) : b))),
  };

  it('maps the characters a decoder gives bytes 0x80–0x9F back to those bytes', () => {
    const own = latin1Bytewise(windows1252Like);
    // U+0400…U+041F are D0 80…D0 9F.
    const cyrillic = String.fromCharCode(...Array.from({ length: 32 }, (_, i) => 0x400 + i));
    const piece = own?.text(Buffer.from(cyrillic, 'utf8')) ?? '';
    expect(piece).not.toBe(Buffer.from(cyrillic, 'utf8').toString('latin1'));
    expect(own?.utf8(piece)).toBe(cyrillic);
  });

  it('is none for a decoder that does not give one character per byte', () => {
    expect(latin1Bytewise({ decode: (data) => Buffer.from(data).toString('utf8') })).toBeUndefined();
  });
});
