import {
  Badge,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  SelectTabData,
  Subtitle1,
  Subtitle2,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { DEFAULT_REQUIRED } from '../core/checks/table-missing';
import type { Finding, Severity } from '../core/checks/types';
import type { WorkbookGrid } from '../core/grid';
import type { WorkbookModel } from '../core/model/types';
import type { AuditResult } from '../core/narrative/audit';
import type { DocModel } from '../core/narrative/doc';
import type { TextUnit } from '../core/narrative/wording';
import { marksFor } from '../excel/highlights';
import { CheckTab, type Stage } from './CheckTab';
import { FilePicker } from './FilePicker';
import { GridPreview } from './GridPreview';
import { fill, messagesFor, type Locale } from './locales';
import { RoundPanel, type RoundOutcome } from './RoundPanel';
import { downloadBytes, fetchBytes, fileSource, readXlsx, SAMPLES, type WorkbookSource } from './source';
import { usePaneStyles } from './useStyles';
import { yieldToBrowser } from './yield';

export type HostKind = 'excel' | 'word' | 'standalone';

// Loaded when first used, each in its own chunk: the first screen is the check tab before a check.
type Engine = typeof import('./engine');
const loadEngine = (): Promise<Engine> => import(/* webpackChunkName: "check-engine" */ './engine');
const loadDrafter = () => import(/* webpackChunkName: "drafting" */ '../core/narrative/draft');
const loadAuditor = () => import(/* webpackChunkName: "narrative-audit" */ '../core/narrative/audit');
const DraftTab = lazy(() => import(/* webpackChunkName: "draft-tab" */ './DraftTab').then((m) => ({ default: m.DraftTab })));
const AuditTab = lazy(() => import(/* webpackChunkName: "audit-tab" */ './AuditTab').then((m) => ({ default: m.AuditTab })));

/** The tables each template requires (see docs/rules/table-missing.md). */
const TEMPLATES = {
  common: DEFAULT_REQUIRED,
  economic: [...DEFAULT_REQUIRED, 'economic', 'state-capital-expenditure'],
  stateCapital: [...DEFAULT_REQUIRED, 'state-capital-expenditure'],
} as const;
type TabId = 'check' | 'draft' | 'audit' | 'settings';

export interface AppProps {
  host: HostKind;
  initialLocale: Locale;
  /** The Excel source (inside Excel); standalone builds its own from files. */
  excel?: WorkbookSource;
  /** Standalone: the bundled sample to open first (a URL relative to the pane). */
  initialSample?: string | null;
  /** The Office host lacks the requirement set the pane needs (e.g. "ExcelApi 1.9"). */
  hostProblem?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  headerText: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  // The subtitle breaks between its parts, never inside one.
  part: { whiteSpace: 'nowrap' },
  // The tabs and the panel are the page's main landmark, so that every piece of content is in a landmark.
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, overflowY: 'auto', flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  source: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

export function App({ host, initialLocale, excel, initialSample = SAMPLES[0].file, hostProblem }: AppProps) {
  // In Word the tables come from a file, as in a plain browser.
  const filesOnly = host !== 'excel';
  const styles = useStyles();
  const s = usePaneStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [tab, setTab] = useState<TabId>('check');
  const t = messagesFor(locale);
  const lang = locale;

  // The workbook.
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [sourceName, setSourceName] = useState<string>('');
  const [stage, setStage] = useState<Stage>('idle');
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [grid, setGrid] = useState<WorkbookGrid | null>(null);
  const [model, setModel] = useState<WorkbookModel | null>(null);
  const [rawFindings, setFindings] = useState<Finding[]>([]);
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const [selected, setSelected] = useState<Finding | null>(null);
  const [previewSheet, setPreviewSheet] = useState<string | null>(null);
  const [kinds, setKinds] = useState<Record<string, string>>({});
  const [tolerance, setTolerance] = useState('0.01');
  const [yearOverride, setYearOverride] = useState('');
  const [template, setTemplate] = useState<keyof typeof TEMPLATES>('common');
  const [prior, setPrior] = useState<{ name: string; model: WorkbookModel } | null>(null);
  const [auditText, setAuditText] = useState('');
  const [auditResult, setAuditResult] = useState<AuditResult | null>(null);
  const [auditWithTables, setAuditWithTables] = useState(true);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [drafted, setDrafted] = useState<{ model: WorkbookModel; prior: WorkbookModel | null; unit: TextUnit; doc: DocModel } | null>(null);
  const [draftUnit, setDraftUnit] = useState<TextUnit>('万元');

  const [roundTo, setRoundTo] = useState<'万元' | '千元'>('万元');
  const [rounding, setRounding] = useState(false);
  const [roundProgress, setRoundProgress] = useState(0);
  const [roundError, setRoundError] = useState<string | null>(null);
  // The rounding's report in both languages, so that a change of language after a run changes its words too.
  const [roundOutcome, setRoundOutcome] = useState<{ reports: Record<Locale, RoundOutcome['report']>; sheets: RoundOutcome['sheets'] } | null>(null);

  const findings = useMemo(() => (engine ? engine.translate(rawFindings, lang) : []), [engine, rawFindings, lang]);
  /** A read error in the user's words: the file reader's reason, else the error's own message. */
  const why = (e: unknown): string => {
    const reasons: Record<string, string> = { 'not-a-workbook': t.readNotAWorkbook, encrypted: t.readEncrypted, corrupt: t.readCorrupt, unsupported: t.readUnsupported };
    const reason = (e as { reason?: string } | null)?.reason;
    if (reason && reasons[reason]) return reasons[reason];
    return e instanceof Error ? e.message : String(e);
  };
  const source: WorkbookSource | null = useMemo(
    () => (host === 'excel' ? (excel ?? null) : bytes ? fileSource(bytes, (sheet) => setPreviewSheet(sheet)) : null),
    [host, excel, bytes],
  );

  const openSample = useCallback(async (url: string, name: string) => {
    try {
      setBytes(await fetchBytes(url));
      setSourceName(name);
      setModel(null);
      setFindings([]);
      setError(null);
    } catch (e) {
      setError(fill(messagesFor(initialLocale).readFailed, { reason: e instanceof Error ? e.message : String(e) }));
    }
  }, [initialLocale]);

  // Standalone: open the bundled sample first.
  useEffect(() => {
    if (host !== 'standalone' || !initialSample) return; // Word opens a file the user picks
    let cancelled = false;
    const sample = SAMPLES.find((x) => x.file === initialSample);
    fetchBytes(initialSample)
      .then((b) => {
        if (cancelled) return;
        setBytes(b);
        setSourceName(sample ? (initialLocale === 'en-US' ? sample.en : sample.zh) : initialSample);
      })
      .catch((e: unknown) => !cancelled && setError(fill(messagesFor(initialLocale).readFailed, { reason: e instanceof Error ? e.message : String(e) })));
    return () => {
      cancelled = true;
    };
  }, [host, initialSample, initialLocale]);

  const run = async () => {
    if (!source) return;
    setError(null);
    setNotice(null);
    setSelected(null);
    try {
      setStage('read');
      setProgress(0);
      const [g, e] = await Promise.all([source.read((f) => setProgress(f)), loadEngine()]);
      setEngine(() => e);
      setGrid(g);
      setStage('detect');
      const parsed = e.parseWorkbook(g, { kinds });
      const year = /^(19|20)\d{2}$/.test(yearOverride) ? Number(yearOverride) : null;
      // A year the user states wins over the titles (it decides class names and the draft).
      const m = year ? { ...parsed, year, tables: parsed.tables.map((x) => ({ ...x, year })) } : parsed;
      setModel(m);
      if (m.tables.length === 0) {
        setFindings([]);
        setError(`${t.noTables} ${fill(t.noTablesHelp, { sheets: g.sheets.map((x) => x.name).join(t.listSeparator) })}`);
        setStage('done');
        return;
      }
      setStage('check');
      const tol = /^\d+(\.\d+)?$/.test(tolerance) ? e.exact(tolerance) : e.exact('0.01');
      const fs = e.runChecks(m, { options: { tolerance: tol, requiredKinds: TEMPLATES[template] }, lang });
      setFindings(fs);
      setStage('mark');
      await source.highlight(fs);
      setPreviewSheet(m.tables[0]?.sheet ?? g.sheets[0]?.name ?? null);
      setStage('done');
    } catch (e) {
      setStage('idle');
      setError(fill((e as { reason?: string } | null)?.reason ? t.readFailed : t.errorGeneric, { reason: why(e) }));
    }
  };

  const clear = async () => {
    try {
      await source?.clear();
      setFindings([]);
      setSelected(null);
      setNotice(t.marksCleared);
    } catch (e) {
      setError(fill(t.errorGeneric, { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const select = async (f: Finding) => {
    setSelected(f);
    if (!f.cell || !f.sheet) return;
    setPreviewSheet(f.sheet);
    try {
      await source?.navigate(f.sheet, f.cell);
    } catch (e) {
      setError(fill(t.errorGeneric, { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  // 舍位平衡: read, balance (the solver in its worker, loaded on first use), write new sheets.
  const runRound = async () => {
    if (!source || source.kind !== 'excel') {
      setRoundError(t.roundExcelOnly);
      return;
    }
    setRounding(true);
    setRoundError(null);
    setRoundOutcome(null);
    setRoundProgress(0);
    try {
      const [g, e] = await Promise.all([source.read((f) => setRoundProgress(0.2 * f)), loadEngine()]);
      const m = e.parseWorkbook(g, { kinds });
      const [{ roundWorkbook }, { roundingReport }, { browserSolver }, { excelRounding }] = await Promise.all([
        import(/* webpackChunkName: "rounding" */ '../core/rounding'),
        import(/* webpackChunkName: "rounding" */ '../core/rounding/report'),
        import(/* webpackChunkName: "solver" */ '../solver/browser'),
        import(/* webpackChunkName: "excel-round" */ '../excel/round'),
      ]);
      // The pauses let the pane paint the bar and answer clicks between chunks of the JavaScript part.
      const result = await roundWorkbook(m, { to: roundTo, progress: (f) => setRoundProgress(0.2 + 0.6 * f), pause: yieldToBrowser }, browserSolver());
      const written = await excelRounding.write(g, result, (f) => setRoundProgress(0.8 + 0.2 * f));
      const report = (l: Locale) => roundingReport(sourceName, null, result, l);
      setRoundOutcome({ reports: { 'zh-CN': report('zh-CN'), 'en-US': report('en-US') }, sheets: Object.fromEntries(written.sheets) });
    } catch (e) {
      setRoundError(fill(t.errorGeneric, { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setRounding(false);
    }
  };
  const goTo = async (sheet: string, cell: string) => {
    try {
      await source?.navigate(sheet, cell);
    } catch (e) {
      setRoundError(fill(t.errorGeneric, { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  // The draft is written when the draft tab is first shown for a model, with the drafter loaded then.
  const priorModel = prior?.model ?? null;
  const doc = drafted && drafted.model === model && drafted.prior === priorModel && drafted.unit === draftUnit ? drafted.doc : null;
  useEffect(() => {
    if (tab !== 'draft' || !model || !model.tables.length || doc) return;
    let live = true;
    void loadDrafter().then(({ draftNarrative }) => live && setDrafted({ model, prior: priorModel, unit: draftUnit, doc: draftNarrative({ model, prior: priorModel, moneyUnit: draftUnit }) }));
    return () => {
      live = false;
    };
  }, [tab, model, priorModel, draftUnit, doc]);
  const insertIntoWord = async (): Promise<string> => {
    if (!doc) return '';
    const { wordHost } = await import(/* webpackChunkName: "word-adapter" */ '../word/word');
    const n = await wordHost.insertDraft(doc);
    return fill(t.inserted, { count: n });
  };
  const readWordDocument = async () => {
    const { wordHost } = await import(/* webpackChunkName: "word-adapter" */ '../word/word');
    const text = await wordHost.readBody();
    setAuditText(text);
    const { auditNarrative } = await loadAuditor();
    setAuditResult(auditNarrative({ text, model: auditWithTables ? model : null, prior: auditWithTables ? prior?.model ?? null : null, lang }));
  };
  const runAudit = async () => {
    const { auditNarrative } = await loadAuditor();
    setAuditResult(auditNarrative({ text: auditText, model: auditWithTables ? model : null, prior: auditWithTables ? prior?.model ?? null : null, lang }));
  };
  const marks = useMemo(() => marksFor(findings), [findings]);
  // The reviewer's check sheet of this workbook (and of the audited text, if any), as a download.
  const downloadChecklist = async () => {
    if (!model) return;
    const file = sourceName || (lang === 'en-US' ? 'workbook' : '工作簿');
    const [{ buildReport }, { buildChecklist }, { normaliseText }, { checklistWorkbook }] = await Promise.all([
      import(/* webpackChunkName: "checklist" */ '../core/report'),
      import(/* webpackChunkName: "checklist" */ '../core/checklist'),
      import(/* webpackChunkName: "narrative-audit" */ '../core/narrative/claims'),
      import(/* webpackChunkName: "checklist-writer" */ '../xlsx/checklist'),
    ]);
    const report = buildReport(file, model, findings);
    const narrative = auditResult && auditText.trim() ? { file: null, text: normaliseText(auditText), result: auditResult } : null;
    const bytes = await checklistWorkbook([buildChecklist({ file, report, narrative, lang })], lang);
    downloadBytes(lang === 'en-US' ? 'checklist.xlsx' : '公开情况检查表.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  };
  const preview = grid?.sheets.find((x) => x.name === previewSheet) ?? null;
  // The sample open, whichever language named it when it was opened.
  const openedSample = SAMPLES.find((x) => x.zh === sourceName || x.en === sourceName) ?? null;

  const openFile = async (file: File | undefined, as: 'workbook' | 'prior') => {
    if (!file) return;
    try {
      const b = new Uint8Array(await file.arrayBuffer());
      if (as === 'workbook') {
        setBytes(b);
        setSourceName(file.name);
        setModel(null);
        setFindings([]);
        setError(null);
      } else {
        const [grid, e] = await Promise.all([readXlsx(b), loadEngine()]);
        setPrior({ name: file.name, model: e.parseWorkbook(grid) });
      }
    } catch (e) {
      setError(fill(t.readFailed, { reason: why(e) }));
    }
  };

  return (
    <div className={styles.root} lang={locale}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <div className={styles.headerText}>
          {/* The English title is longer: a size smaller keeps it to one or two lines at the pane's width. */}
          {locale === 'en-US' ? <Subtitle2 as="h1">{t.appTitle}</Subtitle2> : <Subtitle1 as="h1">{t.appTitle}</Subtitle1>}
          <Caption1 className={styles.muted}>
            {t.appSubtitle.split(' · ').map((part, i) => (
              <span key={i}>
                {i > 0 && ' · '}
                <span className={styles.part}>{part}</span>
              </span>
            ))}
          </Caption1>
        </div>
        <Badge appearance="tint" color={host === 'excel' ? 'success' : 'informative'} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          {host === 'excel' ? t.hostExcel : host === 'word' ? t.hostWord : t.hostStandalone}
        </Badge>
      </header>
      <main className={styles.main}>
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_e, data: SelectTabData) => setTab(data.value as TabId)} size="medium">
          <Tab value="check" id="tab-check" aria-controls="tab-panel">{t.tabCheck}</Tab>
          <Tab value="draft" id="tab-draft" aria-controls="tab-panel">{t.tabDraft}</Tab>
          <Tab value="audit" id="tab-audit" aria-controls="tab-panel">{t.tabAudit}</Tab>
          <Tab value="settings" id="tab-settings" aria-controls="tab-panel">{t.tabSettings}</Tab>
        </TabList>
        <div className={styles.panel} role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`}>
          {tab === 'check' && (
            <>
              {hostProblem && (
                <MessageBar intent="error">
                  <MessageBarBody>{fill(t.hostTooOld, { set: hostProblem })}</MessageBarBody>
                </MessageBar>
              )}
              {filesOnly && (
                <div className={styles.source}>
                  <Field label={t.sampleLabel} className={s.fit} style={{ flex: '1 1 12em' }}>
                    <Select
                      className={s.fit}
                      value={openedSample?.file ?? ''}
                      onChange={(_e, d) => {
                        const sample = SAMPLES.find((x) => x.file === d.value);
                        if (sample) void openSample(sample.file, locale === 'en-US' ? sample.en : sample.zh);
                      }}
                    >
                      <option value="">{sourceName && !openedSample ? sourceName : '—'}</option>
                      {SAMPLES.map((x) => (
                        <option key={x.file} value={x.file}>
                          {locale === 'en-US' ? x.en : x.zh}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <FilePicker label={t.openFile} accept=".xlsx,.xlsm,.xls" testId="open-workbook" onFile={(f) => openFile(f, 'workbook')} />
                </div>
              )}
              <CheckTab
                t={t}
                locale={locale}
                stage={stage}
                progress={progress}
                error={error}
                notice={notice}
                model={model}
                findings={findings}
                filter={filter}
                selected={selected}
                kinds={kinds}
                ready={!!source}
                onRun={run}
                onClear={clear}
                onChecklist={() => void downloadChecklist()}
                onFilter={setFilter}
                onSelect={select}
                onAssignKind={(sheet, kind) => setKinds((k) => ({ ...k, [sheet]: kind }))}
              />
              {host === 'excel' && (
                <RoundPanel t={t} to={roundTo} running={rounding} progress={roundProgress} error={roundError} outcome={roundOutcome && { report: roundOutcome.reports[lang], sheets: roundOutcome.sheets }} onTo={setRoundTo} onRun={() => void runRound()} onGo={(sheet, cell) => void goTo(sheet, cell)} />
              )}
              {filesOnly && preview && (
                <div className={s.group}>
                  <div className={s.groupTitle}>
                    {t.preview}
                    {t.colon}
                    <Select size="small" value={preview.name} onChange={(_e, d) => setPreviewSheet(d.value)} aria-label={t.preview} style={{ display: 'inline-block' }}>
                      {grid!.sheets.map((x) => (
                        <option key={x.name}>{x.name}</option>
                      ))}
                    </Select>
                  </div>
                  <GridPreview sheet={preview} marks={marks} selected={selected?.sheet === preview.name ? selected.cell : null} />
                </div>
              )}
            </>
          )}
          <Suspense fallback={null}>
            {tab === 'draft' && <DraftTab t={t} doc={doc} unit={draftUnit} onUnit={setDraftUnit} drafting={!!model && model.tables.length > 0} onInsert={host === 'word' ? insertIntoWord : undefined} />}
            {tab === 'audit' && (
              <AuditTab
                t={t}
                text={auditText}
                result={auditResult}
                withTables={auditWithTables && !!model}
                hasTables={!!model}
                onText={setAuditText}
                onWithTables={setAuditWithTables}
                onRun={runAudit}
                onReadDocument={host === 'word' ? readWordDocument : undefined}
              />
            )}
          </Suspense>
          {tab === 'settings' && (
            <>
              <Field label={t.settingsLanguage}>
                <RadioGroup value={locale} onChange={(_e, d) => setLocale(d.value as Locale)}>
                  <Radio value="zh-CN" label={t.settingsLanguageZh} />
                  <Radio value="en-US" label={t.settingsLanguageEn} />
                </RadioGroup>
              </Field>
              <Field label={t.settingsTolerance} validationState={/^\d+(\.\d+)?$/.test(tolerance) ? 'none' : 'error'}>
                <Input type="number" value={tolerance} step="0.01" min="0" onChange={(_e, d) => setTolerance(d.value)} />
              </Field>
              <Field label={t.settingsYear}>
                <Input type="number" value={yearOverride} min="2015" max="2100" placeholder={model?.year ? String(model.year) : ''} onChange={(_e, d) => setYearOverride(d.value)} />
              </Field>
              <Field label={t.settingsTemplate} className={s.fit}>
                <Select className={s.fit} value={template} onChange={(_e, d) => setTemplate(d.value as keyof typeof TEMPLATES)}>
                  <option value="common">{t.templateCommon}</option>
                  <option value="economic">{t.templateEconomic}</option>
                  <option value="stateCapital">{t.templateStateCapital}</option>
                </Select>
              </Field>
              <Field label={t.settingsPrior} hint={prior ? fill(t.settingsPriorLoaded, { name: prior.name }) : t.settingsPriorNone}>
                <FilePicker label={t.openFile} accept=".xlsx,.xlsm,.xls" testId="open-prior" onFile={(f) => openFile(f, 'prior')} />
              </Field>
              <Caption1 className={styles.muted}>{t.settingsPrivacy}</Caption1>
            </>
          )}
        </div>
      </main>
    </div>
  );
}
