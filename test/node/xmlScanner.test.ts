/**
 * The reader's XML scanner (src/node/xlsx/xml.ts) against saxes, a conforming XML parser: on
 * any document of the shapes package parts have, both report the same elements, attributes and
 * text; on a damaged one, both refuse it.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import type { XmlHandler } from '../../src/node/xlsx/xml';
import { localName, scanXml } from '../../src/node/xlsx/xml';

type Event =
  readonly ['open', string, Record<string, string>] | readonly ['text', string] | readonly ['close', string];

/** Adjacent texts joined: where a parser splits a text run is not part of its meaning. */
function joined(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    const last = out[out.length - 1];
    if (event[0] === 'text' && last?.[0] === 'text') out[out.length - 1] = ['text', last[1] + event[1]];
    else if (event[0] !== 'text' || event[1] !== '') out.push(event);
  }
  return out;
}

/** Every attribute name the documents below are written with. */
const ATTRIBUTE_NAMES = ['r', 's', 't', 'x:id', 'name', 'ref'];

/**
 * The events a scan reports. With `cells`, the handler takes plain cells (XmlHandler.cell),
 * each told as the events it stands for; an empty `<v>` is then no event at all, as a plain
 * cell without text has none.
 */
function recorded(xml: string, cells: boolean, utf8?: (piece: string) => string): Event[] {
  const events: Event[] = [];
  const handler: XmlHandler = {
    open(name, attributes) {
      const found: Record<string, string> = {};
      for (const attribute of ATTRIBUTE_NAMES) {
        const value = attributes.get(attribute);
        if (value !== undefined) found[attribute] = value;
      }
      events.push(['open', name, found]);
    },
    text: (text) => events.push(['text', text]),
    close: (name) => events.push(['close', name]),
    ...(cells
      ? {
          cell: (cell) => {
            const piece = (start: number, end: number) =>
              (utf8 ?? ((p: string) => p))(cell.xml.slice(start, end));
            const found: Record<string, string> = {};
            if (cell.refStart >= 0) found.r = piece(cell.refStart, cell.refEnd);
            if (cell.styleStart >= 0) found.s = piece(cell.styleStart, cell.styleEnd);
            if (cell.typeStart >= 0) found.t = piece(cell.typeStart, cell.typeEnd);
            events.push(['open', 'c', found]);
            if (cell.valueEnd > cell.valueStart)
              events.push(['open', 'v', {}], ['text', piece(cell.valueStart, cell.valueEnd)], ['close', 'v']);
            events.push(['close', 'c']);
            return true;
          },
        }
      : {}),
  };
  scanXml(xml, handler, utf8);
  return cells ? withoutEmptyValues(joined(events)) : joined(events);
}

const scanned = (xml: string, utf8?: (piece: string) => string) => recorded(xml, false, utf8);
const scannedWithCells = (xml: string, utf8?: (piece: string) => string) => recorded(xml, true, utf8);

function withoutEmptyValues(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    const last = out[out.length - 1];
    if (event[0] === 'close' && event[1] === 'v' && last?.[0] === 'open' && last[1] === 'v') out.pop();
    else out.push(event);
  }
  return out;
}

function parsed(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false });
  // Whitespace outside the root element is not content; saxes reports it, the scanner does not.
  let depth = 0;
  const text = (value: string) => {
    if (depth > 0) events.push(['text', value]);
  };
  parser.on('opentag', (node) => {
    depth++;
    events.push(['open', localName(node.name), { ...node.attributes } as Record<string, string>]);
  });
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('closetag', (node) => {
    depth--;
    events.push(['close', localName(node.name)]);
  });
  parser.write(xml).close();
  return joined(events);
}

/** A part read bytewise, as the Node codec reads a worksheet: one character per byte. */
const bytewise = (bytes: Buffer) => bytes.toString('latin1');
const pieceUtf8 = (piece: string) => Buffer.from(piece, 'latin1').toString('utf8');

/** What a scan reports, or that it refuses. */
function outcome(read: () => Event[]): Event[] | 'refused' {
  try {
    return read();
  } catch {
    return 'refused';
  }
}

function refuses(read: () => unknown): boolean {
  try {
    read();
    return false;
  } catch {
    return true;
  }
}

const escape = (text: string, quote: boolean) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, quote ? '&quot;' : '"');

const chars = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<', '>', '&', '"', "'", ' ', '\n', '\r\n', '\r', '\t', '班', '𠀋', 'é', ']]'),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 12,
});

const text: fc.Arbitrary<string> = fc.oneof(
  chars.map((t) => escape(t, false)),
  chars.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}]]>`),
  fc
    .oneof(
      fc.integer({ min: 0x20, max: 0xd7ff }),
      fc.integer({ min: 0xe000, max: 0xfffd }),
      fc.integer({ min: 0x10000, max: 0x2ffff }),
    )
    .map((c) => (c % 2 ? `&#${c};` : `&#x${c.toString(16)};`)),
  fc.constant('<!-- a comment -->'),
  fc.constant('<?pi data?>'),
);

const attributes = fc
  .uniqueArray(fc.tuple(fc.constantFrom('r', 's', 't', 'x:id', 'name', 'ref'), chars), {
    selector: ([name]) => name,
    maxLength: 4,
  })
  .map((list) => list.map(([name, value]) => ` ${name}="${escape(value, true)}"`).join(''));

const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, tie('element')),
  element: fc
    .tuple(
      fc.constantFrom('c', 'v', 'x:row', 'si', 't'),
      attributes,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.boolean(),
    )
    .map(([name, attrs, children, selfClosing]) =>
      selfClosing && children.length === 0
        ? `<${name}${attrs}/>`
        : `<${name}${attrs}>${children.join('')}</${name} >`,
    ),
})).element;

/** Cells in the plain shape and in every near miss of it: another attribute, spacing, quoting, a formula. */
const cell: fc.Arbitrary<string> = fc
  .tuple(
    fc.uniqueArray(
      fc.tuple(fc.constantFrom('r', 's', 't'), fc.oneof(chars, fc.constantFrom('A1', '5', 's'))),
      {
        selector: ([name]) => name,
        maxLength: 3,
      },
    ),
    fc.constantFrom('="', ' = "', "='"),
    fc.oneof(fc.constant(''), fc.constantFrom(' x:id="1"', ' ')),
    fc.oneof(
      fc.constant(null),
      fc.constant(''),
      fc.oneof(chars, fc.constantFrom('16', '')).map((t) => `<v>${escape(t, false)}</v>`),
      fc.constantFrom('<f>A1</f><v>2</v>', ' <v>1</v>', '<v>1</v> ', '<v>1</v ><is/>', '<is><t>x</t></is>'),
    ),
  )
  .map(([attributes, equals, extra, content]) => {
    const quote = equals.endsWith("'") ? "'" : '"';
    const written = attributes
      .map(([name, value]) => ` ${name}${equals}${escape(value, true).replace(/'/g, '&apos;')}${quote}`)
      .join('');
    return content === null ? `<c${written}${extra}/>` : `<c${written}${extra}>${content}</c>`;
  });

const sheetData = fc
  .array(cell, { maxLength: 6 })
  .map((cells) => `<sheetData><row r="1">${cells.join('')}</row></sheetData>`);

describe('the XML scanner', () => {
  it('hands plain cells over whole with the same meaning as their elements, and reads any other cell as elements', () => {
    fc.assert(
      fc.property(sheetData, (xml) => {
        expect(scannedWithCells(xml)).toEqual(withoutEmptyValues(parsed(xml)));
        expect(scanned(xml)).toEqual(parsed(xml));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(sheetData, fc.nat(), (xml, cut) => {
        const part = xml.slice(0, cut % (xml.length + 1));
        expect(refuses(() => scannedWithCells(part))).toBe(refuses(() => parsed(part)));
      }),
      { numRuns: 400 },
    );
  });

  it('reports what a conforming parser reports, on any document of the parts’ shapes', () => {
    fc.assert(
      fc.property(element, (root) => {
        const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${root}`;
        expect(scanned(xml)).toEqual(parsed(xml));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses what a conforming parser refuses: damaged markup, unknown entities, a document cut short', () => {
    fc.assert(
      fc.property(element, fc.nat(), (root, cut) => {
        const xml = root.slice(0, cut % (root.length + 1));
        expect(refuses(() => scanned(xml))).toBe(refuses(() => parsed(xml)));
      }),
      { numRuns: 400 },
    );
    for (const damaged of [
      '<a><b></a></b>',
      '<a>&nbsp;</a>',
      '<a>&#0;</a>',
      '<a x="1" y></a>',
      '<a>x</a><b/>',
      '<a',
      '',
    ]) {
      expect([damaged, refuses(() => scanned(damaged))]).toEqual([damaged, true]);
      expect([damaged, refuses(() => parsed(damaged))]).toEqual([damaged, true]);
    }
  });

  it('reads a part bytewise as it reads it decoded, whole or cut at any byte', () => {
    fc.assert(
      fc.property(fc.oneof(element, sheetData), fc.nat(), (root, cut) => {
        const whole = Buffer.from(`\ufeff<?xml version="1.0"?>${root}`, 'utf8');
        for (const bytes of [whole, whole.subarray(0, cut % (whole.length + 1))]) {
          const decoded = bytes.toString('utf8');
          expect(outcome(() => scanned(bytewise(bytes), pieceUtf8))).toEqual(outcome(() => scanned(decoded)));
          expect(outcome(() => scannedWithCells(bytewise(bytes), pieceUtf8))).toEqual(
            outcome(() => scannedWithCells(decoded)),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a DOCTYPE, so no entity a document declares is ever expanded', () => {
    expect(() => scanned('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toThrow('DOCTYPE');
  });

  it('hands over, and decodes, only the text a handler wants', () => {
    const texts: string[] = [];
    let inWanted = false;
    scanXml('<a><skip>&quot;a&amp;b&quot;</skip><keep>x &lt; y</keep><skip><![CDATA[z]]></skip></a>', {
      open: (name) => (inWanted = name === 'keep'),
      close: () => (inWanted = false),
      text: (text) => texts.push(text),
      wantsText: () => inWanted,
    });
    expect(texts).toEqual(['x < y']);
  });
});
