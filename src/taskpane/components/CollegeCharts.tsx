/**
 * The college view's two charts: teachers per score band and teachers meeting each minimum.
 * Loaded lazily (React.lazy in ./CollegeView.tsx), like the pacing charts, to keep the chart
 * package out of the pane's first script.
 */
import { VerticalBarChart } from '@fluentui/react-charts';
import { Caption1, tokens } from '@fluentui/react-components';
import type { CollegeView, Lang } from '../../core';
import { bandLabel, collegeMessages, pacingMessages, translator } from '../../core';

export interface CollegeChartsProps {
  readonly view: CollegeView;
  readonly lang: Lang;
}

export default function CollegeCharts({ view, lang }: CollegeChartsProps) {
  const t = translator(collegeMessages, lang);
  const label = translator(pacingMessages, lang);
  return (
    <>
      <Caption1>{t('distributionChart')}</Caption1>
      <div data-college-chart="distribution" role="group" aria-label={t('distributionChart')}>
        <VerticalBarChart
          chartTitle={t('distributionChart')}
          data={view.distribution.map((band) => ({
            x: bandLabel(band, lang),
            y: band.count,
            legend: t('chartTeachers'),
            color: band.from === null ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground,
          }))}
          height={180}
          hideLegend
          rotateXAxisLables
        />
      </div>
      <Caption1>{t('complianceChart')}</Caption1>
      <div data-college-chart="compliance" role="group" aria-label={t('complianceChart')}>
        <VerticalBarChart
          chartTitle={t('complianceChart')}
          data={view.compliance.map((c) => ({
            x: label(`label_${c.key}`),
            y: c.met,
            legend: t('chartMet'),
            color: tokens.colorPaletteGreenBackground3,
          }))}
          yMaxValue={Math.max(1, view.scored)}
          height={180}
          hideLegend
          rotateXAxisLables
        />
      </div>
    </>
  );
}
