/** Each bonus with its count, points and the next step ("再开1次班会 +3分"). */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Bonuses as BonusesData, Lang } from '../../core';
import { BONUS_KEYS, paneMessages, translator } from '../../core';
import { useListStyles } from './listStyles';

export interface BonusesProps {
  readonly bonuses: BonusesData;
  readonly lang: Lang;
}

const useStyles = makeStyles({
  points: { flexShrink: 0 },
  next: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export function Bonuses({ bonuses, lang }: BonusesProps) {
  const styles = { ...useListStyles(), ...useStyles() };
  const t = translator(paneMessages, lang);
  return (
    <ul className={styles.list} aria-label={t('bonusesTitle')}>
      {BONUS_KEYS.map((key) => {
        const b = bonuses[key];
        return (
          <li key={key} data-bonus={key}>
            <div className={styles.head}>
              <Text>
                {t('bonusCount', { label: t(`bonus_${key}` as const, { base: b.base }), count: b.count })}
              </Text>
              <Text className={styles.points} weight="semibold">
                {t('bonusPoints', { points: b.points, cap: b.cap })}
              </Text>
            </div>
            <Caption1 className={styles.next}>
              {b.next ? t(`next_${key}` as const, { more: b.next.more, points: b.next.points }) : t('atCap')}
            </Caption1>
          </li>
        );
      })}
    </ul>
  );
}
