// The production build in standalone mode, driven in Chromium at the pane's width: open the
// sample with injected errors, check it, find each injected error with its cell, go to one in
// the preview, read the draft, switch the language. Screenshots go to artifacts/.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, BUILD_TIMEOUT, buildPane, chromiumAvailable, launch, OFFICE_JS, ROOT, serve } from './browser';

const run = chromiumAvailable() || process.env.CI ? describe : describe.skip;

interface Injection {
  sheet: string;
  cell: string;
}

run('standalone pane: check, navigate, draft, language', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let dist: string;
  let page: Page;
  const foreign: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dist = buildPane();
    server = await serve(dist);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 350, height: 900 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) errors.push(m.text());
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      if (!OFFICE_JS.test(url)) foreign.push(url);
      return route.abort();
    });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks the sample with injected errors and lists each of them with its cell', async () => {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: '检查本工作簿' }).click();
    await page.locator('[data-testid="finding"]').first().waitFor({ timeout: 30_000 });
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'samples', 'injected', 'manifest.json'), 'utf8')) as { file: string; injections: Injection[] }[];
    const set = manifest.find((m) => m.file === 'a-2019-errors.xlsx')!;
    const rows = await page.locator('[data-testid="finding"]').evaluateAll((els) => els.map((e) => ({ cell: e.getAttribute('data-cell'), related: (e.getAttribute('data-related') ?? '').split(' '), group: e.parentElement?.firstElementChild?.textContent ?? '' })));
    for (const inj of set.injections) {
      const hit = rows.some((r) => r.group.startsWith(inj.sheet) && (r.cell === inj.cell || r.related.includes(inj.cell)));
      expect({ injected: `${inj.sheet}!${inj.cell}`, listed: hit }).toEqual({ injected: `${inj.sheet}!${inj.cell}`, listed: true });
    }
    expect(await page.getByText(/错误 \d+/).first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-check-zh.png'), fullPage: true });
  }, 60_000);

  it('goes to a finding’s cell in the sheet preview', async () => {
    await page.locator('[data-testid="finding"][data-cell="C7"]').first().click();
    const selected = page.locator('[data-testid="grid-preview"] td[data-selected="true"]');
    await selected.waitFor();
    expect(await selected.getAttribute('data-cell')).toBe('C7');
    expect(await page.locator('[data-testid="grid-preview"] td[data-cell="C7"]').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(244, 166, 166)');
    await selected.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-preview-zh.png') });
  }, 30_000);

  it('drafts the explanatory text with the tables’ totals and shares', async () => {
    await page.getByRole('tab', { name: '说明' }).click();
    const draft = page.locator('[data-testid="draft"]');
    await draft.waitFor();
    const text = await draft.innerText();
    expect(text).toContain('支出总计789.25万元');
    expect(text).toContain('基本支出73.85万元，占支出合计的9.36%');
    expect(text).toContain('【请填写：主要原因】'.slice(0, 4));
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-draft-zh.png') });
  }, 30_000);

  it('copies the draft for Word as rich HTML, and falls back to a selection where the clipboard API is blocked', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('button', { name: '复制文本' }).click();
    await page.locator('[data-testid="copy-result"][data-method="clipboard"]').waitFor();
    const html = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      return items[0].types.includes('text/html') ? await (await items[0].getType('text/html')).text() : '';
    });
    expect(html).toContain("font-family:'仿宋_GB2312'");
    expect(html).toContain('基本支出73.85万元');
    // A host that blocks the clipboard API (as Office on the web does in task panes).
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'write', { value: () => Promise.reject(new Error('blocked')) });
    });
    await page.getByRole('button', { name: '复制文本' }).click();
    await page.locator('[data-testid="copy-result"][data-method="execCommand"]').waitFor();
    expect(await page.locator('[data-testid="copy-result"]').innerText()).toContain('选中文本');
  }, 30_000);

  it('switches to English', async () => {
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByText('English').click();
    await page.getByRole('tab', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Check this workbook' }).waitFor();
    const first = await page.locator('[data-testid="finding"]').first().innerText();
    expect(first).toMatch(/[A-Za-z]{4}/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-check-en.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    // Every request the pane made while checking and drafting the samples: its own origin only
    // (Office.js is requested from Microsoft's host and refused here, as it is offline).
    const own = requests.filter((u) => u.startsWith(server.url) || u.startsWith('blob:') || u.startsWith('data:'));
    expect(requests.filter((u) => !own.includes(u) && !OFFICE_JS.test(u))).toEqual([]);
    fs.writeFileSync(path.join(ARTIFACTS, 'pane-requests.json'), JSON.stringify({ total: requests.length, own: own.length, officeJs: requests.filter((u) => OFFICE_JS.test(u)).length, foreign: foreign.length }, null, 2));
  }, 30_000);
});
