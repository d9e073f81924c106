// 说明: the draft written from the tables, its placeholders, copy and download.
import { Body1, Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { placeholders, renderHtml, renderText, type DocModel } from '../core/narrative/doc';
import type { Messages } from './locales';
import { downloadFile } from './source';
import { usePaneStyles } from './useStyles';

export function DraftTab({ t, doc }: { t: Messages; doc: DocModel | null }) {
  const s = usePaneStyles();
  const [copyState, setCopyState] = useState<'ok' | 'failed' | null>(null);
  const html = useMemo(() => (doc ? renderHtml(doc) : ''), [doc]);
  if (!doc) return <Caption1 className={s.muted}>{t.draftEmpty}</Caption1>;
  const holes = placeholders(doc);
  const text = renderText(doc);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('ok');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <div className={s.stack}>
      <Body1>{t.draftIntro}</Body1>
      <div className={s.row}>
        <Button appearance="primary" onClick={copy}>
          {t.copyText}
        </Button>
        <Button onClick={() => downloadFile(`${doc.title}.txt`, text, 'text/plain;charset=utf-8')}>{t.downloadTxt}</Button>
        <Button onClick={() => downloadFile(`${doc.title}.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${html}</body></html>`, 'text/html;charset=utf-8')}>{t.downloadHtml}</Button>
      </div>
      {copyState && (
        <MessageBar intent={copyState === 'ok' ? 'success' : 'warning'}>
          <MessageBarBody>{copyState === 'ok' ? t.copied : t.copyFailed}</MessageBarBody>
        </MessageBar>
      )}
      {holes.length > 0 && (
        <div className={s.group}>
          <div className={s.groupTitle}>
            {t.draftPlaceholders}（{holes.length}）
          </div>
          {holes.map((h) => (
            <Caption1 key={h.id} block>
              {h.where.trim()}：{h.label}
            </Caption1>
          ))}
        </div>
      )}
      {/* renderHtml escapes every text it writes (see src/core/narrative/doc.ts). */}
      <div className={`${s.group} ${s.draft}`} data-testid="draft" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
