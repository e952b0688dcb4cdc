/**
 * 进度: every minimum against the term calendar (core `pacing`), with the next step by name when
 * behind, and a small chart per minimum. The charts' code loads only when this section shows,
 * so the pane's first script stays small.
 */
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Component, Suspense, lazy } from 'react';
import type { Assessment, Day, Lang, PaceStatus } from '../../core';
import { paceLineText, pacing, phaseText } from '../../core';
import { useListStyles } from './listStyles';

const PaceChart = lazy(() => import(/* webpackChunkName: "charts" */ './PaceChart'));

/**
 * A chart is an extra: if its code cannot load (the pane served from a stale cache) or it cannot
 * draw, the section keeps its words and leaves the chart out instead of taking the pane down.
 */
export class ChartBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export interface PacingProps {
  readonly outcome: Assessment;
  readonly today: Day;
  readonly lang: Lang;
}

const BADGE: Readonly<Record<PaceStatus, 'success' | 'informative' | 'warning' | 'danger'>> = {
  met: 'success',
  onTrack: 'informative',
  behind: 'warning',
  noDorms: 'danger',
};

const useStyles = makeStyles({
  where: { display: 'block', color: tokens.colorNeutralForeground3 },
  next: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  chart: { minHeight: '120px' },
});

export function Pacing({ outcome, today, lang }: PacingProps) {
  const styles = { ...useListStyles(), ...useStyles() };
  const { term } = outcome.info;
  const pace = pacing(term, today, outcome.progress);
  return (
    <>
      <Text>{phaseText(pace, term, lang)}</Text>
      <ul className={styles.list}>
        {pace.lines.map((line) => {
          const text = paceLineText(line, term, lang);
          return (
            <li key={line.key} data-pace={line.key} data-status={line.status}>
              <div className={styles.head}>
                <Text weight="semibold">{text.label}</Text>
                <Badge appearance="tint" color={BADGE[line.status]}>
                  {text.status}
                </Badge>
              </div>
              <Caption1 className={styles.where}>{text.where}</Caption1>
              {text.next === null ? null : (
                <Caption1 className={styles.next} data-pace-next={line.key}>
                  {text.next}
                </Caption1>
              )}
              {pace.phase.phase === 'before' ? null : (
                <div className={styles.chart}>
                  <ChartBoundary>
                    <Suspense fallback={null}>
                      <PaceChart line={line} label={text.label} lang={lang} />
                    </Suspense>
                  </ChartBoundary>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
