// Shared helpers for the browser tests: build the pane once, serve dist over loopback HTTP and
// drive Debian's Chromium with playwright-core (no browser download).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/**
 * Time allowed for the hook that builds the pane (a production webpack build) and starts the
 * browser: a few minutes on a busy shared 2-core machine, where both browser suites build at once.
 */
export const BUILD_TIMEOUT = 600_000;

/** Builds the production bundle into artifacts/e2e-dist (once per test run); E2E_DIST names a fresh build to use instead. */
export function buildPane(): string {
  if (process.env.E2E_DIST) return path.resolve(process.env.E2E_DIST);
  const out = path.join(ARTIFACTS, 'e2e-dist');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'run-ts.js'), 'scripts/build-samples.ts'], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_OUT_DIR: out },
    stdio: 'pipe',
  });
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** A static file server on 127.0.0.1 with a random port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(dir, rel || 'taskpane.html');
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Office.js is Microsoft-hosted; outside Office the pane must start without it. */
export const OFFICE_JS = /appsforoffice\.microsoft\.com/;
