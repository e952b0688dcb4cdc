import type { PrintSheet, RecordValues } from '../../src/core';
import { buildPrintBook, buildWorkbook, PAGE_BUDGET, paperCount } from '../../src/core';
import {
  book,
  cellAt,
  find,
  INFO,
  pageHeight,
  recordOf,
  records,
  roster,
  sheetOf,
  valueAt,
  workbook,
} from './helpers';

const contact = (n: number, extra: RecordValues = {}): RecordValues => ({
  date: '2026-10-08',
  studentId: `S${String(n).padStart(3, '0')}`,
  parentName: `家长${n}`,
  contact: '13900000000',
  reason: '报喜',
  result: '已告知',
  ...extra,
});

const talk = (n: number, date: string, extra: RecordValues = {}): RecordValues => ({
  date,
  studentId: `S${String(n).padStart(3, '0')}`,
  minutes: 10,
  content: '近况',
  ...extra,
});

const meeting = (extra: RecordValues = {}): RecordValues => ({
  date: '2026-09-08',
  topic: '开学第一课',
  place: '301',
  host: '班长',
  recorder: '团支书',
  expected: 4,
  present: 4,
  content: '学期安排',
  ...extra,
});

const visit = (day: number): RecordValues => ({
  date: `2026-10-${String(day).padStart(2, '0')}`,
  dorms: 'B100',
  reason: '检查卫生',
});

describe('tabular forms over several pages', () => {
  it('puts 31 parent contacts on two pages, numbering on from 31 under a repeated heading', () => {
    const sheet = sheetOf(
      book(workbook({ contacts: Array.from({ length: 31 }, (_, i) => contact(i + 1)) }, {}, 31)),
      '联系学生家长记录表',
    );
    expect(sheet.pages.map((p) => p.records.length)).toEqual([30, 1]);
    const second = sheet.pages[1];
    expect(valueAt(sheet, `A${second?.firstRow}`)).toBe('编号：2');
    expect(valueAt(sheet, `A${(second?.firstRow ?? 0) + 1}`)).toBe('联系学生家长记录表');
    expect(valueAt(sheet, `A${(second?.firstRow ?? 0) + 4}`)).toBe('31');
    expect(valueAt(sheet, `B${(second?.firstRow ?? 0) + 4}`)).toBe('学生31');
    expect(sheet.rowBreaks).toEqual([sheet.pages[0]?.lastRow]);
    expect(paperCount(sheet)).toBe(2);
  });

  it('puts 26 dorm visits on two pages of up to 25 lines', () => {
    const visits = Array.from({ length: 26 }, (_, i) => visit(1 + i));
    const sheet = sheetOf(book(workbook({ visits })), '走访宿舍记录表');
    expect(sheet.pages.map((p) => p.records.length)).toEqual([25, 1]);
    expect(sheet.cells.filter((c) => c.style === 'index')).toHaveLength(50);
  });

  it('puts a 31st student’s talks on a second 谈心 page', () => {
    const talks = Array.from({ length: 31 }, (_, i) => talk(i + 1, '2026-09-20'));
    const sheet = sheetOf(book(workbook({ talks }, {}, 31)), '谈心记录表');
    expect(sheet.pages.map((p) => p.records.length)).toEqual([30, 1]);
  });

  it('continues a student’s third and fourth talks on a line of their own', () => {
    const talks = ['2026-09-20', '2026-10-20', '2026-11-20'].map((d) => talk(1, d));
    const sheet = sheetOf(book(workbook({ talks })), '谈心记录表');
    expect(['B5', 'C5', 'F5', 'B6', 'C6', 'F6'].map((a) => valueAt(sheet, a))).toEqual([
      '学生1',
      '2026.9.20',
      '2026.10.20',
      '学生1',
      '2026.11.20',
      '',
    ]);
  });

  it('gives a page fewer lines when long texts make them tall, so the page still fits A4', () => {
    const long = '家长表示会配合学校做好假期安全教育，并督促学生按时返校，'.repeat(4);
    const contacts = Array.from({ length: 30 }, (_, i) => contact(i + 1, { result: long }));
    const sheet = sheetOf(book(workbook({ contacts }, {}, 30)), '联系学生家长记录表');
    expect(sheet.pages.length).toBeGreaterThan(1);
    expect(records(sheet)).toHaveLength(30);
    for (const page of sheet.pages)
      expect(pageHeight(sheet, page.firstRow, page.lastRow)).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('prints a group talk with its 编号 and the note that it was a group talk', () => {
    const talks = [1, 2, 3].map((n) => talk(n, '2026-09-20', { serial: 'G1', form: '集体', minutes: 30 }));
    const sheet = sheetOf(book(workbook({ talks })), '谈心记录表');
    const record = recordOf(sheet, 2);
    expect(valueAt(sheet, record.fields['serial'] as string)).toBe('近况（集体谈心，编号G1，30分钟）');
  });

  it('prints a talk without a length as its content alone (with all)', () => {
    const sheet = sheetOf(
      book(workbook({ talks: [talk(1, '2026-09-20', { minutes: null })] }), { all: true }),
      '谈心记录表',
    );
    expect(valueAt(sheet, 'E5')).toBe('近况');
    expect(recordOf(sheet, 2).mark).toContain('时长');
  });
});

describe('students on the tabular forms', () => {
  it('names a student given only by 学号 from the roster', () => {
    const sheet = sheetOf(book(workbook({ contacts: [contact(2)] })), '联系学生家长记录表');
    expect(valueAt(sheet, 'B5')).toBe('学生2');
  });

  it('groups a student’s talks given by 学号 and by 姓名 on one line, in roster order', () => {
    const talks = [
      talk(2, '2026-09-21'),
      { ...talk(1, '2026-09-22'), studentId: null, studentName: '学生1' },
      talk(1, '2026-09-23'),
    ];
    const sheet = sheetOf(book(workbook({ talks })), '谈心记录表');
    expect(['B5', 'C5', 'F5', 'B6', 'C6'].map((a) => valueAt(sheet, a))).toEqual([
      '学生1',
      '2026.9.22',
      '2026.9.23',
      '学生2',
      '2026.9.21',
    ]);
  });

  it('with all, lists students missing from the roster after the roster’s, each on their own line', () => {
    const talks = [
      { ...talk(1, '2026-09-20'), studentId: null, studentName: '陌生人' },
      talk(3, '2026-09-21'),
      { ...talk(1, '2026-09-22'), studentId: null, studentName: null },
    ];
    const sheet = sheetOf(book(workbook({ talks }), { all: true }), '谈心记录表');
    expect(['B5', 'B6', 'B7'].map((a) => valueAt(sheet, a))).toEqual(['学生3', '陌生人', '']);
    expect(valueAt(sheet, 'I6')).toBe('⚠ 见注 1');
    const note = sheet.cells.find((c) => c.value.startsWith('第1次：⚠ 有错误，本记录不计入：姓名“陌生人”'));
    expect(note && valueAt(sheet, `A${note.row}`)).toBe('1');
    expect(cellAt(sheet, 'B6').flagged).toBe(true);
    expect(cellAt(sheet, 'B5').flagged).toBe(false);
  });
});

describe('the tabular forms with all', () => {
  /** The numbered lines (the 序号 column, index style) of each table page. */
  const numbered = (sheet: PrintSheet) =>
    sheet.pages.map(
      (page) =>
        sheet.cells.filter(
          (c) => c.style === 'index' && c.col === 1 && c.row >= page.firstRow && c.row <= page.lastRow,
        ).length,
    );
  // Errors whose cells stay short but whose messages are long (学号 or 宿舍 not on the roster).
  const odd = (i: number) => i % 2 === 1;
  it.each([
    {
      form: '联系学生家长记录表',
      perPage: 30,
      tables: (n: number) => ({
        contacts: Array.from({ length: n }, (_, i) => contact(odd(i) ? 900 + i : i + 1)),
      }),
    },
    {
      form: '谈心记录表',
      perPage: 30,
      tables: (n: number) => ({
        talks: Array.from({ length: n }, (_, i) => talk(odd(i) ? 900 + i : i + 1, '2026-09-20')),
      }),
    },
    {
      form: '走访宿舍记录表',
      perPage: 25,
      tables: (n: number) => ({
        visits: Array.from({ length: n }, (_, i) => ({
          date: `2026-09-${String(1 + (i % 28)).padStart(2, '0')}`,
          dorms: odd(i) ? 'Z999' : 'B100',
          reason: '检查卫生',
        })),
      }),
    },
  ])(
    'keeps $perPage numbered lines a page on $form however long the errors, the notes on pages after the table',
    ({ form, perPage, tables }) => {
      const plain = sheetOf(book(workbook(tables(perPage + 5), {}, perPage + 5)), form);
      const sheet = sheetOf(book(workbook(tables(perPage + 5), {}, perPage + 5), { all: true }), form);
      const table = numbered(sheet).filter((n) => n > 0 && n !== numbered(sheet).at(-1));
      expect(numbered(sheet).slice(0, 2)).toEqual([perPage, perPage]);
      expect(table.every((n) => n === perPage)).toBe(true);
      // every marked line's 核对结果 is one short line; its note holds the full text
      const refs = sheet.cells.filter((c) => /^⚠ 见注 \d+$/.test(c.value));
      expect(refs.length).toBeGreaterThan(10);
      const heights = [...new Set(refs.map((c) => sheet.rowHeights.get(c.row)))];
      expect(Math.max(...(heights as number[]))).toBeLessThanOrEqual(
        Math.max(...[...plain.rowHeights.entries()].filter(([row]) => row > 4).map(([, h]) => h)),
      );
      const title = find(sheet, '核对结果：有错误或重复的记录（注）');
      expect(title && title.row).toBeGreaterThan(sheet.pages[1]?.lastRow ?? Infinity);
      expect(sheet.rowBreaks).toContain((title?.row ?? 0) - 1);
      expect(paperCount(sheet)).toBe(sheet.pages.length);
      for (const page of sheet.pages)
        expect(pageHeight(sheet, page.firstRow, page.lastRow)).toBeLessThanOrEqual(PAGE_BUDGET);
      const notes = sheet.cells.filter((c) => c.row > (title?.row ?? 0) && c.col === 2);
      expect(notes.length).toBe(refs.length);
      expect(notes[0]?.value).toMatch(/有错误，本记录不计入|无法识别的日期/);
    },
  );

  it('prints no notes page when nothing is marked', () => {
    const sheet = sheetOf(book(workbook({ contacts: [contact(1)] }), { all: true }), '联系学生家长记录表');
    expect(find(sheet, '核对结果：有错误或重复的记录（注）')).toBeUndefined();
    expect(paperCount(sheet)).toBe(1);
  });
});

describe('one-record forms', () => {
  it('splits a text longer than a row can hold over several rows, and breaks the page when it outgrows A4', () => {
    const content = Array.from(
      { length: 120 },
      (_, i) => `第${i + 1}条：会议强调了安全、学风与考勤要求。`,
    ).join('\n');
    const sheet = sheetOf(book(workbook({ meetings: [meeting({ content })] })), '班会记录表');
    const pieces = sheet.cells.filter(
      (c) => c.style.startsWith('text') && c.col === 2 && c.value.startsWith('第'),
    );
    expect(pieces.map((c) => c.style)).toEqual([
      'textFirst',
      ...Array<string>(pieces.length - 2).fill('textMiddle'),
      'textLast',
    ]);
    expect(pieces.map((c) => c.value).join('\n')).toBe(content);
    expect(Math.max(...sheet.rowHeights.values())).toBeLessThanOrEqual(409);
    expect(sheet.pages).toHaveLength(1);
    expect(sheet.rowBreaks.length).toBeGreaterThan(0);
    expect(paperCount(sheet)).toBe(sheet.rowBreaks.length + 1);
    expect(recordOf(sheet, 2).fields['content']).toBe(pieces[0]?.address);
  });

  it('uses the workbook’s 编号 when given, and numbers the pages otherwise', () => {
    const meetings = [meeting({ serial: 'BH-07' }), meeting({ date: '2026-09-29', topic: '国庆安全' })];
    const sheet = sheetOf(book(workbook({ meetings })), '班会记录表');
    expect(sheet.cells.filter((c) => c.style === 'number').map((c) => c.value)).toEqual([
      '编号：BH-07',
      '编号：2',
    ]);
  });

  it('prints records by date, whatever their order in the sheet', () => {
    const meetings = [
      meeting({ date: '2026-10-20', topic: '学风' }),
      meeting({ date: '2026-09-08', topic: '开学' }),
    ];
    const sheet = sheetOf(book(workbook({ meetings })), '班会记录表');
    expect(records(sheet).map((r) => r.sourceRow)).toEqual([3, 2]);
  });

  it('prints the absentees and the remedy in the two rows of 未到会名单、原因及补救措施', () => {
    const sheet = sheetOf(
      book(
        workbook({ meetings: [meeting({ present: 3, absentees: '学生4（病假）', remedy: '会后单独传达' })] }),
      ),
      '班会记录表',
    );
    const record = recordOf(sheet, 2);
    expect(valueAt(sheet, record.fields['absentees'] as string)).toBe('未到名单及原因：学生4（病假）');
    expect(valueAt(sheet, record.fields['remedy'] as string)).toBe('补救措施：会后单独传达');
    expect(valueAt(sheet, record.fields['present'] as string)).toBe('（应到：4 人，实到：3 人）');
    expect(sheet.merges).toContain(
      `A${record.fields['absentees']?.slice(1)}:A${record.fields['remedy']?.slice(1)}`,
    );
  });

  it('prints a 谈话 of a student named only by 姓名 with the 学号 from the roster', () => {
    const interview: RecordValues = {
      date: '2026-10-15',
      studentName: '学生3',
      place: '办公室',
      interviewer: '李老师',
      recorder: '李老师',
      content: '学习计划',
      conclusion: '按计划执行',
    };
    const sheet = sheetOf(book(workbook({ interviews: [interview] })), '班主任谈话记录表');
    expect(find(sheet, '学生3（S003）')).toBeDefined();
  });
});

describe('what is printed', () => {
  const duplicate = contact(1);

  it('prints a row repeated word for word once, as it counts once', () => {
    const sheet = sheetOf(book(workbook({ contacts: [duplicate, duplicate] })), '联系学生家长记录表');
    expect(records(sheet).map((r) => r.sourceRow)).toEqual([2]);
  });

  it('with all, prints the repeat too, marked as such but not as an error', () => {
    const sheet = sheetOf(
      book(workbook({ contacts: [duplicate, duplicate] }), { all: true }),
      '联系学生家长记录表',
    );
    expect(recordOf(sheet, 3).mark).toBe('⚠ 与第 2 行完全相同，只计一次。如是重复录入，请删除本行。');
    expect(recordOf(sheet, 2).mark).toBeNull();
  });

  it('with all, prints an error value as its code and an unreadable date as written, after the dated rows', () => {
    const contacts = [contact(1, { date: '下周一' }), contact(2, { result: { error: '#N/A' } })];
    const sheet = sheetOf(book(workbook({ contacts }), { all: true }), '联系学生家长记录表');
    expect(['C5', 'G5', 'C6'].map((a) => valueAt(sheet, a))).toEqual(['2026.10.8', '#N/A', '下周一']);
  });

  it('prints a blank form for a sheet without records, to be filled in by hand', () => {
    const printed = book(workbook({}));
    for (const sheet of printed.sheets) {
      expect(sheet.pages).toHaveLength(1);
      expect(records(sheet)).toHaveLength(0);
    }
    const meetings = sheetOf(printed, '班会记录表');
    expect(meetings.cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(['编号：', '（应到：     人，实到：     人）', '主    题']),
    );
  });

  it('prints the 第二学期 term line', () => {
    const sheet = sheetOf(
      book(workbook({}, { year: '2026-2027', term: '第二学期', start: '2027-02-22' })),
      '谈心记录表',
    );
    expect(valueAt(sheet, 'A3')).toBe('（2026-2027学年度第二学期）');
  });

  it('keeps an & in the class name out of the footer’s codes', () => {
    const sheet = sheetOf(book(workbook({}, { className: 'R&D 1班' })), '班会记录表');
    expect(sheet.setup.footer).toBe('&L会计学 R&&D 1班　班主任：李老师&R第 &P 页，共 &N 页');
  });
});

describe('workbooks that cannot be printed', () => {
  it('says what is missing from a workbook that is not a class-teacher workbook', () => {
    const result = buildPrintBook({ sheets: { Sheet1: [['a']] } });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('缺少工作表') });
  });

  it('says why the term cannot be determined, in the language asked for', () => {
    const result = buildPrintBook(buildWorkbook({ ...INFO, start: null }, { roster: roster(2) }), {
      lang: 'en',
    });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('The term cannot be determined') });
  });
});
