/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import type { WorkbookInput } from '../../src/core';
import { DEFAULT_RULE_SET, dayFromParts, demoWorkbook, sheetDef } from '../../src/core';
import type { PaneHost, WorkbookChange } from '../../src/host/contract';
import { MARKS_PREFERENCE, RECHECK_DELAY_MS, initialMarking, usePane } from '../../src/taskpane/usePane';

/** The demo with its 2027-01-20 meeting moved into the term: a ninth meeting, no longer an error. */
function demoWithFixedDate(): WorkbookInput {
  const input = demoWorkbook();
  const name = sheetDef('meetings').name;
  const rows = (input.sheets[name] ?? []).map((row) =>
    row.map((cell) => (cell === '2027-01-20' ? '2027-01-08' : cell)),
  );
  return { ...input, sheets: { ...input.sheets, [name]: rows } };
}

function watchingHost(workbooks: WorkbookInput[]) {
  let onChange: ((change: WorkbookChange) => void) | null = null;
  const unwatch = jest.fn(async () => undefined);
  let reads = 0;
  const read = jest.fn(
    async (): Promise<WorkbookInput> => workbooks[Math.min(reads++, workbooks.length - 1)] as WorkbookInput,
  );
  const host: PaneHost = {
    read,
    setup: jest.fn(),
    writeScore: jest.fn(),
    select: jest.fn(),
    today: () => dayFromParts(2026, 11, 6)!,
    watch: async (callback) => {
      onChange = callback;
      return unwatch;
    },
  };
  return {
    host,
    read,
    unwatch,
    change: () => onChange?.({ kind: 'cells', worksheetId: '{1}', address: 'B10' }),
  };
}

const errorsOf = (state: ReturnType<typeof usePane>['state']) =>
  state.status === 'ready' ? state.outcome.issues.filter((i) => i.severity === 'error').length : null;

describe('as the teacher types', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('re-checks once a burst of changes settles, and the fixed error leaves the list', async () => {
    const { host, read, change } = watchingHost([demoWorkbook(), demoWithFixedDate()]);
    const { result } = renderHook(() => usePane(host, 'zh-CN', DEFAULT_RULE_SET));
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    expect(errorsOf(result.current.state)).toBe(2);

    await act(async () => {
      change();
      change();
      change();
      await jest.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    });
    expect(read).toHaveBeenCalledTimes(2);
    expect(errorsOf(result.current.state)).toBe(1);
    expect(
      result.current.state.status === 'ready' &&
        result.current.state.outcome.ok &&
        result.current.state.outcome.score,
    ).toBe(77);
  });

  it('keeps showing the last result while it re-reads', async () => {
    const { host, change } = watchingHost([demoWorkbook()]);
    const { result } = renderHook(() => usePane(host, 'zh-CN', DEFAULT_RULE_SET));
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    act(() => {
      change();
      jest.advanceTimersByTime(RECHECK_DELAY_MS);
    });
    expect(result.current.state.status).toBe('ready');
    // Let the re-read finish inside act.
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
  });

  it('passes what changed in the burst to the host, and focus asks for everything', async () => {
    const { host, read, change } = watchingHost([demoWorkbook()]);
    renderHook(() => usePane(host, 'zh-CN', DEFAULT_RULE_SET));
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    expect(read).toHaveBeenLastCalledWith(undefined);
    await act(async () => {
      change();
      change();
      await jest.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    });
    const cells = { kind: 'cells', worksheetId: '{1}', address: 'B10' };
    expect(read).toHaveBeenLastCalledWith([cells, cells]);
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
      await jest.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    });
    expect(read).toHaveBeenLastCalledWith([{ kind: 'all' }]);
  });

  it('marks the issues of every check, and a host that fails to mark still shows the list', async () => {
    const { host } = watchingHost([demoWorkbook()]);
    const mark = jest.fn(async () => {
      throw new Error('the sheet is protected');
    });
    const marking: PaneHost = { ...host, mark, keepsUndo: true };
    const { result } = renderHook(() => usePane(marking, 'zh-CN', DEFAULT_RULE_SET));
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    expect(mark).toHaveBeenCalledTimes(1);
    const [issues] = mark.mock.calls[0] as unknown as [readonly { rule: string }[]];
    expect(issues.map((i) => i.rule)).toEqual(['dateOutsideTerm', 'notAnActivity']);
    expect(errorsOf(result.current.state)).toBe(2);
  });

  it('marks by default only where Excel keeps its undo history; the teacher’s choice wins and is kept', async () => {
    const { host } = watchingHost([demoWorkbook()]);
    const saved = new Map<string, string>();
    const preferences = {
      get: (key: string) => saved.get(key) ?? null,
      set: (key: string, value: string) => void saved.set(key, value),
    };
    const mark = jest.fn<Promise<void>, [readonly unknown[]]>(async () => undefined);
    const oldExcel: PaneHost = { ...host, mark, keepsUndo: false, preferences };
    const { result } = renderHook(() => usePane(oldExcel, 'zh-CN', DEFAULT_RULE_SET));
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    expect(result.current.marks).toMatchObject({ on: false, keepsUndo: false });
    expect(mark).toHaveBeenLastCalledWith([]);

    await act(async () => {
      result.current.marks?.onToggle(true);
      await jest.runOnlyPendingTimersAsync();
    });
    expect(result.current.marks?.on).toBe(true);
    expect(saved.get(MARKS_PREFERENCE)).toBe('on');
    expect(mark.mock.lastCall?.[0]).toHaveLength(2);

    expect(initialMarking(oldExcel)).toBe(true);
    expect(initialMarking({ ...host, keepsUndo: true })).toBe(true);
    expect(
      initialMarking({ ...host, keepsUndo: true, preferences: { get: () => 'off', set: () => undefined } }),
    ).toBe(false);
    expect(initialMarking(host)).toBe(false);
  });

  it('offers no marking where the host cannot mark', async () => {
    const { host } = watchingHost([demoWorkbook()]);
    const { result } = renderHook(() => usePane(host, 'zh-CN', DEFAULT_RULE_SET));
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    expect(result.current.marks).toBeNull();
  });

  it('re-checks when the pane regains focus', async () => {
    const { host, read } = watchingHost([demoWorkbook()]);
    renderHook(() => usePane(host, 'zh-CN', DEFAULT_RULE_SET));
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
      await jest.advanceTimersByTimeAsync(RECHECK_DELAY_MS);
    });
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('stops watching when the pane closes', async () => {
    const { host, unwatch } = watchingHost([demoWorkbook()]);
    const { unmount } = renderHook(() => usePane(host, 'zh-CN', DEFAULT_RULE_SET));
    await act(async () => {
      await jest.runOnlyPendingTimersAsync();
    });
    unmount();
    expect(unwatch).toHaveBeenCalled();
  });
});
