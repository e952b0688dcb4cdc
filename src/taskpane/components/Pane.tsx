/** The pane wired to a host: the controller's state and actions become App's props. */
import type { Lang, RuleSet } from '../../core';
import type { PaneHost } from '../../host/contract';
import { useFiles } from '../useFiles';
import { usePane } from '../usePane';
import { useSummary } from '../useSummary';
import { App } from './App';
import { FilesPanel } from './FilesPanel';
import { SummaryPanel } from './SummaryPanel';

export interface PaneProps {
  readonly host: PaneHost;
  readonly lang: Lang;
  readonly rules: RuleSet;
}

export function Pane({ host, lang, rules }: PaneProps) {
  const pane = usePane(host, lang, rules);
  const files = useFiles(host, lang, rules);
  const summary = useSummary(host, lang, rules);
  return (
    <App
      lang={lang}
      rules={rules}
      today={host.today()}
      state={pane.state}
      busy={pane.busy}
      notice={pane.notice}
      setupReport={pane.setupReport}
      onRefresh={pane.onRefresh}
      onSetup={pane.onSetup}
      onSelectIssue={pane.onSelectIssue}
      onWriteScore={pane.onWriteScore}
      marks={pane.marks}
      files={host.openWorkbook ? <FilesPanel lang={lang} {...files} /> : undefined}
      newBlank={
        host.openWorkbook
          ? { onClick: files.onTemplate, busy: files.busy !== null, notice: files.notice }
          : undefined
      }
      summary={<SummaryPanel lang={lang} rules={rules} {...summary} />}
    />
  );
}
