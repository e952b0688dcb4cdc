/**
 * Entry of the task pane, the same build in both hosts: in Excel (office.js loaded) it waits for
 * Office and takes the language from Office's display language; in WPS 表格 (a WPS 加载项 page,
 * `window.Application` present) it starts at once, in the browser's language. Then it renders the
 * pane with that host. Everything else is in components (views), usePane (controller), and the
 * adapters src/office and src/wps.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core';
import { DEFAULT_RULE_SET, langFromLocale } from '../core';
import type { PaneHost } from '../host/contract';
import { officeHost } from '../office/host';
import { wpsApplication, wpsHost } from '../wps/host';
import { Pane } from './components/Pane';

function start(host: PaneHost, lang: Lang): void {
  const container = document.getElementById('container');
  if (!container) return;
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Pane host={host} lang={lang} rules={DEFAULT_RULE_SET} />
    </FluentProvider>,
  );
}

const wps = wpsApplication();
if (wps) {
  const lang = langFromLocale(navigator.language);
  start(wpsHost(wps, DEFAULT_RULE_SET, lang), lang);
} else if (typeof Office !== 'undefined') {
  // Without office.js (blocked CDN) taskpane.html already shows its own message; do not add an error.
  void Office.onReady(() => {
    const lang = langFromLocale(Office.context.displayLanguage);
    start(officeHost(DEFAULT_RULE_SET, lang), lang);
  });
}
