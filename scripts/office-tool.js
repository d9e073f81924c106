#!/usr/bin/env node
// npm start / start:web / stop / validate / certs: the Office sideload, certificate and manifest
// tools, fetched on demand with `npm exec` instead of living in the project's node_modules.
// The sideload tool's dependency chain would otherwise add hundreds of packages to every install
// and compile native code (keytar) during `npm ci`; the tools are only needed on a machine that
// sideloads. Where a tool cannot run (no desktop Excel on this system, no registry, the tool
// reports an error) this script says what to do instead and exits non-zero.
//
//   node scripts/office-tool.js start [desktop|web] [--document <url>] [options of office-addin-debugging]
//   node scripts/office-tool.js stop | validate | certs
//
// OFFICE_TOOL_PLATFORM overrides process.platform (for tests and for trying the Windows/macOS
// path on another system).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const MANIFEST = 'manifest.xml';
const DEV_SERVER_PORT = '3000';
// Pinned majors: a new major is adopted deliberately, after trying it.
const TOOLS = {
  debugging: { name: 'office-addin-debugging', spec: 'office-addin-debugging@6' },
  certs: { name: 'office-addin-dev-certs', spec: 'office-addin-dev-certs@2' },
  manifest: { name: 'office-addin-manifest', spec: 'office-addin-manifest@2' },
};
const DESKTOP_PLATFORMS = ['win32', 'darwin'];

const MANUAL_UPLOAD = [
  '改用 Excel 网页版手动上传清单：',
  '  1. 运行 npm run dev-server 并保持运行（https://localhost:3000）；',
  '  2. 在浏览器中打开 OneDrive / SharePoint 上的工作簿，选择“开始 > 加载项 > 更多加载项 > 我的加载项 > 上传我的加载项”，',
  `     上传本目录中的 ${MANIFEST}；`,
  '  3. 浏览器询问是否允许访问本地网络上的设备时选择“允许”；提示证书不受信任时，见 README.md“在 Excel 中旁加载”。',
  'Instead, upload the manifest by hand in Excel on the web:',
  '  1. run npm run dev-server and keep it running (https://localhost:3000);',
  '  2. open the workbook on OneDrive / SharePoint in a browser, choose Home > Add-ins > More Add-ins >',
  `     My Add-ins > Upload My Add-in, and upload ${MANIFEST} from this folder;`,
  '  3. allow the local-network prompt of the browser; if it does not trust the certificate, see',
  '     "Sideloading into Excel" in README.md.',
];

const OFFLINE_VALIDATION = [
  `改用离线校验：npx jest test/manifest（测试套件中的 ${MANIFEST} 检查）；上传清单时 Office 也会校验它。`,
  `Instead, check offline with npx jest test/manifest (the suite's checks of ${MANIFEST}); Office also validates it on upload.`,
];

/** The message printed where a tool cannot run: the reason (zh, en), then what to do instead. */
function fallbackMessage(reason, instead = MANUAL_UPLOAD) {
  return ['', `无法自动完成：${reason.zh}`, `Could not do it automatically: ${reason.en}`, '', ...instead, ''].join('\n');
}

const REASONS = {
  platform: (platform) => ({
    zh: `Excel 桌面版只能在 Windows 和 macOS 上旁加载（当前系统：${platform}）。`,
    en: `sideloading into desktop Excel needs Windows or macOS (this system: ${platform}).`,
  }),
  fetch: (spec, detail) => ({
    zh: `无法获取 ${spec}（${detail}；首次运行需要能访问 npm 源）。`,
    en: `could not fetch ${spec} (${detail}; the first run needs the npm registry).`,
  }),
  tool: (name, line) => ({ zh: `${name} 报告错误：${line}`, en: `${name} reported an error: ${line}` }),
  noDocument: () => ({
    zh: '旁加载到 Excel 网页版需要工作簿的网址：npm run start:web -- --document <网址>。',
    en: 'sideloading into Excel on the web needs the workbook URL: npm run start:web -- --document <url>.',
  }),
};

class ToolError extends Error {
  constructor(reason, instead) {
    super(reason.en);
    this.reason = reason;
    this.instead = instead;
  }
}

/** npm's own CLI script, so `npm exec` runs under this Node without a shell (npx.cmd on Windows). */
function npmCli() {
  const candidates = [];
  const execPath = process.env.npm_execpath;
  if (execPath) candidates.push(path.join(path.dirname(execPath), 'npm-cli.js'));
  const nodeDir = path.dirname(process.execPath);
  candidates.push(path.join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  candidates.push(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  return candidates.find((c) => fs.existsSync(c));
}

/** Runs node with args; stderr is shown and kept so that the tools' "Error:" lines can be seen. */
function run(args, { captureStdout = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['inherit', captureStdout ? 'pipe' : 'inherit', 'pipe'] });
    let stdout = '';
    let stderr = '';
    if (captureStdout) child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      process.stderr.write(d);
    });
    child.on('error', (err) => resolve({ code: 127, stdout, stderr: stderr + String(err.message) }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

/** Installs the tools into npm's exec cache (no install scripts: nothing compiles) and returns each one's CLI script. */
async function resolveTools(tools) {
  const cli = npmCli();
  const specs = tools.map((t) => t.spec).join(' ');
  if (!cli) throw new ToolError(REASONS.fetch(specs, 'npm not found next to this Node'));
  console.log(`正在准备 ${specs}（首次运行会从 npm 源下载）… / Preparing ${specs} (the first run downloads it)…`);
  const args = [cli, 'exec', '--yes', '--ignore-scripts', ...tools.flatMap((t) => ['--package', t.spec])];
  args.push('--', 'node', __filename, '--locate', ...tools.map((t) => t.name));
  const r = await run(args, { captureStdout: true });
  const line = r.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (r.code !== 0 || !line) throw new ToolError(REASONS.fetch(specs, `npm exec exit code ${r.code}`));
  const bins = JSON.parse(line);
  for (const t of tools) if (!bins[t.name]) throw new ToolError(REASONS.fetch(t.spec, 'its command was not found'));
  return bins;
}

/** Child side of resolveTools, run inside `npm exec`: finds each package's CLI script on the PATH npm set up. */
function locate(names) {
  const out = {};
  for (const name of names) {
    for (const dir of (process.env.PATH || '').split(path.delimiter)) {
      const pkgJson = path.join(dir, '..', name, 'package.json');
      if (path.basename(dir) !== '.bin' || !fs.existsSync(pkgJson)) continue;
      const { bin } = JSON.parse(fs.readFileSync(pkgJson, 'utf8'));
      const rel = typeof bin === 'string' ? bin : bin && (bin[name] || Object.values(bin)[0]);
      if (rel) out[name] = path.resolve(path.dirname(pkgJson), rel);
      break;
    }
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** Runs a resolved tool; these tools print "Error: …" and still exit 0, so stderr decides too. */
async function tool(bins, t, args) {
  const r = await run([bins[t.name], ...args]);
  const error = r.stderr.split('\n').find((l) => /^Error:/.test(l.trim()));
  if (r.code !== 0 || error) {
    throw new ToolError(REASONS.tool(t.name, (error || `exit code ${r.code}`).trim()), t === TOOLS.manifest ? OFFLINE_VALIDATION : undefined);
  }
}

async function start(rest) {
  const target = rest[0] === 'web' || rest[0] === 'desktop' ? rest.shift() : 'desktop';
  const platform = process.env.OFFICE_TOOL_PLATFORM || process.platform;
  if (target === 'desktop' && !DESKTOP_PLATFORMS.includes(platform)) throw new ToolError(REASONS.platform(platform));
  if (target === 'web' && !rest.some((a) => a === '--document' || a.startsWith('--document='))) throw new ToolError(REASONS.noDocument());
  const bins = await resolveTools([TOOLS.debugging, TOOLS.certs]);
  // The developer CA that Office trusts (asks for an administrator password the first time;
  // does nothing when the certificates are already installed and valid).
  await tool(bins, TOOLS.certs, ['install']);
  const app = rest.some((a) => a === '--app' || a.startsWith('--app=')) ? [] : ['--app', 'excel'];
  await tool(bins, TOOLS.debugging, ['start', MANIFEST, target, ...app, '--dev-server-port', DEV_SERVER_PORT, ...rest]);
}

async function main(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case '--locate':
      return locate(rest);
    case 'start':
      return start(rest);
    case 'stop': {
      // The same set as start, so that npm's exec cache holds one copy.
      const bins = await resolveTools([TOOLS.debugging, TOOLS.certs]);
      return tool(bins, TOOLS.debugging, ['stop', MANIFEST, ...rest]);
    }
    case 'validate': {
      let bins;
      try {
        bins = await resolveTools([TOOLS.manifest]);
      } catch (err) {
        if (err instanceof ToolError) err.instead = OFFLINE_VALIDATION;
        throw err;
      }
      return tool(bins, TOOLS.manifest, ['validate', MANIFEST, ...rest]);
    }
    case 'certs': {
      const bins = await resolveTools([TOOLS.certs]);
      return tool(bins, TOOLS.certs, ['install', ...rest]);
    }
    default:
      console.error('用法 / usage: node scripts/office-tool.js start [desktop|web] [--document <url>] | stop | validate | certs');
      process.exitCode = 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    if (!(err instanceof ToolError)) throw err;
    console.error(fallbackMessage(err.reason, err.instead));
    process.exitCode = 1;
  });
}

module.exports = { fallbackMessage, REASONS, TOOLS };
