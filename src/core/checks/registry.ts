// Every rule, by id. A test checks that each id equals its file name and has a doc page.
import { rule as cellError } from './cell-error';
import { rule as cellText } from './cell-text';
import { rule as codeAmbiguous } from './code-ambiguous';
import { rule as codeHierarchy } from './code-hierarchy';
import { rule as codeName } from './code-name';
import { rule as codeOrphan } from './code-orphan';
import { rule as codeOutdatedName } from './code-outdated-name';
import { rule as codeUnknownClass } from './code-unknown-class';
import { rule as columnTotal } from './column-total';
import { rule as crossBasic } from './cross-basic';
import { rule as crossFiscal } from './cross-fiscal';
import { rule as crossSummaryClasses } from './cross-summary-classes';
import { rule as crossTotals } from './cross-totals';
import { rule as rowChange } from './row-change';
import { rule as rowTotal } from './row-total';
import { rule as summaryBalance } from './summary-balance';
import { rule as summarySideTotal } from './summary-side-total';
import { rule as sheetTrimmed } from './sheet-trimmed';
import { rule as tableEmptyNote } from './table-empty-note';
import { rule as tableMissing } from './table-missing';
import { rule as threePublicSum } from './three-public-sum';
import { rule as unitMagnitude } from './unit-magnitude';
import { rule as unitMissing } from './unit-missing';
import { rule as basicPersonnelClasses } from './basic-personnel-classes';
import { rule as crossEconomic } from './cross-economic';
import { rule as crossExpenditureSources } from './cross-expenditure-sources';
import { rule as crossFiscalClasses } from './cross-fiscal-classes';
import { rule as crossIncomeExpenditure } from './cross-income-expenditure';
import { rule as crossIncomeSources } from './cross-income-sources';
import { rule as crossSummarySplit } from './cross-summary-split';
import { rule as runningCosts } from './running-costs';
import { rule as threePublicEconomic } from './three-public-economic';
import { rule as projectTotal } from './project-total';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  columnTotal,
  rowTotal,
  rowChange,
  codeHierarchy,
  summarySideTotal,
  summaryBalance,
  crossTotals,
  crossSummaryClasses,
  crossFiscal,
  crossBasic,
  crossSummarySplit,
  crossFiscalClasses,
  crossIncomeSources,
  crossIncomeExpenditure,
  crossExpenditureSources,
  crossEconomic,
  basicPersonnelClasses,
  projectTotal,
  threePublicSum,
  threePublicEconomic,
  runningCosts,
  codeUnknownClass,
  codeName,
  codeOutdatedName,
  codeOrphan,
  codeAmbiguous,
  tableMissing,
  tableEmptyNote,
  unitMissing,
  unitMagnitude,
  cellError,
  cellText,
  sheetTrimmed,
];
