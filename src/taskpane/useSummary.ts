/**
 * The 汇总 tab's controller (docs/rules.md, Grades across teachers): the counsellor picks the term's workbooks; they
 * are read one after another in the browser, in a Web Worker (./xlsxWorker.ts), scored, graded
 * together, and the summary workbook — the layout `banzhuren batch` writes — opens in a new Excel
 * window. Nothing leaves the machine. A file that cannot be used becomes an `ok: false` outcome
 * with its message, and the others go on.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Cohort, Day, Lang, Outcome, RuleSet, SummaryFile } from '../core';
import {
  compareCodeUnits,
  gradeCohort,
  isLockFile,
  summaryOutcome,
  summarySharer,
  summaryTabMessages,
  translator,
} from '../core';
import type { PaneHost } from '../host/contract';
import type { Notice } from './usePane';
import { errorText } from './usePane';
import { loadXlsx } from './xlsx';

/** What the pane needs of a picked file (a DOM `File`). */
export type PickedFile = Pick<File, 'name' | 'arrayBuffer'>;

export type SummaryStatus =
  | { readonly status: 'idle' }
  /** `current` is the 1-based number of the file being read. */
  | { readonly status: 'reading'; readonly current: number; readonly total: number; readonly file: string }
  | { readonly status: 'graded'; readonly files: readonly SummaryFile[]; readonly cohort: Cohort };

export interface SummaryController {
  readonly state: SummaryStatus;
  /** The summary workbook is being written. */
  readonly busy: boolean;
  readonly notice: Notice | null;
  /** False when the host cannot open a new workbook (Excel before API 1.8). */
  readonly canWrite: boolean;
  readonly onPick: (files: readonly PickedFile[]) => void;
  readonly onWrite: () => void;
}

export interface ScorePickedOptions {
  readonly lang: Lang;
  readonly rules: RuleSet;
  /** The day of scoring: which classes are behind the term calendar is judged on it. */
  readonly today: Day;
  /** Called before each file is read. */
  readonly onProgress?: (current: number, total: number, file: string) => void;
  /** False once the result is no longer wanted (a newer pick): the remaining files are not read. */
  readonly wanted?: () => boolean;
}

/** Lets the browser paint (the progress bar) between two files. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads and scores the picked files one after another (one file's bytes in memory at a time), in
 * file-name order as `batch` orders a folder, skipping Office's `~$` owner files as `batch` does.
 * Never throws for a bad file; throws only when the reader itself cannot be loaded.
 */
export async function scorePicked(
  files: readonly PickedFile[],
  options: ScorePickedOptions,
): Promise<SummaryFile[]> {
  const score = await loadScorer();
  const picked = files.filter((f) => !isLockFile(f.name)).sort((a, b) => compareCodeUnits(a.name, b.name));
  const scored: SummaryFile[] = [];
  const share = summarySharer();
  for (const [i, file] of picked.entries()) {
    if (options.wanted && !options.wanted()) break;
    options.onProgress?.(i + 1, picked.length, file.name);
    await yieldToUi();
    scored.push({
      file: file.name,
      outcome: share(summaryOutcome(await scoreOne(score, file, options), options.today)),
    });
  }
  return scored;
}

type Scorer = (bytes: ArrayBuffer, name: string, lang: Lang, rules: RuleSet) => Promise<Outcome>;

/** The 汇总 worker where the browser has workers, else the reader in this thread (tests under jsdom). */
async function loadScorer(): Promise<Scorer> {
  if (typeof Worker !== 'undefined') {
    const { scoreInWorker } = await import(/* webpackChunkName: "xlsx-worker-client" */ './xlsxWorkerClient');
    return scoreInWorker;
  }
  const xlsx = await loadXlsx();
  return async (...args) => xlsx.scoreFileBytes(...args);
}

async function scoreOne(score: Scorer, file: PickedFile, options: ScorePickedOptions): Promise<Outcome> {
  const unreadable = (error: unknown): Outcome => ({
    ok: false,
    error: translator(summaryTabMessages, options.lang)('fileUnreadable', {
      file: file.name,
      message: errorText(error),
    }),
    issues: [],
  });
  try {
    return await score(await file.arrayBuffer(), file.name, options.lang, options.rules);
  } catch (error) {
    return unreadable(error);
  }
}

export function useSummary(host: PaneHost, lang: Lang, rules: RuleSet): SummaryController {
  const t = useMemo(() => translator(summaryTabMessages, lang), [lang]);
  const [state, setState] = useState<SummaryStatus>({ status: 'idle' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Only the latest pick may update the view.
  const pickCount = useRef(0);

  const onPick = useCallback(
    (files: readonly PickedFile[]) => {
      const pick = ++pickCount.current;
      const latest = () => pick === pickCount.current;
      setNotice(null);
      setState({ status: 'reading', current: 0, total: files.length, file: '' });
      const onProgress = (current: number, total: number, file: string) => {
        if (latest()) setState({ status: 'reading', current, total, file });
      };
      scorePicked(files, { lang, rules, today: host.today(), onProgress, wanted: latest }).then(
        (scored) => {
          if (!latest()) return;
          const cohort = gradeCohort(
            scored.map((s) => s.outcome),
            rules,
          );
          setState({ status: 'graded', files: scored, cohort });
        },
        (error: unknown) => {
          if (!latest()) return;
          setState({ status: 'idle' });
          setNotice({ intent: 'error', text: t('loadFailed', { message: errorText(error) }) });
        },
      );
    },
    [lang, rules, t],
  );

  const onWrite = useCallback(() => {
    const openWorkbook = host.openWorkbook?.bind(host);
    if (state.status !== 'graded' || !openWorkbook) return;
    const { files, cohort } = state;
    setBusy(true);
    setNotice(null);
    void (async () => {
      try {
        const { writeSummary } = await loadXlsx();
        const xlsx = writeSummary({ folder: null, files, cohort, rules, computedAt: new Date() }, lang);
        await openWorkbook(xlsx);
        setNotice({ intent: 'success', text: t('written') });
      } catch (error) {
        setNotice({ intent: 'error', text: t('writeFailed', { message: errorText(error) }) });
      } finally {
        setBusy(false);
      }
    })();
  }, [host, lang, rules, state, t]);

  return { state, busy, notice, canWrite: host.openWorkbook !== undefined, onPick, onWrite };
}
