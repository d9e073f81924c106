// scripts/office-tool.js (npm start / start:web / stop / validate / certs), run as a child process
// with a stand-in npm and stand-in Office tools, so nothing is downloaded: where the sideload
// cannot run it must say what to do instead, in Chinese and English, and exit non-zero.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'office-tool.js');

// A stand-in for npm's CLI: logs its arguments, then either fails as npm does without a registry
// or runs the command after `--` with a PATH holding the stand-in tools' .bin, as `npm exec` does.
const FAKE_NPM = `
const fs = require('fs'), path = require('path'), { spawnSync } = require('child_process');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_LOG, JSON.stringify(['npm', ...args]) + '\\n');
if (process.env.FAKE_NPM === 'offline') {
  console.error('npm error code ENOTFOUND');
  process.exit(1);
}
const [cmd, ...rest] = args.slice(args.indexOf('--') + 1);
const bin = path.join(__dirname, 'node_modules', '.bin');
const r = spawnSync(cmd === 'node' ? process.execPath : cmd, rest, { stdio: 'inherit', env: { ...process.env, PATH: bin + path.delimiter + process.env.PATH } });
process.exit(r.status);
`;

// A stand-in Office tool: logs its arguments; FAKE_FAIL=<name> makes it print an error and exit 0,
// as the real tools do.
const fakeTool = (name: string) => `
const fs = require('fs');
fs.appendFileSync(process.env.FAKE_LOG, JSON.stringify([${JSON.stringify(name)}, ...process.argv.slice(2)]) + '\\n');
if (process.env.FAKE_FAIL === ${JSON.stringify(name)}) console.error('Error: Unable to start debugging.');
`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'office-tool-'));
  fs.writeFileSync(path.join(dir, 'npm-cli.js'), FAKE_NPM);
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  for (const name of ['office-addin-debugging', 'office-addin-dev-certs', 'office-addin-manifest']) {
    const pkg = path.join(dir, 'node_modules', name);
    fs.mkdirSync(pkg);
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name, bin: { [name]: './cli.js' } }));
    fs.writeFileSync(path.join(pkg, 'cli.js'), fakeTool(name));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>) {
  const log = path.join(dir, `log-${Math.random().toString(36).slice(2)}.jsonl`);
  fs.writeFileSync(log, '');
  const r = spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, npm_execpath: path.join(dir, 'npm-cli.js'), FAKE_LOG: log, ...env },
  });
  const calls = fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as string[]);
  return { code: r.status, out: r.stdout, err: r.stderr, calls };
}

/** The manual upload for Office on the web, in both languages. */
function expectManualUpload(err: string) {
  expect(err).toContain('上传我的加载项');
  expect(err).toContain('Upload My Add-in');
  expect(err).toContain('npm run dev-server');
  expect(err).toContain('manifest.xml');
}

describe('npm start where desktop Excel cannot be sideloaded', () => {
  it('on Linux says why and how to upload the manifest by hand, without fetching anything', () => {
    const r = run(['start', 'desktop'], { OFFICE_TOOL_PLATFORM: 'linux' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Excel 桌面版只能在 Windows 和 macOS 上旁加载（当前系统：linux）');
    expect(r.err).toContain('needs Windows or macOS (this system: linux)');
    expectManualUpload(r.err);
    expect(r.calls).toEqual([]);
  });

  it('without the registry says the tool could not be fetched', () => {
    const r = run(['start', 'desktop'], { OFFICE_TOOL_PLATFORM: 'win32', FAKE_NPM: 'offline' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('无法获取 office-addin-debugging@6 office-addin-dev-certs@2');
    expect(r.err).toContain('could not fetch office-addin-debugging@6 office-addin-dev-certs@2 (npm exec exit code 1');
    expectManualUpload(r.err);
  });

  it('when the tool reports an error (and exits 0, as it does) passes it on and exits non-zero', () => {
    const r = run(['start', 'desktop'], { OFFICE_TOOL_PLATFORM: 'darwin', FAKE_FAIL: 'office-addin-debugging' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('office-addin-debugging 报告错误：Error: Unable to start debugging.');
    expectManualUpload(r.err);
  });

  it('npm start:web without a workbook URL says how to give one or upload by hand', () => {
    const r = run(['start', 'web'], { OFFICE_TOOL_PLATFORM: 'linux' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('npm run start:web -- --document <网址>');
    expectManualUpload(r.err);
    expect(r.calls).toEqual([]);
  });
});

describe('npm start where it can run', () => {
  it('fetches the pinned tools without install scripts, installs the developer CA, then sideloads into Excel', () => {
    const r = run(['start', 'desktop'], { OFFICE_TOOL_PLATFORM: 'win32' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [npm, certs, debugging] = r.calls;
    expect(npm.slice(0, 8)).toEqual(['npm', 'exec', '--yes', '--ignore-scripts', '--package', 'office-addin-debugging@6', '--package', 'office-addin-dev-certs@2']);
    expect(certs).toEqual(['office-addin-dev-certs', 'install']);
    expect(debugging).toEqual(['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server-port', '3000']);
  });

  it('passes a workbook URL on to Excel on the web (Linux too)', () => {
    const r = run(['start', 'web', '--document', 'https://example.org/book.xlsx'], { OFFICE_TOOL_PLATFORM: 'linux' });
    expect(r.code).toBe(0);
    expect(r.calls[2]).toEqual(['office-addin-debugging', 'start', 'manifest.xml', 'web', '--app', 'excel', '--dev-server-port', '3000', '--document', 'https://example.org/book.xlsx']);
  });
});

describe('npm run validate', () => {
  it('without the registry points to the offline checks', () => {
    const r = run(['validate'], { FAKE_NPM: 'offline' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('npx jest test/manifest');
    expect(r.err).not.toContain('上传我的加载项');
  });

  it('runs the online validator on manifest.xml', () => {
    const r = run(['validate'], {});
    expect(r.code).toBe(0);
    expect(r.calls[1]).toEqual(['office-addin-manifest', 'validate', 'manifest.xml']);
  });
});

describe('npm stop', () => {
  it('uses the same tools as npm start (one copy in npm’s cache) and stops the sideload', () => {
    const r = run(['stop'], { OFFICE_TOOL_PLATFORM: 'linux' });
    expect(r.code).toBe(0);
    expect(r.calls[0].slice(4, 8)).toEqual(['--package', 'office-addin-debugging@6', '--package', 'office-addin-dev-certs@2']);
    expect(r.calls[1]).toEqual(['office-addin-debugging', 'stop', 'manifest.xml']);
  });
});
