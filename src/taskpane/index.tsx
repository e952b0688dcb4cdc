/**
 * Entry of the task pane: waits for Office, picks the language from Office's display language and
 * renders the pane with the Office host. Everything else is in components (views), usePane
 * (controller) and src/office (the adapter).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { DEFAULT_RULE_SET, langFromLocale } from '../core';
import { officeHost } from '../office/host';
import { Pane } from './components/Pane';

function start(): void {
  const container = document.getElementById('container');
  if (!container) return;
  const lang = langFromLocale(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const host = officeHost(DEFAULT_RULE_SET, lang);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Pane host={host} lang={lang} rules={DEFAULT_RULE_SET} />
    </FluentProvider>,
  );
}

// Without office.js (blocked CDN) taskpane.html already shows its own message; do not add an error.
if (typeof Office !== 'undefined') void Office.onReady(start);
