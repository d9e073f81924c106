// The lint rule that keeps src/core pure actually fires (checked through the ESLint CLI, as a
// developer would meet it).
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

// One ESLint process lints every probe (ESLint's flat config is ES-module code, which jest's
// CommonJS sandbox cannot load, so it runs in a plain Node child).
const PROBE = `
const { ESLint } = require('eslint');
(async () => {
  const probes = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [code, file] of probes) {
    const [r] = await eslint.lintText(code, { filePath: file });
    out.push(r.messages.map((m) => m.ruleId + ': ' + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lintAll(probes: [string, string][]): string[][] {
  const r = spawnSync(process.execPath, ['-e', PROBE], { cwd: ROOT, input: JSON.stringify(probes), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

describe('src/core purity rule', () => {
  const bad: [string, string][] = [
    ["import * as fs from 'fs';\nexport const x = fs;\n", 'no Node built-ins'],
    ["import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", 'no Node built-ins'],
    ["import { useState } from 'react';\nexport const x = useState;\n", 'no React'],
    ["import { Button } from '@fluentui/react-components';\nexport const x = Button;\n", 'no React'],
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'file formats'],
    ["import { readWorkbook } from '../xlsx/read';\nexport const x = readWorkbook;\n", 'another src/ folder'],
    ["import { App } from '../taskpane/App';\nexport const x = App;\n", 'another src/ folder'],
    ["import Decimal from 'decimal.js';\nexport const x = Decimal;\n", 'Only src/core/money.ts'],
    ['export const x = document.title;\n', 'no DOM'],
    ['export const x = () => Excel.run(async () => undefined);\n', 'no DOM, Office'],
    ['export const x = window.location.href;\n', 'no DOM'],
  ];
  const good: [string, string][] = [
    ["import * as fs from 'fs';\nexport const x = fs;\n", 'src/cli/probe.ts'],
    ["import Decimal from 'decimal.js';\nexport const x = Decimal;\n", 'src/core/money.ts'],
    ["import { other } from './other';\nexport const x = other;\n", 'src/core/probe.ts'],
  ];
  let badResults: string[][];
  let goodResults: string[][];
  beforeAll(() => {
    const all = lintAll([...bad.map(([code]) => [code, 'src/core/probe.ts'] as [string, string]), ...good]);
    badResults = all.slice(0, bad.length);
    goodResults = all.slice(bad.length);
  }, 60_000);

  it.each(bad.map((b, i) => [...b, i] as const))('rejects %j in src/core', (_code, expected, i) => {
    expect(badResults[i].join('\n')).toContain(expected);
  });

  it('accepts the same imports outside src/core, decimal.js in money.ts, and relative core imports', () => {
    expect(goodResults).toEqual([[], [], []]);
  });
});
