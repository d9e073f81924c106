// 审核文本: paste or open a text; the findings are listed and the wrong figures marked in it.
import { Badge, Body1, Button, Caption1, Checkbox, Textarea } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AuditResult } from '../core/narrative/audit';
import { normaliseText } from '../core/narrative/claims';
import { FilePicker } from './FilePicker';
import { fill, type Messages } from './locales';
import { usePaneStyles } from './useStyles';

export interface AuditTabProps {
  t: Messages;
  text: string;
  result: AuditResult | null;
  withTables: boolean;
  hasTables: boolean;
  onText: (s: string) => void;
  onWithTables: (b: boolean) => void;
  onRun: () => void;
  /** In Word: audit the open document. */
  onReadDocument?: () => Promise<void>;
}

export function AuditTab(p: AuditTabProps) {
  const s = usePaneStyles();
  const { t } = p;
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.docx$/i.test(file.name)) {
      const { readDocxText } = await import(/* webpackChunkName: "docx-reader" */ '../word/read-docx');
      p.onText(await readDocxText(bytes));
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
    p.onText(text.replace(/^\uFEFF/, ''));
  };
  return (
    <div className={s.stack}>
      <Body1>{t.auditIntro}</Body1>
      <Textarea resize="vertical" rows={8} placeholder={t.auditPlaceholder} value={p.text} onChange={(_e, d) => p.onText(d.value)} aria-label={t.auditPlaceholder} />
      <div className={s.row}>
        {p.onReadDocument && (
          <Button appearance="primary" onClick={() => void p.onReadDocument!()}>
            {t.auditOpenDocument}
          </Button>
        )}
        <Button appearance={p.onReadDocument ? 'secondary' : 'primary'} onClick={p.onRun} disabled={!p.text.trim()}>
          {t.auditAction}
        </Button>
        <FilePicker label={t.auditOpenFile} accept=".txt,.docx,text/plain" testId="open-text" onFile={openFile} />
        <Checkbox checked={p.withTables} disabled={!p.hasTables} onChange={(_e, d) => p.onWithTables(!!d.checked)} label={t.auditWithTables} />
      </div>
      {!p.result && <Caption1 className={s.muted}>{t.auditEmpty}</Caption1>}
      {p.result && (
        <>
          <Caption1>{p.result.findings.length ? fill(t.auditResult, { claims: p.result.claims, count: p.result.findings.length }) : t.auditClean}</Caption1>
          {p.result.bound > 0 && <Caption1 data-testid="audit-bound">{fill(t.auditBound, { bound: p.result.bound })}</Caption1>}
          {p.result.findings.map((f, i) => (
            <div key={i} className={`${s.finding} ${s.findingStatic}`} data-testid="audit-finding" data-severity={f.severity}>
              {/* A warning is a reading the auditor is not sure of (it says which one it used). */}
              <Badge size="small" color={f.severity === 'error' ? 'danger' : f.severity === 'warning' ? 'warning' : 'informative'} appearance="tint">
                {f.severity === 'error' ? t.severityError : f.severity === 'warning' ? t.severityWarning : t.severityInfo}
              </Badge>{' '}
              <span className={s.cellTag}>«{f.quote}»</span>
              {f.message}
            </div>
          ))}
          <div className={s.auditText} data-testid="audit-text" role="region" aria-label={t.auditMarked} tabIndex={0}>
            {marked(normaliseText(p.text), p.result, s.wrong)}
          </div>
        </>
      )}
    </div>
  );
}

/** The text with every flagged quote marked, rendered as React text (never as HTML). */
function marked(text: string, r: AuditResult, cls: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  const spans = [...r.findings].sort((a, b) => a.offset - b.offset);
  spans.forEach((f, i) => {
    if (f.offset < at) return;
    out.push(text.slice(at, f.offset));
    out.push(
      <mark key={i} className={f.severity === 'error' ? cls : undefined} title={f.message}>
        {text.slice(f.offset, f.offset + f.quote.length)}
      </mark>,
    );
    at = f.offset + f.quote.length;
  });
  out.push(text.slice(at));
  return out;
}
