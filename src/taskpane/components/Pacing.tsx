/** The current week and where the teacher should be by now (core `pacing`). */
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Pacing as PacingData } from '../../core';
import { paneMessages, translator } from '../../core';

export interface PacingProps {
  readonly pacing: PacingData;
  readonly weeks: number;
  readonly lang: Lang;
}

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
    marginBottom: 0,
    paddingLeft: 0,
    listStyleType: 'none',
  },
  item: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export function Pacing({ pacing, weeks, lang }: PacingProps) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const { phase } = pacing;
  if (phase.phase === 'before') return <Text>{t('pacingBefore', { days: phase.daysToStart })}</Text>;
  return (
    <div>
      <Text>
        {phase.phase === 'during'
          ? t('pacingDuring', { week: phase.week, weeks })
          : t('pacingAfter', { weeks })}
      </Text>
      <ul className={styles.list}>
        {pacing.items.map((item) => (
          <li key={item.key} className={styles.item} data-pace={item.key}>
            <Text>{t(`pace_${item.key}` as const, { expected: item.expected, count: item.count })}</Text>
            <Badge appearance="tint" color={item.onTrack ? 'success' : 'warning'}>
              {item.onTrack ? t('onTrack') : t('behind', { gap: item.expected - item.count })}
            </Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}
