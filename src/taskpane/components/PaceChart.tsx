/**
 * One minimum's chart: done and planned, week by week. Loaded lazily (React.lazy in ./Pacing.tsx)
 * because the chart package is larger than the rest of the pane's first script allows.
 */
import { LineChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { Lang, PaceLine } from '../../core';
import { pacingMessages, translator } from '../../core';

export interface PaceChartProps {
  readonly line: PaceLine;
  readonly label: string;
  readonly lang: Lang;
}

export default function PaceChart({ line, label, lang }: PaceChartProps) {
  const t = translator(pacingMessages, lang);
  const done = line.weeks.flatMap((w) => (w.done === null ? [] : [{ x: w.week, y: w.done }]));
  const planned = line.weeks.map((w) => ({ x: w.week, y: w.expected }));
  const top = Math.max(1, line.required, ...done.map((p) => p.y));
  return (
    // A named group, not role=img: the chart's points are focusable, and an image has no parts.
    <div data-pace-chart={line.key} role="group" aria-label={t('chartTitle', { label })}>
      <LineChart
        data={{
          chartTitle: t('chartTitle', { label }),
          lineChartData: [
            // Each line is a landmark named by its legend, so the legend names the minimum too.
            { legend: t('chartExpected', { label }), data: planned, color: tokens.colorNeutralStroke1 },
            { legend: t('chartDone', { label }), data: done, color: tokens.colorBrandBackground },
          ],
        }}
        height={120}
        yMinValue={0}
        yMaxValue={top}
        xAxisTitle={t('chartWeek')}
        yAxisTickCount={3}
      />
    </div>
  );
}
