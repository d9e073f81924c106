// 检查: run the check, see the tables and the findings grouped by table, go to a cell, clear.
import { Badge, Body1, Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Select, ToggleButton } from '@fluentui/react-components';
import { amountText } from '../core/amount-text';
import type { Finding, Severity } from '../core/checks/types';
import { KIND_NAMES, TABLE_KINDS } from '../core/model/kinds';
import type { Table, WorkbookModel } from '../core/model/types';
import { fill, type Locale, type Messages } from './locales';
import { usePaneStyles } from './useStyles';

export type Stage = 'idle' | 'read' | 'detect' | 'check' | 'mark' | 'done';

export interface CheckTabProps {
  t: Messages;
  locale: Locale;
  stage: Stage;
  progress: number;
  error: string | null;
  notice: string | null;
  model: WorkbookModel | null;
  findings: readonly Finding[];
  filter: Severity | 'all';
  selected: Finding | null;
  kinds: Record<string, string>;
  /** The workbook source is there (Office ready, or the standalone file or sample chosen). */
  ready?: boolean;
  onRun: () => void;
  onClear: () => void;
  /** Download the reviewer's check sheet (.xlsx). */
  onChecklist?: () => void;
  onFilter: (f: Severity | 'all') => void;
  onSelect: (f: Finding) => void;
  onAssignKind: (sheet: string, kind: string) => void;
}

const STAGES: Stage[] = ['read', 'detect', 'check', 'mark'];

export function CheckTab(p: CheckTabProps) {
  const s = usePaneStyles();
  const { t } = p;
  const running = p.stage !== 'idle' && p.stage !== 'done';
  const count = (sev: Severity) => p.findings.filter((f) => f.severity === sev).length;
  const shown = p.findings.filter((f) => p.filter === 'all' || f.severity === p.filter);
  const kindName = (k: string) => (p.locale === 'en-US' ? KIND_NAMES[k as keyof typeof KIND_NAMES]?.en : KIND_NAMES[k as keyof typeof KIND_NAMES]?.zh) ?? k;
  // A continued table's part on another sheet has its findings there (Sheet2!C5): its sheet is
  // listed after the table's, and a finding on any other sheet still shows.
  const sheetsOf = (x: Table) => x.parts?.map((part) => part.sheet) ?? [x.sheet];
  const sheets = p.model ? ['', ...new Set([...p.model.tables.flatMap(sheetsOf), ...p.findings.map((f) => f.sheet).filter((x) => !!x)])] : [];
  const stageLabel = { read: t.stageRead, detect: t.stageDetect, check: t.stageCheck, mark: t.stageMark } as Record<string, string>;
  return (
    <div className={s.stack}>
      <Body1>{t.checkIntro}</Body1>
      <div className={s.row}>
        <Button appearance="primary" onClick={p.onRun} disabled={running || p.ready === false}>
          {running ? t.checkRunning : t.checkAction}
        </Button>
        <Button onClick={p.onClear} disabled={running || !p.model}>
          {t.clearMarks}
        </Button>
        {p.onChecklist && (
          <Button onClick={p.onChecklist} disabled={running || !p.model} data-testid="download-checklist">
            {t.downloadChecklist}
          </Button>
        )}
      </div>
      {running && (
        <Field validationMessage={STAGES.map((x) => (x === p.stage ? `【${stageLabel[x]}】` : stageLabel[x])).join(' · ')} validationState="none">
          <ProgressBar value={(STAGES.indexOf(p.stage) + p.progress) / STAGES.length} />
        </Field>
      )}
      {p.error && (
        <MessageBar intent="error">
          <MessageBarBody>{p.error}</MessageBarBody>
        </MessageBar>
      )}
      {p.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{p.notice}</MessageBarBody>
        </MessageBar>
      )}
      {!p.model && !running && !p.error && <Caption1 className={s.muted}>{t.checkEmpty}</Caption1>}
      {p.model && (
        <>
          <div className={s.group}>
            <div className={s.groupTitle}>{fill(t.countOf, { label: t.tablesFound, count: p.model.tables.length })}</div>
            {p.model.tables.map((tb, i) => (
              // A sheet named after its table is named once.
              <Caption1 key={i} block>
                {kindName(tb.kind) === tb.sheet ? '' : `${kindName(tb.kind)} · `}
                <span className={s.muted}>
                  {/* A continued table names each part where it is (a part further down, or on the next sheet). */}
                  {(tb.parts?.length ? tb.parts : [tb]).map((part) => `${part.sheet}!${part.range}`).join(' + ')}
                  {tb.unit ? ` · ${tb.unit}` : ''}
                </span>
              </Caption1>
            ))}
          </div>
          {p.model.unrecognized.length > 0 && (
            <div className={s.group}>
              <div className={s.groupTitle}>{t.unrecognizedSheets}</div>
              {p.model.unrecognized.map((u) => (
                <Field key={u.sheet} label={u.sheet} orientation="horizontal">
                  <Select aria-label={`${t.assignKind}: ${u.sheet}`} value={p.kinds[u.sheet] ?? ''} onChange={(_e, d) => p.onAssignKind(u.sheet, d.value)}>
                    <option value="">{t.assignNone}</option>
                    {TABLE_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {kindName(k)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </div>
          )}
          <div className={`${s.row} ${s.group}`} role="group" aria-label="filter">
            <ToggleButton size="small" checked={p.filter === 'all'} onClick={() => p.onFilter('all')}>
              {t.filterAll} {p.findings.length}
            </ToggleButton>
            <ToggleButton size="small" checked={p.filter === 'error'} onClick={() => p.onFilter('error')}>
              <Badge color="danger" size="small" /> {t.countErrors} {count('error')}
            </ToggleButton>
            <ToggleButton size="small" checked={p.filter === 'warning'} onClick={() => p.onFilter('warning')}>
              <Badge color="warning" size="small" /> {t.countWarnings} {count('warning')}
            </ToggleButton>
            <ToggleButton size="small" checked={p.filter === 'info'} onClick={() => p.onFilter('info')}>
              <Badge color="informative" size="small" /> {t.countInfos} {count('info')}
            </ToggleButton>
          </div>
          {shown.length === 0 && <Caption1 className={s.muted}>{t.noFindings}</Caption1>}
          {sheets.map((sheet) => {
            const list = shown.filter((f) => f.sheet === sheet);
            if (list.length === 0) return null;
            const titles = p.model!.tables.filter((x) => sheetsOf(x).includes(sheet)).map((x) => kindName(x.kind)).filter((x) => x !== sheet);
            return (
              <div key={sheet || '-'} className={s.group} data-testid="finding-group">
                <div className={s.groupTitle}>
                  {sheet ? (titles.length ? fill(t.sheetWithKinds, { sheet, kinds: titles.join(t.listSeparator) }) : sheet) : t.workbookLevel} · {list.length}
                </div>
                {list.map((f, i) => (
                  <button
                    key={i}
                    type="button"
                    data-testid="finding"
                    data-cell={f.cell ?? ''}
                    data-related={f.related.join(' ')}
                    data-rule={f.rule}
                    className={`${s.finding} ${p.selected === f ? s.findingSelected : ''}`}
                    title={`${f.cell ? `${t.goToCell} · ` : ''}${t.ruleId} ${f.rule}`}
                    onClick={() => p.onSelect(f)}
                  >
                    <Badge size="small" color={f.severity === 'error' ? 'danger' : f.severity === 'warning' ? 'warning' : 'informative'} appearance="tint">
                      {f.severity === 'error' ? t.severityError : f.severity === 'warning' ? t.severityWarning : t.severityInfo}
                    </Badge>{' '}
                    {f.cell && <span className={s.cellTag}>{f.cell}</span>}
                    {f.message}
                    {f.expected !== null && f.actual !== null && (
                      <span className={s.values}>
                        {t.expected} {amountText(f.expected)} · {t.actual} {amountText(f.actual)}
                      </span>
                    )}
                  </button>
                ))}
              </div>
            );
          })}
        </>
      )}
      {p.model && p.model.tables.length === 0 && <Caption1>{fill(t.noTablesHelp, { sheets: p.model.unrecognized.map((u) => u.sheet).join(t.listSeparator) })}</Caption1>}
    </div>
  );
}
