/**
 * 新建与打印: next term's workbook, a blank workbook from the template and the printable record
 * forms, each opened in a new Excel window. Pure props: the controller
 * (../useFiles) builds and opens the files.
 */
import { useId, useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Lang } from '../../core';
import { newAndPrintMessages, translator } from '../../core';
import type { FileAction } from '../newAndPrintBuilds';
import type { Notice } from '../usePane';
import { Section } from './Section';

export interface FilesPanelProps {
  readonly lang: Lang;
  readonly busy: FileAction | null;
  readonly notice: Notice | null;
  readonly onNewTerm: () => void;
  readonly onTemplate: () => void;
  readonly onPrint: (all: boolean) => void;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { alignSelf: 'flex-start' },
});

export function FilesPanel({ lang, busy, notice, onNewTerm, onTemplate, onPrint }: FilesPanelProps) {
  const styles = useStyles();
  const t = translator(newAndPrintMessages, lang);
  const [all, setAll] = useState(false);
  const noticeId = useId();

  const button = (action: FileAction, label: string, onClick: () => void) => (
    <Button
      className={styles.action}
      appearance={action === 'newTerm' ? 'primary' : 'secondary'}
      disabled={busy !== null}
      icon={busy === action ? <Spinner size="tiny" /> : null}
      onClick={onClick}
    >
      {busy === action ? t('building') : label}
    </Button>
  );

  return (
    <div className={styles.panel} aria-busy={busy !== null}>
      <Caption1 className={styles.muted}>{t('intro')}</Caption1>
      {notice ? (
        <MessageBar
          intent={notice.intent}
          layout="multiline"
          role={notice.intent === 'error' ? 'alert' : 'status'}
          // Without a MessageBarTitle, Fluent's default aria-labelledby would name a missing id.
          aria-labelledby={noticeId}
        >
          <MessageBarBody id={noticeId}>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Section title={t('newTermTitle')}>
        <Text>{t('newTermText')}</Text>
        {button('newTerm', t('newTermButton'), onNewTerm)}
      </Section>
      <Section title={t('templateTitle')}>
        <Text>{t('templateText')}</Text>
        {button('template', t('templateButton'), onTemplate)}
      </Section>
      <Section title={t('printTitle')}>
        <Text>{t('printText')}</Text>
        <Switch
          label={t('printAll')}
          checked={all}
          disabled={busy !== null}
          onChange={(_, data) => setAll(data.checked)}
        />
        <Caption1 className={styles.muted}>{t('printAllHint')}</Caption1>
        {button('print', t('printButton'), () => onPrint(all))}
      </Section>
    </div>
  );
}
