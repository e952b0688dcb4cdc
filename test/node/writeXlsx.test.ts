import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Assessment, RecordValues, WorkbookInput } from '../../src/core';
import { demoWorkbook, infoRowOf, scoreWorkbook, SHEETS, sheetDef, tableRows } from '../../src/core';
import { dayToDate } from '../../src/core/day';
import { day, TEMPLATE_INFO as INFO } from './templateInfo';
import { blankWorkbook } from '../../src/core/newTerm';
import { TERM_END_NAME, TERM_START_NAME } from '../../src/core/dataValidation';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { saveWorkbook, writeTemplate, writeWorkbook } from '../../src/node/writeXlsx';
import { dataValidations, definedNames, normaliseRef, sheetXml, unzip } from '../interop/xlsxParts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

async function scored(bytes: Uint8Array): Promise<Assessment> {
  const outcome = scoreWorkbook(await readWorkbookBuffer(bytes, 'test.xlsx'));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
}

describe('writeTemplate › layout', () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await writeTemplate({ info: INFO });
    workbook = await load(bytes);
  });

  it('writes every template sheet in template order (上学期联系家长 only in term 2)', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      SHEETS.filter((s) => s.key !== 'prevContacts').map((s) => s.name),
    );
  });

  it('writes each table’s header row from the template: bold, filled, required columns darker', () => {
    for (const def of SHEETS.filter((s) => s.layout === 'table' && s.key !== 'prevContacts')) {
      const ws = sheet(workbook, def.name);
      def.columns.forEach((column, i) => {
        const cell = ws.getCell(1, i + 1);
        expect(cell.value).toBe(column.header);
        expect(cell.font?.bold).toBe(true);
        const fill = cell.fill as ExcelJS.FillPattern;
        expect(fill.pattern).toBe('solid');
        expect(fill.fgColor?.argb).toBe(column.required ? 'FFBDD7EE' : 'FFDDEBF7');
      });
    }
  });

  it('sets the template’s column widths, freezes the header, repeats it on every page, A4 landscape one page wide', () => {
    for (const def of SHEETS.filter((s) => s.layout === 'table' && s.key !== 'prevContacts')) {
      const ws = sheet(workbook, def.name);
      def.columns.forEach((column, i) => expect(ws.getColumn(i + 1).width).toBe(column.width));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    }
  });

  it('lays 基本信息 out with infoRows, the start date as a real date cell, and the computed 学期结束日期', () => {
    const ws = sheet(workbook, '基本信息');
    expect(ws.getCell(1, 1).value).toBe('项目');
    const start = ws.getCell(infoRowOf('start'), 2);
    expect(start.value).toEqual(dayToDate(INFO.start));
    expect(start.numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell(infoRowOf('year'), 2).value).toBe('2026-2027');
    const end = ws.getCell(infoRowOf('templateVersion') + 1, 2);
    expect(ws.getCell(infoRowOf('templateVersion') + 1, 1).value).toBe(TERM_END_NAME);
    expect(end.formula).toBe('IF(ISNUMBER(B4),B4+7*IF(B5="",18,B5)-1,"")');
    expect(end.result).toEqual(dayToDate(day(2027, 1, 10)));
  });

  it('formats date columns as dates and 学号 / phone columns as text', () => {
    expect(sheet(workbook, '班会记录').getColumn(2).numFmt).toBe('yyyy-mm-dd');
    expect(sheet(workbook, '学生名单').getColumn(1).numFmt).toBe('@');
    expect(sheet(workbook, '联系家长').getColumn(6).numFmt).toBe('@');
  });

  it('defines 学期开始日期 and 学期结束日期 over 基本信息’s cells', () => {
    const names = definedNames(unzip(bytes));
    expect(normaliseRef(names.get(TERM_START_NAME) ?? '')).toBe(`基本信息!$B$${infoRowOf('start')}`);
    expect(normaliseRef(names.get(TERM_END_NAME) ?? '')).toBe(
      `基本信息!$B$${infoRowOf('templateVersion') + 1}`,
    );
  });

  it('writes the native data validation of src/core/dataValidation.ts', () => {
    const sheets = sheetXml(unzip(bytes));
    const meetings = dataValidations(sheets.get('班会记录') ?? '');
    expect(meetings.find((v) => v.sqref === 'B2:B1000')).toMatchObject({
      type: 'date',
      errorStyle: 'stop',
      formula1: 'IF(ISNUMBER(学期开始日期),学期开始日期,1)',
      formula2: 'IF(ISNUMBER(学期结束日期),学期结束日期,2958465)',
      errorTitle: '日期不在本学期内',
    });
    expect(meetings.find((v) => v.sqref === 'D2:D1000')).toMatchObject({
      type: 'list',
      errorStyle: 'warning',
      formula1: '"开学初,考试前,放假前后,综合测评,评优评先,困难认定,奖助学金评定,其他"',
    });
    expect(meetings.find((v) => v.sqref === 'H2:H1000')).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formula1: '0',
    });
    expect(meetings.find((v) => v.sqref === 'I2:I1000')).toMatchObject({
      type: 'custom',
      formula1: 'AND(ISNUMBER(I2),I2=INT(I2),I2>=0,OR(NOT(ISNUMBER(H2)),I2<=H2))',
    });
    const talks = dataValidations(sheets.get('谈心记录') ?? '');
    expect(talks.find((v) => v.sqref === 'F2:F1000')).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formula1: '5',
    });
    expect(talks.find((v) => v.sqref === 'A2:A1000')).toMatchObject({ type: 'none', promptTitle: '编号' });
    const info = dataValidations(sheets.get('基本信息') ?? '');
    expect(info.find((v) => v.sqref === 'B5')).toMatchObject({
      type: 'whole',
      formula1: '1',
      formula2: '30',
    });
  });

  it('exposes the validation to exceljs too (lists, prompts, alerts)', () => {
    const model = (
      sheet(workbook, '走访宿舍') as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      }
    ).dataValidations.model;
    expect(model.D2).toMatchObject({
      type: 'list',
      formulae: ['"探视病患,检查卫生,检查缺勤,排查安全隐患,其他"'],
      showErrorMessage: true,
    });
    expect(model.D1000).toEqual(model.D2);
    expect(model.D1001).toBeUndefined();
  });

  it('writes a term-2 template with an empty 上学期联系家长, the roster, and the given weeks', async () => {
    const bytes2 = await writeTemplate({
      info: { ...INFO, term: 2, start: day(2027, 2, 22), weeks: 17 },
      roster: [{ studentId: '001', studentName: '张伟', dorm: 'A101' }],
    });
    const wb = await load(bytes2);
    expect(sheet(wb, '上学期联系家长').getCell(1, 1).value).toBe('编号');
    expect(sheet(wb, '学生名单').getCell(2, 1).value).toBe('001');
    expect(sheet(wb, '基本信息').getCell(infoRowOf('templateVersion') + 1, 2).result).toEqual(
      dayToDate(day(2027, 6, 20)),
    );
    const prev = dataValidations(sheetXml(unzip(bytes2)).get('上学期联系家长') ?? '');
    expect(prev.find((v) => v.sqref === 'B2:B1000')).toMatchObject({
      type: 'date',
      formula1: '1',
      formula2: '2958465',
    });
  });
});

describe('writeWorkbook › round trips', () => {
  it('template → rows typed in with exceljs → scored as expected (the demo example, 77)', async () => {
    const demo = demoWorkbook();
    const rosterRows = (demo.sheets['学生名单'] ?? []).slice(1);
    const roster: RecordValues[] = rosterRows.map((r) =>
      Object.fromEntries(sheetDef('roster').columns.map((c, i) => [c.key, r[i] ?? null])),
    );
    const workbook = await load(await writeTemplate({ info: { ...INFO, weeks: 18 }, roster }));
    // Type every record of the example into the template, as a teacher would (dates as date cells).
    for (const def of SHEETS.filter((s) =>
      ['meetings', 'talks', 'interviews', 'activities', 'visits', 'contacts'].includes(s.key),
    )) {
      const ws = sheet(workbook, def.name);
      (demo.sheets[def.name] ?? []).slice(1).forEach((row, r) => {
        row.forEach((value, c) => {
          if (value === null || value === undefined) return;
          const isDate = def.columns[c]?.kind.type === 'date' && typeof value === 'string';
          ws.getCell(r + 2, c + 1).value = isDate
            ? new Date(`${value}T00:00:00Z`)
            : (value as ExcelJS.CellValue);
        });
      });
    }
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const outcome = await scored(filled);
    expect(outcome.score).toBe(77);
    expect(outcome.grade).toBe('合格');
    expect(outcome.info.major).toBe('会计学');
  });

  it('writes the example workbook (date strings become date cells) and reads it back to 77', async () => {
    const bytes = await writeWorkbook(demoWorkbook());
    const input = await readWorkbookBuffer(bytes, 'demo.xlsx');
    expect(input.sheets['班会记录']?.[1]?.[1]).toEqual(dayToDate(day(2026, 9, 8)));
    expect((await scored(bytes)).score).toBe(77);
  });

  it('keeps what the core must see: error values, numbers, booleans, extra columns and sheets, and a title row', async () => {
    const base = blankWorkbook({ info: INFO });
    const input: WorkbookInput = {
      sheets: {
        ...base.sheets,
        谈心记录: [
          ['2026 谈心记录'],
          [...tableRows('talks')[0]!, '备注'],
          [1, '9月15日', { error: '#N/A' }, '张伟', null, 20, true, '内容', '额外'],
        ],
        说明: [['自己的说明', 3]],
      },
    };
    const back = await readWorkbookBuffer(await writeWorkbook(input), 'x.xlsx');
    expect(back.sheets['谈心记录']).toEqual(input.sheets['谈心记录']);
    expect(back.sheets['说明']).toEqual([['自己的说明', 3]]);
  });

  it('turns the dates of a 1904-system workbook into real dates', async () => {
    const input = blankWorkbook({ info: INFO });
    const rows = tableRows('visits', [{ date: 46_280 - 1462, dorms: 'A101', reason: '检查卫生' }]);
    const back = await readWorkbookBuffer(
      await writeWorkbook({ sheets: { ...input.sheets, 走访宿舍: rows }, date1904: true }),
      'x.xlsx',
    );
    expect(back.sheets['走访宿舍']?.[1]?.[1]).toEqual(dayToDate(day(2026, 9, 15)));
  });

  it('cuts a cell longer than Excel allows to 32,767 characters', async () => {
    const input = blankWorkbook({ info: INFO });
    const back = await readWorkbookBuffer(
      await writeWorkbook({ sheets: { ...input.sheets, 说明: [['x'.repeat(40_000)]] } }),
      'x.xlsx',
    );
    expect((back.sheets['说明']?.[0]?.[0] as string).length).toBe(32_767);
  });

  it('writes date cells with a time as date and time', async () => {
    const wb = await load(
      await writeWorkbook({ sheets: { 说明: [[new Date(Date.UTC(2026, 8, 15, 14, 30))]] } }),
    );
    expect(sheet(wb, '说明').getCell(1, 1).numFmt).toBe('yyyy-mm-dd hh:mm');
  });
});

describe('writeWorkbook › workbooks without a usable 基本信息', () => {
  it('defines no names and limits no dates to a term when 基本信息 is missing', async () => {
    const sheets = Object.fromEntries(
      Object.entries(blankWorkbook({ info: INFO }).sheets).filter(([name]) => name !== '基本信息'),
    );
    const bytes = await writeWorkbook({ sheets });
    expect(definedNames(unzip(bytes)).size).toBe(0);
    const meetings = dataValidations(sheetXml(unzip(bytes)).get('班会记录') ?? '');
    expect(meetings.find((v) => v.sqref === 'B2:B1000')).toMatchObject({ type: 'date', formula1: '1' });
  });

  it('writes a blank 学期结束日期 while 学期开始日期 is blank, and reuses its row when re-written', async () => {
    const blank = blankWorkbook({ info: { ...INFO, start: null } });
    const bytes = await writeWorkbook(blank);
    const wb = await load(bytes);
    const endRow = infoRowOf('templateVersion') + 1;
    expect(sheet(wb, '基本信息').getCell(endRow, 2).result ?? '').toBe('');
    expect(sheet(wb, '基本信息').getCell(endRow, 2).formula).toContain('ISNUMBER');
    const again = await load(await writeWorkbook(await readWorkbookBuffer(bytes, 'x.xlsx')));
    expect(sheet(again, '基本信息').getCell(endRow, 1).value).toBe(TERM_END_NAME);
    expect(sheet(again, '基本信息').getCell(endRow + 1, 1).value).toBeNull();
  });
});

describe('saveWorkbook', () => {
  it('writes the bytes to a file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'write-'));
    try {
      const file = path.join(dir, '模板.xlsx');
      const bytes = await writeTemplate({ info: INFO });
      await saveWorkbook(file, bytes);
      expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
