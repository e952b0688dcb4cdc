/**
 * The 新建与打印 tab's controller: reads the open workbook, loads the .xlsx writers (a chunk of
 * their own, ./xlsx.ts), builds the file (./newAndPrintBuilds.ts) and has the host open it in a new Excel
 * window. The open workbook is only read. Every failure — the read, the chunk, the build, Excel
 * refusing the file — ends as one notice in the teacher's words, never as an exception.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Lang, RuleSet, WorkbookInput } from '../core';
import { newAndPrintMessages, translator } from '../core';
import type { BuildContext, Built, FileAction } from './newAndPrintBuilds';
import { buildForms, buildNewTerm, buildTemplate } from './newAndPrintBuilds';
import type { PaneHost } from '../host/contract';
import type { Notice } from './usePane';
import { errorText } from './usePane';
import type { XlsxModule } from './xlsx';
import { loadXlsx } from './xlsx';

export interface FilesController {
  /** The action being built, or null: the view disables every button while one runs. */
  readonly busy: FileAction | null;
  readonly notice: Notice | null;
  readonly onNewTerm: () => void;
  readonly onTemplate: () => void;
  /** `all` prints records with errors too, marked (the CLI's `--all`). */
  readonly onPrint: (all: boolean) => void;
}

type Build = (input: WorkbookInput, ctx: BuildContext) => Promise<Built>;

/** `load` is the chunk loader; tests pass one that fails. */
export function useFiles(
  host: PaneHost,
  lang: Lang,
  rules: RuleSet,
  load: () => Promise<XlsxModule> = loadXlsx,
): FilesController {
  const t = useMemo(() => translator(newAndPrintMessages, lang), [lang]);
  const [busy, setBusy] = useState<FileAction | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  /** One step of a run: its failure becomes the notice `fail(error)` and stops the run. */
  const run = useCallback(
    async (action: FileAction, build: Build) => {
      const open = host.openWorkbook?.bind(host);
      if (!open) return;
      setBusy(action);
      setNotice(null);
      const step = async <T>(work: () => Promise<T>, fail: (error: unknown) => string) => {
        try {
          return { ok: true as const, value: await work() };
        } catch (error) {
          setNotice({ intent: 'error', text: fail(error) });
          return { ok: false as const };
        }
      };
      try {
        const input = await step(
          () => host.read(),
          (error) => t('readFailed', { message: errorText(error) }),
        );
        if (!input.ok) return;
        // The chunk's own error ("Loading chunk xlsx failed …") means nothing to a teacher.
        const xlsx = await step(load, () => t('chunkFailed'));
        if (!xlsx.ok) return;
        const built = await step(
          () => build(input.value, { lang, rules, today: host.today(), xlsx: xlsx.value }),
          (error) => t('buildFailed', { message: errorText(error) }),
        );
        if (!built.ok) return;
        const result = built.value;
        if (!result.ok) {
          setNotice({ intent: 'error', text: result.message });
          return;
        }
        const opened = await step(
          () => open(result.bytes),
          (error) => t('openFailed', { message: errorText(error) }),
        );
        if (opened.ok) setNotice({ intent: 'success', text: result.message });
      } finally {
        setBusy(null);
      }
    },
    [host, lang, rules, load, t],
  );

  const onNewTerm = useCallback(() => void run('newTerm', buildNewTerm), [run]);
  const onTemplate = useCallback(() => void run('template', buildTemplate), [run]);
  const onPrint = useCallback(
    (all: boolean) => void run('print', (input, ctx) => buildForms(input, ctx, all)),
    [run],
  );

  return { busy, notice, onNewTerm, onTemplate, onPrint };
}
