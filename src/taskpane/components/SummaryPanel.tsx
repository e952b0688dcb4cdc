/**
 * 汇总 (counsellor; docs/rules.md, Grades across teachers): pick the term's workbooks, see the 优秀 places and the
 * ranking with each teacher's grade, the files that could not be scored with their message, and
 * write the summary workbook. Pure props: the state and actions come from ../useSummary.
 */
import type { ChangeEvent } from 'react';
import { useRef } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Divider,
  Field,
  ProgressBar,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Cohort, Lang, RuleSet, SummaryFile } from '../../core';
import { rankCohort, summaryTabMessages, translator } from '../../core';
import type { PickedFile, SummaryController } from '../useSummary';
import { CollegeViewSection } from './CollegeView';
import { useListStyles } from './listStyles';
import { NoticeBar } from './NoticeBar';
import { Section } from './Section';

export interface SummaryPanelProps extends SummaryController {
  readonly lang: Lang;
  readonly rules: RuleSet;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  quota: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  rankRow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rank: { flexShrink: 0, minWidth: '1.5em', textAlign: 'end' },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  oneLine: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  gradeCell: {
    display: 'flex',
    flexShrink: 0,
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
  },
  score: { minWidth: '2em', textAlign: 'end' },
  failed: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  failedItem: { listStyleType: 'none', display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
});

const GRADE_COLOR = { 优秀: 'brand', 合格: 'success', 不合格: 'danger' } as const;

/** A Fluent button that opens the browser's own file picker; the files stay on this computer. */
function PickButton({
  label,
  disabled,
  onPick,
}: {
  label: string;
  disabled: boolean;
  onPick: SummaryController['onPick'];
}) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files: PickedFile[] = Array.from(event.target.files ?? []);
    // Picking the same files again must raise a change event too.
    event.target.value = '';
    if (files.length > 0) onPick(files);
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx"
        hidden
        data-testid="summary-files"
        onChange={onChange}
      />
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}

/**
 * The ranking as a list that fits a narrow pane: rank, class and teacher on one line (cut short
 * with an ellipsis, never broken inside a name), the file below; grade and score on the right.
 */
function Ranking({ files, cohort, lang }: { files: readonly SummaryFile[]; cohort: Cohort; lang: Lang }) {
  const styles = { ...useListStyles(), ...useStyles() };
  const t = translator(summaryTabMessages, lang);
  const teachers = rankCohort(files, cohort);
  if (teachers.length === 0) return <Text>{t('noneScored')}</Text>;
  return (
    <>
      <ol className={styles.list} aria-label={t('rankingTitle')}>
        {teachers.map((row) => (
          <li
            key={row.index}
            className={styles.rankRow}
            data-file={row.file}
            data-grade={row.grade}
            data-tied={row.tiedAtCutoff}
          >
            <Text className={styles.rank} weight="semibold" data-part="rank">
              {row.rank ?? t('noScore')}
            </Text>
            <div className={styles.who} data-part="who">
              <Text className={styles.oneLine}>
                {t('classTeacher', { className: row.className, teacher: row.teacher })}
              </Text>
              <Caption1 className={mergeClasses(styles.muted, styles.oneLine)}>{row.file}</Caption1>
            </div>
            <div className={styles.gradeCell}>
              <span data-part="grade">
                <Badge appearance="filled" color={GRADE_COLOR[row.grade]}>
                  {row.grade}
                </Badge>
                {row.tiedAtCutoff ? (
                  <Badge appearance="outline" color="warning">
                    {t('tied')}
                  </Badge>
                ) : null}
              </span>
              <Text className={styles.score} weight="semibold" data-part="score">
                {row.score ?? t('noScore')}
              </Text>
            </div>
          </li>
        ))}
      </ol>
      {teachers.some((row) => row.tiedAtCutoff) ? (
        <Caption1 className={styles.muted}>{t('tiedNote')}</Caption1>
      ) : null}
    </>
  );
}

function Failed({ files, lang }: { files: readonly SummaryFile[]; lang: Lang }) {
  const styles = useStyles();
  const t = translator(summaryTabMessages, lang);
  const failed = files.flatMap(({ file, outcome }) => (outcome.ok ? [] : [{ file, error: outcome.error }]));
  if (failed.length === 0) return null;
  return (
    <Section title={t('failedTitle', { count: failed.length })}>
      <ul className={styles.failed}>
        {failed.map(({ file, error }, i) => (
          <li key={i} className={styles.failedItem} data-file={file}>
            <Text weight="semibold">{file}</Text>
            <Caption1>{error}</Caption1>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** File n of m; before the first file (while the reader loads) a bar without a value. */
function Progress({
  current,
  total,
  file,
  lang,
}: {
  current: number;
  total: number;
  file: string;
  lang: Lang;
}) {
  const t = translator(summaryTabMessages, lang);
  const label = current > 0 ? t('reading', { done: current, total, file }) : t('starting');
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar {...(current > 0 ? { value: (current - 1) / total } : {})} aria-label={label} />
    </Field>
  );
}

export function SummaryPanel(props: SummaryPanelProps) {
  const styles = useStyles();
  const t = translator(summaryTabMessages, props.lang);
  const { state } = props;
  const reading = state.status === 'reading';
  return (
    <div className={styles.panel}>
      <Section title={t('title')}>
        <div className={styles.intro}>
          <Text>{t('intro')}</Text>
          <PickButton
            label={state.status === 'graded' ? t('pickAgain') : t('pick')}
            disabled={reading || props.busy}
            onPick={props.onPick}
          />
        </div>
      </Section>
      {state.status === 'reading' ? <Progress {...state} lang={props.lang} /> : null}
      {/* Beside the write button once there is one; until then (the reader did not load) here. */}
      <NoticeBar notice={state.status === 'graded' && props.canWrite ? null : props.notice} />
      {state.status === 'graded' ? (
        <>
          <div>
            <div className={styles.quota} data-testid="summary-quota">
              {t('quota', { quota: state.cohort.excellentQuota })}
            </div>
            <Caption1 className={styles.muted}>
              {t('quotaDetail', { total: state.cohort.grades.filter((g) => g !== null).length })}
            </Caption1>
            <div>
              <Caption1 className={styles.muted}>
                {t('counts', {
                  total: state.files.length,
                  scored: state.files.filter((f) => f.outcome.ok).length,
                  failed: state.files.filter((f) => !f.outcome.ok).length,
                })}
              </Caption1>
            </div>
          </div>
          <CollegeViewSection
            files={state.files}
            cohort={state.cohort}
            rules={props.rules}
            lang={props.lang}
          />
          <Section title={t('rankingTitle')}>
            <Ranking files={state.files} cohort={state.cohort} lang={props.lang} />
          </Section>
          <Failed files={state.files} lang={props.lang} />
          <Divider />
          {props.canWrite ? (
            <div className={styles.intro}>
              <Button
                appearance="primary"
                disabled={props.busy || state.files.length === 0}
                onClick={props.onWrite}
              >
                {t('write')}
              </Button>
              <NoticeBar notice={props.notice} />
              <Caption1 className={styles.muted}>{t('writeHint')}</Caption1>
            </div>
          ) : (
            <Caption1 className={styles.muted}>{t('writeUnsupported')}</Caption1>
          )}
        </>
      ) : null}
    </div>
  );
}
