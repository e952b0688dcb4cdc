/**
 * What every host adapter must do the same way, through the pane's contract (src/host/contract.ts):
 * one suite, run against each host's fake (test/host/excel.test.ts, test/wps/behaviour.test.ts).
 */
import type { Issue, WorkbookInput } from '../../src/core';
import { demoWorkbook, scoreWorkbook } from '../../src/core';
import type { PaneHost, WorkbookChange } from '../../src/host/contract';

/** What the teacher sees on a cell: one of the add-in's marks, their own fill, or nothing. */
export type Seen = 'error' | 'warning' | 'own' | null;

export interface HostWorld {
  readonly host: PaneHost;
  /** The teacher types (or pastes) a block at a cell, raising whatever the host raises. */
  enter(
    sheet: string,
    address: string,
    values: readonly (readonly (string | number | null)[])[],
  ): Promise<unknown>;
  /** The teacher gives a cell (0-based) a fill of their own. */
  paint(sheet: string, row: number, col: number): void;
  seen(sheet: string, row: number, col: number): Seen;
  /** Everything the workbook holds, as plain data: equal = nothing changed. */
  state(): unknown;
  /** Every non-blank cell, `sheet!row,col` → value. */
  filled(): Map<string, unknown>;
  /** Cells the host read from the workbook since the last call, where the fake counts them. */
  cellsRead?(): number;
}

export function describeHostBehaviour(name: string, world: (input: WorkbookInput) => HostWorld): void {
  /** The pane's loop without React: watch, collect changes, re-read them, score, mark. */
  async function session() {
    const w = world(demoWorkbook());
    let pending: WorkbookChange[] = [];
    const stop = await w.host.watch?.((change) => pending.push(change));
    let issues: readonly Issue[] = [];
    const check = async (changes?: readonly WorkbookChange[]) => {
      const outcome = scoreWorkbook(await w.host.read(changes));
      issues = outcome.issues;
      await w.host.mark?.(issues);
      return outcome;
    };
    await check();
    return {
      w,
      issues: () => issues,
      settle: async () => {
        const changes = pending;
        pending = [];
        return { changes, outcome: await check(changes) };
      },
      stop: async () => stop?.(),
    };
  }

  describe(`${name}: the behaviour every host shares`, () => {
    it('reads the §8 workbook and the core scores it 77', async () => {
      const w = world(demoWorkbook());
      const outcome = scoreWorkbook(await w.host.read());
      expect(outcome.ok && [outcome.score, outcome.grade]).toEqual([77, '合格']);
    });

    it('setup over a filled workbook overwrites no filled cell, and a second setup changes nothing', async () => {
      const w = world(demoWorkbook());
      const before = w.filled();
      await w.host.setup({});
      const after = w.filled();
      for (const [cell, value] of before) expect([cell, after.get(cell)]).toEqual([cell, value]);
      const once = w.state();
      const second = await w.host.setup({});
      expect(w.state()).toEqual(once);
      expect(second).toMatchObject({
        created: false,
        sheets: [],
        columns: [],
        info: [],
        names: [],
        validatedColumns: 0,
      });
      const again = scoreWorkbook(await w.host.read());
      expect(again.ok && again.score).toBe(77);
    });

    it('marks the §8 workbook’s errors as the teacher sees them, not the cells around them', async () => {
      const s = await session();
      expect(s.w.seen('班会记录', 9, 1)).toBe('error');
      expect(s.w.seen('班会记录', 8, 1)).toBeNull();
      await s.stop();
    });

    it('re-reads only the edited row, marks its bad date, and a fixed value brings back the teacher’s own fill', async () => {
      const s = await session();
      s.w.paint('班会记录', 4, 1);
      s.w.cellsRead?.();
      await s.w.enter('班会记录', 'B5', [['2030-03-01']]);
      const typed = await s.settle();
      expect(typed.changes).toEqual([expect.objectContaining({ kind: 'cells' })]);
      if (s.w.cellsRead) expect(s.w.cellsRead()).toBeLessThanOrEqual(1);
      const row5 = typed.outcome.issues.filter((i) => i.sheet === '班会记录' && i.row === 5);
      expect(row5.map((i) => i.column)).toContain('日期');
      expect(s.w.seen('班会记录', 4, 1)).toBe('error');

      await s.w.enter('班会记录', 'B5', [['2026-10-20']]);
      const fixed = await s.settle();
      expect(fixed.outcome.issues.filter((i) => i.sheet === '班会记录' && i.row === 5)).toEqual([]);
      expect(s.w.seen('班会记录', 4, 1)).toBe('own');
      expect(s.w.seen('班会记录', 9, 1)).toBe('error');
      await s.stop();
    });

    it('never hears its own writes as the teacher’s changes', async () => {
      const s = await session();
      await s.w.host.setup({});
      const outcome = scoreWorkbook(await s.w.host.read());
      if (!outcome.ok) throw new Error(outcome.error);
      await s.w.host.writeScore(outcome, 'zh-CN');
      await s.w.host.mark?.([]);
      const { changes } = await s.settle();
      expect(changes).toEqual([]);
      await s.stop();
    });
  });
}
