#!/usr/bin/env node
// The command-line entry point: runs the compiled CLI (lib/, built by `npm run build:cli`,
// which `npm ci` runs through the prepare script).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'lib', 'src', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error('budget-check: 未找到编译后的命令行程序，请先运行 npm run build:cli / the CLI is not built: run npm run build:cli');
  process.exit(2);
}
require(main).main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
