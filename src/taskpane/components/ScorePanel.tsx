/**
 * 评分: grade and score, minimums, bonuses, pacing, every issue, and the button that writes the
 * 评分 sheet. Receives a complete Assessment only; the caller never passes a partial one.
 */
import {
  Badge,
  Button,
  Caption1,
  Divider,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Assessment, Day, Lang, RuleSet } from '../../core';
import { BONUS_KEYS, formatAcademicYear, paneMessages, pacing, translator } from '../../core';
import type { MarksControl } from '../usePane';
import { Bonuses } from './Bonuses';
import { IssueList } from './IssueList';
import { Minimums } from './Minimums';
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
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  headline: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  score: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

function Summary({ outcome, lang }: { readonly outcome: Assessment; readonly lang: Lang }) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const { info } = outcome;
  const bonus = BONUS_KEYS.reduce((sum, key) => sum + outcome.bonuses[key].points, 0);
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
          aria-label={t('gradeLabel')}
        >
          {outcome.grade}
        </Badge>
        {outcome.score === null ? null : (
          <span className={styles.score} data-testid="score" aria-label={t('scoreLabel')}>
            {t('scorePoints', { score: outcome.score })}
          </span>
        )}
      </div>
      <Text>{outcome.score === null ? t('notScored') : t('scoreBreakdown', { bonus })}</Text>
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

export function ScorePanel({
  outcome,
  lang,
  rules,
  today,
  busy,
  onSelectIssue,
  onWriteScore,
  marks,
}: ScorePanelProps) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const pace = pacing(outcome.info.term, today, outcome.minimums, rules);
  const errors = outcome.issues.filter((i) => i.severity === 'error').length;
  const warnings = outcome.issues.length - errors;
  return (
    <div className={styles.panel}>
      <Summary outcome={outcome} lang={lang} />
      <Section title={t('minimumsTitle')}>
        <Minimums
          minimums={outcome.minimums}
          term={outcome.info.term}
          rosterSize={outcome.rosterSize}
          rules={rules}
          lang={lang}
        />
      </Section>
      <Section title={t('bonusesTitle')}>
        <Bonuses bonuses={outcome.bonuses} lang={lang} />
      </Section>
      <Section title={t('pacingTitle')}>
        <Pacing pacing={pace} weeks={outcome.info.term.weeks} lang={lang} />
      </Section>
      <Section title={t('issuesTitle')}>
        {outcome.issues.length > 0 ? (
          <Caption1 className={styles.muted}>
            {t('errorsCount', { count: errors })} · {t('warningsCount', { count: warnings })} ·{' '}
            {t('issueSelectHint')}
          </Caption1>
        ) : null}
        <IssueList issues={outcome.issues} lang={lang} onSelectIssue={onSelectIssue} />
        {marks ? <MarksSwitch marks={marks} lang={lang} /> : null}
      </Section>
      <Divider />
      <Button appearance="primary" disabled={busy} onClick={onWriteScore}>
        {t('writeScore')}
      </Button>
    </div>
  );
}
