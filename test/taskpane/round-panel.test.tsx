// The 舍位平衡 panel: its running state, the summary, real errors first, and each adjusted cell a
// click away on its new sheet. The rounding itself is tested in test/core/rounding.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { exact } from '../../src/core/money';
import { describeIdentity, type RoundingReport } from '../../src/core/rounding/report';
import { messagesFor } from '../../src/taskpane/locales';
import { RoundPanel, type RoundPanelProps } from '../../src/taskpane/RoundPanel';

const t = messagesFor('zh-CN');
const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const report: RoundingReport = {
  schema: 1,
  file: '',
  out: null,
  to: '万元',
  decimals: 2,
  tables: [{ sheet: '支出总表', title: '部门支出总表', from: '元', converted: true }],
  figures: 4,
  adjusted: [{ sheet: '支出总表', cell: 'C5', table: '部门支出总表', row: '一般公共服务支出', column: '合计', input: '14449', from: '元', exact: '1.4449', halfUp: '1.44', value: '1.45' }],
  broken: [{ rule: 'row-total', description: '合计行等于各类（顶层）行之和', sheet: '收入总表', cell: 'E9', parts: [], unit: '元', actual: '100', expected: '90', difference: '10' }],
  leftOff: [],
  skipped: [],
  stats: { identities: 5, constraints: 3, choices: 4, components: 1, solved: 1, optimal: true },
};

function props(over: Partial<RoundPanelProps>): RoundPanelProps {
  return { t, to: '万元', running: false, progress: 0, error: null, outcome: null, onTo: jest.fn(), onRun: jest.fn(), onGo: jest.fn(), ...over };
}

describe('舍位平衡 panel', () => {
  it('runs on click and shows progress while running', () => {
    const p = props({});
    const { rerender } = wrap(<RoundPanel {...p} />);
    fireEvent.click(screen.getByRole('button', { name: t.roundAction }));
    expect(p.onRun).toHaveBeenCalled();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <RoundPanel {...props({ running: true, progress: 0.4 })} />
      </FluentProvider>,
    );
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByRole('button', { name: t.roundRunning })).toHaveProperty('disabled', true);
  });

  it('lists input errors first, then each adjusted cell on its new sheet, one click away', () => {
    const p = props({ outcome: { report, sheets: { 支出总表: '支出总表（万元）' } } });
    wrap(<RoundPanel {...p} />);
    expect(screen.getByText(/输入中有 1 个关系本身不成立/)).toBeTruthy();
    expect(screen.getByText(/调整了 1 个单元格/)).toBeTruthy();
    fireEvent.click(screen.getByText('支出总表（万元）!C5'));
    expect(p.onGo).toHaveBeenCalledWith('支出总表（万元）', 'C5');
    fireEvent.click(screen.getByText('收入总表!E9'));
    expect(p.onGo).toHaveBeenCalledWith('收入总表', 'E9');
    expect(screen.getByText('精确值 1.4449，四舍五入 1.44，调整为 1.45')).toBeTruthy();
  });

  it('speaks English in the English pane: the identities are described by the rules in that language', () => {
    const en = messagesFor('en-US');
    const note = { rule: 'row-total', sheet: '收入总表', cell: 'E9', parts: [], unit: '元' as const, actual: exact('100'), expected: exact('90') };
    const broken = [describeIdentity(note, 'en-US')];
    wrap(<RoundPanel {...props({ t: en, outcome: { report: { ...report, broken }, sheets: { 支出总表: '支出总表（万元）' } } })} />);
    const button = screen.getByText('收入总表!E9').closest('button')!;
    // The sheet name is the user's; the rest of the line is English, without full-width punctuation.
    const words = button.textContent!.replace('收入总表!E9', '');
    expect(words).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(screen.getByText(/left out of the balancing: 1/)).toBeTruthy();
  });
});
