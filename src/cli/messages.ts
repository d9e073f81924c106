// Every string the command line prints, in Chinese and English (--lang en).
export type CliLang = 'zh' | 'en';

export const CLI_MESSAGES = {
  zh: {
    usage: `用法：
  budget-check check <文件夹 | 工作簿…> [--prior-dir <上年文件夹>] [--report 报告.xlsx|报告.html] [--format text|json] [--jobs N]
  budget-check check <工作簿.xlsx> [--narrative <说明.txt>] [--prior <上年.xlsx>] [--format text|json] [--lang zh|en] [--tolerance <数>]
  budget-check draft <工作簿.xlsx> [--prior <上年.xlsx>] [--out 说明.txt|说明.html|说明.docx]
  budget-check audit <说明.txt|说明.docx> [--workbook <工作簿.xlsx>] [--prior <上年.xlsx>] [--format text|json]

  check     校验部门预算公开表格的合计、勾稽关系和科目，列出不一致的单元格
  draft     根据表格起草部门预算情况说明
  audit     审核情况说明中的金额、占比和增减幅度（可对照表格）
  --format  text（默认，中文报告）或 json
  --lang    报告语言：zh（默认）或 en
  --tolerance  四舍五入容差，按各表单位计（默认 0.01）

退出码：0 无错误；1 有错误；2 输入无法使用。`,
    unknownCommand: (c: string) => `未知命令“${c}”。`,
    missingFile: '请指定要检查的工作簿文件。',
    fileNotFound: (f: string) => `找不到文件：${f}`,
    notAWorkbook: (f: string) => `不是 .xlsx 工作簿：${f}`,
    encrypted: (f: string) => `无法打开：${f} 是加密（设有密码）的工作簿或旧版 .xls 文件，请另存为未加密的 .xlsx 后再试。`,
    corrupt: (f: string, why: string) => `工作簿已损坏，无法读取：${f}（${why}）`,
    noTables: (f: string, sheets: string[]) => `${f} 中没有识别出部门预算表格（工作表：${sheets.join('、') || '无'}）。`,
    badOption: (o: string) => `选项无效：${o}`,
    badTolerance: (v: string) => `容差必须是非负数：${v}`,
    missingText: '请指定要审核的情况说明文本文件。',
    docxUnreadable: (f: string, why: string) => `无法读取 .docx：${f}（${why}）`,
    badOut: (f: string) => `输出文件须为 .txt、.html 或 .docx：${f}`,
    draftWritten: (f: string, n: number) => `已写出 ${f}，其中有 ${n} 处待填写的内容（【请填写：……】）。\n`,
    narrativeTitle: (claims: number, n: number, bound = 0) => `情况说明审核：读取数字 ${claims} 处${bound ? `（其中 ${bound} 处与表格对应）` : ''}，发现问题 ${n} 个。`,
    batchHead: ['文件', '单位', '年度', '表格', '错误', '警告', '提示', '状态'],
    batchTotal: (n: number, e: number, f: number, s: string) => `共 ${n} 个文件：${e} 个有错误，${f} 个无法读取；用时 ${s} 秒。`,
    reportWritten: (f: string) => `已写出报告 ${f}\n`,
    badJobs: (v: string) => `--jobs 必须是正整数：${v}`,
    timedOut: (f: string, s: number) => `${f} 的检查超过 ${s} 秒，已停止（可用 --timeout 调整）。`,
    title: '部门预算公开表格校验报告',
    file: '文件',
    unit: '单位',
    year: '年度',
    tablesFound: (n: number) => `识别出 ${n} 张表：`,
    unrecognized: '未识别的工作表',
    workbook: '工作簿',
    emptyTable: '空表',
    expected: '应为',
    actual: '实为',
    related: '相关单元格',
    summary: (e: number, w: number, i: number) => `共发现 错误 ${e} 个，警告 ${w} 个，提示 ${i} 个。`,
    clean: '未发现错误。',
    severity: { error: '错误', warning: '警告', info: '提示' },
  },
  en: {
    usage: `Usage:
  budget-check check <folder | workbooks…> [--prior-dir <folder>] [--report report.xlsx|report.html] [--format text|json] [--jobs N]
  budget-check check <workbook.xlsx> [--narrative <text.txt>] [--prior <last-year.xlsx>] [--format text|json] [--lang zh|en] [--tolerance <n>]
  budget-check draft <workbook.xlsx> [--prior <last-year.xlsx>] [--out draft.txt|draft.html|draft.docx]
  budget-check audit <text.txt|text.docx> [--workbook <workbook.xlsx>] [--prior <last-year.xlsx>] [--format text|json]

  check     check the totals, identities and codes of department budget tables
  draft     draft the explanatory text from the tables
  audit     audit the amounts, shares and rates of an explanatory text (against the tables if given)
  --format  text (default) or json
  --lang    report language: zh (default) or en
  --tolerance  rounding tolerance in each table's unit (default 0.01)
  --timeout    time limit per file in seconds (default 120)

Exit codes: 0 no error; 1 errors found; 2 input unusable.`,
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    missingFile: 'Name the workbook to check.',
    fileNotFound: (f: string) => `File not found: ${f}`,
    notAWorkbook: (f: string) => `Not an .xlsx workbook: ${f}`,
    encrypted: (f: string) => `Cannot open ${f}: it is password-protected or a legacy .xls file; save it as an unprotected .xlsx and try again.`,
    corrupt: (f: string, why: string) => `The workbook is damaged and cannot be read: ${f} (${why})`,
    noTables: (f: string, sheets: string[]) => `No department budget table found in ${f} (sheets: ${sheets.join(', ') || 'none'}).`,
    badOption: (o: string) => `Invalid option: ${o}`,
    badTolerance: (v: string) => `The tolerance must be a non-negative number: ${v}`,
    missingText: 'Name the text file to audit.',
    docxUnreadable: (f: string, why: string) => `Cannot read the .docx ${f} (${why})`,
    badOut: (f: string) => `The output file must be .txt, .html or .docx: ${f}`,
    draftWritten: (f: string, n: number) => `Wrote ${f}, with ${n} places to fill in (【请填写：…】).\n`,
    narrativeTitle: (claims: number, n: number, bound = 0) => `Text audit: ${claims} figures read${bound ? ` (${bound} tied to table cells)` : ''}, ${n} findings.`,
    batchHead: ['File', 'Unit', 'Year', 'Tables', 'Errors', 'Warnings', 'Notes', 'Status'],
    batchTotal: (n: number, e: number, f: number, s: string) => `${n} files: ${e} with errors, ${f} unreadable; ${s} s.`,
    reportWritten: (f: string) => `Report written to ${f}\n`,
    badJobs: (v: string) => `--jobs must be a positive integer: ${v}`,
    timedOut: (f: string, s: number) => `Checking ${f} took more than ${s} s and was stopped (see --timeout).`,
    title: 'Department budget disclosure check',
    file: 'File',
    unit: 'Unit',
    year: 'Year',
    tablesFound: (n: number) => `${n} tables found:`,
    unrecognized: 'Sheets not recognised',
    workbook: 'Workbook',
    emptyTable: 'empty',
    expected: 'expected',
    actual: 'actual',
    related: 'related cells',
    summary: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} notes.`,
    clean: 'No error found.',
    severity: { error: 'error', warning: 'warning', info: 'note' },
  },
};
