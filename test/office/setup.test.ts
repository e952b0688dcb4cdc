import type { RecordValues, WorkbookInput } from '../../src/core';
import { SHEETS, demoWorkbook, formatDay, scoreWorkbook, sheetDef } from '../../src/core';
import { TERM_END_NAME, TERM_START_NAME, describeValidation } from '../../src/core/dataValidation';
import { readInputSheets, setupWorkbook } from '../../src/office/excel';
import { reportLines } from '../../src/taskpane/components/SetupReportView';
import type { FakeContext, SheetModel } from './fakeExcel';
import { fakeExcel, parseAddress } from './fakeExcel';
import { filledCells, headerOf, modelState, supportsUpTo } from './helpers';

const FORM: RecordValues = {
  year: '2026-2027',
  term: '第一学期',
  start: 46272, // 2026-09-07 as an Excel serial, as the pane's form sends it
  weeks: 18,
  major: '会计学',
  className: '会计2601',
  teacher: '李老师',
};

const ALL_SETS = supportsUpTo(9);

function sheet(excel: FakeContext, name: string): SheetModel {
  const found = excel.model.sheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The validation covering a cell, or undefined. */
function validationAt(excel: FakeContext, name: string, address: string) {
  const { row, col } = parseAddress(address);
  return sheet(excel, name).validationsAt(row, col)[0];
}

/** A new, empty Excel workbook: one blank Sheet1. */
function emptyWorkbook(): FakeContext {
  return fakeExcel({ sheets: { Sheet1: [] } });
}

describe('setupWorkbook on an empty workbook', () => {
  let excel: FakeContext;

  beforeEach(async () => {
    excel = emptyWorkbook();
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
  });

  it('creates every required sheet of the template, keeping Sheet1', () => {
    const names = excel.model.sheets.map((s) => s.name);
    for (const def of SHEETS.filter((s) => s.required)) expect(names).toContain(def.name);
    expect(names).toContain('Sheet1');
    // 上学期联系家长 is for second terms only; 评分 is written by the score button.
    expect(names).not.toContain('上学期联系家长');
    expect(names).not.toContain('评分');
  });

  it('writes every header of every table sheet in template order in row 1', () => {
    for (const def of SHEETS.filter((s) => s.layout === 'table' && s.required)) {
      expect(headerOf(excel.model, def.name)).toEqual(def.columns.map((c) => c.header));
    }
  });

  it('fills 基本信息 from the form as label/value rows, with the term end computed in a formula', () => {
    const rows = sheet(excel, '基本信息').rows();
    expect(rows.slice(0, 9)).toEqual([
      ['项目', '内容'],
      ['学年度', '2026-2027'],
      ['学期', '第一学期'],
      ['学期开始日期', 46272],
      ['学期周数', 18],
      ['专业', '会计学'],
      ['班级', '会计2601'],
      ['班主任', '李老师'],
      ['模板版本', 1],
    ]);
    expect(sheet(excel, '基本信息').cell(3, 1)?.numberFormat).toBe('yyyy-mm-dd');
    expect(sheet(excel, '基本信息').cell(9, 0)?.value).toBe(TERM_END_NAME);
    expect(sheet(excel, '基本信息').cell(9, 1)?.formula).toBe('=IF(ISNUMBER(B4),B4+7*IF(B5="",18,B5)-1,"")');
  });

  it('defines the names the date validation uses', () => {
    expect(excel.model.names.get(TERM_START_NAME)?.reference).toBe("='基本信息'!$B$4");
    expect(excel.model.names.get(TERM_END_NAME)?.reference).toBe("='基本信息'!$B$10");
  });

  it('applies every validation of the shared description, at the description’s ranges', () => {
    const description = describeValidation({ sheets: { prevContacts: null } });
    for (const s of description.sheets) {
      for (const v of s.validations) {
        const [first] = v.range.split(':') as [string];
        expect(validationAt(excel, s.name, first)).toBeDefined();
      }
    }
  });

  it('turns the description’s rules into Office.js rules', () => {
    expect(validationAt(excel, '班会记录', 'B2')?.rule).toEqual({
      date: {
        operator: 'Between',
        formula1: `=IF(ISNUMBER(${TERM_START_NAME}),${TERM_START_NAME},1)`,
        formula2: `=IF(ISNUMBER(${TERM_END_NAME}),${TERM_END_NAME},2958465)`,
      },
    });
    expect(validationAt(excel, '班会记录', 'D2')?.rule).toEqual({
      list: {
        inCellDropDown: true,
        source: '开学初,考试前,放假前后,综合测评,评优评先,困难认定,奖助学金评定,其他',
      },
    });
    expect(validationAt(excel, '班会记录', 'H2')?.rule).toEqual({
      wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 },
    });
    expect(validationAt(excel, '班会记录', 'I2')?.rule?.custom?.formula).toMatch(
      /^=AND\(ISNUMBER\(I2\).*I2<=H2/,
    );
    expect(validationAt(excel, '谈心记录', 'F2')?.rule).toEqual({
      decimal: { operator: 'GreaterThanOrEqualTo', formula1: 5 },
    });
    expect(validationAt(excel, '班会记录', 'D2')?.errorAlert?.style).toBe('Warning');
    expect(validationAt(excel, '班级活动', 'C2')?.errorAlert?.style).toBe('Stop');
    expect(validationAt(excel, '班会记录', 'B2')?.prompt?.showPrompt).toBe(true);
  });

  it('gives record sheets 学号/姓名 dropdowns sourced from the 学生名单 range, not inline lists', () => {
    for (const name of ['谈心记录', '谈话记录', '联系家长']) {
      expect(validationAt(excel, name, 'C2')?.rule).toEqual({
        list: { inCellDropDown: true, source: "='学生名单'!$A$2:$A$1000" },
      });
      expect(validationAt(excel, name, 'D2')?.rule).toEqual({
        list: { inCellDropDown: true, source: "='学生名单'!$B$2:$B$1000" },
      });
      expect(validationAt(excel, name, 'C2')?.errorAlert?.style).toBe('Warning');
    }
    // The roster's own 学号 stays unique, not a dropdown of itself.
    expect(validationAt(excel, '学生名单', 'A2')?.rule?.custom?.formula).toBe('=COUNTIF($A$2:$A$1000,A2)<=1');
  });

  it('validates rows 2 to 1000', () => {
    expect(validationAt(excel, '班会记录', 'B1000')).toBeDefined();
    expect(validationAt(excel, '班会记录', 'B1001')).toBeUndefined();
    expect(validationAt(excel, '班会记录', 'B1')).toBeUndefined();
  });

  it('freezes the header row, sets print titles, widths and date/text formats', () => {
    for (const def of SHEETS.filter((s) => s.layout === 'table' && s.required)) {
      expect(sheet(excel, def.name).frozenRows).toBe(1);
      expect(sheet(excel, def.name).printTitleRows).toBe('$1:$1');
    }
    expect(sheet(excel, '班会记录').columnWidths.get(11)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(sheet(excel, '班会记录').cell(1, 1)?.numberFormat).toBe('yyyy-mm-dd');
    expect(sheet(excel, '学生名单').cell(999, 0)?.numberFormat).toBe('@');
    expect(sheet(excel, '班会记录').cell(0, 1)).toMatchObject({ bold: true, fill: '#BDD7EE' });
    expect(sheet(excel, '班会记录').cell(0, 0)).toMatchObject({ bold: true, fill: '#DDEBF7' });
  });

  it('brings 基本信息 to the front', () => {
    expect(excel.model.activeSheet).toBe('基本信息');
  });

  it('uses 4 syncs: list (events off), structure, validation, events back on — no template sheet to read', () => {
    expect(excel.syncCount).toBe(4);
  });

  it('leaves a workbook the core accepts (not scored as real: no records yet → 不合格)', async () => {
    const outcome = scoreWorkbook((await readInputSheets(excel)).input);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.score).toBeNull();
  });
});

describe('setupWorkbook reports what it added', () => {
  it('says 已填写 only of the 基本信息 entries the form gave a value', async () => {
    const partial = Object.fromEntries(
      Object.entries(FORM).filter(([key]) => key !== 'weeks' && key !== 'teacher'),
    );
    const report = await setupWorkbook(emptyWorkbook(), partial, { supports: ALL_SETS });
    expect(report.info).toEqual(['学年度', '学期', '学期开始日期', '专业', '班级', '模板版本']);
  });

  it('lists the sheets, 基本信息 entries and names of a fresh setup', async () => {
    const report = await setupWorkbook(emptyWorkbook(), FORM, { supports: ALL_SETS });
    expect(report.created).toBe(true);
    expect(report.sheets).toEqual(SHEETS.filter((s) => s.required).map((s) => s.name));
    expect(report.info).toEqual(sheetDef('info').columns.map((c) => c.header));
    expect(report.names).toEqual([TERM_START_NAME, TERM_END_NAME]);
    expect(report.columns).toEqual([]);
    expect(report.validatedColumns).toBeGreaterThan(20);
    expect(report.skipped).toEqual([]);
  });

  it('sets up in English too: every prompt and alert within Excel’s limits (the fake enforces them)', async () => {
    const excel = emptyWorkbook();
    const report = await setupWorkbook(excel, FORM, { supports: ALL_SETS, lang: 'en' });
    expect(report.validatedColumns).toBeGreaterThan(20);
    expect(validationAt(excel, '谈心记录', 'C2')?.errorAlert?.title).toBe('Not on the roster');
  });

  it('follows the workbook’s own 学期, not the form, when deciding on 上学期联系家长', async () => {
    const excel = fakeExcel({
      sheets: {
        基本信息: [
          ['项目', '内容'],
          ['学期', '第二学期'],
        ],
      },
    });
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    expect(excel.model.sheet('上学期联系家长')).toBeDefined();
  });

  it('creates 上学期联系家长 for a second term', async () => {
    const excel = emptyWorkbook();
    await setupWorkbook(excel, { ...FORM, term: '第二学期' }, { supports: ALL_SETS });
    expect(headerOf(excel.model, '上学期联系家长')).toEqual(
      sheetDef('prevContacts').columns.map((c) => c.header),
    );
  });
});

/** The demo workbook with 谈心记录's 地点 column deleted (columns to its right shift left) and no 走访宿舍. */
function damagedDemo(): WorkbookInput {
  const demo = demoWorkbook().sheets;
  const place = sheetDef('talks').columns.findIndex((c) => c.key === 'place');
  const { 走访宿舍: _visits, 谈心记录: talks = [], ...rest } = demo;
  void _visits;
  return { sheets: { ...rest, 谈心记录: talks.map((row) => row.filter((_, i) => i !== place)) } };
}

describe('setupWorkbook repairing a filled workbook', () => {
  it('leaves every filled cell unchanged and adds only the missing sheet and column', async () => {
    const input = damagedDemo();
    const excel = fakeExcel(input);
    const report = await setupWorkbook(excel, FORM, { supports: ALL_SETS });

    const after = filledCells(excel.model.toInput());
    for (const [cell, value] of filledCells(input)) expect([cell, after.get(cell)]).toEqual([cell, value]);

    expect(report.created).toBe(false);
    expect(report.sheets).toEqual(['走访宿舍']);
    expect(report.columns).toEqual([{ sheet: '谈心记录', columns: ['地点'] }]);
    // 基本信息 was complete: the form fills nothing.
    expect(report.info).toEqual([]);
    expect(headerOf(excel.model, '谈心记录')).toEqual([
      '编号',
      '日期',
      '学号',
      '姓名',
      '时长（分钟）',
      '形式',
      '谈心内容',
      '地点',
    ]);
    expect(headerOf(excel.model, '走访宿舍')).toEqual(sheetDef('visits').columns.map((c) => c.header));
  });

  it('writes only into cells that were blank', async () => {
    const input = damagedDemo();
    const excel = fakeExcel(input);
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    const before = filledCells(input);
    const added = [...filledCells(excel.model.toInput()).keys()].filter((cell) => !before.has(cell));
    expect(added.sort()).toEqual(
      [
        ...sheetDef('visits').columns.map((_, c) => `走访宿舍!0,${c}`),
        '谈心记录!0,7',
        '基本信息!9,0', // 学期结束日期 label
        '基本信息!9,1', // and its formula
      ].sort(),
    );
  });

  it('still scores 77 after repairing a workbook that only lost a column', async () => {
    const { 谈心记录: talks = [], ...rest } = demoWorkbook().sheets;
    const place = sheetDef('talks').columns.findIndex((c) => c.key === 'place');
    const excel = fakeExcel({
      sheets: { ...rest, 谈心记录: talks.map((row) => row.filter((_, i) => i !== place)) },
    });
    await setupWorkbook(excel, undefined, { supports: ALL_SETS });
    const outcome = scoreWorkbook((await readInputSheets(excel)).input);
    expect(outcome.ok && outcome.score).toBe(77);
  });

  it('validates a repaired sheet by where its columns actually are', async () => {
    const excel = fakeExcel(damagedDemo());
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    // 时长（分钟） moved from F to E when 地点 was deleted; the appended 地点 is H.
    expect(validationAt(excel, '谈心记录', 'E2')?.rule).toEqual({
      decimal: { operator: 'GreaterThanOrEqualTo', formula1: 5 },
    });
    expect(validationAt(excel, '谈心记录', 'H2')).toBeUndefined();
    expect(sheet(excel, '谈心记录').columnWidths.get(7)).toBeCloseTo((12 * 7 + 5) * 0.75);
  });

  it('appends missing columns after the used range, so unlabelled data is never given a header', async () => {
    const excel = fakeExcel({
      sheets: {
        走访宿舍: [
          ['日期', '走访宿舍', '事由'],
          ['2026-09-10', 'A101', '检查卫生', null, '备注在 E 列'],
        ],
      },
    });
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    expect(headerOf(excel.model, '走访宿舍')).toEqual([
      '日期',
      '走访宿舍',
      '事由',
      '',
      '',
      '次数',
      '发现问题',
      '处理情况',
    ]);
    expect(sheet(excel, '走访宿舍').cell(1, 4)?.value).toBe('备注在 E 列');
  });

  it('finds a header below a title row and appends there', async () => {
    const excel = fakeExcel({
      sheets: { 走访宿舍: [['走访宿舍记录表'], ['次数', '日期', '走访宿舍', '事由', '发现问题']] },
    });
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    expect(sheet(excel, '走访宿舍').rows()[1]).toEqual([
      '次数',
      '日期',
      '走访宿舍',
      '事由',
      '发现问题',
      '处理情况',
    ]);
    expect(sheet(excel, '走访宿舍').frozenRows).toBe(2);
    expect(validationAt(excel, '走访宿舍', 'B3')?.rule?.date).toBeDefined();
    expect(validationAt(excel, '走访宿舍', 'B2')).toBeUndefined();
  });

  it('fills only blank 基本信息 entries from the form and appends missing ones', async () => {
    const excel = fakeExcel({
      sheets: {
        基本信息: [
          ['项目', '内容'],
          ['学年度', '2025-2026'],
          ['班主任', '王老师'],
          ['专业', null],
        ],
      },
    });
    const report = await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    const rows = sheet(excel, '基本信息').rows();
    expect(rows.slice(0, 4)).toEqual([
      ['项目', '内容'],
      ['学年度', '2025-2026'],
      ['班主任', '王老师'],
      ['专业', '会计学'],
    ]);
    expect(rows.slice(4, 9).map((r) => r[0])).toEqual([
      '学期',
      '学期开始日期',
      '学期周数',
      '班级',
      '模板版本',
    ]);
    expect(report.info).toEqual(['学期', '学期开始日期', '学期周数', '专业', '班级', '模板版本']);
    expect(excel.model.names.get(TERM_START_NAME)?.reference).toBe("='基本信息'!$B$6");
  });

  it('keeps a defined name that already exists', async () => {
    const excel = fakeExcel(demoWorkbook());
    excel.model.names.set(TERM_START_NAME, { reference: '=基本信息!$C$4', comment: '' });
    const report = await setupWorkbook(excel, undefined, { supports: ALL_SETS });
    expect(excel.model.names.get(TERM_START_NAME)?.reference).toBe('=基本信息!$C$4');
    expect(report.names).toEqual([TERM_END_NAME]);
  });

  it('leaves validation a teacher set on a template column as it is, says so, and validates the rest', async () => {
    const excel = fakeExcel(demoWorkbook());
    sheet(excel, '班会记录').validations.push({
      rect: parseAddress('B1:B50'),
      rule: { list: { inCellDropDown: true, source: 'x,y' } },
      prompt: null,
      errorAlert: null,
      ignoreBlanks: true,
    });
    const report = await setupWorkbook(excel, undefined, { supports: ALL_SETS });
    expect(validationAt(excel, '班会记录', 'B2')?.rule?.list?.source).toBe('x,y');
    expect(validationAt(excel, '班会记录', 'B60')).toBeUndefined();
    expect(report.keptValidation).toEqual([{ sheet: '班会记录', column: '日期' }]);
    expect(validationAt(excel, '班会记录', 'D2')?.rule?.list).toBeDefined();
    expect(reportLines(report, 'zh-CN')).toContain('这些列已有数据验证，保持原样：班会记录 · 日期。');
  });

  it('keeps its own validation from before on a second run', async () => {
    const excel = emptyWorkbook();
    const first = await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    const again = await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    expect(first.keptValidation).toEqual([]);
    expect(first.validatedColumns).toBeGreaterThan(0);
    expect(again.validatedColumns).toBe(0);
    // Its own validation is of the template's kinds: nothing to report.
    expect(again.keptValidation).toEqual([]);
  });
});

describe('setupWorkbook run twice', () => {
  it.each([
    ['an empty workbook', () => emptyWorkbook()],
    ['the demo workbook', () => fakeExcel(demoWorkbook())],
    ['a damaged demo workbook', () => fakeExcel(damagedDemo())],
  ])('changes nothing the second time on %s', async (_, make) => {
    const excel = make();
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    const once = modelState(excel.model);
    const report = await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    expect(modelState(excel.model)).toEqual(once);
    expect(report).toMatchObject({ sheets: [], columns: [], info: [], names: [] });
  });
});

describe('setupWorkbook on an older Excel', () => {
  it('skips data validation without ExcelApi 1.8 and says so; the rest is done in 2 syncs', async () => {
    const excel = emptyWorkbook();
    const report = await setupWorkbook(excel, FORM, { supports: supportsUpTo(7) });
    expect(report.skipped).toEqual(['validation', 'printTitles']);
    expect(report.validatedColumns).toBe(0);
    expect(excel.model.sheets.flatMap((s) => s.validations)).toEqual([]);
    expect(sheet(excel, '班会记录').printTitleRows).toBeNull();
    expect(headerOf(excel.model, '班会记录')[0]).toBe('编号');
    expect(excel.syncCount).toBe(2);
  });
});

describe('setupWorkbook and what Excel does with what it is sent', () => {
  it('bounds 学期开始日期 by ISO dates, a form Office.js documents (the fake refuses a bare serial)', async () => {
    const excel = emptyWorkbook();
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    expect(validationAt(excel, '基本信息', 'B4')?.rule?.date).toMatchObject({
      operator: 'Between',
      formula1: '1900-01-01',
      formula2: '9999-12-31',
    });
  });

  it('in a 1904 workbook, clamps the lower bound to 1904-01-01 and writes the start date’s 1904 serial', async () => {
    const excel = fakeExcel({ sheets: { Sheet1: [] }, date1904: true });
    await setupWorkbook(excel, FORM, { supports: ALL_SETS });
    expect(validationAt(excel, '基本信息', 'B4')?.rule?.date?.formula1).toBe('1904-01-01');
    // 2026-09-07 counted from 1904-01-01: 1462 days less than in the 1900 system.
    expect(sheet(excel, '基本信息').cell(3, 1)?.value).toBe(46272 - 1462);
    const outcome = scoreWorkbook((await readInputSheets(excel)).input);
    expect(outcome.ok && formatDay(outcome.info.term.start)).toBe('2026-09-07');
  });

  it('writes the form’s texts as text: a class 007 and a year 2026-2027 stay as typed', async () => {
    const excel = emptyWorkbook();
    await setupWorkbook(excel, { ...FORM, className: '007' }, { supports: ALL_SETS });
    expect(sheet(excel, '基本信息').cell(6, 1)).toMatchObject({ value: '007', numberFormat: '@' });
    expect(sheet(excel, '基本信息').cell(1, 1)?.value).toBe('2026-2027');
  });

  it('keeps the print titles a teacher set, and sets them where there are none', async () => {
    const excel = fakeExcel(demoWorkbook());
    sheet(excel, '班会记录').printTitleRows = '$1:$2';
    await setupWorkbook(excel, undefined, { supports: ALL_SETS });
    expect(sheet(excel, '班会记录').printTitleRows).toBe('$1:$2');
    expect(sheet(excel, '谈心记录').printTitleRows).toBe('$1:$1');
  });

  it('on a protected sheet fails before half a setup is written, with Excel’s AccessDenied', async () => {
    const excel = fakeExcel(damagedDemo());
    sheet(excel, '班会记录').protected = true;
    await expect(setupWorkbook(excel, FORM, { supports: ALL_SETS })).rejects.toThrow(/AccessDenied/);
    expect(excel.instance.eventsEnabled).toBe(true);
  });
});
