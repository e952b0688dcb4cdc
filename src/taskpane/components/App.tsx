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
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Day, Failure, Lang, RecordValues, RuleSet } from '../../core';
import { paneMessages, sheetDef, translator } from '../../core';
import type { SetupReport } from '../../host/contract';
import { initialForm } from '../setupForm';
import type { MarksControl, Notice, PaneStatus } from '../usePane';
import { IssueList } from './IssueList';
import { NoticeBar } from './NoticeBar';
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
  /** Opens a blank record workbook in a new window (offered first for a workbook of something else). */
  readonly newBlank?: NewBlank | undefined;
}

export interface NewBlank {
  readonly onClick: () => void;
  readonly busy: boolean;
  readonly notice: Notice | null;
}

type TabKey = 'score' | 'setup' | 'files' | 'summary';

const TAB_KEYS: readonly TabKey[] = ['score', 'setup', 'files', 'summary'];

const tabId = (key: TabKey) => `tab-${key}`;
const panelId = (key: TabKey) => `tabpanel-${key}`;

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
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
  tabs: { flexWrap: 'wrap' },
});

/** The first screen of a workbook that is not ours yet: what the add-in does, and the one next action. */
function Welcome(props: AppProps & { readonly onOffer: () => void; readonly other: boolean }) {
  const t = translator(paneMessages, props.lang);
  const blank = props.other ? props.newBlank : undefined;
  return (
    <Step
      id="welcome"
      title={t('welcomeTitle')}
      text={
        <>
          <Text>{t('welcomeText')}</Text>
          {props.other ? <Text>{t('welcomeOtherText')}</Text> : null}
        </>
      }
    >
      {blank ? (
        <>
          <Button appearance="primary" disabled={blank.busy} onClick={blank.onClick}>
            {t('newBlankWorkbook')}
          </Button>
          <NoticeBar notice={blank.notice} />
          <Button appearance="secondary" onClick={props.onOffer}>
            {t('addSheetsHere')}
          </Button>
        </>
      ) : (
        <Button appearance="primary" onClick={props.onOffer}>
          {t('offerSetup')}
        </Button>
      )}
    </Step>
  );
}

/** A screen with one thing to do: its heading, what it says, and its actions (the children). */
function Step({
  id,
  title,
  text,
  children,
}: {
  /** The section's test id; its heading's id is `${id}-title`. */
  readonly id: string;
  readonly title: string;
  readonly text: ReactNode;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.failure} aria-labelledby={`${id}-title`} data-testid={id}>
      <Title3 as="h2" id={`${id}-title`}>
        {title}
      </Title3>
      {text}
      <div className={styles.actions}>{children}</div>
    </section>
  );
}

/** 基本信息 stops the scoring: each bad cell as a button that selects it, and what the cells hold. */
function BadInfo({
  outcome,
  lang,
  notice,
  onSelectIssue,
}: {
  readonly outcome: Failure;
  readonly lang: Lang;
  readonly notice: Notice | null;
  readonly onSelectIssue: AppProps['onSelectIssue'];
}) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  return (
    <div className={styles.failure}>
      <MessageBar intent="warning" layout="multiline" role="alert" aria-labelledby="bad-info-title">
        <MessageBarBody>
          <MessageBarTitle id="bad-info-title">{t('badInfoTitle')}</MessageBarTitle>
          <div>{t('badInfoText')}</div>
        </MessageBarBody>
      </MessageBar>
      <NoticeBar notice={notice?.at === 'issues' ? notice : null} />
      <IssueList issues={outcome.issues} lang={lang} onSelectIssue={onSelectIssue} headingLevel={2} />
    </div>
  );
}

/** A template workbook missing sheets or columns: one message naming them, and the setup offer. */
function Incomplete({
  outcome,
  lang,
  onOffer,
}: {
  readonly outcome: Failure;
  readonly lang: Lang;
  readonly onOffer: () => void;
}) {
  const t = translator(paneMessages, lang);
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" aria-labelledby="incomplete-title">
      <MessageBarBody>
        <MessageBarTitle id="incomplete-title">{t('notWorkbookTitle')}</MessageBarTitle>
        {outcome.error}
        <div>{t('offerSetupText')}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onOffer}>
          {t('offerSetup')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Set up, but nobody on the roster yet: the one thing to do next, not a red 不合格. */
function NextStep(props: AppProps) {
  const t = translator(paneMessages, props.lang);
  return (
    <Step id="next-step" title={t('nextStepTitle')} text={<Text>{t('nextStepRoster')}</Text>}>
      <Button appearance="primary" onClick={() => props.onSelectIssue(sheetDef('roster').name, 'A2')}>
        {t('nextStepButton')}
      </Button>
      <NoticeBar notice={props.notice?.at === 'issues' ? props.notice : null} />
    </Step>
  );
}

function ScoreTab(props: AppProps & { readonly onOffer: () => void }) {
  const t = translator(paneMessages, props.lang);
  const { state } = props;
  if (state.status === 'loading') return <Spinner label={t('loading')} />;
  if (state.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline" role="alert" aria-labelledby={undefined}>
        <MessageBarBody>{state.message}</MessageBarBody>
      </MessageBar>
    );
  }
  const { outcome } = state;
  if (!outcome.ok) {
    if (state.workbook !== 'template') return <Welcome {...props} other={state.workbook === 'other'} />;
    if (outcome.issues.length > 0)
      return (
        <BadInfo
          outcome={outcome}
          lang={props.lang}
          notice={props.notice}
          onSelectIssue={props.onSelectIssue}
        />
      );
    return <Incomplete outcome={outcome} lang={props.lang} onOffer={props.onOffer} />;
  }
  if (outcome.rosterSize === 0) return <NextStep {...props} />;
  return (
    <ScorePanel
      outcome={outcome}
      lang={props.lang}
      rules={props.rules}
      today={props.today}
      busy={props.busy}
      notice={props.notice}
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
  const ready = state.status === 'ready' ? state : null;
  const outcome = ready?.outcome.ok ? ready.outcome : null;
  const mode = ready?.hasData ? 'repair' : 'create';
  return (
    <SetupPanel
      key={`${mode}-${outcome ? 'scored' : 'unscored'}`}
      lang={props.lang}
      mode={mode}
      initial={initialForm(outcome, props.today)}
      info={ready?.info ?? null}
      busy={props.busy}
      report={props.setupReport}
      notice={props.notice}
      onSetup={props.onSetup}
      onSelectCell={props.onSelectIssue}
    />
  );
}

export function App(props: AppProps) {
  const styles = useStyles();
  const t = translator(paneMessages, props.lang);
  const [tab, setTab] = useState<TabKey>('score');
  const tabs: [TabKey, string][] = [
    ['score', t('tabScore')],
    ['setup', t('tabSetup')],
    ...(props.files ? [['files', t('tabFiles')] as [TabKey, string]] : []),
    ...(props.summary ? [['summary', t('tabSummary')] as [TabKey, string]] : []),
  ];
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
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(tabKey(d.value))}>
        {tabs.map(([key, label]) => (
          <Tab key={key} value={key} id={tabId(key)} aria-controls={panelId(key)}>
            {label}
          </Tab>
        ))}
      </TabList>
      <NoticeBar notice={props.notice && !props.notice.at ? props.notice : null} />
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className={styles.failure}>
        {tab === 'score' ? <ScoreTab {...props} onOffer={() => setTab('setup')} /> : null}
        {tab === 'setup' ? <SetupTab {...props} /> : null}
        {tab === 'files' ? props.files : null}
        {tab === 'summary' ? props.summary : null}
      </div>
    </main>
  );
}
