import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App, type HostKind } from './App';
import { pickLocale } from './locales';
import { excelSource, type WorkbookSource } from './source';

// Inside Office the pane starts after Office.onReady; in a plain browser office.js is either
// missing (offline) or reports no host, and the pane starts in standalone mode.
function start(host: HostKind, displayLanguage: string | undefined, excel?: WorkbookSource, hostProblem?: string): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const sample = new URLSearchParams(location.search).get('sample');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <App
        host={host}
        initialLocale={pickLocale(new URLSearchParams(location.search).get('lang') ?? displayLanguage)}
        excel={excel}
        hostProblem={hostProblem}
        {...(sample !== null ? { initialSample: sample || null } : {})}
      />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady(async (info) => {
    const supports = (set: string, version: string) => Office.context.requirements.isSetSupported(set, version);
    const language = Office.context?.displayLanguage;
    if (info.host === Office.HostType.Excel) {
      // The manifest cannot require ExcelApi 1.9 (it also serves Word): check it here.
      start('excel', language, await excelSource(), supports('ExcelApi', '1.9') ? undefined : 'ExcelApi 1.9');
    } else if (info.host === Office.HostType.Word) {
      start('word', language, undefined, supports('WordApi', '1.3') ? undefined : 'WordApi 1.3');
    } else start('standalone', navigator.language);
  });
} else {
  start('standalone', navigator.language);
}
