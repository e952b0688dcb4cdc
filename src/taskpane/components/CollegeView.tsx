/**
 * 全院概况 in 汇总: the classes behind the term calendar first (who needs help, and the next step
 * for each minimum), then each minimum across the teachers and the spread of scores, with charts
 * whose code loads only when this view shows.
 */
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { Lang, RuleSet, SummaryFile } from '../../core';
import type { Cohort } from '../../core';
import { collegeMessages, collegeView, paceLineText, pacingMessages, translator } from '../../core';
import { useListStyles } from './listStyles';
import { ChartBoundary } from './Pacing';
import { Section } from './Section';

const CollegeCharts = lazy(() => import(/* webpackChunkName: "charts" */ './CollegeCharts'));

export interface CollegeViewProps {
  readonly files: readonly SummaryFile[];
  readonly cohort: Cohort;
  readonly rules: RuleSet;
  readonly lang: Lang;
}

const useStyles = makeStyles({
  muted: { display: 'block', color: tokens.colorNeutralForeground3 },
  next: { display: 'block', overflowWrap: 'anywhere' },
  charts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '200px' },
});

export function CollegeViewSection({ files, cohort, rules, lang }: CollegeViewProps) {
  const styles = { ...useListStyles(), ...useStyles() };
  const t = translator(collegeMessages, lang);
  const label = translator(pacingMessages, lang);
  const view = collegeView(files, cohort.grades, rules);
  if (view.scored === 0) return null;
  return (
    <Section title={t('title')}>
      <Caption1 className={styles.muted}>{t('intro')}</Caption1>
      <Text weight="semibold">{t('behindTitle', { count: view.behind.length })}</Text>
      {view.behind.length === 0 ? (
        <Text>{t('noneBehind')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('behindTitle', { count: view.behind.length })}>
          {view.behind.map((c) => (
            <li key={c.index} data-college-behind={c.file}>
              <div className={styles.head}>
                <Text weight="semibold">
                  {t('classLine', { className: c.className, teacher: c.teacher })}
                </Text>
                <Badge appearance="tint" color="warning">
                  {t('behindCountBadge', { count: c.lines.length })}
                </Badge>
              </div>
              {c.lines.map((line) => {
                const text = paceLineText(line, c.term, lang);
                return (
                  <Caption1 key={line.key} className={styles.next}>
                    {t('nextStep', { label: text.label, text: text.next ?? text.where })}
                  </Caption1>
                );
              })}
            </li>
          ))}
        </ul>
      )}
      <Text weight="semibold">{t('complianceTitle')}</Text>
      <ul className={styles.list} aria-label={t('complianceTitle')}>
        {view.compliance.map((c) => (
          <li key={c.key} className={styles.head} data-college-minimum={c.key}>
            <Text>{label(`label_${c.key}`)}</Text>
            <Text>{t('complianceLine', { met: c.met, total: c.total, behind: c.behind })}</Text>
          </li>
        ))}
      </ul>
      <div className={styles.charts}>
        <ChartBoundary>
          <Suspense fallback={null}>
            <CollegeCharts view={view} lang={lang} />
          </Suspense>
        </ChartBoundary>
      </div>
    </Section>
  );
}
