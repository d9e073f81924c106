// Severity is configuration, not part of a rule. The default preset follows how reviewers
// grade disclosure defects: 强制性 (an identity that must hold, a missing table) → error;
// 提示性 (names, notes, units to confirm) → warning. Any difference that rounding of the
// published figures explains becomes info whatever the rule.
import type { Severity } from './types';

export type Preset = Readonly<Record<string, Exclude<Severity, 'info'> | 'off'>>;

export const DEFAULT_PRESET: Preset = {
  'column-total': 'error',
  'row-total': 'error',
  // A change column can mean something else in a layout not met yet: a warning, not an error.
  'row-change': 'warning',
  'code-hierarchy': 'error',
  'summary-side-total': 'error',
  'summary-balance': 'error',
  'cross-totals': 'error',
  'cross-summary-classes': 'error',
  'cross-fiscal': 'error',
  'cross-basic': 'error',
  'cross-summary-split': 'error',
  'cross-fiscal-classes': 'error',
  'cross-income-sources': 'error',
  'cross-income-expenditure': 'error',
  'cross-expenditure-sources': 'error',
  'cross-economic': 'error',
  'project-total': 'error',
  'basic-personnel-classes': 'warning',
  'three-public-economic': 'warning',
  'running-costs': 'warning',
  'three-public-sum': 'error',
  'table-missing': 'error',
  'cell-error': 'error',
  'unit-magnitude': 'error',
  'code-unknown-class': 'warning',
  'code-name': 'warning',
  'code-outdated-name': 'warning',
  'code-orphan': 'warning',
  'code-ambiguous': 'warning',
  'table-empty-note': 'warning',
  'unit-missing': 'warning',
  'cell-text': 'warning',
  'sheet-trimmed': 'warning',
};
