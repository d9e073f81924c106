// Every string the command line prints, in Chinese and English (--lang en).
export type CliLang = 'zh' | 'en';

export const CLI_MESSAGES = {
  zh: {
    usage: `用法：
  budget-check check <工作簿.xlsx> [--format text|json] [--lang zh|en] [--tolerance <数>]

  check     校验部门预算公开表格的合计、勾稽关系和科目，列出不一致的单元格
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
    notYet: (o: string) => `${o} 选项尚未提供（情况说明审核与上年对比将在后续版本中加入）。`,
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
  budget-check check <workbook.xlsx> [--format text|json] [--lang zh|en] [--tolerance <n>]

  check     check the totals, identities and codes of department budget tables
  --format  text (default) or json
  --lang    report language: zh (default) or en
  --tolerance  rounding tolerance in each table's unit (default 0.01)

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
    notYet: (o: string) => `${o} is not available yet (text audit and prior-year comparison come in a later version).`,
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
