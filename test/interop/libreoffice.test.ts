import ExcelJS from 'exceljs';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScoreEntry, WorkbookInput } from '../../src/core';
import { demoWorkbook, gradeCohort, infoRowOf, scoreReport, scoreWorkbook } from '../../src/core';
import { addDays, dayToDate, dayToSerial } from '../../src/core/day';
import { summaryInput } from '../node/summaryInput';
import { day, TEMPLATE_INFO as INFO } from '../node/templateInfo';
import { nextTermWorkbook } from '../../src/core/newTerm';
import { describeValidation, TERM_END_NAME, TERM_START_NAME } from '../../src/core/dataValidation';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { writeSummary } from '../../src/node/writeSummary';
import { writeTemplate, writeWorkbook } from '../../src/node/writeXlsx';
import { cli, tempDir } from '../cli/helpers';
import type { XmlValidation } from './xlsxParts';
import {
  convertWithLibreOffice,
  dataValidations,
  definedNames,
  normaliseRef,
  requireSoffice,
  sheetXml,
  unzip,
} from './xlsxParts';

/**
 * Interop with a real third-party program: LibreOffice Calc (CI installs libreoffice-calc-nogui).
 * Workbooks the project writes are re-saved by `soffice --headless --convert-to xlsx`; the
 * re-saved files must score the same, and keep the data validation and the names. Missing
 * LibreOffice fails these tests (it does not skip them).
 */

let dir: string;
let remove: () => void;
const files: Record<string, string> = {};
let saved: Map<string, string>;
let recalculated: Map<string, string>;

/** The JSON score entry of a workbook scored on its own (file name left out), or its error. */
function entryOf(input: WorkbookInput): Extract<ScoreEntry, { ok: true }> | string {
  const outcome = scoreWorkbook(input);
  const entry = scoreReport([{ file: '', outcome }], gradeCohort([outcome]), 'zh-CN')
    .workbooks[0] as ScoreEntry;
  return entry.ok ? entry : entry.error;
}

async function inputOf(file: string): Promise<WorkbookInput> {
  return readWorkbookBuffer(readFileSync(file), path.basename(file));
}

beforeAll(async () => {
  requireSoffice();
  ({ dir, remove } = tempDir('interop-'));
  const put = (name: string, bytes: Uint8Array) => {
    files[name] = path.join(dir, name);
    writeFileSync(files[name] as string, bytes);
  };
  put('demo.xlsx', await writeWorkbook(demoWorkbook()));
  put('template.xlsx', await writeTemplate({ info: INFO }));
  const next = nextTermWorkbook(demoWorkbook(), { start: day(2027, 2, 22) });
  if (!next.ok) throw new Error(next.error);
  put('next-term.xlsx', await writeWorkbook(next.workbook));
  put('summary.xlsx', writeSummary(await summaryInput(), 'zh-CN'));

  // A template filled in with exceljs the way a teacher types (date cells, numbers, text).
  const filled = new ExcelJS.Workbook();
  await filled.xlsx.load(
    (await writeTemplate({
      info: INFO,
      roster: [{ studentId: '2026001', studentName: '张伟', dorm: 'A101' }],
    })) as unknown as ArrayBuffer,
  );
  const talks = filled.getWorksheet('谈心记录') as ExcelJS.Worksheet;
  talks.addRow([1, dayToDate(day(2026, 9, 10)), '2026001', '张伟', '办公室', 15, '个别', '学习情况']);
  talks.addRow([2, dayToDate(day(2026, 10, 10)), '2026001', '张伟', '办公室', 3, '个别', '太短']);
  const visits = filled.getWorksheet('走访宿舍') as ExcelJS.Worksheet;
  for (let w = 0; w < 9; w++)
    visits.addRow([w + 1, dayToDate(addDays(day(2026, 9, 8), 14 * w)), 'A101', '检查卫生', '无']);
  put('filled.xlsx', new Uint8Array(await filled.xlsx.writeBuffer()));

  // The template with 学期周数 changed to 20 behind the formula's back: only a recalculation fixes 学期结束日期.
  const weeks = new ExcelJS.Workbook();
  await weeks.xlsx.load(readFileSync(files['template.xlsx'] as string) as unknown as ArrayBuffer);
  (weeks.getWorksheet('基本信息') as ExcelJS.Worksheet).getCell(infoRowOf('weeks'), 2).value = 20;
  put('weeks20.xlsx', new Uint8Array(await weeks.xlsx.writeBuffer()));

  saved = convertWithLibreOffice(
    ['demo.xlsx', 'template.xlsx', 'next-term.xlsx', 'filled.xlsx', 'summary.xlsx'].map(
      (n) => files[n] as string,
    ),
  );
  recalculated = convertWithLibreOffice([files['weeks20.xlsx'] as string], { recalculate: true });
}, 240_000);

afterAll(() => {
  for (const converted of [...(saved?.values() ?? []), ...(recalculated?.values() ?? [])])
    rmSync(path.dirname(converted), { recursive: true, force: true });
  remove?.();
});

const resaved = (name: string): string => saved.get(files[name] as string) as string;

describe('LibreOffice re-saves the workbooks we write', () => {
  it.each(['demo.xlsx', 'filled.xlsx', 'next-term.xlsx', 'template.xlsx'])(
    '%s re-saved by LibreOffice scores exactly the same',
    async (name) => {
      const before = entryOf(await inputOf(files[name] as string));
      const after = entryOf(await inputOf(resaved(name)));
      expect(after).toEqual(before);
    },
  );

  it('the summary workbook (written by hand, inline strings) keeps every cell', async () => {
    const before = await inputOf(files['summary.xlsx'] as string);
    expect(Object.keys(before.sheets)).toHaveLength(6);
    expect(await inputOf(resaved('summary.xlsx'))).toEqual(before);
  });

  it('the demo example still scores 77 after LibreOffice, through the CLI', async () => {
    const run = await cli(['score', '--json', resaved('demo.xlsx')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).workbooks[0]).toMatchObject({ ok: true, grade: '合格', score: 77 });
  });

  it('the filled template’s result is the one expected (a 3-minute talk does not count)', async () => {
    const entry = entryOf(await inputOf(resaved('filled.xlsx')));
    if (typeof entry === 'string') throw new Error(entry);
    expect(entry.minimums.talks).toEqual({ count: 1, required: 1, met: true });
    expect(entry.minimums.dormVisits).toEqual({ count: 9, required: 9, met: true });
    expect(entry.errors).toContainEqual(
      expect.objectContaining({ sheet: '谈心记录', row: 3, column: '时长（分钟）' }),
    );
  });
});

describe('the template’s data validation and names survive LibreOffice', () => {
  const comparable = (v: XmlValidation) => ({
    type: v.type,
    sqref: v.sqref,
    operator: ['date', 'whole', 'decimal'].includes(v.type) ? (v.operator ?? 'between') : undefined,
    formula1: v.type === 'none' ? undefined : v.formula1?.replace(/\s/g, ''),
    // LibreOffice writes a formula2 of 0 where none is needed
    formula2:
      v.type === 'none' ||
      v.type === 'list' ||
      v.type === 'custom' ||
      (v.operator !== undefined && v.operator !== 'between')
        ? undefined
        : v.formula2?.replace(/\s/g, ''),
    errorStyle: v.type === 'none' ? undefined : (v.errorStyle ?? 'stop'),
    prompt: v.prompt,
    promptTitle: v.promptTitle,
    error: v.error,
    errorTitle: v.errorTitle,
  });

  it('keeps every validation: type, range, formulas, prompt and alert', () => {
    const ours = sheetXml(unzip(readFileSync(files['template.xlsx'] as string)));
    const theirs = sheetXml(unzip(readFileSync(resaved('template.xlsx'))));
    const plan = describeValidation();
    let count = 0;
    for (const sheet of plan.sheets) {
      if (sheet.sheet === 'prevContacts') continue; // a term-1 template has no 上学期联系家长
      const before = dataValidations(ours.get(sheet.name) ?? '').map(comparable);
      const after = dataValidations(theirs.get(sheet.name) ?? '').map(comparable);
      expect(before).toHaveLength(sheet.validations.length);
      const key = (v: ReturnType<typeof comparable>) => v.sqref;
      expect([...after].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
        [...before].sort((a, b) => key(a).localeCompare(key(b))),
      );
      count += after.length;
    }
    expect(count).toBeGreaterThan(30);
    const dates = dataValidations(theirs.get('谈话记录') ?? '').find((v) => v.sqref === 'B2:B1000');
    expect(dates).toMatchObject({
      type: 'date',
      formula1: `IF(ISNUMBER(${TERM_START_NAME}),${TERM_START_NAME},1)`,
      formula2: `IF(ISNUMBER(${TERM_END_NAME}),${TERM_END_NAME},2958465)`,
    });
  });

  it('keeps the names 学期开始日期 and 学期结束日期 pointing at 基本信息, and the print titles', async () => {
    const parts = unzip(readFileSync(resaved('template.xlsx')));
    const names = definedNames(parts);
    expect(normaliseRef(names.get(TERM_START_NAME) ?? '')).toBe(`基本信息!$B$${infoRowOf('start')}`);
    expect(normaliseRef(names.get(TERM_END_NAME) ?? '')).toBe(
      `基本信息!$B$${infoRowOf('templateVersion') + 1}`,
    );
    expect(parts.get('xl/workbook.xml')).toMatch(/name="_xlnm.Print_Titles"[^>]*>'?班会记录'?!\$1:\$1</);
    expect(sheetXml(parts).get('班会记录')).toMatch(
      /<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"|<pageSetup[^>]*orientation="landscape"[^>]*paperSize="9"/,
    );

    // exceljs reads them back too
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(resaved('template.xlsx')) as unknown as ArrayBuffer);
    const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
    expect(model.find((n) => n.name === TERM_START_NAME)?.ranges.map(normaliseRef)).toEqual([
      `基本信息!$B$${infoRowOf('start')}`,
    ]);
    const validations = (
      workbook.getWorksheet('班会记录') as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      }
    ).dataValidations.model;
    expect(validations.I2?.type).toBe('custom');
    expect(validations.I2?.formulae[0]).toBe(
      'AND(ISNUMBER(I2),I2=INT(I2),I2>=0,OR(NOT(ISNUMBER(H2)),I2<=H2))',
    );
    expect(validations.D500).toMatchObject({ type: 'list' });
  });

  it('LibreOffice computes 学期结束日期 from 基本信息 (start + 7 × weeks − 1)', async () => {
    const input = await inputOf(recalculated.get(files['weeks20.xlsx'] as string) as string);
    const info = input.sheets['基本信息'] ?? [];
    expect(info[infoRowOf('templateVersion')]?.[0]).toBe(TERM_END_NAME);
    expect(info[infoRowOf('templateVersion')]?.[1]).toEqual(dayToDate(day(2027, 1, 24)));
    expect(dayToSerial(day(2027, 1, 24)) - dayToSerial(INFO.start)).toBe(7 * 20 - 1);
  });
});

describe('a real .xls written by LibreOffice', () => {
  it('is refused with the .xls message and exit 2', async () => {
    const xls = convertWithLibreOffice([files['demo.xlsx'] as string], { format: 'xls' }).get(
      files['demo.xlsx'] as string,
    ) as string;
    try {
      const run = await cli(['score', xls]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`文件“${xls}”是旧版 Excel 97-2003 格式（.xls）`);
    } finally {
      rmSync(path.dirname(xls), { recursive: true, force: true });
    }
  }, 120_000);
});
