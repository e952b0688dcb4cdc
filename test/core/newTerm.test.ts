import type { CellValue, RecordValues, SheetRows, WorkbookInput } from '../../src/core';
import { demoWorkbook, infoRowOf, scoreWorkbook, sheetDef, tableRows } from '../../src/core';
import { dayFromParts, dayToDate, dayToSerial } from '../../src/core/day';
import type { NextTerm } from '../../src/core/newTerm';
import { blankWorkbook, nextTermWorkbook, rosterFromWorkbook } from '../../src/core/newTerm';
import { locateHeader } from '../../src/core/workbook';
import { TEMPLATE_INFO } from '../node/templateInfo';
import { INFO, ROSTER, VALID, workbook } from './helpers';

const ROSTER_SHEET = sheetDef('roster').name;
const CONTACTS = sheetDef('contacts').name;
const PREV = sheetDef('prevContacts').name;
const day = (y: number, m: number, d: number) =>
  dayFromParts(y, m, d) as NonNullable<ReturnType<typeof dayFromParts>>;

function next(
  input: WorkbookInput,
  options: Parameters<typeof nextTermWorkbook>[1] = {},
): Extract<NextTerm, { ok: true }> {
  const result = nextTermWorkbook(input, options);
  if (!result.ok) throw new Error(`expected a new workbook, got: ${result.error}`);
  return result;
}

/** 基本信息's value of an entry. */
function infoValue(input: WorkbookInput, key: string): CellValue {
  return input.sheets['基本信息']?.[infoRowOf(key) - 1]?.[1] ?? null;
}

function contact(changes: RecordValues): RecordValues {
  return { ...VALID.contacts, ...changes };
}

describe('nextTermWorkbook › 基本信息', () => {
  it('advances term 1 to term 2 of the same year, keeping 专业, 班级, 班主任', () => {
    const result = next(workbook());
    expect(result.from).toEqual({ firstYear: 2026, term: 1 });
    expect(result.to).toEqual({ firstYear: 2026, term: 2 });
    const out = result.workbook;
    expect(infoValue(out, 'year')).toBe('2026-2027');
    expect(infoValue(out, 'term')).toBe('第二学期');
    expect(infoValue(out, 'major')).toBe(INFO.major);
    expect(infoValue(out, 'className')).toBe(INFO.className);
    expect(infoValue(out, 'teacher')).toBe(INFO.teacher);
    expect(infoValue(out, 'templateVersion')).toBe(1);
  });

  it('advances term 2 to term 1 of the next year', () => {
    const result = next(workbook({}, { term: '第二学期', start: '2027-02-22' }));
    expect(result.to).toEqual({ firstYear: 2027, term: 1 });
    expect(infoValue(result.workbook, 'year')).toBe('2027-2028');
    expect(infoValue(result.workbook, 'term')).toBe('第一学期');
  });

  it('leaves 学期开始日期 and 学期周数 blank for the teacher unless given', () => {
    const blank = next(workbook({}, { weeks: 20 })).workbook;
    expect(infoValue(blank, 'start')).toBeNull();
    expect(infoValue(blank, 'weeks')).toBeNull();
    const given = next(workbook(), { start: day(2027, 2, 22), weeks: 19 }).workbook;
    expect(infoValue(given, 'start')).toEqual(dayToDate(day(2027, 2, 22)));
    expect(infoValue(given, 'weeks')).toBe(19);
    const scored = scoreWorkbook(given);
    expect(scored.ok && scored.info.term).toMatchObject({
      firstYear: 2026,
      term: 2,
      start: day(2027, 2, 22),
      weeks: 19,
    });
  });
});

describe('nextTermWorkbook › sheets', () => {
  it('carries the roster over unchanged and empties every record sheet', () => {
    const input = workbook({ meetings: [VALID.meetings], talks: [VALID.talks], visits: [VALID.visits] });
    const result = next(input);
    expect(result.workbook.sheets[ROSTER_SHEET]).toEqual(input.sheets[ROSTER_SHEET]);
    expect(result.students).toBe(ROSTER.length);
    for (const key of ['meetings', 'talks', 'interviews', 'activities', 'visits', 'contacts'] as const) {
      expect(result.workbook.sheets[sheetDef(key).name]).toEqual(tableRows(key));
    }
  });

  it('rewrites a shuffled roster in template order, keeps its extra columns after the template’s, drops a title row', () => {
    const rows: SheetRows = [
      ['2026级会计1班名单'],
      ['宿舍', '备注X', '姓名', '学号', '关照类别'],
      ['A101', '班长', '张伟', '2026001', null],
      [],
      ['B202', null, '王芳', '2026003', '学习困难'],
    ];
    const input = workbook();
    const result = next({ sheets: { ...input.sheets, [ROSTER_SHEET]: rows } });
    const header = sheetDef('roster').columns.map((c) => c.header);
    expect(result.workbook.sheets[ROSTER_SHEET]).toEqual([
      [...header, '备注X'],
      ['2026001', '张伟', null, 'A101', null, null, null, null, '班长'],
      ['2026003', '王芳', null, 'B202', null, null, '学习困难', null, null],
    ]);
  });

  it('leaves sheets that are not part of the template behind, and writes the 评分 sheet with its note', () => {
    const input = workbook();
    const result = next({ sheets: { ...input.sheets, 说明: [['自己的笔记']], 评分: [['旧的评分']] } });
    expect(result.workbook.sheets['说明']).toBeUndefined();
    expect(result.workbook.sheets['评分']?.[0]?.[0]).toContain('请勿手动填写');
  });

  it('writes English notes with lang en (sheet names and headers stay the template’s)', () => {
    const result = next(workbook(), { lang: 'en' });
    expect(result.workbook.sheets['评分']?.[0]?.[0]).toContain('do not edit');
  });
});

describe('nextTermWorkbook › 上学期联系家长', () => {
  it('copies this term’s valid 联系家长 rows for term 2, leaving out rows with errors and repeated rows', () => {
    const input = workbook({
      contacts: [
        contact({ date: '9月30日' }),
        contact({ date: '2027-02-01' }), // outside the term
        contact({ studentId: '2026002', studentName: '李娜', reason: '放假' }), // not in the list
        contact({ studentId: '2026004', studentName: '刘强', date: 46316 }), // a serial: 2026-10-21
        contact({ date: '9月30日' }), // identical to the first row
        contact({ studentId: '2099999', studentName: null }), // not on the roster
      ],
    });
    const result = next(input, { start: day(2027, 2, 22) });
    expect(result.contacts).toBe(2);
    const header = sheetDef('prevContacts').columns.map((c) => c.header);
    const rows = result.workbook.sheets[PREV] as SheetRows;
    expect(rows[0]).toEqual(header);
    expect(rows.slice(1).map((r) => [r[1], r[2]])).toEqual([
      [dayToDate(day(2026, 9, 30)), '2026001'],
      [dayToDate(day(2026, 10, 21)), '2026004'],
    ]);
    expect(dayToSerial(day(2026, 10, 21))).toBe(46316);
  });

  it('makes term 2 count last term’s contacts for the year', () => {
    const input = workbook({
      contacts: ROSTER.slice(0, 3).map((s) =>
        contact({ studentId: s.studentId, studentName: s.studentName }),
      ),
    });
    const term2 = next(input, { start: day(2027, 2, 22) }).workbook;
    const withLast = {
      sheets: {
        ...term2.sheets,
        [CONTACTS]: tableRows('contacts', [
          contact({ date: '2027-03-01', studentId: '2026004', studentName: '刘强' }),
        ]),
      },
    };
    const outcome = scoreWorkbook(withLast);
    expect(outcome.ok && outcome.minimums.parents).toMatchObject({ count: 4, required: 4, met: true });
  });

  it('reads dates of a 1904-system workbook correctly', () => {
    const input = workbook({ contacts: [contact({ date: 46316 - 1462 })] });
    const result = next({ ...input, date1904: true }, { start: day(2027, 2, 22) });
    expect((result.workbook.sheets[PREV] as SheetRows)[1]?.[1]).toEqual(dayToDate(day(2026, 10, 21)));
  });

  it('has no 上学期联系家长 sheet when the new workbook is for term 1', () => {
    const result = next(
      workbook({ contacts: [contact({ date: '2027-03-01' })] }, { term: '第二学期', start: '2027-02-22' }),
    );
    expect(result.contacts).toBe(0);
    expect(result.workbook.sheets[PREV]).toBeUndefined();
  });

  it('copies the demo example’s seven contacts', () => {
    expect(next(demoWorkbook()).contacts).toBe(7);
  });
});

describe('nextTermWorkbook › workbooks that cannot roll over', () => {
  it('refuses a workbook that is not a class-teacher workbook, with the core’s message', () => {
    const rest = Object.fromEntries(
      Object.entries(workbook().sheets).filter(([name]) => name !== ROSTER_SHEET),
    );
    const result = nextTermWorkbook({ sheets: rest });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('缺少工作表 学生名单');
  });

  it('refuses a term-1 workbook whose term cannot be determined (its contacts could not be checked)', () => {
    const result = nextTermWorkbook(workbook({}, { start: null }));
    expect(!result.ok && result.error).toContain('学期开始日期');
  });

  it('still rolls a term-2 workbook over when only 学期开始日期 is missing', () => {
    const result = next(workbook({}, { term: '2', start: null }));
    expect(result.to).toEqual({ firstYear: 2027, term: 1 });
    expect(infoValue(result.workbook, 'className')).toBe(INFO.className);
  });
});

describe('blankWorkbook', () => {
  const info = TEMPLATE_INFO;

  it('is the template: 基本信息 filled in, every sheet with its header row, a term-1 workbook without 上学期联系家长', () => {
    const out = blankWorkbook({ info });
    expect(Object.keys(out.sheets)).toEqual([
      '基本信息',
      '学生名单',
      '班会记录',
      '谈心记录',
      '谈话记录',
      '班级活动',
      '走访宿舍',
      '联系家长',
      '评分',
    ]);
    expect(infoValue(out, 'start')).toEqual(dayToDate(info.start));
    expect(infoValue(out, 'term')).toBe('第一学期');
    const scored = scoreWorkbook(blankWorkbook({ info, roster: ROSTER }));
    expect(scored.ok && scored.rosterSize).toBe(ROSTER.length);
  });

  it('has an empty 上学期联系家长 in term 2', () => {
    expect(blankWorkbook({ info: { ...info, term: 2 } }).sheets[PREV]).toEqual(tableRows('prevContacts'));
  });
});

describe('rosterFromWorkbook', () => {
  it('takes the template columns of 学生名单', () => {
    const result = rosterFromWorkbook(workbook());
    expect(result.ok && result.students.map((s) => s.studentId)).toEqual(ROSTER.map((s) => s.studentId));
    expect(result.ok && result.students[2]).toMatchObject({
      studentName: '王芳',
      dorm: 'B202',
      care: '学习困难',
    });
  });

  it('finds another sheet by its 学号 and 姓名 headers, under a title, and leaves other columns out', () => {
    const result = rosterFromWorkbook({
      sheets: {
        封面: [['2026级会计学专业']],
        导出: [
          ['学生信息'],
          ['序号', '学号', '姓名', '身份证号', '宿舍'],
          [1, 2026001, '张伟', '110…', 'A101'],
          [null, null, null, null],
          [2, 2026002, '李娜', '120…', 'A102'],
        ],
      },
    });
    expect(result).toEqual({
      ok: true,
      students: [
        { studentId: 2026001, studentName: '张伟', dorm: 'A101' },
        { studentId: 2026002, studentName: '李娜', dorm: 'A102' },
      ],
      repeatedIds: [],
    });
  });

  it('reports a workbook without such a sheet', () => {
    expect(
      rosterFromWorkbook({
        sheets: {
          名单: [
            ['姓名', '电话'],
            ['张伟', '1'],
          ],
        },
      }),
    ).toEqual({ ok: false });
    expect(rosterFromWorkbook({ sheets: {} })).toEqual({ ok: false });
  });

  it('locates a header the way the core does', () => {
    expect(locateHeader(sheetDef('roster'), [['名单'], ['学号', '姓名']]).index).toBe(1);
    expect(locateHeader(sheetDef('roster'), []).columns.size).toBe(0);
  });
});
