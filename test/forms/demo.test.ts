import type { CellValue, FormKey, PrintSheet } from '../../src/core';
import { demoWorkbook, FORM_KEYS, PAGE_BUDGET, sheetDef } from '../../src/core';
import {
  cellAt,
  FORM_TITLES,
  demoBook,
  find,
  pageHeight,
  printedDate,
  recordOf,
  records,
  sheetOf,
  valueAt,
} from './helpers';

/** The demo workbook printed: every form, every field, the page counts. */

const input = demoWorkbook();
const valid = demoBook();
const all = demoBook({ all: true });

/** A source sheet's rows as template column key → value, with the Excel row number. */
function sourceRows(form: FormKey): { row: number; values: Record<string, CellValue> }[] {
  const def = sheetDef(form);
  const [header = [], ...rows] = input.sheets[def.name] ?? [];
  const keys = header.map((h) => def.columns.find((c) => c.header === h)?.key ?? '');
  return rows.map((cells, i) => ({
    row: i + 2,
    values: Object.fromEntries(keys.map((key, j) => [key, cells[j] ?? null])),
  }));
}

/** Fields the paper form does not have a place for (tables number their lines themselves). */
const NOT_PRINTED: Readonly<Record<FormKey, readonly string[]>> = {
  meetings: [],
  interviews: [],
  activities: [],
  talks: ['serial', 'studentId', 'form'],
  visits: ['serial'],
  contacts: ['serial', 'studentId'],
};

const TABLES: readonly FormKey[] = ['talks', 'visits', 'contacts'];

function expectEveryField(sheet: PrintSheet, form: FormKey): number {
  let checked = 0;
  for (const { row, values } of sourceRows(form)) {
    const printed = records(sheet).find((r) => r.sourceRow === row);
    if (!printed) continue;
    for (const [key, value] of Object.entries(values)) {
      if (value === null || value === '' || NOT_PRINTED[form].includes(key)) continue;
      const expected = key === 'date' ? printedDate(String(value), TABLES.includes(form)) : String(value);
      const address = printed.fields[key];
      expect({ row, key, address }).toEqual({ row, key, address: expect.any(String) });
      expect(valueAt(sheet, address as string)).toContain(expected);
      checked++;
    }
  }
  return checked;
}

describe('printing the demo example', () => {
  it('prints the six forms in the source document’s order, titled as in the template', () => {
    expect(valid.sheets.map((s) => s.name)).toEqual(FORM_TITLES);
    expect(valid.sheets.map((s) => s.form)).toEqual(FORM_KEYS);
    expect(valid.font).toBe('宋体');
  });

  it.each(FORM_KEYS)('prints every field of each %s record in its cell', (form) => {
    const sheet = valid.sheets.find((s) => s.form === form) as PrintSheet;
    expect(expectEveryField(sheet, form)).toBeGreaterThan(0);
    const allSheet = all.sheets.find((s) => s.form === form) as PrintSheet;
    expect(expectEveryField(allSheet, form)).toBeGreaterThan(0);
  });

  it('heads every page of all six forms with the term in one style, 2026-2027 as 基本信息 writes it', () => {
    for (const sheet of all.sheets) {
      const lines = sheet.cells.filter((c) => c.style === 'subtitle' && c.value.includes('学年度'));
      expect(lines.length).toBeGreaterThanOrEqual(sheet.pages.length);
      for (const line of lines) expect(line.value).toBe('（2026-2027学年度第一学期）');
    }
  });

  it('prints one 班会 page per valid meeting: 8 pages, the one outside the term left out', () => {
    const sheet = sheetOf(valid, '班会记录表');
    expect(sheet.pages).toHaveLength(8);
    expect(sheet.pages.every((p) => p.records.length === 1)).toBe(true);
    expect(records(sheet).map((r) => r.sourceRow)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(find(sheet, '寒假返校安排')).toBeUndefined();
  });

  it('lays a 班会 page out as the paper form: 编号, title, term line, labels, signature and date line', () => {
    const sheet = sheetOf(valid, '班会记录表');
    const labels = [
      '主    题',
      '时    间',
      '地    点',
      '主 持 人',
      '记 录 人',
      '参加人员',
      '未到会名单、原因及补救措施',
      '会议内容',
      '班长、团支书签字',
    ];
    const first = sheet.pages[0];
    const onFirst = sheet.cells.filter((c) => first && c.row <= first.lastRow);
    expect(onFirst.map((c) => c.value)).toEqual(
      expect.arrayContaining(['编号：1', '班会记录表', '（2026-2027学年度第一学期）', ...labels]),
    );
    expect(onFirst.map((c) => c.value)).toEqual(
      expect.arrayContaining([
        '（应到：10 人，实到：10 人）',
        '年　　月　　日',
        '如有图片等其他材料，可另附页',
      ]),
    );
    expect(cellAt(sheet, 'A2')).toMatchObject({ style: 'title', value: '班会记录表' });
    expect(sheet.merges).toContain('A2:D2');
  });

  it('prints the 谈话 page with the student’s name and 学号 and the class', () => {
    const sheet = sheetOf(valid, '班主任谈话记录表');
    expect(sheet.pages).toHaveLength(1);
    const record = recordOf(sheet, 2);
    expect(valueAt(sheet, record.fields['studentName'] as string)).toBe('张婷（S03）');
    expect(find(sheet, '会计2601')).toBeDefined();
    expect(valueAt(sheet, record.fields['content'] as string)).toBe(
      '谈话内容：了解家庭经济情况与助学贷款办理',
    );
    expect(sheet.cells.map((c) => c.value)).toContain('签名：　　　　　　　　　　年　　月　　日');
    expect(find(sheet, '（2026-2027学年度第一学期）')).toBeDefined();
  });

  it('prints one 班级活动 page per valid activity: 3 pages, the 班会 row left out', () => {
    const sheet = sheetOf(valid, '班级活动登记表');
    expect(sheet.pages).toHaveLength(3);
    expect(records(sheet).map((r) => r.sourceRow)).toEqual([2, 3, 4]);
    expect(valueAt(sheet, recordOf(sheet, 2).fields['participants'] as string)).toBe('10 人');
  });

  it('prints the ten students’ talks on one 谈心 page, one line each, first and second talk side by side', () => {
    const sheet = sheetOf(valid, '谈心记录表');
    expect(sheet.pages).toHaveLength(1);
    const header = ['序号', '姓名', '时间', '地点', '谈心内容', '时间', '地点', '谈心内容'];
    expect(header.map((_, i) => valueAt(sheet, `${'ABCDEFGH'[i]}4`))).toEqual(header);
    const names = Array.from({ length: 10 }, (_, i) => valueAt(sheet, `B${5 + i}`));
    expect(names).toEqual(['王小明', '李华', '张婷', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周杰', '吴敏']);
    // 王小明: 9/14 and 11/10 on one line; 张婷 talked once (her second talk is a 谈话).
    expect(['C5', 'F5'].map((a) => valueAt(sheet, a))).toEqual(['2026.9.14', '2026.11.10']);
    expect(valueAt(sheet, 'E5')).toBe('学习与生活情况（15分钟）');
    expect(['F7', 'G7', 'H7'].map((a) => valueAt(sheet, a))).toEqual(['', '', '']);
    // 杨帆 twice on 9/19: both rows are valid records, printed as they are.
    expect(['C10', 'F10', 'H10'].map((a) => valueAt(sheet, a))).toEqual([
      '2026.9.19',
      '2026.9.19',
      '补充谈心：宿舍关系（20分钟）',
    ]);
    expect(records(sheet)).toHaveLength(15);
  });

  it('numbers the 谈心 lines 1–30 as on paper, the unused ones left blank', () => {
    const sheet = sheetOf(valid, '谈心记录表');
    const numbers = sheet.cells.filter((c) => c.style === 'index').map((c) => c.value);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
    expect(valueAt(sheet, 'B34')).toBe('');
  });

  it('prints the ten visits on one 走访宿舍 page of 25 numbered lines', () => {
    const sheet = sheetOf(valid, '走访宿舍记录表');
    expect(sheet.pages).toHaveLength(1);
    expect(records(sheet)).toHaveLength(10);
    expect(sheet.cells.filter((c) => c.style === 'index')).toHaveLength(25);
    expect(['A5', 'B5', 'C5', 'D5', 'E5'].map((a) => valueAt(sheet, a))).toEqual([
      '1',
      '2026.9.10',
      'A101',
      '检查卫生；发现问题：无',
      '',
    ]);
    expect(
      ['次数', '时  间', '走访宿舍', '事由或发现问题', '处理情况'].every(
        (h) => find(sheet, h)?.style === 'header',
      ),
    ).toBe(true);
  });

  it('prints the seven parent contacts on one page of 30 numbered lines', () => {
    const sheet = sheetOf(valid, '联系学生家长记录表');
    expect(sheet.pages).toHaveLength(1);
    expect(records(sheet)).toHaveLength(7);
    expect(sheet.cells.filter((c) => c.style === 'index')).toHaveLength(30);
    expect(['B5', 'C5', 'D5', 'E5', 'F5', 'G5'].map((a) => valueAt(sheet, a))).toEqual([
      '王小明',
      '2026.9.30',
      '王小明家长',
      '13800000000',
      '节假日离校',
      '家长知情并支持',
    ]);
  });

  it('with all, adds the invalid meeting and activity, marked with the error and printed in red', () => {
    expect(sheetOf(all, '班会记录表').pages).toHaveLength(9);
    expect(sheetOf(all, '班级活动登记表').pages).toHaveLength(4);
    const meeting = recordOf(sheetOf(all, '班会记录表'), 10);
    expect(meeting.mark).toMatch(/^⚠ 有错误，本记录不计入：日期 2027-01-20 不在本学期/);
    const mark = find(sheetOf(all, '班会记录表'), meeting.mark as string);
    expect(mark).toMatchObject({ style: 'mark', flagged: true });
    expect(cellAt(sheetOf(all, '班会记录表'), meeting.fields['topic'] as string)).toMatchObject({
      value: '寒假返校安排',
      flagged: true,
    });
    const activity = recordOf(sheetOf(all, '班级活动登记表'), 5);
    expect(activity.mark).toContain('不属于班级活动');
    expect(records(sheetOf(all, '班会记录表')).filter((r) => r.mark !== null)).toHaveLength(1);
  });

  it('with all, gives the tables a 核对结果 column, empty for clean lines', () => {
    const sheet = sheetOf(all, '联系学生家长记录表');
    expect(valueAt(sheet, 'H4')).toBe('核对结果');
    expect(sheet.columnWidths).toHaveLength(8);
    expect(valueAt(sheet, 'H5')).toBe('');
    expect(sheetOf(valid, '联系学生家长记录表').columnWidths).toHaveLength(7);
  });

  it('leaves the valid records unmarked and nothing printed in red', () => {
    for (const sheet of valid.sheets) {
      expect(records(sheet).every((r) => r.mark === null)).toBe(true);
      expect(sheet.cells.some((c) => c.flagged)).toBe(false);
    }
  });
});

describe('page setup of the printed forms', () => {
  it.each(valid.sheets.map((s) => [s.name, s] as const))(
    '%s: A4 portrait, one page wide, the footer names the class',
    (_, sheet) => {
      expect(sheet.setup).toMatchObject({
        paper: 'A4',
        orientation: 'portrait',
        fitToWidth: 1,
        fitToHeight: 0,
        footer: '&L会计学 会计2601　班主任：李老师&R第 &P 页，共 &N 页',
      });
      const last = sheet.pages[sheet.pages.length - 1];
      const lastColumn = 'ABCDEFGH'[sheet.columnWidths.length - 1];
      expect(sheet.setup.printArea).toBe(`A1:${lastColumn}${last?.lastRow}`);
    },
  );

  it.each(valid.sheets.map((s) => [s.name, s] as const))(
    '%s: a page break after every page but the last',
    (_, sheet) => {
      expect(sheet.rowBreaks).toEqual(sheet.pages.slice(0, -1).map((p) => p.lastRow));
      sheet.pages.forEach((page, i) => {
        expect(page.firstRow).toBe(i === 0 ? 1 : (sheet.pages[i - 1]?.lastRow ?? 0) + 1);
      });
    },
  );

  it.each(all.sheets.map((s) => [s.name, s] as const))(
    '%s: every page fits on A4 and every row has a height',
    (_, sheet) => {
      for (const page of sheet.pages)
        expect(pageHeight(sheet, page.firstRow, page.lastRow)).toBeLessThanOrEqual(PAGE_BUDGET);
      const last = sheet.pages[sheet.pages.length - 1]?.lastRow ?? 0;
      for (let row = 1; row <= last; row++) expect(sheet.rowHeights.get(row)).toBeGreaterThan(0);
    },
  );

  it.each(all.sheets.map((s) => [s.name, s] as const))(
    '%s: merged areas do not overlap and hold a cell at their top left',
    (_, sheet) => {
      const taken = new Set<string>();
      for (const range of sheet.merges) {
        const [from, to] = range.split(':') as [string, string];
        expect(cellAt(sheet, from)).toBeDefined();
        const [c1, r1] = [from.charCodeAt(0), Number(from.slice(1))];
        const [c2, r2] = [to.charCodeAt(0), Number(to.slice(1))];
        for (let r = r1; r <= r2; r++) {
          for (let c = c1; c <= c2; c++) {
            const key = `${String.fromCharCode(c)}${r}`;
            expect(taken.has(key)).toBe(false);
            taken.add(key);
          }
        }
      }
    },
  );
});
