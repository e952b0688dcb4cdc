/**
 * Every error and warning, grouped by sheet and by kind of problem ("谈心记录 · 日期不在本学期 ·
 * 300 行"): a group of several rows opens on demand, a group of one shows its row. Clicking a row
 * (or Enter on it) asks the host to select its cell.
 */
import { useId, useState } from 'react';
import { Badge, Button, Caption1, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Lang, PaneMessageKey } from '../../core';
import { issueAddress, paneMessages, renderIssue, translator } from '../../core';
import type { IssueFilter, IssueGroup, SeverityFilter, SheetGroups } from '../issueGroups';
import { NO_FILTER, filterIssues, groupIssues, sheetsOf } from '../issueGroups';

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly lang: Lang;
  readonly onSelectIssue: (sheet: string, address: string) => void;
  /** The filter above the list (errors only / warnings only / one sheet); off for short lists. */
  readonly filterable?: boolean;
  /** The level of each sheet's heading: 3 inside a titled section, 2 where the list stands alone. */
  readonly headingLevel?: 2 | 3;
}

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    minWidth: 0,
  },
  sheets: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  sheetTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  rows: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    listStyleType: 'none',
  },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    alignItems: 'flex-start',
    width: '100%',
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  where: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  message: { overflowWrap: 'anywhere' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  filter: { minWidth: '8em', flexGrow: 1 },
});

function kindLabel(issue: Pick<Issue, 'rule' | 'column'>, lang: Lang): string {
  const t = translator(paneMessages, lang);
  const key = `kind_${issue.rule}`;
  const known = (k: string): k is PaneMessageKey => k in paneMessages['zh-CN'];
  return t(known(key) ? key : 'kind_other', { column: issue.column });
}

function SeverityBadge({ issue, lang }: { readonly issue: Pick<Issue, 'severity'>; readonly lang: Lang }) {
  const t = translator(paneMessages, lang);
  return (
    <Badge size="small" appearance="filled" color={issue.severity === 'error' ? 'danger' : 'warning'}>
      {t(`severity_${issue.severity}` as const)}
    </Badge>
  );
}

function IssueRow({
  issue,
  lang,
  onSelectIssue,
}: { readonly issue: Issue } & Omit<IssueListProps, 'issues'>) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const address = issueAddress(issue);
  return (
    <li>
      <Button
        appearance="subtle"
        className={styles.item}
        data-issue={`${issue.sheet}!${address}`}
        onClick={() => onSelectIssue(issue.sheet, address)}
      >
        <span className={styles.body}>
          <span className={styles.where}>
            <SeverityBadge issue={issue} lang={lang} />
            <Caption1>
              {t('issueWhere', { sheet: issue.sheet, row: issue.row, column: issue.column })}
            </Caption1>
          </span>
          <Text size={200} className={styles.message}>
            {renderIssue(issue, lang).message}
          </Text>
        </span>
      </Button>
    </li>
  );
}

/** One kind of problem on one sheet: its count, and its rows once opened. */
function Group({
  group,
  open,
  onToggle,
  ...props
}: { readonly group: IssueGroup; readonly open: boolean; readonly onToggle: () => void } & Omit<
  IssueListProps,
  'issues'
>) {
  const styles = useStyles();
  const t = translator(paneMessages, props.lang);
  const rows = useId();
  const [first] = group.issues;
  if (group.issues.length === 1 && first) return <IssueRow issue={first} {...props} />;
  return (
    <li data-group={`${group.issues[0]?.sheet ?? ''}·${group.rule}·${group.column}`}>
      <Button
        appearance="subtle"
        className={styles.item}
        aria-expanded={open}
        aria-controls={open ? rows : undefined}
        onClick={onToggle}
      >
        <span className={styles.where}>
          <SeverityBadge issue={group} lang={props.lang} />
          <Text>{t('groupSummary', { kind: kindLabel(group, props.lang), count: group.issues.length })}</Text>
        </span>
      </Button>
      {open ? (
        <ul id={rows} className={styles.rows}>
          {group.issues.map((issue) => (
            <IssueRow key={`${issue.row}-${issue.columnIndex ?? ''}`} issue={issue} {...props} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function SheetIssues({
  sheet,
  open,
  onToggle,
  ...props
}: {
  readonly sheet: SheetGroups;
  readonly open: ReadonlySet<string>;
  readonly onToggle: (key: string) => void;
} & Omit<IssueListProps, 'issues'>) {
  const styles = useStyles();
  const t = translator(paneMessages, props.lang);
  const heading = useId();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.sheet} aria-labelledby={heading} data-sheet-issues={sheet.sheet}>
      <Heading id={heading} className={styles.sheetTitle}>
        {t('sheetIssues', { sheet: sheet.sheet, count: sheet.count })}
      </Heading>
      <ul className={styles.list}>
        {sheet.groups.map((group) => (
          <Group
            key={group.key}
            group={group}
            open={open.has(group.key)}
            onToggle={() => onToggle(group.key)}
            {...props}
          />
        ))}
      </ul>
    </section>
  );
}

function Filters({
  issues,
  filter,
  onFilter,
  lang,
}: {
  readonly issues: readonly Issue[];
  readonly filter: IssueFilter;
  readonly onFilter: (filter: IssueFilter) => void;
  readonly lang: Lang;
}) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const severities: readonly SeverityFilter[] = ['all', 'error', 'warning'];
  return (
    <div className={styles.filters}>
      <Field label={t('filterLabel')} className={styles.filter}>
        <Select
          value={filter.severity}
          onChange={(_, d) =>
            onFilter({ ...filter, severity: severities.find((s) => s === d.value) ?? 'all' })
          }
        >
          {severities.map((s) => (
            <option key={s} value={s}>
              {t(`filter_${s}` as const)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('filterSheet')} className={styles.filter}>
        <Select
          value={filter.sheet ?? ''}
          onChange={(_, d) => onFilter({ ...filter, sheet: d.value === '' ? null : d.value })}
        >
          <option value="">{t('filterAllSheets')}</option>
          {sheetsOf(issues).map((sheet) => (
            <option key={sheet} value={sheet}>
              {sheet}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

export function IssueList({
  issues,
  lang,
  onSelectIssue,
  filterable = false,
  headingLevel = 3,
}: IssueListProps) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (issues.length === 0) return <Text>{t('noIssues')}</Text>;
  const shown = groupIssues(filterIssues(issues, filter));
  const toggle = (key: string) =>
    setOpen((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <>
      {filterable ? <Filters issues={issues} filter={filter} onFilter={setFilter} lang={lang} /> : null}
      {shown.length === 0 ? <Text>{t('noIssuesFiltered')}</Text> : null}
      <div className={styles.sheets}>
        {shown.map((sheet) => (
          <SheetIssues
            key={sheet.sheet}
            sheet={sheet}
            open={open}
            onToggle={toggle}
            lang={lang}
            onSelectIssue={onSelectIssue}
            headingLevel={headingLevel}
          />
        ))}
      </div>
    </>
  );
}
