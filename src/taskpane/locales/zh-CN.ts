// Every user-facing string of the pane, in Chinese (the default locale).
export const zhCN = {
  appTitle: '部门预算公开校验',
  appSubtitle: '表格校验 · 情况说明起草 · 文本审核',
  tabCheck: '检查',
  tabDraft: '说明',
  tabAudit: '审核文本',
  tabSettings: '设置',
  hostExcel: 'Excel',
  hostStandalone: '独立模式',
  checkIntro: '校验本工作簿中各张部门预算公开表格的合计、小计、表间勾稽关系、占比和增长率，并在单元格上标出不一致之处。',
  checkAction: '检查本工作簿',
  checkEmpty: '尚未检查。点击“检查本工作簿”开始。',
  draftIntro: '根据表格数据起草《部门预算情况说明》，金额、占比和增减幅度均由表格精确计算得出。',
  draftEmpty: '请先在“检查”页完成检查，再生成说明草稿。',
  auditIntro: '粘贴或打开已写好的情况说明，逐一核对其中的金额、占比和增长率。',
  auditPlaceholder: '在此粘贴情况说明文本……',
  auditEmpty: '尚未审核文本。',
  settingsLanguage: '界面语言',
  settingsLanguageZh: '中文',
  settingsLanguageEn: 'English',
  settingsTolerance: '四舍五入容差（表格单位）',
  settingsPrivacy: '所有计算均在本机完成，预算数据不会上传到任何服务器。',
  notAvailableYet: '此功能尚未开放。',
} as const;

export type Messages = { readonly [K in keyof typeof zhCN]: string };
