#!/usr/bin/env node
// Bundle analysis of the pane (run after npm run build): the size of its JavaScript in dist/, raw
// and gzip, the initial bundle that Office loads on every opening of the pane and each chunk
// loaded later. With --floor it also builds, by the same webpack in production mode, the floor
// the pane is measured against: React 19 and exactly the Fluent UI v9 exports the pane's own
// source imports (read from src/taskpane/), rendered by a two-line entry in a temporary folder,
// and prints the pane's initial gzip ÷ that floor.
//
//   node scripts/bundle-size.js [dist] [--floor]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');
const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Every .js file of a build: the initial ones (named by taskpane.html) and the lazy chunks. */
function paneFiles(dist) {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const initial = [...html.matchAll(/src="?([^" >]+\.js)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  const chunks = fs.existsSync(path.join(dist, 'chunks')) ? fs.readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js')).sort() : [];
  return [...initial.map((f) => ({ f, kind: 'initial' })), ...chunks.map((f) => ({ f: `chunks/${f}`, kind: 'lazy' }))].map(({ f, kind }) => {
    const buf = fs.readFileSync(path.join(dist, f));
    return { file: f.replace(/\.[0-9a-f]{8}\.js$/, '.js'), kind, raw: buf.length, gzip: gzip(buf) };
  });
}

/** The names the pane imports from @fluentui/react-components (values only, types dropped). */
function fluentImports() {
  const names = new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name)) {
        const src = fs.readFileSync(full, 'utf8');
        for (const m of src.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@fluentui\/react-components'/g)) {
          if (m[1]) continue;
          for (const part of m[2].split(',')) {
            const name = part.trim();
            if (name && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]);
          }
        }
      }
    }
  };
  walk(path.join(ROOT, 'src', 'taskpane'));
  const fluent = require(path.join(ROOT, 'node_modules', '@fluentui', 'react-components'));
  return [...names].filter((n) => fluent[n] !== undefined).sort();
}

/** Builds the floor bundle in a temporary folder and returns its names, raw and gzip size. */
async function buildFloor() {
  const webpack = require(path.join(ROOT, 'node_modules', 'webpack'));
  const names = fluentImports();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-floor-'));
  try {
    const entry = path.join(dir, 'floor.js');
    fs.writeFileSync(
      entry,
      [
        `import { createElement } from 'react';`,
        `import { createRoot } from 'react-dom/client';`,
        `import { ${names.join(', ')} } from '@fluentui/react-components';`,
        `// Every import is kept (the bundler cannot drop them), and the provider is rendered.`,
        `window.__floor = [${names.join(', ')}];`,
        `createRoot(document.getElementById('root')).render(createElement(FluentProvider, { theme: webLightTheme }, 'floor'));`,
        '',
      ].join('\n'),
    );
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          devtool: false,
          context: ROOT,
          entry,
          output: { path: path.join(dir, 'out'), filename: 'floor.js' },
          resolve: { extensions: ['.js'], modules: [path.join(ROOT, 'node_modules'), 'node_modules'] },
          performance: { hints: false },
        },
        (err, s) => (err ? reject(err) : s.hasErrors() ? reject(new Error(s.toString('errors-only'))) : resolve(s)),
      ),
    );
    void stats;
    const out = path.join(dir, 'out');
    let raw = 0;
    let gz = 0;
    for (const f of fs.readdirSync(out).filter((x) => x.endsWith('.js'))) {
      const buf = fs.readFileSync(path.join(out, f));
      raw += buf.length;
      gz += gzip(buf);
    }
    return { names, raw, gzip: gz };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The pane's initial JavaScript against the floor: { initial, floor, ratio, files }. */
async function measure(dist = path.join(ROOT, 'dist'), { floor = true } = {}) {
  const files = paneFiles(dist);
  const initial = files.filter((f) => f.kind === 'initial').reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const fl = floor ? await buildFloor() : null;
  return { files, initial, floor: fl, ratio: fl ? initial.gzip / fl.gzip : null };
}

module.exports = { measure, buildFloor, fluentImports, paneFiles };

if (require.main === module) {
  const args = process.argv.slice(2);
  const dist = path.join(ROOT, args.find((a) => !a.startsWith('--')) || 'dist');
  measure(dist, { floor: args.includes('--floor') })
    .then(({ files, initial, floor, ratio }) => {
      console.log('| file | loaded | raw | gzip |\n|---|---|---:|---:|');
      for (const f of files) console.log(`| ${f.file} | ${f.kind} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
      console.log(`\ninitial JavaScript: ${kb(initial.raw)} raw, ${kb(initial.gzip)} gzip`);
      if (floor) {
        console.log(`floor (React + ${floor.names.length} Fluent exports: ${floor.names.join(', ')}): ${kb(floor.raw)} raw, ${kb(floor.gzip)} gzip`);
        console.log(`initial gzip ÷ floor: ${ratio.toFixed(2)}`);
      }
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
