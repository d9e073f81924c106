#!/usr/bin/env node
// The command-line entry point. It runs the bundled CLI (lib/cli/budget-check.js, built by
// `npm run build:cli`, which `npm ci` runs through the prepare script) with V8's code cache kept
// beside it: a start then neither resolves dozens of modules nor compiles them, which was most of
// the time of a single check. The batch mode's worker threads start from this file too.
'use strict';
const fs = require('fs');
const path = require('path');
const { isMainThread, workerData } = require('worker_threads');

const BUNDLE = path.join(__dirname, '..', 'lib', 'cli', 'budget-check.js');

/**
 * V8 optimises a function once it has run a set amount of bytecode; a batch worker is a fresh
 * isolate that pays that compilation again, and at V8's default threshold it optimised the large
 * per-file functions of the parser and the rules (several of them twice, after a deoptimisation)
 * within the first files: optimising cost a worker about as much CPU as the checks themselves,
 * on the threads the other worker needed. A threshold about seven times higher leaves only code
 * that runs for long to the optimiser: on 2 cores the batch of 600 took about 0.7 of the time
 * with two workers, the batch of 60 about 0.8, one file the same (docs/benchmarks.md). Set
 * before any bundle code is compiled, in the main thread; worker threads share the process's
 * flags. The code cache is made and read under the same flags.
 */
if (isMainThread) require('v8').setFlagsFromString('--interrupt-budget=1000000');

/**
 * The cache's file is named after the build id the bundler writes on the bundle's first line (V8
 * checks a cache against the source's length only, so a cache must never outlive its build), the
 * Node version and the V8 options (V8 rejects a cache made under others): each combination gets
 * its own file, written once, and none overwrites the one the build warmed.
 */
function cacheFile(source) {
  const id = /^\/\/ budget-check build ([0-9a-f]+)/.exec(source);
  if (!id) return null;
  const options = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  const flags = options ? `.${require('crypto').createHash('sha256').update(options).digest('hex').slice(0, 8)}` : '';
  return path.join(path.dirname(BUNDLE), `budget-check.${id[1]}.${process.version}${flags}.cache`);
}

/** Runs the bundle as a CommonJS module, from the code cache when there is a valid one. */
function load() {
  const vm = require('vm');
  const Module = require('module');
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const cache = cacheFile(source);
  let cachedData;
  try {
    if (cache) cachedData = fs.readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { cli: module.exports, script, cache, cached: cachedData !== undefined };
}

/**
 * Writes the code cache of everything compiled so far (after a command, so the functions it ran
 * are in it). Best effort: an install folder may be read-only. Written whole, then renamed, so a
 * concurrent start never reads half a cache.
 */
function saveCache(loaded) {
  if (!loaded.cache) return;
  try {
    const tmp = `${loaded.cache}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, loaded.script.createCachedData());
    fs.renameSync(tmp, loaded.cache);
  } catch {
    // no cache: the next start compiles as usual
  }
}

const WORKER = 'budget-check worker';

if (!isMainThread && workerData === WORKER) {
  load().cli.serveWorker();
} else if (require.main === module) {
  if (!fs.existsSync(BUNDLE)) {
    console.error('budget-check: 未找到编译后的命令行程序，请先运行 npm run build:cli / the CLI is not built: run npm run build:cli');
    process.exit(2);
  }
  const loaded = load();
  loaded.cli.useWorkerScript(__filename, WORKER);
  loaded.cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // A cache missing for this Node version or these options is written once, by the first run.
    if (!loaded.cached) saveCache(loaded);
  });
}

module.exports = { load, saveCache, WORKER };
