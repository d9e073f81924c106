#!/usr/bin/env node
// The second step of `npm run build:cli` (after tsc): bundles the compiled command line into one
// file, lib/cli/budget-check.js, and warms its V8 code cache by checking a sample workbook once.
// Loading 345 modules one by one (resolving, reading, compiling each) cost more CPU than
// checking a workbook; one file run from its code cache costs a few tens of milliseconds.
// The packages only rare commands need (docx, SheetJS for .xls, the HiGHS solver) stay outside
// the bundle and are loaded from node_modules when used.
'use strict';
const { createHash } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'lib', 'cli');

function bundle() {
  const config = {
    mode: 'production',
    target: 'node20',
    context: ROOT,
    entry: { 'budget-check': './lib/src/cli/entry.js' },
    output: { path: OUT, filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
    externals: { docx: 'commonjs docx', '@e965/xlsx': 'commonjs @e965/xlsx', highs: 'commonjs highs' },
    // Not minified: stack traces stay readable, and the code cache makes the source's size matter little.
    optimization: { minimize: false, splitChunks: false, runtimeChunk: false },
    // __dirname is the bundle's folder (bin/budget-check.js passes it), not a mock.
    node: { __dirname: false, __filename: false },
    performance: { hints: false },
    // One file: the lazy parts of the CLI are required on first use, from the same bundle.
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Writes the build id on the bundle's first line: bin/budget-check.js names the code cache after it. */
function stamp() {
  const file = path.join(OUT, 'budget-check.js');
  const source = fs.readFileSync(file, 'utf8');
  const id = createHash('sha256').update(source).digest('hex').slice(0, 16);
  fs.writeFileSync(file, `// budget-check build ${id}\n${source}`);
}

/** Checks a sample workbook once, alone and as a batch, and keeps the code cache of what ran. */
async function warm() {
  const { SAMPLE_A } = require(path.join(ROOT, 'lib', 'scripts', 'samples', 'data'));
  const { writeHenan } = require(path.join(ROOT, 'lib', 'scripts', 'samples', 'henan'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-warm-'));
  try {
    const bytes = Buffer.from(await writeHenan(SAMPLE_A).xlsx.writeBuffer());
    for (const name of ['a.xlsx', 'b.xlsx']) fs.writeFileSync(path.join(dir, name), bytes);
    const bin = require(path.join(ROOT, 'bin', 'budget-check.js'));
    const loaded = bin.load();
    loaded.cli.useWorkerScript(path.join(ROOT, 'bin', 'budget-check.js'), bin.WORKER);
    const io = { out: () => {}, err: () => {}, tty: false };
    const file = path.join(dir, 'a.xlsx');
    for (const args of [['check', file], ['check', '--format', 'json', file], ['check', '--jobs', '1', dir], ['check', '--lang', 'en', file]]) await loaded.cli.main(args, io);
    bin.saveCache(loaded);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  await bundle();
  stamp();
  await warm();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
