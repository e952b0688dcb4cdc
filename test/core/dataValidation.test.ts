import type { CellValidation, ValidationPlan } from '../../src/core/dataValidation';
import {
  DEFAULT_LAST_ROW,
  describeValidation,
  LIST_SHEET_NAME,
  quoteSheet,
  templateInfoLayout,
  templateLayout,
  TERM_END_NAME,
  TERM_START_NAME,
  TEXT_LIMITS,
} from '../../src/core/dataValidation';
import type { SheetKey } from '../../src/core';
import { CAIJING_V1, infoRowOf, LISTS, MAX_TERM_WEEKS, SHEETS, sheetDef } from '../../src/core';
import { oneRow, rulesOf, score } from './helpers';

function validationOf(plan: ValidationPlan, sheet: SheetKey, key: string): CellValidation {
  const found = plan.sheets.find((s) => s.sheet === sheet)?.validations.find((v) => v.key === key);
  if (!found) throw new Error(`no validation for ${sheet}.${key}`);
  return found;
}

function hasValidation(plan: ValidationPlan, sheet: SheetKey, key: string): boolean {
  return plan.sheets.some((s) => s.sheet === sheet && s.validations.some((v) => v.key === key));
}

const plan = describeValidation();

describe('describeValidation › workbook names', () => {
  it('names 学期开始日期 after 基本信息’s start cell as infoRows writes it', () => {
    expect(plan.names).toContainEqual({
      name: TERM_START_NAME,
      refersTo: `'基本信息'!$B$${infoRowOf('start')}`,
    });
  });

  it('computes 学期结束日期 in a cell after the last 基本信息 entry: start + 7 × weeks − 1, blank weeks = the rule set’s default', () => {
    const row = infoRowOf('templateVersion') + 1;
    expect(plan.names).toContainEqual({ name: TERM_END_NAME, refersTo: `'基本信息'!$B$${row}` });
    const start = infoRowOf('start');
    const weeks = infoRowOf('weeks');
    expect(plan.cells).toEqual([
      { sheet: '基本信息', address: `A${row}`, value: '学期结束日期' },
      {
        sheet: '基本信息',
        address: `B${row}`,
        formula: `IF(ISNUMBER(B${start}),B${start}+7*IF(B${weeks}="",18,B${weeks})-1,"")`,
        numFmt: 'yyyy-mm-dd',
      },
    ]);
    const twenty = describeValidation({ rules: { ...CAIJING_V1, defaultWeeks: 20 } });
    expect((twenty.cells[1] as { formula: string }).formula).toContain(`IF(B${weeks}="",20,B${weeks})`);
  });

  it('uses the default weeks as a number when 基本信息 has no 学期周数 entry', () => {
    const info = templateInfoLayout();
    const rows = new Map(info.rows);
    rows.delete('weeks');
    const p = describeValidation({ info: { ...info, rows } });
    expect((p.cells[1] as { formula: string }).formula).toBe('IF(ISNUMBER(B4),B4+7*18-1,"")');
  });

  it('follows a 基本信息 laid out differently (another sheet name, other rows)', () => {
    const p = describeValidation({
      info: { name: "老师's 信息", rows: new Map([['start', 7]]), endDateRow: 12 },
    });
    expect(p.names).toEqual([
      { name: TERM_START_NAME, refersTo: "'老师''s 信息'!$B$7" },
      { name: TERM_END_NAME, refersTo: "'老师''s 信息'!$B$12" },
    ]);
    expect(validationOf(p, 'info', 'start').range).toBe('B7');
  });

  it('has no names, and accepts any date, when the workbook has no 基本信息', () => {
    const p = describeValidation({ info: null });
    expect(p.names).toEqual([]);
    expect(p.cells).toEqual([]);
    expect(p.sheets.some((s) => s.sheet === 'info')).toBe(false);
    expect(validationOf(p, 'meetings', 'date').rule).toEqual({
      type: 'date',
      operator: 'between',
      formula1: '1',
      formula2: '2958465',
    });
  });

  it('quotes sheet names for formulas', () => {
    expect(quoteSheet('基本信息')).toBe("'基本信息'");
    expect(quoteSheet("it's")).toBe("'it''s'");
  });
});

describe('describeValidation › record columns, from the column kinds', () => {
  it('covers rows 2…1000 of every table sheet of the template, and 基本信息', () => {
    const tables = SHEETS.filter((s) => s.layout === 'table').map((s) => s.key);
    expect(plan.sheets.map((s) => s.sheet)).toEqual(['info', ...tables]);
    expect(validationOf(plan, 'meetings', 'date').range).toBe(`B2:B${DEFAULT_LAST_ROW}`);
    expect(validationOf(describeValidation({ lastRow: 50 }), 'talks', 'minutes').range).toBe('F2:F50');
  });

  it('limits every 日期 to the term through the names, open-ended while 学期开始日期 is not a date', () => {
    for (const key of ['meetings', 'talks', 'interviews', 'activities', 'visits', 'contacts'] as const) {
      const v = validationOf(plan, key, 'date');
      expect(v.rule).toEqual({
        type: 'date',
        operator: 'between',
        formula1: `IF(ISNUMBER(${TERM_START_NAME}),${TERM_START_NAME},1)`,
        formula2: `IF(ISNUMBER(${TERM_END_NAME}),${TERM_END_NAME},2958465)`,
      });
      expect(v.alert).toMatchObject({ style: 'stop', title: '日期不在本学期内' });
      expect(v.alert?.message).toContain('注释[1]');
      expect(v.prompt.message).toMatch(/^必填。/);
    }
  });

  it('does not limit 上学期联系家长 dates to this term', () => {
    expect(validationOf(plan, 'prevContacts', 'date').rule).toEqual({
      type: 'date',
      operator: 'between',
      formula1: '1',
      formula2: '2958465',
    });
  });

  it('gives every list column a dropdown of its list, inline, refusing other values unless they are only warnings', () => {
    for (const sheet of SHEETS) {
      for (const column of sheet.columns) {
        if (column.kind.type !== 'list' || sheet.layout !== 'table') continue;
        const v = validationOf(plan, sheet.key, column.key);
        const values = LISTS[column.kind.list];
        expect(v.rule).toEqual({ type: 'list', values, source: `"${values.join(',')}"` });
        expect(v.alert?.style).toBe(column.kind.severity === 'warning' ? 'warning' : 'stop');
        expect(v.prompt.message).toContain(values.join('、'));
        expect(v.allowBlank).toBe(true);
      }
    }
  });

  it('cites the source note of a list in its prompt and alert', () => {
    expect(validationOf(plan, 'activities', 'type').alert?.message).toContain(
      '注释[4]：班会、布置和检查工作不属于班级活动',
    );
    expect(validationOf(plan, 'visits', 'reason').prompt.message).toContain('注释[5]');
    expect(validationOf(plan, 'contacts', 'reason').prompt.message).toContain('注释[6]');
    expect(validationOf(plan, 'meetings', 'type').prompt.message).toContain('注释[2]');
    expect(validationOf(plan, 'talks', 'form').prompt.message).toContain('空白表示“个别”');
    expect(validationOf(plan, 'talks', 'form').prompt.message).toContain('不能超过 8 人');
  });

  it('keeps whole numbers ≥ 0 for 应到人数 and 参加人数', () => {
    for (const [sheet, key] of [
      ['meetings', 'expected'],
      ['activities', 'participants'],
    ] as const) {
      expect(validationOf(plan, sheet, key).rule).toEqual({
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formula1: '0',
      });
    }
  });

  it('checks 实到 ≤ 应到 with a custom formula relative to the first data row', () => {
    const v = validationOf(plan, 'meetings', 'present');
    expect(v.range).toBe('I2:I1000');
    expect(v.rule).toEqual({
      type: 'custom',
      formula: 'AND(ISNUMBER(I2),I2=INT(I2),I2>=0,OR(NOT(ISNUMBER(H2)),I2<=H2))',
    });
    expect(v.alert).toMatchObject({ style: 'stop', title: '实到人数有误' });
  });

  it('follows shuffled columns and a header below a title row', () => {
    const columns = new Map([
      ['present', 0],
      ['expected', 5],
      ['date', 2],
    ]);
    const p = describeValidation({ sheets: { meetings: { name: '班会', headerRow: 3, columns } } });
    const present = validationOf(p, 'meetings', 'present');
    expect(present.range).toBe('A4:A1000');
    expect(present.rule).toEqual({
      type: 'custom',
      formula: 'AND(ISNUMBER(A4),A4=INT(A4),A4>=0,OR(NOT(ISNUMBER(F4)),A4<=F4))',
    });
    expect(validationOf(p, 'meetings', 'date').range).toBe('C4:C1000');
    expect(hasValidation(p, 'meetings', 'topic')).toBe(false);
    expect(p.sheets.find((s) => s.sheet === 'meetings')?.name).toBe('班会');
  });

  it('checks 实到 as a plain whole number when the sheet has no 应到人数 column', () => {
    const p = describeValidation({
      sheets: { meetings: { name: '班会记录', headerRow: 1, columns: new Map([['present', 1]]) } },
    });
    expect(validationOf(p, 'meetings', 'present').rule).toEqual({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formula1: '0',
    });
  });

  it('leaves out sheets given as null', () => {
    const p = describeValidation({ sheets: { prevContacts: null, visits: null } });
    expect(p.sheets.map((s) => s.sheet)).not.toContain('prevContacts');
    expect(p.sheets.map((s) => s.sheet)).not.toContain('visits');
  });

  it('asks for 时长 ≥ the rule set’s minimum minutes, citing 每次谈心不少于5分钟', () => {
    const v = validationOf(plan, 'talks', 'minutes');
    expect(v.rule).toEqual({ type: 'decimal', operator: 'greaterThanOrEqual', formula1: '5' });
    expect(v.alert?.message).toContain('每次谈心不少于5分钟');
    const ten = describeValidation({
      rules: { ...CAIJING_V1, minimums: { ...CAIJING_V1.minimums, talkMinutes: 10 } },
    });
    expect(validationOf(ten, 'talks', 'minutes').rule).toMatchObject({ formula1: '10' });
  });

  it('refuses a repeated 学号 on the roster', () => {
    expect(validationOf(plan, 'roster', 'studentId').rule).toEqual({
      type: 'custom',
      formula: 'COUNTIF($A$2:$A$1000,A2)<=1',
    });
  });

  it('prompts record students, group-talk numbers, dorms and problems with what the checks want', () => {
    expect(validationOf(plan, 'talks', 'studentId').prompt.message).toContain('学号和姓名至少填一项');
    expect(validationOf(plan, 'contacts', 'studentName').rule).toEqual({ type: 'none' });
    expect(validationOf(plan, 'talks', 'serial').prompt.message).toContain('不超过 8 人');
    expect(validationOf(plan, 'visits', 'dorms').prompt.message).toContain('全部');
    expect(validationOf(plan, 'visits', 'handling').prompt.message).toContain('填写了发现问题时必填');
    expect(validationOf(plan, 'meetings', 'signature').prompt.message).toMatch(/^建议填写/);
  });

  it('gives plain text columns with nothing more to say no entry (a prompt on every cell would cover the sheet)', () => {
    expect(hasValidation(plan, 'meetings', 'topic')).toBe(false);
    expect(hasValidation(plan, 'interviews', 'content')).toBe(false);
    expect(hasValidation(plan, 'meetings', 'serial')).toBe(false);
  });
});

describe('describeValidation › 基本信息', () => {
  const cell = (key: string) => validationOf(plan, 'info', key);

  it('validates each entry’s value cell in column B', () => {
    expect(cell('year').range).toBe(`B${infoRowOf('year')}`);
    expect(cell('start').rule).toEqual({
      type: 'date',
      operator: 'between',
      formula1: '1',
      formula2: '2958465',
    });
    expect(cell('weeks').rule).toEqual({
      type: 'whole',
      operator: 'between',
      formula1: '1',
      formula2: String(MAX_TERM_WEEKS),
    });
    expect(cell('templateVersion').prompt.message).toContain('请勿修改');
    expect(cell('endDate').range).toBe(`B${infoRowOf('templateVersion') + 1}`);
  });

  it('offers 第一学期/第二学期 but only warns about 1, 2, 一, 二, which the core accepts too', () => {
    expect(cell('term').rule).toMatchObject({ type: 'list', values: ['第一学期', '第二学期'] });
    expect(cell('term').alert?.style).toBe('warning');
  });
});

describe('describeValidation › texts', () => {
  it.each(['zh-CN', 'en'] as const)(
    'keeps every title, prompt and alert within Excel’s limits (%s)',
    (lang) => {
      const p = describeValidation({ lang });
      for (const sheet of p.sheets) {
        for (const v of sheet.validations) {
          expect(v.prompt.title.length).toBeLessThanOrEqual(TEXT_LIMITS.promptTitle);
          expect(v.prompt.title).not.toBe('');
          expect(v.prompt.message.length).toBeLessThanOrEqual(TEXT_LIMITS.prompt);
          if (v.alert) {
            expect(v.alert.title.length).toBeLessThanOrEqual(TEXT_LIMITS.errorTitle);
            expect(v.alert.message.length).toBeLessThanOrEqual(TEXT_LIMITS.error);
          }
          expect(v.prompt.message).not.toMatch(/\{\w+\}/);
          expect(v.alert?.message ?? '').not.toMatch(/\{\w+\}/);
        }
      }
    },
  );

  it('writes English prompts with --lang en, sentences separated by a space', () => {
    const v = describeValidation({ lang: 'en' })
      .sheets.find((s) => s.sheet === 'talks')
      ?.validations.find((x) => x.key === 'serial');
    expect(v?.prompt.message).toBe(
      'Optional. Group talk: give every row of it the same 编号 (note [3]: at most 8 students).',
    );
  });
});

describe('describeValidation › long lists', () => {
  it('moves a list longer than the inline limit to a hidden sheet behind a name', () => {
    const p = describeValidation({ inlineListLimit: 10 });
    const v = validationOf(p, 'meetings', 'type');
    expect(v.rule).toMatchObject({ type: 'list', source: '选项_meetingType' });
    expect(validationOf(p, 'talks', 'form').rule).toMatchObject({ source: '"个别,集体"' });
    expect(p.listSheet?.name).toBe(LIST_SHEET_NAME);
    const index = p.listSheet?.columns.findIndex((c) => c.list === 'meetingType') ?? -1;
    expect(p.listSheet?.columns[index]?.values).toEqual(LISTS.meetingType);
    const column = String.fromCharCode(65 + index);
    expect(p.names).toContainEqual({
      name: '选项_meetingType',
      refersTo: `'${LIST_SHEET_NAME}'!$${column}$1:$${column}$${LISTS.meetingType.length}`,
    });
    // contacts and prevContacts share one hidden column
    expect(p.listSheet?.columns.filter((c) => c.list === 'contactReason')).toHaveLength(1);
  });

  it('has no hidden sheet when every list fits', () => {
    expect(plan.listSheet).toBeNull();
  });
});

describe('describeValidation › agrees with the core’s checks', () => {
  it('every dropdown value of a record sheet is one the core accepts', () => {
    const lists: [Parameters<typeof oneRow>[0], string, readonly string[]][] = [
      ['meetings', 'type', LISTS.meetingType],
      ['talks', 'form', LISTS.talkForm],
      ['activities', 'type', LISTS.activityType],
      ['visits', 'reason', LISTS.visitReason],
      ['contacts', 'reason', LISTS.contactReason],
    ];
    for (const [sheet, key, values] of lists) {
      for (const value of values) expect(rulesOf(oneRow(sheet, { [key]: value }))).not.toContain('notInList');
    }
  });

  it('the minutes bound is the core’s: 5 counts, 4.5 does not', () => {
    expect(rulesOf(oneRow('talks', { minutes: 5 }))).not.toContain('talkTooShort');
    expect(rulesOf(oneRow('talks', { minutes: 4.5 }))).toContain('talkTooShort');
  });

  it('the weeks bound is the core’s: 30 is accepted, 31 is not', () => {
    expect(rulesOf(oneRow('talks', {}, { weeks: MAX_TERM_WEEKS }))).not.toContain('weeksInvalid');
    const over = score({}, { weeks: MAX_TERM_WEEKS + 1 });
    expect(over.ok ? '' : over.error).toContain('学期周数');
  });

  it('the template layout is the template’s column order', () => {
    for (const def of SHEETS.filter((s) => s.layout === 'table')) {
      const layout = templateLayout(def.key);
      expect(layout.headerRow).toBe(1);
      expect([...layout.columns.keys()]).toEqual(sheetDef(def.key).columns.map((c) => c.key));
    }
  });
});
