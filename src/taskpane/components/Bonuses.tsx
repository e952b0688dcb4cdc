/**
 * Each bonus with its count, points and the next step ("再开 1 次班会 +3 分"). While a minimum is
 * unmet no bonus counts, so the hints say what passing needs and never ask for more than that.
 */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BonusKey, Bonuses as BonusesData, Lang, MinimumKey, Minimums } from '../../core';
import { BONUS_KEYS, MINIMUM_KEYS, paneMessages, translator } from '../../core';
import { useListStyles } from './listStyles';

export interface BonusesProps {
  readonly bonuses: BonusesData;
  readonly minimums: Minimums;
  readonly lang: Lang;
}

/** The minimum each bonus goes beyond. */
const MINIMUM_OF: Readonly<Record<BonusKey, MinimumKey>> = {
  meetings: 'meetings',
  talks: 'talks',
  activities: 'activities',
  dorms: 'dormVisits',
  parents: 'parents',
};

const useStyles = makeStyles({
  points: { flexShrink: 0 },
  next: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export function Bonuses({ bonuses, minimums, lang }: BonusesProps) {
  const styles = { ...useListStyles(), ...useStyles() };
  const t = translator(paneMessages, lang);
  const pending = MINIMUM_KEYS.some((key) => !minimums[key].met);
  const hint = (key: BonusKey): string | null => {
    const b = bonuses[key];
    if (!pending) return b.next ? t(`next_${key}` as const, b.next) : t('atCap');
    const minimum = MINIMUM_OF[key];
    const m = minimums[minimum];
    if (m.met) return null;
    return t('bonusNeedsMinimum', {
      label: t(`minimumShort_${minimum}` as const),
      figures: t(`countOf_${minimum}` as const, { count: m.count, required: m.required }),
    });
  };
  return (
    <>
      {pending ? <Text>{t('bonusesPending')}</Text> : null}
      <ul className={styles.list} aria-label={t('bonusesTitle')}>
        {BONUS_KEYS.map((key) => {
          const b = bonuses[key];
          const next = hint(key);
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
              {next ? <Caption1 className={styles.next}>{next}</Caption1> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
