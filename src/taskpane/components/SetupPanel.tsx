/**
 * 设置: creates the template in an empty workbook, or repairs one with data (only adds what is
 * missing), with a short form for 基本信息.
 */
import { useState } from 'react';
import { Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, RecordValues } from '../../core';
import { paneMessages, translator } from '../../core';
import type { SetupReport } from '../../host/contract';
import type { SetupForm, SetupFormField } from '../setupForm';
import { formErrors, formToInfo } from '../setupForm';
import { SetupReportView } from './SetupReportView';

export interface SetupPanelProps {
  readonly lang: Lang;
  /** `repair` when the workbook already holds data. */
  readonly mode: 'create' | 'repair';
  readonly initial: SetupForm;
  readonly busy: boolean;
  readonly report: SetupReport | null;
  readonly onSetup: (info: RecordValues) => void;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const TEXT_FIELDS: readonly SetupFormField[] = ['major', 'className', 'teacher'];

export function SetupPanel({ lang, mode, initial, busy, report, onSetup }: SetupPanelProps) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const [form, setForm] = useState<SetupForm>(initial);
  const errors = formErrors(form);
  const invalid = Object.keys(errors).length > 0;
  const set = (field: SetupFormField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const message = (field: SetupFormField) => {
    const key = errors[field];
    return key ? t(key) : null;
  };

  return (
    <div className={styles.panel}>
      <Text>{t(mode === 'create' ? 'setupIntroEmpty' : 'setupIntroRepair')}</Text>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (!invalid) onSetup(formToInfo(form));
        }}
      >
        <Field label={t('field_year')} hint={t('field_yearHint')} validationMessage={message('year')}>
          <Input name="year" value={form.year} onChange={(_, d) => set('year')(d.value)} />
        </Field>
        <Field label={t('field_term')}>
          <Select name="term" value={form.term} onChange={(_, d) => set('term')(d.value)}>
            <option value="1">{t('term1')}</option>
            <option value="2">{t('term2')}</option>
          </Select>
        </Field>
        <Field label={t('field_start')} hint={t('field_startHint')}>
          <Input name="start" type="date" value={form.start} onChange={(_, d) => set('start')(d.value)} />
        </Field>
        <Field label={t('field_weeks')} hint={t('field_weeksHint')} validationMessage={message('weeks')}>
          <Input
            name="weeks"
            inputMode="numeric"
            value={form.weeks}
            onChange={(_, d) => set('weeks')(d.value)}
          />
        </Field>
        {TEXT_FIELDS.map((field) => (
          <Field key={field} label={t(`field_${field}` as const)}>
            <Input name={field} value={form[field]} onChange={(_, d) => set(field)(d.value)} />
          </Field>
        ))}
        <Caption1 className={styles.muted}>{t('infoNote')}</Caption1>
        <Button appearance="primary" type="submit" disabled={busy || invalid}>
          {busy ? t('busy') : t(mode === 'create' ? 'setupButton' : 'repairButton')}
        </Button>
      </form>
      {report ? <SetupReportView report={report} lang={lang} /> : null}
    </div>
  );
}
