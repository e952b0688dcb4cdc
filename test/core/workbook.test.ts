import type { WorkbookInput } from '../../src/core';
import {
  hasTemplateSheet,
  headerKey,
  infoRows,
  matchHeaders,
  readInfoSheet,
  scoreWorkbook,
  sheetDef,
  tableRows,
} from '../../src/core';
import { VALID, withHeader, workbook } from './helpers';

describe('header matching', () => {
  it.each([
    ['时长（分钟）', '时长'],
    ['时长(分钟)', '时长'],
    [' 时 长 ', '时长'],
    ['时长【分钟】', '时长'],
    ['ＡＢＣ', 'ABC'],
  ])('compares %p as %p', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });

  it('finds columns by header text in any order, ignoring extra columns', () => {
    const columns = sheetDef('talks').columns;
    const found = matchHeaders(columns, [
      '备注',
      '谈心内容',
      '时长(分钟)',
      '学生姓名',
      '时间',
      '序号',
      '额外',
    ]);
    expect(Object.fromEntries(found)).toEqual({ content: 1, minutes: 2, studentName: 3, date: 4, serial: 5 });
  });

  it('prefers the exact header to an alias', () => {
    const found = matchHeaders(sheetDef('meetings').columns, ['时间', '日期']);
    expect(found.get('date')).toBe(1);
  });

  it('reads records under shuffled, aliased and noted headers', () => {
    const input = workbook({ talks: [VALID.talks] });
    const header = ['序号', ' 时间 ', '学号', '学生姓名', '地点', '时长（分钟）', '形式', '谈心内容'];
    const outcome = scoreWorkbook(withHeader(input, 'talks', header));
    expect(outcome.ok && outcome.minimums.talks.count).toBe(1);
  });

  it('reads a sheet whose columns are in another order', () => {
    const def = sheetDef('visits');
    const reversed = [...def.columns].reverse();
    const rows = tableRows('visits', [VALID.visits]);
    const flipped = rows.map((row) => [...row].reverse());
    const input = workbook();
    const outcome = scoreWorkbook({ sheets: { ...input.sheets, [def.name]: flipped } });
    expect(reversed[0]?.key).toBe('handling');
    expect(outcome.ok && outcome.minimums.dormVisits.count).toBe(1);
  });

  it('tolerates a title row above the header', () => {
    const input = workbook({ meetings: [VALID.meetings] });
    const rows = input.sheets['班会记录']!;
    const outcome = scoreWorkbook({ sheets: { ...input.sheets, 班会记录: [['班会记录表'], ...rows] } });
    expect(outcome.ok && outcome.minimums.meetings.count).toBe(1);
    expect(outcome.ok && outcome.issues).toEqual([]);
  });

  it('skips blank rows and rows holding only a pre-filled 编号', () => {
    const input = workbook({ visits: [VALID.visits] });
    const rows = input.sheets['走访宿舍']!;
    const outcome = scoreWorkbook({
      sheets: { ...input.sheets, 走访宿舍: [rows[0]!, [], [2], rows[1]!, [null, '  '], [4]] },
    });
    expect(outcome.ok && outcome.minimums.dormVisits.count).toBe(1);
    expect(outcome.ok && outcome.issues).toEqual([]);
  });

  it('finds sheets whatever their order, and ignores a stale 评分 sheet and extra sheets', () => {
    const input = workbook({ meetings: [VALID.meetings] });
    const reordered: WorkbookInput = {
      sheets: {
        评分: [['旧的评分', 99]],
        其他: [['x']],
        ...Object.fromEntries(Object.entries(input.sheets).reverse()),
      },
    };
    const outcome = scoreWorkbook(reordered);
    expect(outcome.ok && outcome.minimums.meetings.count).toBe(1);
  });
});

describe('not a class-teacher workbook', () => {
  it('names a missing sheet', () => {
    const sheets = Object.fromEntries(
      Object.entries(workbook().sheets).filter(([name]) => name !== '谈心记录'),
    );
    const outcome = scoreWorkbook({ sheets });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('缺少工作表 谈心记录') });
  });

  it('names every missing required column, sheet by sheet', () => {
    const input = withHeader(workbook(), 'interviews', [
      '日期',
      '学号',
      '姓名',
      '地点',
      '记录人',
      '谈话内容',
      '谈话结论',
    ]);
    const outcome = scoreWorkbook(input);
    expect(outcome).toMatchObject({
      ok: false,
      error: expect.stringContaining('工作表“谈话记录”缺少列 谈话人'),
    });
  });

  it('names a missing 基本信息 label', () => {
    const input = workbook();
    const info = input.sheets['基本信息']!.filter((row) => row[0] !== '学期开始日期');
    const outcome = scoreWorkbook({ sheets: { ...input.sheets, 基本信息: info } });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('基本信息缺少 学期开始日期') });
  });

  it('says so in English when asked', () => {
    const outcome = scoreWorkbook({ sheets: {} }, { lang: 'en' });
    expect(outcome).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^Not a class-teacher record workbook: missing sheet\(s\) 基本信息, 学生名单/,
      ),
    });
  });

  it('is not fooled by an empty workbook or an empty sheet', () => {
    expect(scoreWorkbook({ sheets: {} }).ok).toBe(false);
    const input = workbook();
    expect(scoreWorkbook({ sheets: { ...input.sheets, 学生名单: [] } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('工作表“学生名单”缺少列 学号、姓名'),
    });
  });
});

describe('基本信息 and the template’s sheets before scoring', () => {
  it('reads 基本信息 as it stands, and tells a workbook of something else from ours', () => {
    const input = { sheets: { 基本信息: infoRows({ year: '2026' }), Sheet1: [['x']] } };
    expect(readInfoSheet(input)?.entries.get('year')).toEqual({
      row: 2,
      cell: { kind: 'value', raw: '2026', text: '2026' },
    });
    expect(readInfoSheet({ sheets: { Sheet1: [] } })).toBeNull();
    expect(hasTemplateSheet(input)).toBe(true);
    expect(hasTemplateSheet({ sheets: { 预算: [['项目', '金额']] } })).toBe(false);
  });
});
