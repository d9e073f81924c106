import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App, type HostKind } from './App';
import { pickLocale } from './locales';
import { excelSource, type WorkbookSource } from './source';

// Inside Office the pane starts after Office.onReady; in a plain browser office.js is either
// missing (offline) or reports no host, and the pane starts in standalone mode.
function start(host: HostKind, displayLanguage: string | undefined, excel?: WorkbookSource): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const sample = new URLSearchParams(location.search).get('sample');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <App host={host} initialLocale={pickLocale(new URLSearchParams(location.search).get('lang') ?? displayLanguage)} excel={excel} {...(sample !== null ? { initialSample: sample || null } : {})} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady(async (info) => {
    if (info.host === Office.HostType.Excel) start('excel', Office.context.displayLanguage, await excelSource());
    else start('standalone', navigator.language);
  });
} else {
  start('standalone', navigator.language);
}
