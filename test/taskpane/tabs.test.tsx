// Each tab's states: empty, running, results, error.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { runChecks } from '../../src/core/checks';
import { parseWorkbook } from '../../src/core/model/parse';
import { auditNarrative } from '../../src/core/narrative/audit';
import { draftNarrative } from '../../src/core/narrative/draft';
import { App } from '../../src/taskpane/App';
import { AuditTab } from '../../src/taskpane/AuditTab';
import { CheckTab, type CheckTabProps } from '../../src/taskpane/CheckTab';
import { DraftTab } from '../../src/taskpane/DraftTab';
import { messagesFor } from '../../src/taskpane/locales';
import type { WorkbookSource } from '../../src/taskpane/source';
import { sheet } from '../helpers/grid';
import { funcTable } from '../core/checks/fixtures';

const t = messagesFor('zh-CN');
const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const bad = funcTable('支出', '部门支出总表', ['合计', '基本支出', '项目支出'], [['201', '一般公共服务支出', 10, 4, 5]], { total: [10, 4, 5] });
const model = parseWorkbook({ sheets: [bad, sheet('说明', [['填报说明']])] });
const findings = runChecks(model, { rules: undefined }).filter((f) => f.rule !== 'table-missing');

function checkProps(over: Partial<CheckTabProps>): CheckTabProps {
  return { t, locale: 'zh-CN', stage: 'idle', progress: 0, error: null, notice: null, model: null, findings: [], filter: 'all', selected: null, kinds: {}, onRun: jest.fn(), onClear: jest.fn(), onFilter: jest.fn(), onSelect: jest.fn(), onAssignKind: jest.fn(), ...over };
}

describe('检查 tab', () => {
  it('empty: invites to check', () => {
    wrap(<CheckTab {...checkProps({})} />);
    expect(screen.getByText(t.checkEmpty)).toBeTruthy();
    expect((screen.getByRole('button', { name: t.clearMarks }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('running: shows the stages and disables the action', () => {
    wrap(<CheckTab {...checkProps({ stage: 'check', progress: 0.5 })} />);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByText(/【校验】/)).toBeTruthy();
    expect((screen.getByRole('button', { name: t.checkRunning }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('results: groups findings by table, filters by severity, selects a finding', () => {
    const props = checkProps({ stage: 'done', model, findings });
    wrap(<CheckTab {...props} />);
    expect(screen.getByText(/^支出（部门支出总表） · \d+$/)).toBeTruthy();
    const rows = screen.getAllByTestId('finding');
    expect(rows.map((r) => r.getAttribute('data-cell'))).toContain('C4');
    // The expected and actual values print as amounts, like the message (7.90, not 7.9).
    const shown = rows.map((r) => r.textContent ?? '').join('\n');
    const pairs = [...shown.matchAll(new RegExp(`${t.expected} (\\S+) · ${t.actual} (\\S+)`, 'g'))];
    expect(pairs.length).toBeGreaterThan(0);
    for (const m of pairs) for (const v of [m[1], m[2]]) if (/^-?\d/.test(v)) expect(v).toMatch(/\.\d{2,}$/);
    fireEvent.click(rows[0]);
    expect(props.onSelect).toHaveBeenCalledWith(findings[0]);
    fireEvent.click(screen.getByRole('button', { name: /警告/ }));
    expect(props.onFilter).toHaveBeenCalledWith('warning');
    // The instructions sheet can be assigned a kind.
    fireEvent.change(screen.getByLabelText(`${t.assignKind}: 说明`), { target: { value: 'income' } });
    expect(props.onAssignKind).toHaveBeenCalledWith('说明', 'income');
  });

  it('offers the check sheet once a workbook is checked', () => {
    const onChecklist = jest.fn();
    wrap(<CheckTab {...checkProps({ stage: 'done', model, findings, onChecklist })} />);
    fireEvent.click(screen.getByRole('button', { name: t.downloadChecklist }));
    expect(onChecklist).toHaveBeenCalled();
  });

  it('error: says what went wrong in a message bar', () => {
    wrap(<CheckTab {...checkProps({ error: '无法读取工作簿：坏文件' })} />);
    expect(screen.getByText('无法读取工作簿：坏文件')).toBeTruthy();
  });
});

describe('说明 tab', () => {
  it('empty without a checked workbook, then the draft with its placeholders', () => {
    const { unmount } = wrap(<DraftTab t={t} doc={null} />);
    expect(screen.getByText(t.draftEmpty)).toBeTruthy();
    unmount();
    wrap(<DraftTab t={t} doc={draftNarrative({ model })} />);
    expect(screen.getByTestId('draft').textContent).toContain('支出合计10.00万元');
    // The placeholders are folded under their count, the draft comes first.
    fireEvent.click(screen.getByRole('button', { name: /^待填写的内容（\d+）$/ }));
    expect(screen.getAllByText(/：本部门主要职责$/).length).toBeGreaterThan(0);
  });
});

describe('审核文本 tab', () => {
  it('empty, then findings with the wrong figures marked in the text', () => {
    const text = '本单位支出合计100.00万元，其中：基本支出9.00万元，占9.10%；项目支出91.00万元，占91.00%。';
    const { rerender } = wrap(<AuditTab t={t} text="" result={null} withTables={false} hasTables={false} onText={jest.fn()} onWithTables={jest.fn()} onRun={jest.fn()} />);
    expect(screen.getByText(t.auditEmpty)).toBeTruthy();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <AuditTab t={t} text={text} result={auditNarrative({ text })} withTables={false} hasTables={false} onText={jest.fn()} onWithTables={jest.fn()} onRun={jest.fn()} />
      </FluentProvider>,
    );
    expect(screen.getAllByTestId('audit-finding')).toHaveLength(1);
    expect(screen.getByTestId('audit-text').querySelector('mark')!.textContent).toBe('9.10%');
  });

  it('shows a warning as a warning, with the reading it used', () => {
    const text = '三、支出预算情况\n本单位支出合计500.00万元。基本支出320.00万元，占60.00%。';
    wrap(<AuditTab t={t} text={text} result={auditNarrative({ text })} withTables={false} hasTables={false} onText={jest.fn()} onWithTables={jest.fn()} onRun={jest.fn()} />);
    const [finding] = screen.getAllByTestId('audit-finding').filter((f) => f.textContent!.includes('60.00%'));
    expect(finding.getAttribute('data-severity')).toBe('warning');
    expect(finding.textContent).toContain(t.severityWarning);
    expect(finding.textContent).toContain('按“支出合计”500.00万元理解');
  });
});

describe('the pane with a workbook source', () => {
  it('runs read → detect → check → mark, lists findings, navigates and clears', async () => {
    const source: WorkbookSource & { calls: string[] } = {
      kind: 'excel',
      calls: [],
      async read() {
        this.calls.push('read');
        return { sheets: [bad] };
      },
      async highlight(f) {
        this.calls.push(`highlight ${f.length}`);
      },
      async clear() {
        this.calls.push('clear');
      },
      async navigate(s, c) {
        this.calls.push(`navigate ${s}!${c}`);
      },
    };
    wrap(<App host="excel" initialLocale="zh-CN" excel={source} initialSample={null} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: t.checkAction }));
    });
    await waitFor(() => expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0));
    fireEvent.click(screen.getAllByTestId('finding').find((r) => r.getAttribute('data-cell') === 'C4')!);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: t.clearMarks }));
    });
    expect(source.calls[0]).toBe('read');
    expect(source.calls[1]).toMatch(/^highlight \d+$/);
    expect(source.calls).toContain('navigate 支出!C4');
    expect(source.calls[source.calls.length - 1]).toBe('clear');
    expect(screen.getByText(t.marksCleared)).toBeTruthy();
    // The first check loads the checking code (a separate chunk in the pane's build).
  }, 30_000);

  it('lists a finding on the sheet of a continued part and goes to it there (Sheet2!C5)', async () => {
    const head = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
    const first = sheet('表5', [['某单位2025年一般公共预算支出表'], [null, null, null, null, '单位：万元'], head, [null, '合计', 150, 120, 30], ['201', '一般公共服务支出', 100, 80, 20], ['20103', '政府办公厅（室）及相关机构事务', 100, 80, 20], ['2010301', '行政运行', 100, 80, 20]]);
    const part = sheet('表5续', [['续表'], head, ['208', '社会保障和就业支出', 50, 40, 10], ['20805', '行政事业单位养老支出', 50, 40, 10], ['2080505', '机关事业单位基本养老保险缴费支出', 55, 40, 10]]);
    const calls: string[] = [];
    const source: WorkbookSource = {
      kind: 'excel',
      read: async () => ({ sheets: [first, part] }),
      highlight: async () => undefined,
      clear: async () => undefined,
      navigate: async (s, c) => void calls.push(`${s}!${c}`),
    };
    wrap(<App host="excel" initialLocale="zh-CN" excel={source} initialSample={null} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: t.checkAction }));
    });
    await waitFor(() => expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0));
    expect(screen.getByText(/^表5续（一般公共预算支出表） · \d+$/)).toBeTruthy();
    const onPart = screen.getAllByTestId('finding').find((r) => r.getAttribute('data-cell') === 'C5' && r.getAttribute('data-rule') === 'column-total')!;
    await act(async () => {
      fireEvent.click(onPart);
    });
    expect(calls).toContain('表5续!C5');
  }, 30_000);

  it('drafts in 万元 by default and rewrites the draft in 元 when asked', async () => {
    const source: WorkbookSource = { kind: 'excel', read: async () => ({ sheets: [bad] }), highlight: async () => undefined, clear: async () => undefined, navigate: async () => undefined };
    wrap(<App host="excel" initialLocale="zh-CN" excel={source} initialSample={null} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: t.checkAction }));
    });
    await waitFor(() => expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0));
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: t.tabDraft }));
    });
    await waitFor(() => expect(screen.getByTestId('draft').textContent).toContain('支出合计10.00万元'));
    expect((screen.getByRole('radio', { name: t.draftUnitWan }) as HTMLInputElement).checked).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: t.draftUnitYuan }));
    });
    // The table is kept in 万元, so 元 writes each amount ten thousand times larger.
    await waitFor(() => expect(screen.getByTestId('draft').textContent).toContain('支出合计100000.00元'));
    expect(screen.getByTestId('draft').textContent).not.toContain('万元');
  }, 30_000);

  it('says which sheets it saw when no budget table is found', async () => {
    const source: WorkbookSource = { kind: 'excel', read: async () => ({ sheets: [sheet('Sheet1', [['x', 1]])] }), highlight: async () => undefined, clear: async () => undefined, navigate: async () => undefined };
    wrap(<App host="excel" initialLocale="zh-CN" excel={source} initialSample={null} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: t.checkAction }));
    });
    await waitFor(() => expect(screen.getByText(/没有识别出部门预算表格/)).toBeTruthy());
    expect(screen.getAllByText(/Sheet1/).length).toBeGreaterThan(0);
  });
});

describe('the pane inside Word', () => {
  it('offers to insert the draft into the document and to audit the open document', async () => {
    const onInsert = jest.fn(async () => '已插入');
    wrap(<DraftTab t={t} doc={draftNarrative({ model })} onInsert={onInsert} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: t.insertIntoDocument }));
    });
    expect(onInsert).toHaveBeenCalled();
    expect(screen.getByText('已插入')).toBeTruthy();
  });

  it('says when the Office host is too old', () => {
    wrap(<App host="excel" initialLocale="zh-CN" initialSample={null} hostProblem="ExcelApi 1.9" />);
    expect(screen.getByText(/不支持本加载项所需的 ExcelApi 1\.9/)).toBeTruthy();
  });
});
