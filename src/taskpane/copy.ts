// Copying the draft for Word: rich HTML and plain text through the async clipboard where the
// host allows it; else selecting the rendered draft and the old copy command (Office on the web
// blocks the clipboard API in task panes); else the user copies by hand. The pane says which.
export type CopyMethod = 'clipboard' | 'execCommand' | 'manual';

export async function copyForWord(html: string, text: string, rendered: HTMLElement | null, visible: HTMLElement | null): Promise<CopyMethod> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) })]);
      return 'clipboard';
    }
  } catch {
    // fall through to the selection
  }
  if (rendered) {
    const selection = window.getSelection();
    const range = document.createRange();
    range.selectNodeContents(rendered);
    selection?.removeAllRanges();
    selection?.addRange(range);
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    selection?.removeAllRanges();
    if (ok) return 'execCommand';
  }
  // Leave the visible draft selected so that Ctrl+C copies it.
  if (visible) {
    const range = document.createRange();
    range.selectNodeContents(visible);
    window.getSelection()?.addRange(range);
  }
  return 'manual';
}
