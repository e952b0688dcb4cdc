/**
 * 评分: what the eye needs first — grade and score, the unmet minimums by name, the error and
 * warning counts as a link to the list, the actions (write the 评分 sheet, the marks switch) — then
 * the sections: minimums, bonuses, pacing, issues. The sections are one list
 * (`scoreSections`), so a new one is one more entry. Receives a complete Assessment only; the
 * caller never passes a partial one.
 */
import type { MouseEvent, ReactNode } from 'react';
import { useId } from 'react';
import { Badge, Button, Caption1, Link, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Assessment, Day, Lang, RuleSet } from '../../core';
import { BONUS_KEYS, MINIMUM_KEYS, formatAcademicYear, paneMessages, translator } from '../../core';
import type { MarksControl, Notice } from '../usePane';
import { Bonuses } from './Bonuses';
import { IssueList } from './IssueList';
import { Minimums } from './Minimums';
import { NoticeBar } from './NoticeBar';
import { Pacing } from './Pacing';
import { Section } from './Section';

export interface ScorePanelProps {
  readonly outcome: Assessment;
  readonly lang: Lang;
  readonly rules: RuleSet;
  readonly today: Day;
  readonly busy: boolean;
  readonly onSelectIssue: (sheet: string, address: string) => void;
  readonly onWriteScore: () => void;
  readonly marks: MarksControl | null;
  /** What the last write or selection said; shown beside the button or the list. */
  readonly notice: Notice | null;
}

/** One titled section of the panel, below the headline and the actions. */
export interface ScoreSection {
  readonly key: string;
  readonly title: string;
  readonly content: ReactNode;
  /** The heading's id, when something links to the section. */
  readonly id?: string;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  headline: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  score: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  unmet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

function Summary({
  outcome,
  lang,
  issuesHeading,
}: {
  readonly outcome: Assessment;
  readonly lang: Lang;
  readonly issuesHeading: string;
}) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const { info } = outcome;
  const bonus = BONUS_KEYS.reduce((sum, key) => sum + outcome.bonuses[key].points, 0);
  const unmet = MINIMUM_KEYS.filter((key) => !outcome.minimums[key].met);
  const errors = outcome.issues.filter((i) => i.severity === 'error').length;
  const toIssues = (event: MouseEvent) => {
    event.preventDefault();
    const heading = document.getElementById(issuesHeading);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };
  return (
    <div className={styles.summary}>
      <Caption1 className={styles.muted}>
        {t('classLine', {
          year: formatAcademicYear(info.term.firstYear),
          term: t(info.term.term === 1 ? 'term1' : 'term2'),
          major: info.major,
          className: info.className,
          teacher: info.teacher,
          roster: outcome.rosterSize,
        })}
      </Caption1>
      <div className={styles.headline}>
        <Badge
          size="extra-large"
          appearance="filled"
          color={outcome.grade === '合格' ? 'success' : 'danger'}
          data-testid="grade"
        >
          {outcome.grade}
        </Badge>
        {outcome.score === null ? null : (
          <span className={styles.score} data-testid="score">
            {t('scorePoints', { score: outcome.score })}
          </span>
        )}
      </div>
      {unmet.length > 0 ? (
        <Text className={styles.unmet} data-testid="unmet">
          {t('unmetLine', {
            items: unmet
              .map((key) =>
                t('unmetItem', {
                  label: t(`minimumShort_${key}` as const),
                  count: outcome.minimums[key].count,
                  required: outcome.minimums[key].required,
                }),
              )
              .join(t('listSeparator')),
          })}
        </Text>
      ) : null}
      <Text>{outcome.score === null ? t('notScored') : t('scoreBreakdown', { bonus })}</Text>
      {outcome.issues.length > 0 ? (
        <Link href={`#${issuesHeading}`} onClick={toIssues} data-testid="issue-counts">
          {t('issueCountsLink', { errors, warnings: outcome.issues.length - errors })}
        </Link>
      ) : null}
      <Caption1 className={styles.muted}>{t('ruleSet', { name: outcome.ruleSet })}</Caption1>
    </div>
  );
}

/** The switch for marks in the sheets, with what it does and, where it matters, what it costs. */
function MarksSwitch({ marks, lang }: { readonly marks: MarksControl; readonly lang: Lang }) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  return (
    <div className={styles.summary}>
      <Switch
        checked={marks.on}
        label={t('marksSwitch')}
        onChange={(_, data) => marks.onToggle(data.checked)}
      />
      <Caption1 className={styles.muted}>{t('marksHint')}</Caption1>
      {marks.keepsUndo ? null : <Caption1 className={styles.muted}>{t('marksUndoWarning')}</Caption1>}
    </div>
  );
}

/** The panel's sections in reading order. */
function scoreSections(props: ScorePanelProps, issuesHeading: string): ScoreSection[] {
  const { outcome, lang, rules, today, onSelectIssue, notice } = props;
  const t = translator(paneMessages, lang);
  const errors = outcome.issues.filter((i) => i.severity === 'error').length;
  const warnings = outcome.issues.length - errors;
  return [
    {
      key: 'minimums',
      title: t('minimumsTitle'),
      content: (
        <Minimums
          minimums={outcome.minimums}
          term={outcome.info.term}
          rosterSize={outcome.rosterSize}
          rules={rules}
          lang={lang}
        />
      ),
    },
    {
      key: 'bonuses',
      title: t('bonusesTitle'),
      content: <Bonuses bonuses={outcome.bonuses} minimums={outcome.minimums} lang={lang} />,
    },
    {
      key: 'pacing',
      title: t('pacingTitle'),
      content: <Pacing outcome={outcome} today={today} lang={lang} />,
    },
    {
      key: 'issues',
      title: t('issuesTitle'),
      id: issuesHeading,
      content: (
        <>
          {outcome.issues.length > 0 ? (
            <Caption1>
              {t('errorsCount', { count: errors })} · {t('warningsCount', { count: warnings })} ·{' '}
              {t('issueSelectHint')}
            </Caption1>
          ) : null}
          <NoticeBar notice={notice?.at === 'issues' ? notice : null} />
          <IssueList
            issues={outcome.issues}
            lang={lang}
            onSelectIssue={onSelectIssue}
            filterable={outcome.issues.length > 1}
          />
        </>
      ),
    },
  ];
}

export function ScorePanel(props: ScorePanelProps) {
  const styles = useStyles();
  const t = translator(paneMessages, props.lang);
  const issuesHeading = useId();
  return (
    <div className={styles.panel}>
      <Summary outcome={props.outcome} lang={props.lang} issuesHeading={issuesHeading} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onWriteScore}>
          {t('writeScore')}
        </Button>
        <NoticeBar notice={props.notice?.at === 'writeScore' ? props.notice : null} />
        {props.marks ? <MarksSwitch marks={props.marks} lang={props.lang} /> : null}
      </div>
      {scoreSections(props, issuesHeading).map((section) => (
        <Section key={section.key} title={section.title} id={section.id}>
          {section.content}
        </Section>
      ))}
    </div>
  );
}
