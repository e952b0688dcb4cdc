/**
 * The workbooks the browser tests open, by the page's URL fragment (`taskpane.html#many-errors`):
 * the demo workbook unless a fragment names another state a teacher meets.
 */
import type { SheetRows, WorkbookInput } from '../../../src/core';
import { demoWorkbook } from '../../../src/core';

/** The demo workbook with some sheets' rows replaced or changed. */
function demoWith(change: (sheets: Record<string, SheetRows>) => void): WorkbookInput {
  const demo = demoWorkbook();
  const sheets: Record<string, SheetRows> = { ...demo.sheets };
  change(sheets);
  return { ...demo, sheets };
}

const rowsOf = (sheets: Record<string, SheetRows>, name: string): SheetRows => sheets[name] ?? [];

/** 300 talks dated outside the term (a term's dates typed with the wrong year) and 3 repeated rows. */
function manyErrors(): WorkbookInput {
  return demoWith((sheets) => {
    const talks = rowsOf(sheets, '谈心记录');
    const out = Array.from({ length: 300 }, (_, i) => [
      null,
      `2030-10-${String((i % 28) + 1).padStart(2, '0')}`,
      'S01',
      '王小明',
      '办公室',
      15,
      '个别',
      `谈心 ${i + 1}`,
    ]);
    const first = talks[1] ?? [];
    sheets['谈心记录'] = [...talks, ...out, first, first, first];
  });
}

export const WORKBOOKS: Readonly<Record<string, () => WorkbookInput>> = {
  '': demoWorkbook,
  '#empty': () => ({ sheets: { Sheet1: [] } }),
  '#other': () => ({
    sheets: {
      预算: [
        ['项目', '金额'],
        ['图书', 300],
      ],
    },
  }),
  '#bad-info': () =>
    demoWith((sheets) => {
      sheets['基本信息'] = rowsOf(sheets, '基本信息').map((row) =>
        row[0] === '学年度'
          ? ['学年度', '2026']
          : row[0] === '学期开始日期'
            ? ['学期开始日期', '九月初']
            : row,
      );
    }),
  '#no-activities': () =>
    demoWith((sheets) => {
      sheets['班级活动'] = rowsOf(sheets, '班级活动').slice(0, 1);
    }),
  '#many-errors': manyErrors,
};

export function workbookFor(fragment: string): WorkbookInput {
  const make = WORKBOOKS[fragment];
  if (!make) throw new Error(`no test workbook for ${fragment}`);
  return make();
}
