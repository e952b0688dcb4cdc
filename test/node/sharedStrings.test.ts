/**
 * The shared strings part (src/node/xlsx/parts.ts): in its plain shape it is read whole, without
 * the scan; whatever it reads there is what the scan reads, and any other shape is left to it.
 */
import fc from 'fast-check';
import { sharedStringsHandler } from '../../src/node/xlsx/parts';
import { scanXml } from '../../src/node/xlsx/xml';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">';

/** The strings as the scan reads them, or that it refuses the part. */
function scanned(xml: string): string[] | 'refused' {
  const into: string[] = [];
  try {
    scanXml(xml, sharedStringsHandler(into));
    return into;
  } catch {
    return 'refused';
  }
}

/** The strings as the plain reading takes them; null where it leaves the part to the scan. */
function plain(xml: string): string[] | null | 'refused' {
  const into: string[] = [];
  let taken: boolean | undefined;
  try {
    taken = sharedStringsHandler(into).plainPart?.(xml);
  } catch {
    return 'refused';
  }
  if (taken) return into;
  expect(into).toEqual([]);
  return null;
}

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '&amp;',
      '&lt;',
      '&#x73ed;',
      '&#20027;',
      '&bogus;',
      '&',
      '\r\n',
      '\r',
      '\n',
      ' ',
      '班',
      '𠀋',
    ),
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 10,
});

const plainString = fc
  .tuple(text, fc.boolean())
  .map(([t, preserved]) => `<si><t${preserved ? ' xml:space="preserve"' : ''}>${t}</t></si>`);

/** Strings as other writers or damaged files have them. */
const otherString = fc.constantFrom(
  '<si><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r></si>',
  '<si><t>漢字</t><rPh sb="0" eb="1"><t>かんじ</t></rPh></si>',
  '<si><t/></si>',
  '<si><t>a</t> </si>',
  '<x:si><x:t>a</x:t></x:si>',
  '<si><t>a</t></si><!-- a comment -->',
  '<si><t>a<b/></t></si>',
  '<si><t>a</si>',
);

const part = fc
  .tuple(
    fc.array(fc.oneof({ weight: 4, arbitrary: plainString }, { weight: 1, arbitrary: otherString }), {
      maxLength: 6,
    }),
    fc.constantFrom('</sst>', '</sst>\n', '</sst >', '</sst><si/>', ''),
  )
  .map(([strings, end]) => `${HEAD}${strings.join('')}${end}`);

describe('the shared strings part', () => {
  it('reads in its plain shape what the scan reads, and refuses what it refuses', () => {
    fc.assert(
      fc.property(part, (xml) => {
        const taken = plain(xml);
        if (taken !== null) expect(taken).toEqual(scanned(xml));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the shape Office, WPS and LibreOffice write whole', () => {
    const xml = `${HEAD}<si><t>班主任</t></si><si><t xml:space="preserve"> a &amp; b </t></si><si><t></t></si></sst>`;
    expect(plain(xml)).toEqual(['班主任', ' a & b ', '']);
    expect(plain(`<sst>${'<si><t>x</t></si>'.repeat(3)}</sst>\r\n`)).toEqual(['x', 'x', 'x']);
  });

  it('leaves any other shape to the scan', () => {
    for (const xml of [
      `${HEAD}<si><r><t>a</t></r></si></sst>`,
      `${HEAD}<si><t>a</t></si></sst><!-- after -->`,
      `<!-- before --><sst><si><t>a</t></si></sst>`,
      `<sst count='1'><si><t>a</t></si></sst>`,
      `<sst/>`,
    ])
      expect(plain(xml)).toBeNull();
  });

  it('refuses a text past the string bound in the plain shape as the scan does', () => {
    const xml = `${HEAD}<si><t>${'x'.repeat(40_000)}</t></si></sst>`;
    expect(plain(xml)).toBe('refused');
    expect(scanned(xml)).toBe('refused');
  });
});
