/**
 * Checks as the teacher types, through the real adapter over the Excel fake: edits raise the
 * events Excel raises, the adapter re-reads what changed, the core re-checks, and the cells are
 * marked and unmarked — each within the sync budget (the fake's own count).
 */
import type { Issue, WorkbookInput } from '../../src/core';
import { demoWorkbook, scoreWorkbook } from '../../src/core';
import type { WorkbookChange } from '../../src/host/contract';
import { changeOf } from '../../src/office/changes';
import { setupWorkbook, writeScoreSheet } from '../../src/office/excel';
import { LiveWorkbook, MarkingStopped, patchRows, unwatchChanges, watchChanges } from '../../src/office/live';
import { MARK_FORMULA, MARK_STYLE, marksOf } from '../../src/office/marks';
import type { ConditionalFormatModel, SheetModel } from './fakeExcel';
import { coauthor, fakeExcel } from './fakeExcel';
import { supportsUpTo } from './helpers';

const ERROR_FILL = MARK_STYLE.error.fill;
const WARNING_FILL = MARK_STYLE.warning.fill;

/** The pane's loop without React: watch, collect changes, re-read them, score, mark. */
async function session(input: WorkbookInput = demoWorkbook(), excel = fakeExcel(input)) {
  const live = new LiveWorkbook(true);
  let pending: WorkbookChange[] = [];
  const handlers = await watchChanges(excel, (change) => pending.push(change));
  let issues: readonly Issue[] = [];
  const check = async (changes?: readonly WorkbookChange[]) => {
    const before = excel.syncCount;
    const read = changes ? await live.readChanges(excel, changes) : await live.readAll(excel);
    const outcome = scoreWorkbook(read);
    issues = outcome.issues;
    await live.mark(excel, issues);
    return { outcome, syncs: excel.syncCount - before };
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

/** A conditional format of the teacher's (or a stray copy of ours) on one cell. */
function rule(
  label: string,
  row: number,
  col: number,
  formula: string,
  extra: Partial<ConditionalFormatModel> = {},
) {
  return {
    label,
    type: 'Custom',
    areas: [{ row, col, rows: 1, cols: 1 }],
    formula,
    fill: '#00FF00',
    fontColor: null,
    ...extra,
  };
}

describe('as the teacher types', () => {
  it('a typed out-of-term date is listed and marked within 4 syncs; fixed, the mark goes and the teacher’s fill is back', async () => {
    const s = await session();
    const meetings = s.sheet('班会记录');
    meetings.touch(4, 1).fill = '#FFFF00'; // the teacher's own yellow on B5
    await s.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    const typed = await s.settle();
    // Read B5; the sheet's rules, their formulas and areas; rewrite the error marks.
    expect(typed.syncs).toBe(4);
    expect(at(typed.outcome.issues, '班会记录', 5).map((i) => i.column)).toContain('日期');
    expect(meetings.displayFill(4, 1)).toBe(ERROR_FILL);
    expect(meetings.cell(4, 1)?.fill).toBe('#FFFF00');

    await s.excel.user.enter('班会记录', 'B5', [['2026-10-20']]);
    const fixed = await s.settle();
    expect(fixed.syncs).toBe(4);
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

  it('one edited row whose marks stay as they are is 2 syncs on a sheet without rules: read the row, look at the rules', async () => {
    const s = await session();
    await s.excel.user.enter('谈心记录', 'E3', [['教室']]);
    const { syncs, outcome } = await s.settle();
    expect(syncs).toBe(2);
    expect(at(outcome.issues, '谈心记录', 3)).toEqual([]);
  });

  it('a whole record typed in with an error is 3 syncs on a sheet without rules: read, look, mark', async () => {
    const s = await session();
    await s.excel.user.enter('谈心记录', 'A17', [
      ['', '2026-10-10', 'S01', '王小明', '办公室', 2, '个别', '近况'],
    ]);
    const { syncs, outcome } = await s.settle();
    expect(syncs).toBe(3);
    // 时长 2 minutes is too short: the new row is checked.
    expect(at(outcome.issues, '谈心记录', 17).length).toBeGreaterThan(0);
    expect(s.sheet('谈心记录').displayFill(16, 5)).toBe(ERROR_FILL);
  });

  it('a 1,000-row paste stays within 4 syncs and every pasted error is listed and marked', async () => {
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
    expect(syncs).toBeLessThanOrEqual(4);
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
    const { outcome } = await s.settle();
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
    const { outcome } = await s.settle();
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
    const before = s.excel.syncCount;
    const input = await s.live.readChanges(s.excel, s.pending());
    // The deleted rows' sheet extent, then every value.
    expect(s.excel.syncCount - before).toBe(2);
    const outcome = scoreWorkbook(input);
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
    const before = s.sheet('班会记录').conditionalFormats.map((f) => f.label);
    const syncs = s.excel.syncCount;
    const outcome = scoreWorkbook(await s.live.readAll(s.excel));
    await s.live.mark(s.excel, outcome.issues);
    // The read; every sheet's rules, then the formulas and areas of the custom ones; no write.
    expect(s.excel.syncCount - syncs).toBe(5);
    expect(s.sheet('班会记录').conditionalFormats.map((f) => f.label)).toEqual(before);
  });

  it('clearing a column down to the last row reads the used range, not a million cells', async () => {
    const s = await session();
    const talks = s.sheet('谈心记录');
    for (let row = 1; row < 1_000; row++) talks.touch(row, 7).value = '';
    await s.excel.model.fireChanged(s.excel.instance, false, talks, 'H2:H1048576', 'RangeEdited');
    const { syncs, outcome } = await s.settle();
    expect(syncs).toBeLessThanOrEqual(5);
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
});

describe('when Excel refuses the marks', () => {
  it('a protected sheet stops marking with one MarkingStopped; later marks do nothing and reading goes on', async () => {
    const s = await session();
    s.sheet('班会记录').protected = true;
    await s.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    const changes = s.pending();
    const input = await s.live.readChanges(s.excel, changes);
    await expect(s.live.mark(s.excel, scoreWorkbook(input).issues)).rejects.toThrow(MarkingStopped);
    await s.excel.user.enter('班会记录', 'B6', [['2030-03-02']]);
    const later = await s.settle();
    expect(at(later.outcome.issues, '班会记录', 6).map((i) => i.column)).toContain('日期');
    expect(later.syncs).toBe(1);
  });

  it('a rule whose properties Excel cannot give never breaks reading: the score is there, marking stops', async () => {
    const excel = fakeExcel(demoWorkbook());
    excel.model
      .sheet('谈心记录')
      ?.conditionalFormats.push(rule('{duplicated}', 2, 1, '=B3>0', { unreadable: true }));
    const live = new LiveWorkbook(true);
    const outcome = scoreWorkbook(await live.readAll(excel));
    expect(outcome.ok && outcome.score).toBe(77);
    await expect(live.mark(excel, outcome.issues)).rejects.toThrow(MarkingStopped);
    await expect(live.mark(excel, outcome.issues)).resolves.toBeUndefined();
  });
});

describe('a sheet deleted under the marks', () => {
  it('does not stop marking: the next read is a full one and the marks follow it', async () => {
    const s = await session();
    s.excel.model.sheets = s.excel.model.sheets.filter((sheet) => sheet.name !== '班级活动');
    await expect(s.live.mark(s.excel, [])).resolves.toBeUndefined();
    const before = s.excel.syncCount;
    const input = await s.live.readChanges(s.excel, []);
    expect(s.excel.syncCount - before).toBe(3);
    expect(Object.keys(input.sheets)).not.toContain('班级活动');
    const issue: Issue = {
      severity: 'error',
      rule: 'dateOutsideTerm',
      sheet: '班会记录',
      row: 5,
      column: '日期',
      columnIndex: 1,
      params: {},
    };
    await s.live.mark(s.excel, [issue]);
    expect(s.sheet('班会记录').displayFill(4, 1)).toBe(ERROR_FILL);
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
    expect(s.excel.instance.eventsEnabled).toBe(true);
    await writeScoreSheet(s.excel, outcome, 'zh-CN', new Date(2026, 10, 4));
    expect(s.pending()).toEqual([]);
    expect(
      changeOf({
        worksheetId: 'x',
        address: 'A1',
        changeType: 'RangeEdited',
        source: 'Local',
        triggerSource: 'ThisLocalAddin',
      }),
    ).toBeNull();
  });

  it('on ExcelApi 1.9, where events carry no triggerSource, writing 评分 or setting up raises no change', async () => {
    const s = await session(demoWorkbook(), fakeExcel(demoWorkbook(), 9));
    const outcome = scoreWorkbook(s.excel.model.toInput());
    if (!outcome.ok) throw new Error('demo should score');
    await writeScoreSheet(s.excel, outcome, 'zh-CN', new Date(2026, 10, 4), { suspendEvents: true });
    await setupWorkbook(s.excel, { major: '会计学' }, { supports: supportsUpTo(9) });
    expect(s.pending()).toEqual([]);
    expect(s.excel.instance.eventsEnabled).toBe(true);
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
    meetings.conditionalFormats.push(rule('{teacher}', 1, 2, '=C2="x"'));
    // The teacher fixes the date while the pane is closed; a new session opens the workbook.
    meetings.touch(9, 1).value = '2026-12-01';
    const live = new LiveWorkbook(true);
    const outcome = scoreWorkbook(await live.readAll(first.excel));
    await live.mark(first.excel, outcome.issues);
    expect(meetings.displayFill(9, 1)).toBeNull();
    expect(meetings.conditionalFormats.map((f) => f.label)).toEqual(['{teacher}']);
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
    expect(at(settled.outcome.issues, '班会记录', 11)).toEqual([]);
    expect(s.sheet('班会记录').displayFill(10, 1)).toBeNull();
    expect(s.sheet('班会记录').displayFill(9, 1)).toBe(ERROR_FILL);
  });

  it('a copy of a mark as a rule of its own is found by its marker where the teacher edits, and removed', async () => {
    const s = await session();
    s.sheet('谈心记录').conditionalFormats.push(
      rule('{pasted}', 2, 1, MARK_FORMULA.error, { fill: ERROR_FILL }),
    );
    await s.excel.user.enter('谈心记录', 'B3', [['2026-09-16']]);
    await s.settle();
    expect(s.sheet('谈心记录').displayFill(2, 1)).toBeNull();
    expect(s.sheet('谈心记录').conditionalFormats).toEqual([]);
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

describe('conditional-format ids are positions', () => {
  it('a rule the teacher adds on top of our marks survives our next rewrite, and our stale mark goes', async () => {
    const s = await session();
    const meetings = s.sheet('班会记录');
    // Added by the teacher after our marks: Excel puts a new rule at the top, shifting ours down.
    meetings.conditionalFormats.unshift(rule('{teacher}', 1, 2, '=C2="x"'));
    await s.excel.user.enter('班会记录', 'B10', [['2026-12-01']]);
    await s.settle();
    expect(meetings.conditionalFormats.map((f) => f.label)).toEqual(['{teacher}']);
    expect(meetings.displayFill(9, 1)).toBeNull();
    expect(meetings.displayFill(1, 2)).toBe('#00FF00');
  });

  it('several of our rules on one sheet are deleted without one deletion shifting the next onto the teacher’s', async () => {
    const s = await session();
    const meetings = s.sheet('班会记录');
    await s.excel.user.enter('班会记录', 'D3', [['聚餐']]);
    await s.settle();
    meetings.conditionalFormats.push(rule('{teacher}', 1, 2, '=C2="x"'));
    await s.excel.user.enter('班会记录', 'D3:B10', [['开学初']]);
    await s.excel.user.enter('班会记录', 'B10', [['2026-12-01']]);
    await s.settle();
    expect(meetings.conditionalFormats.map((f) => f.label)).toEqual(['{teacher}']);
  });
});

describe('co-authoring', () => {
  it('a co-author’s edit is re-read in this pane, but this pane leaves the marks to hers', async () => {
    const mine = await session();
    const hers = await session(demoWorkbook(), coauthor(mine.excel));
    await hers.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    expect(mine.pending()).toEqual([
      { kind: 'cells', worksheetId: mine.sheet('班会记录').id, address: 'B5', remote: true },
    ]);
    const mineSettled = await mine.settle();
    expect(at(mineSettled.outcome.issues, '班会记录', 5).map((i) => i.column)).toContain('日期');
    // Reading only: the marks are hers to write.
    expect(mineSettled.syncs).toBe(1);
    await hers.settle();
    expect(mine.sheet('班会记录').displayFill(4, 1)).toBe(ERROR_FILL);
  });

  it('two panes never fight over marks: one with marking off leaves the marks a co-author’s pane wrote', async () => {
    const mine = await session();
    const hers = await session(demoWorkbook(), coauthor(mine.excel));
    await hers.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    await hers.settle();
    // Marking is off in mine: after each read its pane asks for no marks at all.
    await mine.live.readChanges(mine.excel, mine.pending());
    await mine.live.mark(mine.excel, []);
    expect(mine.sheet('班会记录').displayFill(4, 1)).toBe(ERROR_FILL);
  });
});

describe('cell-edit mode', () => {
  it('a read that fails while the teacher edits a cell leaves no stale rows: the next read catches up', async () => {
    const s = await session();
    await s.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    s.excel.user.startEditing();
    await expect(s.live.readChanges(s.excel, s.pending())).rejects.toThrow(/InvalidOperationInCellEditMode/);
    s.excel.user.stopEditing();
    // She edits another cell; only that change is pending now.
    await s.excel.user.enter('谈心记录', 'E7', [['教室']]);
    const input = await s.live.readChanges(s.excel, [
      { kind: 'cells', worksheetId: s.sheet('谈心记录').id, address: 'E7' },
    ]);
    expect(input.sheets['班会记录']?.[4]?.[1]).toBe('2030-03-01');
    expect(at(scoreWorkbook(input).issues, '班会记录', 5).map((i) => i.column)).toContain('日期');
  });

  it('marking while she edits a cell writes nothing and fails nothing; the next mark catches up', async () => {
    const s = await session();
    await s.excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    const input = await s.live.readChanges(s.excel, s.pending());
    s.excel.user.startEditing();
    await expect(s.live.mark(s.excel, scoreWorkbook(input).issues)).resolves.toBeUndefined();
    s.excel.user.stopEditing();
    await s.live.mark(s.excel, scoreWorkbook(input).issues);
    expect(s.sheet('班会记录').displayFill(4, 1)).toBe(ERROR_FILL);
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
