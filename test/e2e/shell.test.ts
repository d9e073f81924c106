import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, BUILD_TIMEOUT, buildPane, chromiumAvailable, launch, OFFICE_JS, serve } from './browser';

// On CI the browser must be there (.ci/run installs it); elsewhere a missing Chromium skips
// these tests with a loud message instead of failing the whole suite.
const run = chromiumAvailable() || process.env.CI ? describe : describe.skip;
if (!chromiumAvailable() && !process.env.CI) {
  console.warn('Browser tests skipped: /usr/bin/chromium not found (apt-get install -y chromium fonts-noto-cjk).');
}

run('task pane in Chromium (standalone)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  let dist: string;

  beforeAll(async () => {
    dist = buildPane();
    server = await serve(dist);
    browser = await launch();
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the shell at the pane width with no uncaught error and no request off its origin', async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 700 }, locale: 'zh-CN' });
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !OFFICE_JS.test(m.location().url) && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      if (!OFFICE_JS.test(url)) foreign.push(url);
      return route.abort();
    });

    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('tab', { name: '检查' }).waitFor();
    for (const name of ['检查', '说明', '审核文本', '设置']) {
      expect(await page.getByRole('tab', { name }).isVisible()).toBe(true);
    }
    expect(await page.getByText('独立模式').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '检查本工作簿' }).isVisible()).toBe(true);
    // The logo resolves from the bundle's own assets.
    const logoLoaded = await page.locator('header img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 32);
    expect(logoLoaded).toBe(true);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-shell-zh.png') });

    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByText('English').click();
    await page.getByRole('tab', { name: 'Check' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-shell-en.png') });

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 60_000);

  it('declares a Content-Security-Policy that allows only the pane’s origin and the Office.js host', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const hosts = [...csp.matchAll(/https:\/\/[^\s;]+/g)].map((m) => m[0]);
    expect([...new Set(hosts)]).toEqual(['https://appsforoffice.microsoft.com']);
  });

  it('keeps the file reader out of the bundle Excel loads', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const initial = [...html.matchAll(/src="?([^" >]+\.js)/g)].map((m) => m[1]).filter((x) => !/^https?:/.test(x));
    expect(initial).toHaveLength(1);
    // exceljs names the parts of an .xlsx package; only a lazily loaded chunk may hold them.
    expect(fs.readFileSync(path.join(dist, initial[0]), 'utf8')).not.toContain('xl/workbook.xml');
    const chunks = fs.readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => fs.readFileSync(path.join(dist, 'chunks', f), 'utf8').includes('xl/workbook.xml'))).toBe(true);
  });

  it('keeps the rounding solver (HiGHS) out of the first load: a worker chunk and a .wasm fetched on use', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const initial = [...html.matchAll(/src="?([^" >]+\.js)/g)].map((m) => m[1]).filter((x) => !/^https?:/.test(x));
    expect(fs.readFileSync(path.join(dist, initial[0]), 'utf8')).not.toContain('_Highs_create');
    const chunks = fs.readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => fs.readFileSync(path.join(dist, 'chunks', f), 'utf8').includes('_Highs_create'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'highs.wasm'))).toBe(true);
  });

  it('solves a rounding programme with HiGHS in its Web Worker, fetching only from the pane’s origin', async () => {
    // The worker chunk is the one holding the solver adapter's options.
    const chunk = fs.readdirSync(path.join(dist, 'chunks')).find((f) => f.endsWith('.js') && fs.readFileSync(path.join(dist, 'chunks', f), 'utf8').includes('mip_rel_gap'));
    expect(chunk).toBeDefined();
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url)) foreign.push(r.url());
    });
    await page.goto(`${server.url}taskpane.html`);
    const answer = await page.evaluate(
      (url) =>
        new Promise((resolve) => {
          const w = new Worker(url);
          w.onmessage = (e) => resolve(e.data);
          // x0 + x1 = 1, x0 costs more: the optimum is x1 = 1.
          const problem = { variables: [{ lower: 0, upper: 1, cost: 2, integer: true }, { lower: 0, upper: 1, cost: 1, integer: true }], constraints: [{ terms: [{ v: 0, a: 1 }, { v: 1, a: 1 }], lower: 1, upper: 1 }] };
          w.postMessage({ id: 7, wasm: new URL('highs.wasm', document.baseURI).href, problem });
        }),
      `chunks/${chunk}`,
    );
    expect(answer).toEqual({ id: 7, solution: { status: 'optimal', values: [0, 1], detail: 'Optimal' } });
    expect(foreign.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com'))).toEqual([]);
    await page.close();
  }, 60_000);
});
