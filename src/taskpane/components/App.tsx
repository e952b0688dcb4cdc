/**
 * The pane: 评分 and 设置 tabs. Pure props — the state comes from the controller (../usePane) and
 * every host action is a callback — so tests render it without Office.
 */
import type { ReactNode } from 'react';
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Day, Failure, Lang, RecordValues, RuleSet } from '../../core';
import { paneMessages, translator } from '../../core';
import type { SetupReport } from '../../host/contract';
import { initialForm } from '../setupForm';
import type { MarksControl, Notice, PaneStatus } from '../usePane';
import { IssueList } from './IssueList';
import { ScorePanel } from './ScorePanel';
import { SetupPanel } from './SetupPanel';

export interface AppProps {
  readonly lang: Lang;
  readonly rules: RuleSet;
  readonly today: Day;
  readonly state: PaneStatus;
  readonly busy: boolean;
  readonly notice: Notice | null;
  readonly setupReport: SetupReport | null;
  readonly onRefresh: () => void;
  readonly onSetup: (info: RecordValues) => void;
  readonly onSelectIssue: (sheet: string, address: string) => void;
  readonly onWriteScore: () => void;
  /** The switch for marking cells in the sheets; null when the host cannot mark. */
  readonly marks: MarksControl | null;
  /** The 新建与打印 tab's content (new term, blank template, printable forms); no tab without it. */
  readonly files?: ReactNode;
  /** The counsellor's 汇总 tab's content; no tab without it. */
  readonly summary?: ReactNode;
}

type TabKey = 'score' | 'setup' | 'files' | 'summary';

const TAB_KEYS: readonly TabKey[] = ['score', 'setup', 'files', 'summary'];

function tabKey(value: unknown): TabKey {
  return TAB_KEYS.find((key) => key === value) ?? 'score';
}

const useStyles = makeStyles({
  app: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minWidth: '280px',
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  failure: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Not a class-teacher workbook (or 基本信息 unusable): one message, the cells to fix, and the setup offer. */
function FailureView({
  outcome,
  lang,
  onOffer,
  onSelectIssue,
}: {
  readonly outcome: Failure;
  readonly lang: Lang;
  readonly onOffer: () => void;
  readonly onSelectIssue: AppProps['onSelectIssue'];
}) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  return (
    <div className={styles.failure}>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('notWorkbookTitle')}</MessageBarTitle>
          {outcome.error}
          <div>{t('offerSetupText')}</div>
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={onOffer}>
            {t('offerSetup')}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {outcome.issues.length > 0 ? (
        <IssueList issues={outcome.issues} lang={lang} onSelectIssue={onSelectIssue} />
      ) : null}
    </div>
  );
}

function ScoreTab(props: AppProps & { readonly onOffer: () => void }) {
  const t = translator(paneMessages, props.lang);
  const { state } = props;
  if (state.status === 'loading') return <Spinner label={t('loading')} />;
  if (state.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{state.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!state.outcome.ok)
    return (
      <FailureView
        outcome={state.outcome}
        lang={props.lang}
        onOffer={props.onOffer}
        onSelectIssue={props.onSelectIssue}
      />
    );
  return (
    <ScorePanel
      outcome={state.outcome}
      lang={props.lang}
      rules={props.rules}
      today={props.today}
      busy={props.busy}
      onSelectIssue={props.onSelectIssue}
      onWriteScore={props.onWriteScore}
      marks={props.marks}
    />
  );
}

function SetupTab(props: AppProps) {
  const t = translator(paneMessages, props.lang);
  const { state } = props;
  if (state.status === 'loading') return <Spinner label={t('loading')} />;
  const outcome = state.status === 'ready' && state.outcome.ok ? state.outcome : null;
  const mode = state.status === 'ready' && state.hasData ? 'repair' : 'create';
  return (
    <SetupPanel
      key={`${mode}-${outcome ? 'scored' : 'unscored'}`}
      lang={props.lang}
      mode={mode}
      initial={initialForm(outcome, props.today)}
      busy={props.busy}
      report={props.setupReport}
      onSetup={props.onSetup}
    />
  );
}

export function App(props: AppProps) {
  const styles = useStyles();
  const t = translator(paneMessages, props.lang);
  const [tab, setTab] = useState<TabKey>('score');
  return (
    <main className={styles.app}>
      <header className={styles.header}>
        <Title3 as="h1">{t('appTitle')}</Title3>
        <Button
          size="small"
          disabled={props.busy || props.state.status === 'loading'}
          onClick={props.onRefresh}
        >
          {t('refresh')}
        </Button>
      </header>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(tabKey(d.value))}>
        <Tab value="score">{t('tabScore')}</Tab>
        <Tab value="setup">{t('tabSetup')}</Tab>
        {props.files ? <Tab value="files">{t('tabFiles')}</Tab> : null}
        {props.summary ? <Tab value="summary">{t('tabSummary')}</Tab> : null}
      </TabList>
      {props.notice ? (
        <MessageBar intent={props.notice.intent} layout="multiline">
          <MessageBarBody>{props.notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {tab === 'score' ? <ScoreTab {...props} onOffer={() => setTab('setup')} /> : null}
      {tab === 'setup' ? <SetupTab {...props} /> : null}
      {tab === 'files' ? props.files : null}
      {tab === 'summary' ? props.summary : null}
    </main>
  );
}
