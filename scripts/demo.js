#!/usr/bin/env node
// npm run demo: builds the samples, then checks the clean sample (a), its copy with injected
// errors, and the same figures laid out with export quirks (numeric codes, text amounts, sheets
// named Sheet1…Sheet9), so a newcomer sees a passing, a failing and a robust report.
const { execFileSync, spawnSync } = require('child_process');
const path = require('path');
const root = path.join(__dirname, '..');
const node = process.execPath;
execFileSync(node, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
execFileSync(node, [path.join(root, 'lib', 'scripts', 'build-samples.js')], { stdio: 'inherit', cwd: root });
const cli = path.join(root, 'bin', 'budget-check.js');
const extra = process.argv.slice(2);
for (const file of ['samples/a-2019.xlsx', 'samples/injected/a-2019-errors.xlsx', 'samples/a-2019-quirks.xlsx']) {
  console.log(`\n$ budget-check check ${file} ${extra.join(' ')}`.trimEnd());
  const r = spawnSync(node, [cli, 'check', file, ...extra], { stdio: 'inherit', cwd: root });
  console.log(`(exit code ${r.status})`);
}
