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
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Cohort, Lang, SummaryFile } from '../../core';
import { rankCohort, summaryTabMessages, translator } from '../../core';
import type { PickedFile, SummaryController } from '../useSummary';
import { Section } from './Section';

export interface SummaryPanelProps extends SummaryController {
  readonly lang: Lang;
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
  rank: { width: '2.5em' },
  score: { width: '3em', textAlign: 'end' },
  grade: { width: '5em' },
  who: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  gradeCell: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
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

function Ranking({ files, cohort, lang }: { files: readonly SummaryFile[]; cohort: Cohort; lang: Lang }) {
  const styles = useStyles();
  const t = translator(summaryTabMessages, lang);
  const teachers = rankCohort(files, cohort);
  if (teachers.length === 0) return <Text>{t('noneScored')}</Text>;
  return (
    <>
      <Table size="small" aria-label={t('rankingTitle')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.rank}>{t('colRank')}</TableHeaderCell>
            <TableHeaderCell>{t('colClass')}</TableHeaderCell>
            <TableHeaderCell className={styles.score}>{t('colScore')}</TableHeaderCell>
            <TableHeaderCell className={styles.grade}>{t('colGrade')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {teachers.map((row) => (
            <TableRow
              key={row.index}
              data-file={row.file}
              data-grade={row.grade}
              data-tied={row.tiedAtCutoff}
            >
              <TableCell className={styles.rank}>{row.rank ?? t('noScore')}</TableCell>
              <TableCell>
                <div className={styles.who}>
                  <Text>{t('classTeacher', { className: row.className, teacher: row.teacher })}</Text>
                  <Caption1 className={styles.muted}>{row.file}</Caption1>
                </div>
              </TableCell>
              <TableCell className={styles.score}>{row.score ?? t('noScore')}</TableCell>
              <TableCell className={styles.grade}>
                <div className={styles.gradeCell}>
                  <Badge appearance="filled" color={GRADE_COLOR[row.grade]}>
                    {row.grade}
                  </Badge>
                  {row.tiedAtCutoff ? (
                    <Badge appearance="outline" color="warning">
                      {t('tied')}
                    </Badge>
                  ) : null}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
      {props.notice ? (
        <MessageBar intent={props.notice.intent} layout="multiline">
          <MessageBarBody>{props.notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
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
