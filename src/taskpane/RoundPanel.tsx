// 舍位平衡 in the pane (Excel only): convert the tables to 万元/千元 on new sheets, with progress,
// a summary, and each adjusted cell one click away (on its new sheet).
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Select } from '@fluentui/react-components';
import type { RoundingReport } from '../core/rounding/report';
import { fill, type Messages } from './locales';
import { usePaneStyles } from './useStyles';

export interface RoundOutcome {
  readonly report: RoundingReport;
  /** Original sheet → the new sheet holding its converted tables. */
  readonly sheets: Readonly<Record<string, string>>;
}

export interface RoundPanelProps {
  t: Messages;
  to: '万元' | '千元';
  running: boolean;
  progress: number;
  error: string | null;
  outcome: RoundOutcome | null;
  onTo: (to: '万元' | '千元') => void;
  onRun: () => void;
  onGo: (sheet: string, cell: string) => void;
}

export function RoundPanel(p: RoundPanelProps) {
  const s = usePaneStyles();
  const { t } = p;
  const r = p.outcome?.report ?? null;
  const copy = (sheet: string) => p.outcome?.sheets[sheet] ?? sheet;
  return (
    <div className={`${s.stack} ${s.group}`} data-testid="round-panel">
      <div className={s.groupTitle}>{t.roundTitle}</div>
      <Body1>{t.roundIntro}</Body1>
      <div className={s.row} style={{ alignItems: 'flex-end' }}>
        <Field label={t.roundTo}>
          <Select value={p.to} onChange={(_e, d) => p.onTo(d.value as '万元' | '千元')} disabled={p.running}>
            <option value="万元">万元</option>
            <option value="千元">千元</option>
          </Select>
        </Field>
        <Button appearance="primary" onClick={p.onRun} disabled={p.running}>
          {p.running ? t.roundRunning : t.roundAction}
        </Button>
      </div>
      {p.running && <ProgressBar value={p.progress} aria-label={t.roundRunning} />}
      {p.error && (
        <MessageBar intent="error">
          <MessageBarBody>{p.error}</MessageBarBody>
        </MessageBar>
      )}
      {r && (
        <>
          {r.broken.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{fill(t.roundBroken, { count: r.broken.length })}</MessageBarBody>
            </MessageBar>
          )}
          {r.broken.map((b) => (
            <button key={`b ${b.sheet}!${b.cell} ${b.rule}`} type="button" className={s.finding} onClick={() => p.onGo(b.sheet, b.cell)}>
              <span className={s.cellTag}>
                {b.sheet}!{b.cell}
              </span>
              {b.description}
              {t.colon}
              {b.actual} ≠ {b.expected}
            </button>
          ))}
          <Body1>{fill(t.roundSummary, { figures: r.figures, adjusted: r.adjusted.length, sheets: Object.keys(p.outcome!.sheets).length })}</Body1>
          {r.leftOff.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{fill(t.roundLeftOff, { count: r.leftOff.length })}</MessageBarBody>
            </MessageBar>
          )}
          {r.adjusted.map((f) => (
            <button key={`${f.sheet}!${f.cell}`} type="button" className={s.finding} onClick={() => p.onGo(copy(f.sheet), f.cell)}>
              <span className={s.cellTag}>
                {copy(f.sheet)}!{f.cell}
              </span>
              {[f.row, f.column].filter(Boolean).join(' / ')}
              <span className={s.values}>{fill(t.roundAdjusted, { exact: f.exact, halfUp: f.halfUp, value: f.value })}</span>
            </button>
          ))}
          <Caption1 className={s.muted}>{t.roundOriginalsKept}</Caption1>
        </>
      )}
    </div>
  );
}
