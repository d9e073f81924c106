// The title's lines, shared by the .docx, the HTML copy and the insertion in Word, so the three
// agree: two lines when the title begins with the unit's name and is too long for one line
// (名称 / 2025年部门预算情况说明), so a long name never leaves one character alone on the second
// line; one line otherwise.
import type { DocModel } from '../core/narrative/doc';
import { TITLE_ONE_LINE_MAX } from './style';

export function titleLines(doc: DocModel): string[] {
  const name = doc.unitName;
  if (!name || !doc.title.startsWith(name) || doc.title.length <= TITLE_ONE_LINE_MAX || doc.title.length === name.length) return [doc.title];
  return [name, doc.title.slice(name.length)];
}
