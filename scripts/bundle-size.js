#!/usr/bin/env node
// Prints the size of the pane's JavaScript in dist/ (raw and gzip): the initial bundle that
// Excel loads, and each lazily loaded chunk. Run after npm run build.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const dist = path.join(__dirname, '..', process.argv[2] || 'dist');
const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
const initial = [...html.matchAll(/src="?([^" >]+\.js)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
const files = [...initial.map((f) => ({ f, kind: 'initial' })), ...fs.readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => ({ f: `chunks/${f}`, kind: 'lazy' }))];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('| file | loaded | raw | gzip |\n|---|---|---:|---:|');
for (const { f, kind } of files) {
  const buf = fs.readFileSync(path.join(dist, f));
  console.log(`| ${f.replace(/\.[0-9a-f]{8}\.js$/, '.js')} | ${kind} | ${kb(buf.length)} | ${kb(zlib.gzipSync(buf, { level: 9 }).length)} |`);
}
