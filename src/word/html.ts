// HTML whose formatting survives a paste into Word: every style inline (Word ignores style
// sheets on paste), East Asian fonts named first, sizes in points, fixed line spacing.
import { escapeHtml, placeholderText, type DocModel, type Paragraph, type Section } from '../core/narrative/doc';
import { FONTS, LINE_PT, PLACEHOLDER_COLOR, SIZES } from './style';
import { titleLines } from './title';

const P = `margin:0;text-indent:2em;font-family:${FONTS.bodyCss};font-size:${SIZES.body}pt;line-height:${LINE_PT}pt;mso-line-height-rule:exactly;text-align:justify`;
const H1 = `margin:0;text-indent:2em;font-family:${FONTS.heading1Css};font-size:${SIZES.body}pt;line-height:${LINE_PT}pt;mso-line-height-rule:exactly;font-weight:normal`;
const H2 = `margin:0;text-indent:2em;font-family:${FONTS.heading2Css};font-size:${SIZES.body}pt;line-height:${LINE_PT}pt;mso-line-height-rule:exactly;font-weight:normal`;
const PART = `margin:${LINE_PT}pt 0 ${LINE_PT / 2}pt;page-break-after:avoid;text-align:center;font-family:${FONTS.heading1Css};font-size:${SIZES.body}pt;line-height:${LINE_PT}pt;mso-line-height-rule:exactly;font-weight:normal`;
const TITLE = `margin:0 0 ${LINE_PT}pt;text-align:center;font-family:${FONTS.titleCss};font-size:${SIZES.title}pt;line-height:36pt;font-weight:normal`;
const MARK = `background:${PLACEHOLDER_COLOR};mso-highlight:yellow`;

function runs(p: Paragraph): string {
  return p.runs
    .map((r) => (r.kind === 'placeholder' ? `<span style="${MARK}" data-placeholder="${escapeHtml(r.id)}">${escapeHtml(placeholderText(r.label))}</span>` : escapeHtml(r.text)))
    .join('');
}

function sections(list: readonly Section[], out: string[]): void {
  for (const s of list) {
    out.push(s.level === 1 ? `<h2 style="${H1}">${escapeHtml(s.number + s.heading)}</h2>` : `<h3 style="${H2}">${escapeHtml(s.number + s.heading)}</h3>`);
    for (const p of s.paragraphs) out.push(`<p style="${P}">${runs(p)}</p>`);
    sections(s.sections, out);
  }
}

/** The draft as Word-ready HTML (a fragment: no html/head/body). */
export function wordHtml(doc: DocModel): string {
  // The title's lines as in the .docx and in Word (title.ts).
  const title = titleLines(doc).map(escapeHtml).join('<br/>');
  const out: string[] = [`<div lang="zh-CN">`, `<h1 style="${TITLE}">${title}</h1>`];
  for (const part of doc.parts) {
    out.push(`<p style="${PART}">${escapeHtml(`${part.label}\u3000${part.title}`)}</p>`);
    for (const p of part.paragraphs) out.push(`<p style="${P}">${runs(p)}</p>`);
    sections(part.sections, out);
  }
  out.push('</div>');
  return out.join('\n');
}
