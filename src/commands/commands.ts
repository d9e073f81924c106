// Ribbon command page. The only button opens the task pane (a ShowTaskpane action declared in
// manifest.xml), so no function commands are registered yet; the page must still call onReady.
if (typeof Office !== 'undefined') {
  Office.onReady(() => undefined);
}
export {};
