// Which document a disclosure is: a department's (部门预算, the 主管部门 with its units) or one
// unit's (单位预算). The budget systems title a unit's tables 单位收支总表 / 预算单位财务收支预算总表
// and a department's 部门收支总表 / 部门财务收支预算总表; the text's own title says 部门预算 or
// 单位预算. A setting or the command line's --document-type overrides both.
import { titleCore } from '../model/kinds';
import type { WorkbookModel } from '../model/types';
import type { DocumentType } from './rules/types';

export type { DocumentType };

/** The type the table titles give (most titles decide), or null when they do not say. */
export function documentTypeOfModel(model: WorkbookModel | null | undefined): DocumentType | null {
  if (!model) return null;
  let unit = 0;
  let department = 0;
  for (const t of model.tables) {
    const core = titleCore(t.title);
    if (/^(预算)?单位/.test(core)) unit++;
    else if (/^部门/.test(core)) department++;
  }
  if (unit === department) return null;
  return unit > department ? 'unit' : 'department';
}

/** The type the text's title gives (2026年单位预算 / 部门预算情况说明), or null. */
export function documentTypeOfText(text: string): DocumentType | null {
  const head = text.slice(0, 400);
  const m = /(?:(?:19|20)\d{2}\s*年度?)\s*(部门|单位)(?:预算|决算)|(部门|单位)预算(?:编制|情况)?说明/.exec(head);
  const word = m?.[1] ?? m?.[2];
  return word === '单位' ? 'unit' : word === '部门' ? 'department' : null;
}

/** The setting first, then the tables, then the text's title. */
export function documentTypeOf(setting: DocumentType | null | undefined, model: WorkbookModel | null | undefined, text: string): DocumentType | null {
  return setting ?? documentTypeOfModel(model) ?? documentTypeOfText(text);
}

export function isDocumentType(s: string): s is DocumentType {
  return s === 'department' || s === 'unit';
}
