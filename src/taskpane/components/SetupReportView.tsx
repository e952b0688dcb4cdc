/** What setup added, in sentences ("新建工作表：…"), or that nothing was missing. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core';
import { paneMessages, translator } from '../../core';
import type { SetupReport } from '../../host/contract';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function reportLines(report: SetupReport, lang: Lang): string[] {
  const t = translator(paneMessages, lang);
  const list = (items: readonly string[]) => items.join(t('listSeparator'));
  const lines: string[] = [];
  if (report.sheets.length > 0) lines.push(t('added_sheets', { names: list(report.sheets) }));
  for (const { sheet, columns } of report.columns)
    lines.push(t('added_columns', { sheet, columns: list(columns) }));
  if (report.info.length > 0) lines.push(t('added_info', { labels: list(report.info) }));
  if (report.names.length > 0) lines.push(t('added_names', { names: list(report.names) }));
  if (lines.length === 0) lines.push(t('nothingAdded'));
  if (report.skipped.includes('validation')) lines.push(t('validationUnsupported'));
  else if (report.validatedColumns > 0)
    lines.push(t('validationApplied', { count: report.validatedColumns }));
  if (report.keptValidation.length > 0) {
    const columns = report.keptValidation.map((kept) => t('sheetColumn', kept));
    lines.push(t('validationKept', { columns: list(columns) }));
  }
  if (report.skipped.includes('printTitles')) lines.push(t('printTitlesUnsupported'));
  return lines;
}

export function SetupReportView({ report, lang }: { readonly report: SetupReport; readonly lang: Lang }) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('setupDone')}</MessageBarTitle>
        <ul className={styles.list} aria-label={t('setupDone')}>
          {reportLines(report, lang).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
