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

function scanned(xml: string): Event[] {
  const events: Event[] = [];
  const names = ['r', 's', 't', 'x:id', 'name', 'ref'];
  const handler: XmlHandler = {
    open(name, attributes) {
      const found: Record<string, string> = {};
      for (const attribute of names) {
        const value = attributes.get(attribute);
        if (value !== undefined) found[attribute] = value;
      }
      events.push(['open', name, found]);
    },
    text: (text) => events.push(['text', text]),
    close: (name) => events.push(['close', name]),
  };
  scanXml(xml, handler);
  return joined(events);
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

describe('the XML scanner', () => {
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

  it('refuses a DOCTYPE, so no entity a document declares is ever expanded', () => {
    expect(() => scanned('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toThrow('DOCTYPE');
  });
});
