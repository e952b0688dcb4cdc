/**
 * 设置: creates the template in an empty workbook, or repairs one with data (only adds what is
 * missing), with a short form for 基本信息. In a repair the entries 基本信息 already holds
 * are shown as they stand, read-only, each with a link to its cell: repair never changes a filled
 * cell, so the teacher changes them in the sheet; blank entries can be filled in from the form.
 */
import type { ReactElement } from 'react';
import { useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  Link,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Lang, RecordValues } from '../../core';
import { paneMessages, translator } from '../../core';
import type { SetupReport } from '../../host/contract';
import type { InfoCells, SetupForm, SetupFormField } from '../setupForm';
import { formErrors, formToInfo } from '../setupForm';
import type { Notice } from '../usePane';
import { NoticeBar } from './NoticeBar';
import { SetupReportView } from './SetupReportView';

export interface SetupPanelProps {
  readonly lang: Lang;
  /** `repair` when the workbook already holds data. */
  readonly mode: 'create' | 'repair';
  readonly initial: SetupForm;
  /** What 基本信息 holds now; its filled entries are shown read-only. */
  readonly info: InfoCells | null;
  readonly busy: boolean;
  readonly report: SetupReport | null;
  readonly notice: Notice | null;
  readonly onSetup: (info: RecordValues) => void;
  readonly onSelectCell: (sheet: string, address: string) => void;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  filled: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  value: { overflowWrap: 'anywhere' },
});

const TEXT_FIELDS: readonly SetupFormField[] = ['major', 'className', 'teacher'];

export function SetupPanel(props: SetupPanelProps) {
  const { lang, mode, initial, info, busy, report, onSetup } = props;
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const [form, setForm] = useState<SetupForm>(initial);
  const [tried, setTried] = useState(false);
  const filled = info?.cells ?? {};
  const errors = formErrors(form, filled);
  const set = (field: SetupFormField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const message = (field: SetupFormField) => {
    const key = errors[field];
    // A blank required date is said once the teacher tries to go on, not before they start typing.
    return key && (tried || field !== 'start') ? t(key) : null;
  };
  const label = (field: SetupFormField) => t(`field_${field}` as const);

  /** A filled entry: its value as the cell holds it, and a link that selects the cell. */
  const filledField = (field: SetupFormField) => {
    const cell = filled[field];
    if (!cell || !info) return null;
    return (
      <Field key={field} label={label(field)}>
        <span className={styles.filled} data-info-cell={field}>
          <Text className={styles.value}>{cell.value}</Text>
          <Link as="button" type="button" onClick={() => props.onSelectCell(info.sheet, cell.address)}>
            {t('goToInfoCell', { address: cell.address })}
          </Link>
        </span>
      </Field>
    );
  };

  const field = (name: SetupFormField, input: (id: SetupFormField) => ReactElement, hint?: string) =>
    filledField(name) ?? (
      <Field
        key={name}
        label={label(name)}
        {...(hint ? { hint } : {})}
        required={name === 'start'}
        validationMessage={message(name)}
      >
        {input(name)}
      </Field>
    );

  return (
    <div className={styles.panel}>
      <Text>{t(mode === 'create' ? 'setupIntroEmpty' : 'setupIntroRepair')}</Text>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (Object.keys(errors).length === 0) onSetup(formToInfo(form));
        }}
      >
        {mode === 'repair' && Object.keys(filled).length > 0 ? (
          <Caption1 className={styles.muted}>{t('repairInfoNote')}</Caption1>
        ) : null}
        {field(
          'year',
          (name) => (
            <Input name={name} value={form.year} onChange={(_, d) => set(name)(d.value)} />
          ),
          t('field_yearHint'),
        )}
        {field('term', (name) => (
          <Select name={name} value={form.term} onChange={(_, d) => set(name)(d.value)}>
            <option value="1">{t('term1')}</option>
            <option value="2">{t('term2')}</option>
          </Select>
        ))}
        {field(
          'start',
          (name) => (
            <Input name={name} type="date" value={form.start} onChange={(_, d) => set(name)(d.value)} />
          ),
          t('field_startHint'),
        )}
        {field(
          'weeks',
          (name) => (
            <Input
              name={name}
              inputMode="numeric"
              value={form.weeks}
              onChange={(_, d) => set(name)(d.value)}
            />
          ),
          t('field_weeksHint'),
        )}
        {TEXT_FIELDS.map((name) =>
          field(name, (n) => <Input name={n} value={form[n]} onChange={(_, d) => set(n)(d.value)} />),
        )}
        <Caption1 className={styles.muted}>{t('infoNote')}</Caption1>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? t('busy') : t(mode === 'create' ? 'setupButton' : 'repairButton')}
        </Button>
        <NoticeBar notice={props.notice?.at === 'setup' ? props.notice : null} />
      </form>
      {report ? <SetupReportView report={report} lang={lang} /> : null}
    </div>
  );
}
