// 说明: the draft written from the tables, its placeholders, copy and download.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { placeholders, renderHtml, renderText, type DocModel } from '../core/narrative/doc';
import type { TextUnit } from '../core/narrative/wording';
import { wordHtml } from '../word/html';
import { copyForWord, type CopyMethod } from './copy';
import { fill, type Messages } from './locales';
import { downloadFile } from './source';
import { usePaneStyles } from './useStyles';

export interface DraftTabProps {
  t: Messages;
  doc: DocModel | null;
  /** The unit the draft writes amounts in: 万元 as published texts do, or 元 as the tables are kept. */
  unit?: TextUnit;
  onUnit?: (unit: TextUnit) => void;
  /** The tables are checked and the draft is being written (first time, or in another unit). */
  drafting?: boolean;
  onInsert?: () => Promise<string>;
}

export function DraftTab({ t, doc, unit = '万元', onUnit, drafting = false, onInsert }: DraftTabProps) {
  const s = usePaneStyles();
  const [copyState, setCopyState] = useState<CopyMethod | null>(null);
  const [inserted, setInserted] = useState<string | null>(null);
  const html = useMemo(() => (doc ? renderHtml(doc) : ''), [doc]);
  const word = useMemo(() => (doc ? wordHtml(doc) : ''), [doc]);
  const holder = useRef<HTMLDivElement | null>(null);
  const preview = useRef<HTMLDivElement | null>(null);
  const unitControl = onUnit && (
    <Field label={t.draftUnit} hint={t.draftUnitHint}>
      <RadioGroup layout="horizontal" value={unit} onChange={(_e, d) => onUnit(d.value as TextUnit)} data-testid="draft-unit">
        <Radio value="万元" label={t.draftUnitWan} />
        <Radio value="元" label={t.draftUnitYuan} />
      </RadioGroup>
    </Field>
  );
  if (!doc) {
    if (!drafting) return <Caption1 className={s.muted}>{t.draftEmpty}</Caption1>;
    return (
      <div className={s.stack}>
        <Body1>{t.draftIntro}</Body1>
        {unitControl}
        <Caption1 className={s.muted}>{t.drafting}</Caption1>
      </div>
    );
  }
  const holes = placeholders(doc);
  const text = renderText(doc);
  const copy = async () => setCopyState(await copyForWord(word, text, holder.current, preview.current));
  const downloadDocx = async () => {
    const { docxBytes } = await import(/* webpackChunkName: "docx-writer" */ '../word/docx');
    const bytes = await docxBytes(doc);
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${doc.title}.docx`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className={s.stack}>
      <Body1>{t.draftIntro}</Body1>
      {unitControl}
      <div className={s.row}>
        {onInsert && (
          <Button appearance="primary" onClick={async () => setInserted(await onInsert().catch((e: unknown) => `${t.errorGeneric.replace('{reason}', e instanceof Error ? e.message : String(e))}`))}>
            {t.insertIntoDocument}
          </Button>
        )}
        <Button appearance={onInsert ? 'secondary' : 'primary'} onClick={copy}>
          {t.copyText}
        </Button>
        <Button onClick={downloadDocx}>{t.downloadDocx}</Button>
        <Button onClick={() => downloadFile(`${doc.title}.txt`, text, 'text/plain;charset=utf-8')}>{t.downloadTxt}</Button>
        <Button onClick={() => downloadFile(`${doc.title}.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${html}</body></html>`, 'text/html;charset=utf-8')}>{t.downloadHtml}</Button>
      </div>
      {inserted && (
        <MessageBar intent="success">
          <MessageBarBody>{inserted}</MessageBarBody>
        </MessageBar>
      )}
      {copyState && (
        <MessageBar intent={copyState === 'manual' ? 'warning' : 'success'} data-testid="copy-result" data-method={copyState}>
          <MessageBarBody>{copyState === 'clipboard' ? t.copiedRich : copyState === 'execCommand' ? t.copiedSelection : t.copyFailed}</MessageBarBody>
        </MessageBar>
      )}
      {/* Folded: a draft has dozens of them, and the draft itself should be on the first screen. */}
      {holes.length > 0 && (
        <Accordion collapsible className={s.group} data-testid="draft-placeholders">
          <AccordionItem value="holes">
            <AccordionHeader size="small">{fill(t.countOf, { label: t.draftPlaceholders, count: holes.length })}</AccordionHeader>
            <AccordionPanel>
              {holes.map((h) => (
                <Caption1 key={h.id} block>
                  {h.where.trim()}：{h.label}
                </Caption1>
              ))}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {/* The Word-ready rendering, off screen, for the copy fallback that selects it. */}
      <div ref={holder} aria-hidden="true" style={{ position: 'fixed', left: '-10000px', top: 0, width: '600px' }} dangerouslySetInnerHTML={{ __html: word }} />
      {/* renderHtml and wordHtml escape every text they write (see src/core/narrative/doc.ts). */}
      <div ref={preview} className={`${s.group} ${s.draft}`} data-testid="draft" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
