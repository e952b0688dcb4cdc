/** Every error and warning; clicking one asks the host to select its cell. */
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Lang } from '../../core';
import { issueAddress, paneMessages, renderIssue, translator } from '../../core';

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly lang: Lang;
  readonly onSelectIssue: (sheet: string, address: string) => void;
}

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    alignItems: 'flex-start',
    width: '100%',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  where: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Errors first (they change the score), then warnings, each in sheet and row order as the core found them. */
function ordered(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
}

export function IssueList({ issues, lang, onSelectIssue }: IssueListProps) {
  const styles = useStyles();
  const t = translator(paneMessages, lang);
  if (issues.length === 0) return <Text>{t('noIssues')}</Text>;
  return (
    <ul className={styles.list} aria-label={t('issuesTitle')}>
      {ordered(issues).map((issue, index) => {
        const address = issueAddress(issue);
        return (
          <li key={`${issue.sheet}-${issue.row}-${issue.column}-${issue.rule}-${index}`}>
            <Button
              appearance="subtle"
              className={styles.item}
              data-issue={`${issue.sheet}!${address}`}
              onClick={() => onSelectIssue(issue.sheet, address)}
            >
              <span className={styles.body}>
                <span className={styles.where}>
                  <Badge
                    size="small"
                    appearance="filled"
                    color={issue.severity === 'error' ? 'danger' : 'warning'}
                  >
                    {t(`severity_${issue.severity}` as const)}
                  </Badge>
                  <Caption1>
                    {t('issueWhere', { sheet: issue.sheet, row: issue.row, column: issue.column })}
                  </Caption1>
                </span>
                <Text size={200}>{renderIssue(issue, lang).message}</Text>
              </span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
