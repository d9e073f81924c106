import type { Messages } from './zh-CN';

// Every user-facing string of the pane, in English.
export const enUS: Messages = {
  appTitle: 'Budget Disclosure Check',
  appSubtitle: 'Check tables · Draft the text · Audit a text',
  tabCheck: 'Check',
  tabDraft: 'Draft',
  tabAudit: 'Audit text',
  tabSettings: 'Settings',
  hostExcel: 'Excel',
  hostStandalone: 'Standalone',
  checkIntro: "Checks the totals, subtotals, cross-table identities, shares and growth rates of this workbook's budget tables and marks the cells that disagree.",
  checkAction: 'Check this workbook',
  checkEmpty: 'Not checked yet. Click "Check this workbook" to start.',
  draftIntro: 'Drafts the explanatory text from the tables; every amount, share and rate is computed exactly from them.',
  draftEmpty: 'Run the check first, then draft the text.',
  auditIntro: 'Paste or open an existing explanatory text to verify each amount, share and rate in it.',
  auditPlaceholder: 'Paste the explanatory text here…',
  auditEmpty: 'No text audited yet.',
  settingsLanguage: 'Language',
  settingsLanguageZh: '中文',
  settingsLanguageEn: 'English',
  settingsTolerance: 'Rounding tolerance (table unit)',
  settingsPrivacy: 'Everything is computed on this machine; no budget data is sent anywhere.',
  notAvailableYet: 'Not available yet.',
};
