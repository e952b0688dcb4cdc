/** Each minimum (合格 condition) with its count and what it requires ("7 次 / 要求 6 次"), and what is still missing, by name. */
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type {
  Lang,
  Minimum,
  MinimumKey,
  Minimums as MinimumsData,
  PaneMessageKey,
  RuleSet,
  Term,
  Translate,
} from '../../core';
import { MINIMUM_KEYS, paneMessages, translator } from '../../core';
import { useListStyles } from './listStyles';

export interface MinimumsProps {
  readonly minimums: MinimumsData;
  readonly term: Term;
  readonly rosterSize: number;
  readonly rules: RuleSet;
  readonly lang: Lang;
}

const useStyles = makeStyles({
  right: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexShrink: 0 },
  note: { display: 'block', color: tokens.colorNeutralForeground3 },
});

/** The sentences under a minimum: who or what is missing, and the rule's special cases. */
function notes(key: MinimumKey, m: Minimum, props: MinimumsProps, t: Translate<PaneMessageKey>): string[] {
  const names = m.missing.join(t('listSeparator'));
  const out: string[] = [];
  if (key === 'dormVisits' && m.reason === 'noDorms') out.push(t('noDorms'));
  else if (key !== 'meetings' && key !== 'activities' && key !== 'parents' && names !== '')
    out.push(t(`missing_${key}` as const, { names }));
  if (key === 'dormVisits' && m.reason !== 'noDorms' && (m.fullSweeps ?? 0) > 0) {
    out.push(t('fullSweeps', { count: m.fullSweeps ?? 0, required: props.rules.minimums.fullSweepsPerTerm }));
  }
  if (key === 'parents') {
    if (props.term.term === 1)
      out.push(t('parentsTerm1', { count: props.rosterSize - m.missing.length, total: props.rosterSize }));
    if (names !== '') out.push(t('missing_parents', { names }));
  }
  return out;
}

export function Minimums(props: MinimumsProps) {
  const styles = { ...useListStyles(), ...useStyles() };
  const t = translator(paneMessages, props.lang);
  return (
    <ul className={styles.list} aria-label={t('minimumsTitle')}>
      {MINIMUM_KEYS.map((key) => {
        const m = props.minimums[key];
        return (
          <li key={key} data-minimum={key}>
            <div className={styles.head}>
              <Text weight="semibold">{t(`minimum_${key}` as const)}</Text>
              <span className={styles.right}>
                <Text>{t(`countOf_${key}` as const, { count: m.count, required: m.required })}</Text>
                <Badge appearance="tint" color={m.met ? 'success' : 'danger'}>
                  {t(m.met ? 'met' : 'notMet')}
                </Badge>
              </span>
            </div>
            {notes(key, m, props, t).map((note) => (
              <Caption1 key={note} className={styles.note}>
                {note}
              </Caption1>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
