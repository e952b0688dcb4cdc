/**
 * The pane's controller: wires a PaneHost to the components' props. It scores what the host
 * read and keeps the one rule the pane must never break — a score is only shown for a complete,
 * fresh read (a failed read clears it; see `status`).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Issue, Lang, Outcome, RecordValues, RuleSet, WorkbookInput } from '../core';
import { hasTemplateSheet, paneMessages, scoreWorkbook, translator } from '../core';
import type { PaneHost, SetupReport, WorkbookChange } from '../host/contract';
import { EVERYTHING } from '../host/contract';
import type { InfoCells } from './setupForm';
import { infoCells } from './setupForm';

/** What the workbook is, for the first screen: empty, something else (none of the template's sheets), or ours. */
export type WorkbookKind = 'empty' | 'other' | 'template';

export type PaneStatus =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly outcome: Outcome;
      readonly hasData: boolean;
      readonly workbook: WorkbookKind;
      /** What 基本信息 holds, for the setup form and for pointing at bad cells. */
      readonly info: InfoCells | null;
    }
  | { readonly status: 'failed'; readonly message: string };

/** Where a notice is shown: beside the control that caused it; without one, at the top of the pane. */
export type NoticePlace = 'writeScore' | 'setup' | 'issues';

export interface Notice {
  readonly intent: 'success' | 'error';
  readonly text: string;
  readonly at?: NoticePlace;
}

/** Marking cells in the sheets: on or off, and whether Excel keeps its undo history meanwhile. */
export interface MarksControl {
  readonly on: boolean;
  readonly keepsUndo: boolean;
  readonly onToggle: (on: boolean) => void;
}

export interface PaneController {
  readonly state: PaneStatus;
  /** Null when the host cannot mark cells. */
  readonly marks: MarksControl | null;
  readonly busy: boolean;
  readonly notice: Notice | null;
  readonly setupReport: SetupReport | null;
  readonly onRefresh: () => void;
  readonly onSetup: (info: RecordValues) => void;
  readonly onWriteScore: () => void;
  readonly onSelectIssue: (sheet: string, address: string) => void;
}

/** Office errors carry a message (and a code); anything else is shown as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the workbook is, from what was read. */
export function workbookKind(input: WorkbookInput): WorkbookKind {
  if (hasTemplateSheet(input)) return 'template';
  return input.otherSheetsHoldData === true || hasAnyValue(input) ? 'other' : 'empty';
}

/** Whether any sheet the core reads holds a value: setup then repairs instead of creating. */
export function hasAnyValue(input: WorkbookInput): boolean {
  return Object.values(input.sheets).some((rows) =>
    rows.some((row) => row.some((v) => v !== null && v !== undefined && v !== '')),
  );
}

export const MARKS_PREFERENCE = 'banzhuren.marks';

/**
 * Whether to mark cells: the teacher's saved choice, else on only where Excel keeps its undo
 * history across the add-in's writes (marking after every edit would otherwise wipe it).
 */
export function initialMarking(host: PaneHost): boolean {
  const saved = host.preferences?.get(MARKS_PREFERENCE);
  if (saved === 'on' || saved === 'off') return saved === 'on';
  return host.keepsUndo ?? false;
}

/** Edits arrive in bursts (a paste, typing across cells): re-check once they settle. */
export const RECHECK_DELAY_MS = 600;

/**
 * Collects what the teacher changes and re-checks once the burst settles; pane focus re-checks
 * everything (a backstop for hosts without events, and for sheets renamed or added meanwhile).
 * Returns the cleanup for useEffect.
 */
function watchForChanges(host: PaneHost, recheck: (changes: readonly WorkbookChange[]) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: WorkbookChange[] = [];
  let stop: (() => Promise<void>) | null = null;
  let disposed = false;
  const schedule = (change: WorkbookChange) => {
    pending.push(change);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes = pending;
      pending = [];
      recheck(changes);
    }, RECHECK_DELAY_MS);
  };
  const onFocus = () => schedule(EVERYTHING);
  host
    .watch?.(schedule)
    .then((unwatch) => {
      if (disposed) void unwatch();
      else stop = unwatch;
    })
    // Without events the pane still re-checks on focus and when the teacher presses refresh.
    .catch(() => undefined);
  window.addEventListener('focus', onFocus);
  return () => {
    disposed = true;
    clearTimeout(timer);
    window.removeEventListener('focus', onFocus);
    void stop?.();
  };
}

export function usePane(host: PaneHost, lang: Lang, rules: RuleSet): PaneController {
  const t = useMemo(() => translator(paneMessages, lang), [lang]);
  const [state, setState] = useState<PaneStatus>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [setupReport, setSetupReport] = useState<SetupReport | null>(null);
  // The outcome the write button refers to, without re-rendering on every change.
  const current = useRef<Outcome | null>(null);
  const [marking, setMarking] = useState(() => initialMarking(host));
  // Read by `load` without making it a dependency (a new `load` would restart the watching).
  const markingNow = useRef(marking);
  const lastIssues = useRef<readonly Issue[]>([]);

  /** With marking off, `[]` still removes marks an earlier session left (and writes nothing when there are none). */
  const mark = useCallback(
    (issues: readonly Issue[]) =>
      // Marks are a convenience on top of the pane's list: a host that fails to write them
      // (a protected sheet) still shows the list, and says why in a notice of its own words.
      host
        .mark?.(markingNow.current ? issues : [])
        .catch((error: unknown) => setNotice({ intent: 'error', text: errorText(error) })),
    [host],
  );

  /**
   * Reads (all, or only what `changes` touched), scores, shows, then marks the cells in the
   * sheets. With changes the current view stays while reading (no flicker as the teacher types).
   */
  const load = useCallback(
    async (changes?: readonly WorkbookChange[]) => {
      if (!changes) setState({ status: 'loading' });
      current.current = null;
      let outcome: Outcome;
      try {
        const input = await host.read(changes);
        outcome = scoreWorkbook(input, { rules, lang });
        current.current = outcome;
        setState({
          status: 'ready',
          outcome,
          hasData: hasAnyValue(input),
          workbook: workbookKind(input),
          info: infoCells(input),
        });
      } catch (error) {
        setState({ status: 'failed', message: t('readFailed', { message: errorText(error) }) });
        return;
      }
      lastIssues.current = outcome.issues;
      await mark(outcome.issues);
    },
    [host, lang, rules, t, mark],
  );

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => watchForChanges(host, (changes) => void load(changes)), [host, load]);

  /** Runs one host action with the busy flag set; a failure becomes a notice, never an exception. */
  const act = useCallback(
    async (at: NoticePlace, action: () => Promise<void>) => {
      setBusy(true);
      setNotice(null);
      try {
        await action();
      } catch (error) {
        setNotice({ intent: 'error', text: t('actionFailed', { message: errorText(error) }), at });
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  const onSetup = useCallback(
    (info: RecordValues) =>
      void act('setup', async () => {
        setSetupReport(await host.setup(info));
        await load();
      }),
    [act, host, load],
  );

  const onWriteScore = useCallback(
    () =>
      void act('writeScore', async () => {
        const outcome = current.current;
        if (!outcome?.ok) return;
        await host.writeScore(outcome, lang);
        setNotice({ intent: 'success', text: t('scoreWritten'), at: 'writeScore' });
      }),
    [act, host, lang, t],
  );

  const onSelectIssue = useCallback(
    (sheet: string, address: string) => {
      host.select(sheet, address).catch((error: unknown) => {
        setNotice({
          intent: 'error',
          text: t('selectFailed', { sheet, address, message: errorText(error) }),
          at: 'issues',
        });
      });
    },
    [host, t],
  );

  const onRefresh = useCallback(() => void load(), [load]);

  const onToggleMarks = useCallback(
    (on: boolean) => {
      markingNow.current = on;
      setMarking(on);
      host.preferences?.set(MARKS_PREFERENCE, on ? 'on' : 'off');
      void mark(lastIssues.current);
    },
    [host, mark],
  );

  const canMark = host.mark !== undefined;
  const keepsUndo = host.keepsUndo ?? false;
  const marks = useMemo<MarksControl | null>(
    () => (canMark ? { on: marking, keepsUndo, onToggle: onToggleMarks } : null),
    [canMark, marking, keepsUndo, onToggleMarks],
  );

  return { state, marks, busy, notice, setupReport, onRefresh, onSetup, onWriteScore, onSelectIssue };
}
