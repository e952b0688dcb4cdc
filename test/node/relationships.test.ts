import type { Relationship } from '../../src/node/xlsx/parts';
import { relationshipsHandler } from '../../src/node/xlsx/parts';
import { scanXml } from '../../src/node/xlsx/xml';

/** The package path each target of `xl/_rels/workbook.xml.rels` resolves to. */
function resolved(targets: readonly string[]): string[] {
  const into = new Map<string, Relationship>();
  const relationships = targets
    .map((target, i) => `<Relationship Id="r${i}" Type="t/worksheet" Target="${target}"/>`)
    .join('');
  scanXml(`<Relationships>${relationships}</Relationships>`, relationshipsHandler('xl/workbook.xml', into));
  return [...into.values()].map((r) => r.target);
}

describe('relationship targets', () => {
  it('resolve against the part they belong to, however they are written', () => {
    expect(
      resolved([
        'worksheets/sheet1.xml',
        '/xl/worksheets/sheet2.xml',
        '../xl/worksheets/sheet3.xml',
        'worksheets\\sheet4.xml',
        'worksheets/sheet%205.xml',
        './worksheets//sheet6.xml',
        'worksheets/sheet7.xml/',
        'worksheets/%zz.xml',
      ]),
    ).toEqual([
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
      'xl/worksheets/sheet 5.xml',
      'xl/worksheets/sheet6.xml',
      'xl/worksheets/sheet7.xml',
      'xl/worksheets/%zz.xml',
    ]);
  });
});
