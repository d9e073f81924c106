// Every string the command line prints, in Chinese and English (--lang en).
export type CliLang = 'zh' | 'en';

export const CLI_MESSAGES = {
  zh: {
    usage: `用法：
  budget-check check <文件夹 | 工作簿…> [--prior-dir <上年文件夹>] [--report 报告.xlsx|报告.html] [--checklist 检查表.xlsx] [--format text|json] [--jobs N]
  budget-check check <工作簿.xlsx|.xlsm|.xls> [--narrative <说明.txt>] [--prior <上年.xlsx>] [--checklist 检查表.xlsx] [--document-type department|unit] [--format text|json] [--lang zh|en] [--tolerance <数>]
  budget-check draft <工作簿.xlsx> [--prior <上年.xlsx>] [--out 说明.txt|说明.html|说明.docx] [--unit 元|万元]
  budget-check audit <说明.txt|说明.docx> [--workbook <工作簿.xlsx>] [--prior <上年.xlsx>] [--document-type department|unit] [--format text|json]
  budget-check round <工作簿.xlsx|.xls> --to 万元|千元 [--decimals 2] --out <新工作簿.xlsx> [--format text|json]

  check     校验部门预算公开表格的合计、勾稽关系和科目，列出不一致的单元格
  draft     根据表格起草部门预算情况说明
  audit     审核情况说明中的金额、占比和增减幅度（可对照表格）
  round     舍位平衡：把以元为单位的表格换算为万元（或千元），所有合计与表间关系仍然严格成立
  --format  text（默认，中文报告）或 json
  --lang    报告语言：zh（默认）或 en
  --tolerance  四舍五入容差，按各表单位计（默认 0.01）
  --checklist  写出公开情况检查表（.xlsx）：每个文件一张表，逐项列明是否符合要求和问题所在
  --document-type  department（部门预算）或 unit（单位预算）；默认按表格标题判断
  --unit    草稿中金额的单位：万元（默认，公开文本的通行写法）或元（与以元编制的表格一致）

退出码：0 无错误；1 有错误；2 输入无法使用。`,
    unknownCommand: (c: string) => `未知命令“${c}”。`,
    missingFile: '请指定要检查的工作簿文件。',
    fileNotFound: (f: string) => `找不到文件：${f}`,
    notAWorkbook: (f: string) => `不是 Excel 工作簿（.xlsx、.xlsm、.xls）：${f}`,
    encrypted: (f: string) => `无法打开：${f} 是加密（设有密码）的工作簿，请在 Excel 或 WPS 中取消密码、另存为 .xlsx 后再试。`,
    unsupported: (f: string, format: string) =>
      format === '.numbers'
        ? `无法读取 Numbers 文件：${f}。请在 Numbers 中选择“文件 > 导出到 > Excel”，导出为 .xlsx 后再试。`
        : format === '.et' || format === '.ett'
          ? `无法读取 WPS 表格文件（${format}）：${f}。请在 WPS 中“另存为” Excel 工作簿（.xlsx）后再试。`
          : `无法读取 ${format} 文件：${f}。请另存为 Excel 工作簿（.xlsx）后再试。`,
    corrupt: (f: string, why: string) => `工作簿已损坏，无法读取：${f}（${why}）`,
    noTables: (f: string, sheets: string[]) => `${f} 中没有识别出部门预算表格（工作表：${sheets.join('、') || '无'}）。`,
    badOption: (o: string) => `选项无效：${o}`,
    badTolerance: (v: string) => `容差必须是非负数：${v}`,
    missingText: '请指定要审核的情况说明文本文件。',
    docxUnreadable: (f: string, why: string) => `无法读取 .docx：${f}（${why}）`,
    badOut: (f: string) => `输出文件须为 .txt、.html 或 .docx：${f}`,
    badUnit: (u: string) => `金额单位须为“元”或“万元”：${u}`,
    draftWritten: (f: string, n: number) => `已写出 ${f}，其中有 ${n} 处待填写的内容（【请填写：……】）。\n`,
    narrativeTitle: (claims: number, n: number, bound = 0) => `情况说明审核：读取数字 ${claims} 处${bound ? `（其中 ${bound} 处与表格对应）` : ''}，发现问题 ${n} 个。`,
    batchHead: ['文件', '单位', '年度', '表格', '错误', '警告', '提示', '状态'],
    batchTotal: (n: number, e: number, f: number, s: string) => `共 ${n} 个文件：${e} 个有错误，${f} 个无法读取；用时 ${s} 秒。`,
    reportWritten: (f: string) => `已写出报告 ${f}\n`,
    checklistWritten: (f: string, n: number) => `已写出检查表 ${f}（${n} 个文件）\n`,
    badDocumentType: (v: string) => `--document-type 须为 department（部门）或 unit（单位）：${v}`,
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
    round: {
      badTo: (v: string) => `--to 须为 万元 或 千元：${v}`,
      badDecimals: (v: string) => `--decimals 须为 0 到 6 的整数：${v}`,
      missingOut: '请用 --out 指定输出的新工作簿（.xlsx）。',
      badOut: (f: string) => `输出文件须为 .xlsx：${f}`,
      sameFile: (f: string) => `输出文件不能是输入文件本身（输入文件从不被修改）：${f}`,
      title: '舍位平衡',
      heading: (from: string, to: string, d: number) => `${from} → ${to}，保留 ${d} 位小数`,
      converted: (n: number, of: number) => `换算了 ${of} 张表中的 ${n} 张：`,
      kept: (unit: string) => `保持不变（已是${unit}）`,
      keptNoUnit: '保持不变（没有单位）',
      figures: (n: number, a: number) => `换算金额 ${n} 个；为使所有关系严格成立，与逐个四舍五入相比调整了 ${a} 个单元格${a ? '：' : '。'}`,
      adjustedLine: (where: string, label: string, exact: string, half: string, value: string) => `${where}  ${label}：精确值 ${exact}，四舍五入 ${half}，调整为 ${value}`,
      broken: (n: number) => `输入中有 ${n} 个关系本身不成立（不是四舍五入造成的），已列出并未参与平衡：`,
      brokenNone: '输入中的所有关系均成立（在四舍五入范围内）。',
      leftOff: (n: number) => `有 ${n} 个关系无法通过舍位保持，输出中仍有差额：`,
      skipped: (n: number) => `有 ${n} 个关系含文字、错误值或缺少单位的单元格，未参与平衡。`,
      identityLine: (where: string, desc: string, actual: string, expected: string, diff: string) => `${where}  ${desc}：${actual} ≠ ${expected}（${diff.startsWith('-') ? `少 ${diff.slice(1)}` : `多 ${diff}`}）`,
      notOptimal: '注意：求解器未能在时限内证明最优，调整的单元格可能多于必要。',
      verified: (n: number) => (n === 0 ? '复核：输出工作簿以容差 0 检查，没有输入中原本不存在的问题。' : `复核：输出工作簿以容差 0 检查，发现 ${n} 个输入中原本不存在的问题（见上）。`),
      written: (f: string) => `已写出 ${f}（输入文件未被修改）。`,
      fromXls: '输入是 .xls 工作簿：新工作簿以 .xlsx 写出，保留数值、公式、数字格式、合并单元格和列宽，字体、边框和底纹不保留。\n',
      timing: (ms: number, c: number, s: number) => `共 ${c} 个约束，${s} 组交由求解器，用时 ${(ms / 1000).toFixed(1)} 秒。`,
    },
  },
  en: {
    usage: `Usage:
  budget-check check <folder | workbooks…> [--prior-dir <folder>] [--report report.xlsx|report.html] [--checklist checklist.xlsx] [--format text|json] [--jobs N]
  budget-check check <workbook.xlsx|.xlsm|.xls> [--narrative <text.txt>] [--prior <last-year.xlsx>] [--checklist checklist.xlsx] [--document-type department|unit] [--format text|json] [--lang zh|en] [--tolerance <n>]
  budget-check draft <workbook.xlsx> [--prior <last-year.xlsx>] [--out draft.txt|draft.html|draft.docx] [--unit 元|万元]
  budget-check audit <text.txt|text.docx> [--workbook <workbook.xlsx>] [--prior <last-year.xlsx>] [--document-type department|unit] [--format text|json]
  budget-check round <workbook.xlsx|.xls> --to 万元|千元 [--decimals 2] --out <new.xlsx> [--format text|json]

  check     check the totals, identities and codes of department budget tables
  draft     draft the explanatory text from the tables
  audit     audit the amounts, shares and rates of an explanatory text (against the tables if given)
  round     convert tables in 元 to 万元 (or 千元) so that every total and cross-table identity still holds exactly
  --format  text (default) or json
  --lang    report language: zh (default) or en
  --tolerance  rounding tolerance in each table's unit (default 0.01)
  --checklist  write the reviewer's check sheet (.xlsx): one sheet per file, item by item, compliant or not, with the problems and their places
  --document-type  department or unit budget; by default from the tables' titles
  --unit    the unit of the draft's amounts: 万元 (default, as published texts write them) or 元 (as tables kept in 元)
  --timeout    time limit per file in seconds (default 120)

Exit codes: 0 no error; 1 errors found; 2 input unusable.`,
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    missingFile: 'Name the workbook to check.',
    fileNotFound: (f: string) => `File not found: ${f}`,
    notAWorkbook: (f: string) => `Not an Excel workbook (.xlsx, .xlsm, .xls): ${f}`,
    encrypted: (f: string) => `Cannot open ${f}: it is password-protected; remove the password in Excel or WPS, save it as .xlsx and try again.`,
    unsupported: (f: string, format: string) =>
      format === '.numbers'
        ? `Numbers files are not read: ${f}. In Numbers, choose File > Export To > Excel and check the .xlsx.`
        : format === '.et' || format === '.ett'
          ? `WPS Spreadsheets files (${format}) are not read: ${f}. In WPS, save it as an Excel workbook (.xlsx) and check that.`
          : `${format} files are not read: ${f}. Save it as an Excel workbook (.xlsx) and check that.`,
    corrupt: (f: string, why: string) => `The workbook is damaged and cannot be read: ${f} (${why})`,
    noTables: (f: string, sheets: string[]) => `No department budget table found in ${f} (sheets: ${sheets.join(', ') || 'none'}).`,
    badOption: (o: string) => `Invalid option: ${o}`,
    badTolerance: (v: string) => `The tolerance must be a non-negative number: ${v}`,
    missingText: 'Name the text file to audit.',
    docxUnreadable: (f: string, why: string) => `Cannot read the .docx ${f} (${why})`,
    badOut: (f: string) => `The output file must be .txt, .html or .docx: ${f}`,
    badUnit: (u: string) => `The amount unit must be 元 or 万元: ${u}`,
    draftWritten: (f: string, n: number) => `Wrote ${f}, with ${n} places to fill in (【请填写：…】).\n`,
    narrativeTitle: (claims: number, n: number, bound = 0) => `Text audit: ${claims} figures read${bound ? ` (${bound} tied to table cells)` : ''}, ${n} findings.`,
    batchHead: ['File', 'Unit', 'Year', 'Tables', 'Errors', 'Warnings', 'Notes', 'Status'],
    batchTotal: (n: number, e: number, f: number, s: string) => `${n} files: ${e} with errors, ${f} unreadable; ${s} s.`,
    reportWritten: (f: string) => `Report written to ${f}\n`,
    checklistWritten: (f: string, n: number) => `Check sheet written to ${f} (${n} files)\n`,
    badDocumentType: (v: string) => `--document-type must be department or unit: ${v}`,
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
    round: {
      badTo: (v: string) => `--to must be 万元 or 千元: ${v}`,
      badDecimals: (v: string) => `--decimals must be a whole number from 0 to 6: ${v}`,
      missingOut: 'Name the new workbook to write with --out (.xlsx).',
      badOut: (f: string) => `The output file must be .xlsx: ${f}`,
      sameFile: (f: string) => `The output file cannot be the input file (the input is never modified): ${f}`,
      title: 'Controlled rounding (舍位平衡)',
      heading: (from: string, to: string, d: number) => `${from} → ${to}, ${d} decimal${d === 1 ? '' : 's'}`,
      converted: (n: number, of: number) => `${n} of ${of} tables converted:`,
      kept: (unit: string) => `kept as is (already in ${unit})`,
      keptNoUnit: 'kept as is (no unit)',
      figures: (n: number, a: number) => `${n} amounts converted; to keep every identity exact, ${a} cell${a === 1 ? '' : 's'} differ${a === 1 ? 's' : ''} from plain half-up rounding${a ? ':' : '.'}`,
      adjustedLine: (where: string, label: string, exact: string, half: string, value: string) => `${where}  ${label}: exact ${exact}, half-up ${half}, published ${value}`,
      broken: (n: number) => `${n} identit${n === 1 ? 'y does' : 'ies do'} not hold in the input (beyond rounding); listed and left out of the balancing:`,
      brokenNone: 'Every identity holds in the input (within rounding).',
      leftOff: (n: number) => `${n} identit${n === 1 ? 'y' : 'ies'} could not be kept by any rounding and still differ in the output:`,
      skipped: (n: number) => `${n} identit${n === 1 ? 'y involves' : 'ies involve'} text, error values or a table without a unit and were left out.`,
      identityLine: (where: string, desc: string, actual: string, expected: string, diff: string) => `${where}  ${desc}: ${actual} ≠ ${expected} (${diff.startsWith('-') ? `${diff.slice(1)} less` : `${diff} more`})`,
      notOptimal: 'Note: the solver could not prove optimality within its time limit; more cells than necessary may be adjusted.',
      verified: (n: number) => (n === 0 ? 'Verified: checked with tolerance 0, the output workbook has no finding the input did not have.' : `Verified: checked with tolerance 0, the output workbook has ${n} finding(s) the input did not have (see above).`),
      written: (f: string) => `Wrote ${f} (the input file is unchanged).`,
      fromXls: 'The input is an .xls workbook: the new workbook is written as .xlsx with its values, formulas, number formats, merged cells and column widths; fonts, borders and fills are not kept.\n',
      timing: (ms: number, c: number, s: number) => `${c} constraints, ${s} group(s) solved, ${(ms / 1000).toFixed(1)} s.`,
    },
  },
};
