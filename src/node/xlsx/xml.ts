/**
 * One XML part of the package, parsed as it is inflated (saxes, no tree built). A DOCTYPE is
 * refused outright: Office never writes one, and it is how entity-expansion attacks begin; saxes
 * itself never expands an entity a DTD declares.
 */
import { DecodeUTF8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { ReadFault } from './limits';
import type { ZipArchive, ZipEntry } from './zip';
import { readEntry } from './zip';

export interface XmlHandler {
  /** `name` without its namespace prefix; attribute names keep theirs. */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text(text: string): void;
  close(name: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function parsePart(zip: ZipArchive, entry: ZipEntry, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new ReadFault('unsafe-xml', `${entry.name} has a DOCTYPE`);
  });
  parser.on('opentag', (node) =>
    handler.open(localName(node.name), node.attributes as Record<string, string>),
  );
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.on('closetag', (node) => handler.close(localName(node.name)));

  // fflate's decoder rather than TextDecoder, which some hosts of this module (jsdom) lack.
  let decode: ((chunk: Uint8Array, final: boolean) => void) | undefined;
  try {
    readEntry(zip, entry, (chunk) => {
      decode ??= decoderFor(chunk, (text) => parser.write(text));
      decode(chunk, false);
    });
    decode?.(new Uint8Array(0), true);
    parser.close();
  } catch (error) {
    if (error instanceof ReadFault) throw error;
    throw new ReadFault(
      'corrupt',
      `${entry.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A streaming decoder for the part's encoding: UTF-8, or UTF-16 when it starts with a byte-order mark. */
function decoderFor(
  first: Uint8Array,
  write: (text: string) => void,
): (chunk: Uint8Array, final: boolean) => void {
  const bom = first.length >= 2 ? ((first[0] as number) << 8) | (first[1] as number) : 0;
  if (bom !== 0xfffe && bom !== 0xfeff) {
    const utf8 = new DecodeUTF8((text) => write(text));
    return (chunk, final) => utf8.push(chunk, final);
  }
  const little = bom === 0xfffe;
  let skip = 2;
  let carry: number | null = null;
  return (chunk) => {
    let text = '';
    for (let i = skip; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (carry === null) carry = byte;
      else {
        text += String.fromCharCode(little ? carry | (byte << 8) : (carry << 8) | byte);
        carry = null;
      }
    }
    skip = 0;
    if (text) write(text);
  };
}
