/**
 * The WPS adapter over the ET fake, where ET differs from Office.js: the shapes Value2 gives, a
 * setup that must not write COM's "clear" into filled cells, validation that raises where there is
 * none, BGR colours, panes per window, events for the add-in's own writes, new workbooks through
 * the temp folder. The behaviour both hosts share is in test/host/behaviour.ts.
 */
import type { Issue, RecordValues } from '../../src/core';
import type { WorkbookChange } from '../../src/host/contract';
import { SHEETS, demoWorkbook, scoreWorkbook, sheetDef } from '../../src/core';
import { TERM_END_NAME, TERM_START_NAME } from '../../src/core/dataValidation';
import { MARK_FORMULA, MARK_STYLE } from '../../src/office/marks';
import { DV_TYPE } from '../../src/wps/et';
import { Quiet, WpsLiveWorkbook, watchChanges } from '../../src/wps/live';
import {
  bgr,
  binaryString,
  openWorkbook,
  readWorkbook,
  selectCell,
  setupWorkbook,
  writeScoreSheet,
} from '../../src/wps/workbook';
import type { EtSheetModel } from './fakeEt';
import { CVERR, FakeEt, etState } from './fakeEt';

const FORM: RecordValues = {
  year: '2026-2027',
  term: '第一学期',
  start: 46272,
  weeks: 18,
  major: '会计学',
  className: '会计2601',
  teacher: '李老师',
};

const emptyWorkbook = () => new FakeEt({ sheets: { Sheet1: [] } });
const validationAt = (sheet: EtSheetModel, row: number, col: number) =>
  sheet.validations.find(
    (v) =>
      row >= v.rect.row &&
      row < v.rect.row + v.rect.rows &&
      col >= v.rect.col &&
      col < v.rect.col + v.rect.cols,
  );

describe('reading a WPS workbook', () => {
  it('pads a used range that does not start at A1 back to rows from A1', () => {
    const app = new FakeEt({
      sheets: { 学生名单: [[], [null, null, '学号', '姓名'], [null, null, '2601', '张三']] },
    });
    expect(readWorkbook(app).input.sheets['学生名单']).toEqual([
      [],
      [null, null, '学号', '姓名'],
      [null, null, '2601', '张三'],
    ]);
  });

  it('reads an empty sheet (UsedRange is A1, empty) as no rows, and a one-cell sheet as one row', () => {
    const app = new FakeEt({ sheets: { 班会记录: [], 谈心记录: [['编号']] } });
    expect(readWorkbook(app).input.sheets).toEqual({ 班会记录: [], 谈心记录: [['编号']] });
  });

  it('drops the formatted empty rows UsedRange stretches over', () => {
    const app = new FakeEt({ sheets: { 班会记录: [['编号', '日期']] } });
    app.sheet('班会记录').touch(999, 1).numberFormat = 'yyyy-mm-dd';
    expect(readWorkbook(app).input.sheets['班会记录']).toEqual([['编号', '日期']]);
  });

  it('reads COM error values as errors, not as numbers', () => {
    const app = new FakeEt({
      sheets: {
        班会记录: [
          ['编号', '日期'],
          [1, { error: '#N/A' }],
        ],
      },
    });
    expect(app.sheet('班会记录').value(1, 1)).toBe(CVERR['#N/A']);
    expect(readWorkbook(app).input.sheets['班会记录']?.[1]).toEqual([1, { error: '#N/A' }]);
  });

  it('knows the 1904 date system from Workbook.Date1904', () => {
    const app = new FakeEt({ ...demoWorkbook(), date1904: true });
    expect(readWorkbook(app).input.date1904).toBe(true);
    expect(readWorkbook(new FakeEt(demoWorkbook())).input.date1904).toBeUndefined();
  });

  it('reads no sheets when no workbook is open', () => {
    expect(readWorkbook(new FakeEt()).input).toEqual({ sheets: {} });
  });

  it('selects a cell on its sheet, bringing the sheet to the front', () => {
    const app = new FakeEt(demoWorkbook());
    selectCell(app, '班会记录', 'B10');
    expect(app.model.activeSheet?.name).toBe('班会记录');
    expect(app.selection).toEqual({ sheet: '班会记录', address: 'B10' });
  });
});

describe('setup in WPS on an empty workbook', () => {
  let app: FakeEt;
  beforeEach(() => {
    app = emptyWorkbook();
    setupWorkbook(app, FORM);
  });

  it('creates every required sheet after Sheet1, with the headers in row 1 in template order', () => {
    const names = app.model.sheets.map((s) => s.name);
    expect(names[0]).toBe('Sheet1');
    for (const def of SHEETS.filter((s) => s.required)) expect(names).toContain(def.name);
    for (const def of SHEETS.filter((s) => s.layout === 'table' && s.required)) {
      const sheet = app.sheet(def.name);
      expect(def.columns.map((_, c) => sheet.value(0, c))).toEqual(def.columns.map((c) => c.header));
    }
  });

  it('writes the term end as a formula, defines the names, and colours headers in BGR', () => {
    const info = app.sheet(sheetDef('info').name);
    expect([...info.cells.values()].some((c) => c.formula?.includes('+7*'))).toBe(true);
    expect([...app.model.names.keys()]).toEqual(expect.arrayContaining([TERM_START_NAME, TERM_END_NAME]));
    const meetings = app.sheet('班会记录');
    expect(meetings.cell(0, 1)?.bold).toBe(true);
    expect(meetings.cell(0, 1)?.fill).toBe(bgr('#BDD7EE'));
  });

  it('adds native validation of the template’s kinds, with prompts, from row 2', () => {
    const meetings = app.sheet('班会记录');
    const date = validationAt(meetings, 1, 1);
    expect(date?.type).toBe(DV_TYPE.date);
    expect(date?.formula1).toMatch(/^=/);
    expect(date?.inputTitle).not.toBe('');
    expect(validationAt(meetings, 0, 1)).toBeUndefined();
    const talks = app.sheet('谈心记录');
    const studentName = sheetDef('talks').columns.findIndex((c) => c.key === 'studentName');
    expect(validationAt(talks, 1, studentName)?.formula1).toMatch(/^='?学生名单'?!\$/);
  });

  it('freezes each sheet’s header row in its window, sets print titles, and brings 基本信息 to the front', () => {
    expect(app.sheet('班会记录').frozenRows).toBe(1);
    expect(app.sheet('班会记录').printTitleRows).toBe('$1:$1');
    expect(app.model.activeSheet?.name).toBe(sheetDef('info').name);
  });

  it('changes nothing when run again, and keeps its own validation', () => {
    const before = etState(app);
    const again = setupWorkbook(app, FORM);
    expect(etState(app)).toEqual(before);
    expect(again.validatedColumns).toBe(0);
    expect(again.keptValidation).toEqual([]);
  });
});

describe('setup in WPS over a filled workbook', () => {
  it('leaves a teacher’s validation of another kind as it is, says so, and validates the rest', () => {
    const app = new FakeEt(demoWorkbook());
    const meetings = app.sheet('班会记录');
    meetings.validations.push({
      rect: { row: 0, col: 1, rows: 50, cols: 1 },
      type: DV_TYPE.list,
      alertStyle: 1,
      operator: undefined,
      formula1: 'x,y',
      formula2: undefined,
      ignoreBlank: true,
      inCellDropdown: true,
      inputTitle: '',
      inputMessage: '',
      showInput: true,
      errorTitle: '',
      errorMessage: '',
      showError: true,
    });
    const report = setupWorkbook(app, undefined);
    expect(validationAt(meetings, 1, 1)?.formula1).toBe('x,y');
    expect(report.keptValidation).toEqual([{ sheet: '班会记录', column: '日期' }]);
    expect(validationAt(meetings, 1, 3)?.type).toBe(DV_TYPE.list);
  });

  it('never clears a filled cell, and the §8 workbook still scores 77', () => {
    const app = new FakeEt(demoWorkbook());
    const before = readWorkbook(app).input;
    setupWorkbook(app, FORM);
    const after = readWorkbook(app).input;
    for (const [name, rows] of Object.entries(before.sheets))
      rows.forEach((row, r) =>
        row.forEach((value, c) => value !== null && expect(after.sheets[name]?.[r]?.[c]).toEqual(value)),
      );
    const outcome = scoreWorkbook(after);
    expect(outcome.ok && outcome.score).toBe(77);
  });
});

describe('the 评分 sheet in WPS', () => {
  it('is created once and rewritten, the only sheet the add-in rewrites', () => {
    const app = new FakeEt(demoWorkbook());
    const outcome = scoreWorkbook(readWorkbook(app).input);
    if (!outcome.ok) throw new Error(outcome.error);
    const others = JSON.stringify(etState(app));
    writeScoreSheet(app, outcome, 'zh-CN', new Date('2026-11-04T10:00:00'));
    writeScoreSheet(app, outcome, 'zh-CN', new Date('2026-11-04T10:00:00'));
    const score = app.sheet('评分');
    expect(app.model.sheets.filter((s) => s.name === '评分')).toHaveLength(1);
    expect([...score.cells.values()].some((c) => c.value === 77)).toBe(true);
    expect(score.cell(0, 0)?.bold).toBe(true);
    app.model.sheets = app.model.sheets.filter((s) => s.name !== '评分');
    expect(JSON.stringify(etState(app))).toBe(others);
  });
});

describe('checks as the teacher types in WPS', () => {
  function session() {
    const app = new FakeEt(demoWorkbook());
    const live = new WpsLiveWorkbook();
    const quiet = new Quiet();
    let pending: WorkbookChange[] = [];
    const stop = watchChanges(app, (change) => pending.push(change), quiet);
    let issues: readonly Issue[] = [];
    const check = (changes?: readonly WorkbookChange[]) => {
      const outcome = scoreWorkbook(changes ? live.readChanges(app, changes) : live.readAll(app));
      issues = outcome.issues;
      quiet.run(app, () => live.mark(app, issues));
      return outcome;
    };
    check();
    return {
      app,
      stop,
      issues: () => issues,
      settle: () => {
        const changes = pending;
        pending = [];
        return { changes, outcome: check(changes) };
      },
    };
  }

  it('marks with expression rules carrying the marker, in BGR, one per severity and sheet', () => {
    const s = session();
    const conditions = s.app.sheet('班会记录').conditions;
    expect(conditions).toHaveLength(1);
    expect(conditions[0]).toMatchObject({
      formula1: MARK_FORMULA.error,
      fill: bgr(MARK_STYLE.error.fill),
      fontColor: bgr(MARK_STYLE.error.font),
    });
    expect(s.app.sheet('班会记录').cell(9, 1)?.fill).toBeUndefined();
  });

  it('marks hundreds of scattered cells, each rule’s address within COM’s 255 characters', () => {
    const s = session();
    // Every other row out of term: 150 separate areas in the date column.
    const dates = Array.from({ length: 300 }, (_, i) => [i % 2 === 0 ? '2030-03-01' : '2026-10-20']);
    s.app.enter('班会记录', 'B20', dates);
    s.settle();
    const meetings = s.app.sheet('班会记录');
    for (const row of [19, 151, 317]) expect(meetings.displayFill(row, 1)).toBe(bgr(MARK_STYLE.error.fill));
    for (const row of [20, 152, 318])
      expect(meetings.displayFill(row, 1)).not.toBe(bgr(MARK_STYLE.error.fill));
  });

  it('an error value typed into a record is re-read as an error, not as COM’s number for it', () => {
    const s = session();
    s.app.enter('班会记录', 'B5', [[CVERR['#N/A'] ?? 0]]);
    const { outcome } = s.settle();
    const row5 = outcome.issues.filter((i) => i.sheet === '班会记录' && i.row === 5 && i.column === '日期');
    expect(row5.map((i) => i.params)).toContainEqual(expect.objectContaining({ value: '#N/A' }));
  });

  it('re-reads the cell a selection leaves, so a value picked from a dropdown is checked', () => {
    const s = session();
    s.app.click('班会记录', 'B5');
    s.app.sheet('班会记录').touch(4, 1).value = '2030-03-01';
    s.app.click('班会记录', 'C5');
    const { changes, outcome } = s.settle();
    expect(changes).toContainEqual({ kind: 'cells', worksheetId: '班会记录', address: 'B5' });
    expect(outcome.issues.some((i) => i.sheet === '班会记录' && i.row === 5 && i.column === '日期')).toBe(
      true,
    );
  });

  it('re-reads a whole sheet after a row deletion, and the marks follow the rows', () => {
    const s = session();
    s.app.deleteRows('班会记录', 3);
    const { changes } = s.settle();
    expect(changes).toEqual([{ kind: 'sheet', worksheetId: '班会记录' }]);
    expect(s.app.sheet('班会记录').displayFill(8, 1)).toBe(bgr(MARK_STYLE.error.fill));
    expect(s.app.sheet('班会记录').displayFill(9, 1)).toBeNull();
  });

  it('a mark copied with a row leaves the copy unmarked once the copy is checked', () => {
    const s = session();
    s.app.copyRow('班会记录', 10, 12);
    s.app.enter('班会记录', 'B12', [['2026-10-27']]);
    s.settle();
    expect(s.app.sheet('班会记录').displayFill(11, 1)).toBeNull();
    expect(s.app.sheet('班会记录').displayFill(9, 1)).toBe(bgr(MARK_STYLE.error.fill));
  });

  it('ignores changes on sheets the core does not read', () => {
    const s = session();
    s.app.model.addSheet('草稿');
    s.app.enter('草稿', 'A1', [['随手记']]);
    s.app.cellsRead = 0;
    s.settle();
    expect(s.app.cellsRead).toBe(0);
  });

  it('stops hearing changes once unwatched', () => {
    const s = session();
    s.stop();
    s.app.enter('班会记录', 'B5', [['2030-03-01']]);
    expect(s.settle().changes).toEqual([]);
  });
});

describe('new workbooks in WPS', () => {
  it('are written to the temp folder as the very bytes and opened there, the open workbook untouched', () => {
    const app = new FakeEt(demoWorkbook());
    const before = etState(app);
    const workbook = app.model;
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    openWorkbook(app, bytes, new Date('2026-11-04T10:00:00'));
    const [path] = [...app.files.keys()];
    expect(path).toBe('C:\\Users\\teacher\\AppData\\Local\\Temp/banzhuren-20261104-100000.xlsx');
    expect(app.files.get(path ?? '')).toBe(binaryString(bytes));
    expect(app.active?.path).toBe(path);
    app.active = workbook;
    expect(etState(app)).toEqual(before);
  });

  it('never write over an earlier file of the same second', () => {
    const app = new FakeEt(demoWorkbook());
    const now = new Date('2026-11-04T10:00:00');
    openWorkbook(app, new Uint8Array([1]), now);
    openWorkbook(app, new Uint8Array([2]), now);
    expect([...app.files.keys()].map((p) => p.slice(p.lastIndexOf('/') + 1))).toEqual([
      'banzhuren-20261104-100000.xlsx',
      'banzhuren-20261104-100000-2.xlsx',
    ]);
  });

  it('binaryString keeps every byte of a large file', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i % 256);
    const text = binaryString(bytes);
    expect(text.length).toBe(bytes.length);
    expect(Uint8Array.from(text, (ch) => ch.charCodeAt(0))).toEqual(bytes);
  });
});
