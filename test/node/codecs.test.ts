/**
 * The two codecs the reader's entry points choose between — node:zlib with Node's decoding for
 * the command line, fflate for the pane's Web Worker — read any workbook the same.
 */
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { nodeCodec } from '../../src/node/readXlsxFile';
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
