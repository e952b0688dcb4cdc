/**
 * @fluentui/react-charts under jest: the package ships d3's ES modules, which jest's CommonJS
 * runtime cannot load, and jsdom cannot lay out SVG anyway. The pane's charts are checked in the
 * browser tests (test/browser), which run the real package; here a chart is its title and legends.
 */
import type { ChartProps, VerticalBarChartProps } from '@fluentui/react-charts';

export function LineChart({ data }: { readonly data: ChartProps }) {
  return (
    <div data-stub-chart={data.chartTitle ?? ''}>
      {(data.lineChartData ?? []).map((series) => (
        <span key={series.legend}>{series.legend}</span>
      ))}
    </div>
  );
}

export function VerticalBarChart({ chartTitle, data }: VerticalBarChartProps) {
  return (
    <div data-stub-chart={chartTitle ?? ''}>
      {(data ?? []).map((point) => (
        <span key={String(point.x)}>{`${String(point.x)}: ${point.y}`}</span>
      ))}
    </div>
  );
}
