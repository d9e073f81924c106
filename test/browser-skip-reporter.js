// Ends the test output with one line when the browser tests were skipped because Chromium is
// missing (jest itself only counts them among "skipped"), so a passing run says what it left out.
const fs = require('fs');
const path = require('path');

class BrowserSkipReporter {
  onRunComplete(_contexts, results) {
    const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    if (fs.existsSync(chromium)) return;
    const e2e = `${path.sep}test${path.sep}e2e${path.sep}`;
    const skipped = results.testResults
      .filter((file) => file.testFilePath.includes(e2e))
      .reduce((n, file) => n + file.testResults.filter((t) => t.status === 'pending').length, 0);
    if (skipped === 0) return;
    process.stderr.write(
      `\n浏览器测试已跳过：${skipped} 项（未找到 ${chromium}；安装：apt-get install -y chromium fonts-noto-cjk）。\n` +
        `Browser tests skipped: ${skipped} (no Chromium at ${chromium}; install: apt-get install -y chromium fonts-noto-cjk).\n`,
    );
  }
}

module.exports = BrowserSkipReporter;
