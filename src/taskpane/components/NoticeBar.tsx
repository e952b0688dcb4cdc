/**
 * A notice beside what caused it (the button just pressed), announced to screen readers: the live
 * region is always in the page, so a message that appears in it is read out.
 */
import { useId } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Notice } from '../usePane';

export function NoticeBar({ notice }: { readonly notice: Notice | null }) {
  const body = useId();
  return (
    <div aria-live="polite">
      {notice ? (
        // Without a MessageBarTitle, Fluent's default aria-labelledby would name a missing id.
        <MessageBar intent={notice.intent} layout="multiline" aria-labelledby={body}>
          <MessageBarBody id={body}>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
