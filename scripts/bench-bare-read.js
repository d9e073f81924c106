#!/usr/bin/env node
// The floor of the batch benchmark: a bare, single-threaded exceljs read of every .xlsx in a
// folder, touching every cell, in one Node process (its start included), through the package's
// ordinary entry as any exceljs user would load it. With --lean it loads only the workbook class,
// as the command line does (src/xlsx/exceljs.ts), to show what that part of the floor is worth.
'use strict';
const fs = require('fs');
const path = require('path');
const lean = process.argv.includes('--lean');
const Workbook = lean ? require('exceljs/lib/doc/workbook') : require('exceljs').Workbook;
const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
(async () => {
  let cells = 0;
  for (const f of fs.readdirSync(dir).filter((x) => /\.xlsx$/i.test(x)).sort()) {
    const wb = new Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, f)));
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell(() => void cells++));
  }
  process.stdout.write(`${cells}\n`);
})();
