import { makeStyles, tokens } from '@fluentui/react-components';

/** The layout the pane's lists share (minimums, bonuses, pacing, the 汇总 ranking): one item per line, label left, figures right. */
export const useListStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
});
