/** A titled block of the pane, named by its heading. */
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
  /** The heading's id, for links to the section; one of its own otherwise. */
  readonly id?: string | undefined;
}

export function Section({ title, children, id }: SectionProps) {
  const styles = useStyles();
  const own = useId();
  const heading = id ?? own;
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <Subtitle2 as="h2" id={heading} tabIndex={-1}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
