import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { pickLocale } from '../../src/taskpane/locales';

function renderApp(locale: 'zh-CN' | 'en-US' = 'zh-CN', host: 'excel' | 'standalone' = 'standalone') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLocale={locale} initialSample={null} />
    </FluentProvider>,
  );
}

describe('task pane shell', () => {
  it('shows the four tabs in Chinese by default', () => {
    renderApp();
    for (const name of ['检查', '说明', '审核文本', '设置']) {
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    }
    expect(screen.getByText('部门预算公开校验')).toBeTruthy();
    expect(screen.getByText('独立模式')).toBeTruthy();
  });

  it('says when it is connected to Excel', () => {
    renderApp('zh-CN', 'excel');
    expect(screen.getByText('Excel')).toBeTruthy();
  });

  it('switches tabs (the audit tab is loaded when first shown)', async () => {
    renderApp();
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '审核文本' }));
    });
    expect(await screen.findByPlaceholderText('在此粘贴情况说明文本……')).toBeTruthy();
  });

  it('switches the language from the settings tab', () => {
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    fireEvent.click(screen.getByLabelText('English'));
    expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
    expect(screen.getByText('Budget Disclosure Check')).toBeTruthy();
  });

  it('picks English only for an English display language', () => {
    expect(pickLocale('en-US')).toBe('en-US');
    expect(pickLocale('en')).toBe('en-US');
    expect(pickLocale('zh-CN')).toBe('zh-CN');
    expect(pickLocale('fr-FR')).toBe('zh-CN');
    expect(pickLocale(undefined)).toBe('zh-CN');
  });
});
