/**
 * Checks as the teacher types, through the real adapter over the Excel fake: edits raise
 * the events Excel raises, the adapter re-reads what changed, the core re-checks, and the cells are
 * marked and unmarked — each within the sync budget.
 */
import type { Issue, WorkbookInput } from '../../src/core';
import { demoWorkbook, scoreWorkbook } from '../../src/core';
import type { WorkbookChange } from '../../src/host/contract';
import { changeOf } from '../../src/office/changes';
import type { SyncMeter } from '../../src/office/excel';
import { setupWorkbook, writeScoreSheet } from '../../src/office/excel';
import { LiveWorkbook, patchRows, unwatchChanges, watchChanges } from '../../src/office/live';
import { MARK_FORMULA, MARK_STYLE, marksOf } from '../../src/office/marks';
import type { SheetModel } from './fakeExcel';
import { fakeExcel } from './fakeExcel';
import { supportsUpTo } from './helpers';

const ERROR_FILL = MARK_STYLE.error.fill;
const WARNING_FILL = MARK_STYLE.warning.fill;

/** The pane's loop without React: watch, collect changes, re-read them, score, mark. */
async function session(input: WorkbookInput = demoWorkbook()) {
  const excel = fakeExcel(input);
  const live = new LiveWorkbook(true);
  let pending: WorkbookChange[] = [];
  const handlers = await watchChanges(excel, (change) => pending.push(change));
  let issues: readonly Issue[] = [];
  const check = async (changes?: readonly WorkbookChange[]) => {
    const meter: SyncMeter = { syncs: 0 };
    const read = changes ? await live.readChanges(excel, changes, meter) : await live.readAll(excel, meter);
    const outcome = scoreWorkbook(read);
    issues = outcome.issues;
    await live.mark(excel, issues, meter);
    return { outcome, syncs: meter.syncs };
  };
  await check();
  return {
    excel,
    live,
    sheet: (name: string) => excel.model.sheet(name) as SheetModel,
    issues: () => issues,
    /** What the pane does once a burst of changes settles. */
    settle: async () => {
      const changes = pending;
      pending = [];
      return { changes, ...(await check(changes)) };
    },
    pending: () => pending,
    stop: () => unwatchChanges(excel, handlers),
  };
}

const at = (issues: readonly Issue[], sheet: string, row: number) =>
  issues.filter((i) => i.sheet === sheet && i.row === row);

describe('marks', () => {
  it('marks the demo workbook’s two errors in red, with conditional formats carrying the marker', async () => {
    const s = await session();
    expect(s.sheet('班会记录').displayFill(9, 1)).toBe(ERROR_FILL);
    expect(s.sheet('班级活动').displayFill(4, 2)).toBe(ERROR_FILL);
    expect(s.sheet('班会记录').displayFill(8, 1)).toBeNull();
    const formats = s.sheet('班会记录').conditionalFormats;
    expect(formats).toHaveLength(1);
    expect(formats[0]?.formula).toBe(MARK_FORMULA.error);
  });

  it('merges a column’s consecutive cells into one area, and an error wins over a warning on a cell', () => {
    const issue = (row: number, severity: Issue['severity'], columnIndex = 1): Issue => ({
      severity,
      rule: 'dateOutsideTerm',
      sheet: '班会记录',
      row,
      column: '日期',
      columnIndex,
      params: {},
    });
    const marks = marksOf([
      issue(3, 'error'),
      issue(4, 'error'),
      issue(5, 'error'),
      issue(7, 'warning'),
      issue(3, 'warning'),
      issue(9, 'error', 3),
    ]);
    expect(marks.get('班会记录')).toEqual({ error: ['B3:B5', 'D9'], warning: ['B7'] });
  });
});

describe('as the teacher types', () => {
  it('a typed out-of-term date is listed and marked within 2 syncs; fixed, the mark goes and the teacher’s fill is back', async () => {
    const s = await session();
    const meetings = s.sheet('班会记录');
    meetings.touch(4, 1).fill = '#FFFF00'; // the teacher's own yellow on B5
    await s.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    const typed = await s.settle();
    expect(typed.syncs).toBeLessThanOrEqual(2);
    expect(at(typed.outcome.issues, '班会记录', 5).map((i) => i.column)).toContain('日期');
    expect(meetings.displayFill(4, 1)).toBe(ERROR_FILL);
    expect(meetings.cell(4, 1)?.fill).toBe('#FFFF00');

    await s.excel.user.enter('班会记录', 'B5', [['2026-10-20']]);
    const fixed = await s.settle();
    expect(fixed.syncs).toBeLessThanOrEqual(2);
    expect(at(fixed.outcome.issues, '班会记录', 5)).toEqual([]);
    expect(meetings.displayFill(4, 1)).toBe('#FFFF00');
    // The other error's mark is untouched.
    expect(meetings.displayFill(9, 1)).toBe(ERROR_FILL);
  });

  it('a warning is marked in yellow, not red', async () => {
    const s = await session();
    await s.excel.user.enter('班会记录', 'D3', [['聚餐']]);
    const { outcome } = await s.settle();
    expect(at(outcome.issues, '班会记录', 3).map((i) => [i.column, i.severity])).toEqual([
      ['类型', 'warning'],
    ]);
    expect(s.sheet('班会记录').displayFill(2, 3)).toBe(WARNING_FILL);
    expect(WARNING_FILL).not.toBe(ERROR_FILL);
  });

  it('one edited row (a whole record typed in) is 2 syncs: read the row, write the marks', async () => {
    const s = await session();
    await s.excel.user.enter('谈心记录', 'A17', [
      ['', '2026-10-10', 'S01', '王小明', '办公室', 2, '个别', '近况'],
    ]);
    const { syncs, outcome } = await s.settle();
    expect(syncs).toBe(2);
    // 时长 2 minutes is too short: the new row is checked.
    expect(at(outcome.issues, '谈心记录', 17).length).toBeGreaterThan(0);
  });

  it('a 1,000-row paste stays within 3 syncs and every pasted error is listed and marked', async () => {
    const s = await session();
    const rows = Array.from({ length: 1000 }, (_, i) => [
      '',
      i % 2 === 0 ? '2026-10-10' : '2031-01-01',
      'S01',
      '王小明',
      '办公室',
      15,
      '个别',
      `第 ${i + 1} 次`,
    ]);
    await s.excel.user.enter('谈心记录', 'A17', rows);
    const { syncs, outcome } = await s.settle();
    expect(syncs).toBeLessThanOrEqual(3);
    const pastedErrors = outcome.issues.filter(
      (i) => i.sheet === '谈心记录' && i.row >= 17 && i.column === '日期',
    );
    expect(pastedErrors).toHaveLength(500);
    const talks = s.sheet('谈心记录');
    expect(talks.displayFill(17, 1)).toBe(ERROR_FILL); // row 18, the first out-of-term date
    expect(talks.displayFill(16, 1)).toBeNull(); // row 17, in term
  });

  it('a roster rename re-checks the rows that depend on it, in other sheets', async () => {
    const s = await session();
    const before = s.issues().filter((i) => i.sheet !== '学生名单').length;
    await s.excel.user.enter('学生名单', 'B2', [['王晓明']]);
    const { syncs, outcome } = await s.settle();
    expect(syncs).toBeLessThanOrEqual(2);
    const dependent = outcome.issues.filter((i) => i.sheet === '谈心记录' || i.sheet === '联系家长');
    expect(outcome.issues.filter((i) => i.sheet !== '学生名单').length).toBeGreaterThan(before);
    expect(dependent.length).toBeGreaterThan(0);
    for (const issue of dependent) {
      const severityFill = issue.severity === 'error' ? ERROR_FILL : WARNING_FILL;
      expect(s.sheet(issue.sheet).displayFill(issue.row - 1, issue.columnIndex ?? 0)).toBe(severityFill);
    }
  });

  it('a value picked from a dropdown (no change event) is re-read when the selection leaves the cell', async () => {
    const s = await session();
    await s.excel.user.select('班级活动', 'C5');
    await s.settle();
    s.excel.user.pick('班级活动', 'C5', '文体活动');
    expect(s.pending()).toEqual([]);
    await s.excel.user.select('班级活动', 'C6');
    const { outcome, syncs } = await s.settle();
    expect(syncs).toBeLessThanOrEqual(2);
    expect(at(outcome.issues, '班级活动', 5)).toEqual([]);
    expect(s.sheet('班级活动').displayFill(4, 2)).toBeNull();
  });

  it('deleting rows re-reads that sheet, and the marks follow the rows', async () => {
    const s = await session();
    await s.excel.user.deleteRows('班会记录', 3);
    const { changes, outcome } = await s.settle();
    expect(changes).toEqual([{ kind: 'sheet', worksheetId: s.sheet('班会记录').id }]);
    expect(at(outcome.issues, '班会记录', 9).map((i) => i.column)).toContain('日期');
    expect(s.sheet('班会记录').displayFill(8, 1)).toBe(ERROR_FILL);
    expect(s.sheet('班会记录').displayFill(9, 1)).toBeNull();
  });

  it('a burst with a row deletion and an edit elsewhere reads both in one values sync', async () => {
    const s = await session();
    await s.excel.user.deleteRows('班会记录', 3);
    await s.excel.user.enter('谈心记录', 'F3', [[2]]);
    const { syncs, outcome } = await s.settle();
    // The deleted rows' sheet extent, every value, the marks.
    expect(syncs).toBe(3);
    expect(at(outcome.issues, '谈心记录', 3).map((i) => i.column)).toContain('时长（分钟）');
    expect(at(outcome.issues, '班会记录', 9).map((i) => i.column)).toContain('日期');
  });

  it('changes on sheets the core does not read cost no sync', async () => {
    const s = await session({ sheets: { ...demoWorkbook().sheets, 备忘: [['x']] } });
    await s.excel.user.enter('备忘', 'A2', [['y']]);
    const { syncs } = await s.settle();
    expect(syncs).toBe(0);
  });
});

describe('what a re-check costs', () => {
  it('a second full read with nothing changed rewrites no mark', async () => {
    const s = await session();
    const before = s.sheet('班会记录').conditionalFormats.map((f) => f.id);
    const meter: SyncMeter = { syncs: 0 };
    const outcome = scoreWorkbook(await s.live.readAll(s.excel, meter));
    await s.live.mark(s.excel, outcome.issues, meter);
    expect(meter.syncs).toBe(3);
    expect(s.sheet('班会记录').conditionalFormats.map((f) => f.id)).toEqual(before);
  });

  it('clearing a column down to the last row reads the used range, not a million cells', async () => {
    const s = await session();
    const talks = s.sheet('谈心记录');
    for (let row = 1; row < 1_000; row++) talks.touch(row, 7).value = '';
    await s.excel.model.fireChanged(talks, 'H2:H1048576', 'RangeEdited', 'Unknown');
    const { syncs, outcome } = await s.settle();
    expect(syncs).toBeLessThanOrEqual(4);
    const rows = (await s.live.readChanges(s.excel, [])).sheets['谈心记录'] ?? [];
    expect(rows.length).toBeLessThan(100);
    expect(at(outcome.issues, '谈心记录', 2).map((i) => i.column)).toContain('谈心内容');
  });

  it('patchRows drops the empty tail a cleared range leaves', () => {
    const rows = [['a'], ['b'], ['c']];
    expect(patchRows(rows, { row: 1, col: 0, rows: 5, cols: 1 }, [[''], [''], [''], [''], ['']])).toEqual([
      ['a'],
    ]);
  });

  it('a sheet that refuses marks (protected) fails the marking once, without a retry', async () => {
    const s = await session();
    s.sheet('班会记录').protected = true;
    await s.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    const meter: SyncMeter = { syncs: 0 };
    const input = await s.live.readChanges(
      s.excel,
      [{ kind: 'cells', worksheetId: s.sheet('班会记录').id, address: 'B5' }],
      meter,
    );
    await expect(s.live.mark(s.excel, scoreWorkbook(input).issues, meter)).rejects.toThrow(/AccessDenied/);
    expect(meter.syncs).toBe(2);
  });
});

describe('the add-in’s own writes', () => {
  it('never come back as changes: events are off around bulk writes, and ThisLocalAddin ones are dropped', async () => {
    const s = await session();
    const outcome = scoreWorkbook(s.excel.model.toInput());
    if (!outcome.ok) throw new Error('demo should score');
    await writeScoreSheet(s.excel, outcome, 'zh-CN', new Date(2026, 10, 4), { suspendEvents: true });
    await setupWorkbook(s.excel, undefined, { supports: supportsUpTo(9) });
    expect(s.pending()).toEqual([]);
    expect(s.excel.model.eventsEnabled).toBe(true);
    await writeScoreSheet(s.excel, outcome, 'zh-CN', new Date(2026, 10, 4));
    expect(s.pending()).toEqual([]);
    expect(
      changeOf({
        worksheetId: 'x',
        address: 'A1',
        changeType: 'RangeEdited',
        triggerSource: 'ThisLocalAddin',
      }),
    ).toBeNull();
  });

  it('unwatching stops the changes', async () => {
    const s = await session();
    await s.stop();
    await s.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    expect(s.pending()).toEqual([]);
  });
});

describe('marks left by an earlier session', () => {
  it('are found by their marker and replaced; the teacher’s own conditional formats stay', async () => {
    const first = await session();
    const meetings = first.sheet('班会记录');
    meetings.conditionalFormats.push({
      id: '{teacher}',
      type: 'Custom',
      areas: [{ row: 1, col: 2, rows: 1, cols: 1 }],
      formula: '=C2="x"',
      fill: '#00FF00',
      fontColor: null,
    });
    // The teacher fixes the date while the pane is closed; a new session opens the workbook.
    meetings.touch(9, 1).value = '2026-12-01';
    const live = new LiveWorkbook(true);
    const meter: SyncMeter = { syncs: 0 };
    const outcome = scoreWorkbook(await live.readAll(first.excel, meter));
    await live.mark(first.excel, outcome.issues, meter);
    expect(meetings.displayFill(9, 1)).toBeNull();
    expect(meetings.conditionalFormats.map((f) => f.id)).toEqual(['{teacher}']);
    expect(first.sheet('班级活动').displayFill(4, 2)).toBe(ERROR_FILL);
    expect(first.sheet('班级活动').conditionalFormats).toHaveLength(1);
  });

  it('a mark copied with a row (Excel stretches the rule over the copy) leaves the fixed copy unmarked', async () => {
    const s = await session();
    await s.excel.user.copyRow('班会记录', 10, 11);
    await s.settle();
    expect(s.sheet('班会记录').displayFill(10, 1)).toBe(ERROR_FILL); // the copy has the same bad date
    await s.excel.user.enter('班会记录', 'B11', [['2026-12-08']]);
    const settled = await s.settle();
    expect(settled.syncs).toBeLessThanOrEqual(2);
    expect(at(settled.outcome.issues, '班会记录', 11)).toEqual([]);
    expect(s.sheet('班会记录').displayFill(10, 1)).toBeNull();
    expect(s.sheet('班会记录').displayFill(9, 1)).toBe(ERROR_FILL);
  });

  it('a copy of a mark as a rule of its own is found by its marker where the teacher edits, and removed', async () => {
    const s = await session();
    s.sheet('谈心记录').conditionalFormats.push({
      id: '{pasted}',
      type: 'Custom',
      areas: [{ row: 2, col: 1, rows: 1, cols: 1 }],
      formula: MARK_FORMULA.error,
      fill: ERROR_FILL,
      fontColor: null,
    });
    await s.excel.user.enter('谈心记录', 'B3', [['2026-09-16']]);
    const { syncs } = await s.settle();
    expect(syncs).toBeLessThanOrEqual(3);
    expect(s.sheet('谈心记录').displayFill(2, 1)).toBeNull();
    expect(s.sheet('谈心记录').conditionalFormats).toEqual([]);
  });

  it('loads the formula of a teacher’s own rule once, not on every edit under it', async () => {
    const s = await session();
    s.sheet('谈心记录').conditionalFormats.push({
      id: '{teacher}',
      type: 'Custom',
      areas: [{ row: 1, col: 0, rows: 100, cols: 8 }],
      formula: '=$F2<10',
      fill: '#DDEBF7',
      fontColor: null,
    });
    await s.excel.user.enter('谈心记录', 'E3', [['教室']]);
    expect((await s.settle()).syncs).toBe(2);
    await s.excel.user.enter('谈心记录', 'E4', [['宿舍']]);
    expect((await s.settle()).syncs).toBe(1);
    expect(s.sheet('谈心记录').conditionalFormats.map((f) => f.id)).toEqual(['{teacher}']);
  });

  it('a mark removed by hand does not stop the next marks', async () => {
    const s = await session();
    s.sheet('班会记录').conditionalFormats = [];
    await s.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    await s.settle();
    expect(s.sheet('班会记录').displayFill(4, 1)).toBe(ERROR_FILL);
    expect(s.sheet('班会记录').displayFill(9, 1)).toBe(ERROR_FILL);
  });
});

describe('patchRows', () => {
  it('writes a block into rows from A1, growing them, with "" as an empty cell', () => {
    expect(patchRows([['a']], { row: 2, col: 1, rows: 1, cols: 2 }, [['x', '']])).toEqual([
      ['a'],
      [],
      [null, 'x', null],
    ]);
  });
});
