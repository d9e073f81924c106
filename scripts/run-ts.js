#!/usr/bin/env node
// Runs a TypeScript script of the repo after compiling the Node side once (tsc → lib/).
const { execFileSync } = require('child_process');
const path = require('path');
const root = path.join(__dirname, '..');
const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/run-ts.js <script.ts> [args…]');
  process.exit(2);
}
execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
const compiled = path.join(root, 'lib', script.replace(/\.ts$/, '.js'));
process.argv.splice(1, 2, compiled);
require(compiled);
