import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App, type HostKind } from './App';
import { pickLocale } from './locales';

// Inside Office the pane starts after Office.onReady; in a plain browser office.js is either
// missing (offline) or reports no host, and the pane starts in standalone mode.
function start(host: HostKind, displayLanguage: string | undefined): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <App host={host} initialLocale={pickLocale(displayLanguage)} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    const language = inExcel ? Office.context.displayLanguage : navigator.language;
    start(inExcel ? 'excel' : 'standalone', language);
  });
} else {
  start('standalone', navigator.language);
}
