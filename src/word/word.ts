// The only file that calls Word.run. Inserts the draft at the cursor with Word's own paragraph
// and style APIs (built-in Heading 1 / Heading 2 styles so the navigation pane and a table of
// contents work; insertHtml would drop the formatting), in one sync; reads the open document's
// body for the auditor, in one sync.
import { placeholderText, type DocModel, type Paragraph as DocParagraph, type Section } from '../core/narrative/doc';
import { FONTS, LINE_PT, SIZES } from './style';
import { titleLines } from './title';

type Ctx = Word.RequestContext;

interface Line {
  /** The paragraph's text; a title of two lines has its second line in `more`. */
  readonly text: string;
  /** Further lines of the same paragraph, each after a line break (the title's, as in the .docx). */
  readonly more?: readonly string[];
  readonly style: 'Title' | 'Heading1' | 'Heading2' | 'Normal';
  readonly font: string;
  readonly center?: boolean;
  readonly indent?: boolean;
  /** Placeholder spans within the text, to highlight. */
  readonly marks: readonly { start: number; text: string }[];
}

function lineOf(p: DocParagraph): Line {
  let text = '';
  const marks: { start: number; text: string }[] = [];
  for (const r of p.runs) {
    const t = r.kind === 'placeholder' ? placeholderText(r.label) : r.text;
    if (r.kind === 'placeholder') marks.push({ start: text.length, text: t });
    text += t;
  }
  return { text, style: 'Normal', font: FONTS.body, indent: true, marks };
}

/** The document as the lines Word receives, in order. */
export function linesOf(doc: DocModel): Line[] {
  const [first, ...more] = titleLines(doc);
  const out: Line[] = [{ text: first, more, style: 'Title', font: FONTS.title, center: true, marks: [] }];
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      out.push({ text: s.number + s.heading, style: s.level === 1 ? 'Heading1' : 'Heading2', font: s.level === 1 ? FONTS.heading1 : FONTS.heading2, indent: true, marks: [] });
      for (const p of s.paragraphs) out.push(lineOf(p));
      visit(s.sections);
    }
  };
  for (const part of doc.parts) {
    // 第一部分, a full-width space, then the part title: one line, as in the .docx.
    out.push({ text: `${part.label}\u3000${part.title}`, style: 'Normal', font: FONTS.heading1, center: true, marks: [] });
    for (const p of part.paragraphs) out.push(lineOf(p));
    visit(part.sections);
  }
  return out;
}

/** Inserts the draft after the cursor's paragraph: one sync for the whole document. */
export async function insertDraftIn(ctx: Ctx, doc: DocModel): Promise<number> {
  const lines = linesOf(doc);
  let anchor: Word.Paragraph | Word.Range = ctx.document.getSelection();
  for (const line of lines) {
    const p: Word.Paragraph = anchor.insertParagraph(line.text, 'After');
    for (const next of line.more ?? []) {
      // A line break, not a new paragraph: the title stays one paragraph of the Title style.
      p.getRange(Word.RangeLocation.content).insertBreak(Word.BreakType.line, Word.InsertLocation.after);
      p.insertText(next, Word.InsertLocation.end);
    }
    p.styleBuiltIn = line.style === 'Title' ? Word.BuiltInStyleName.title : line.style === 'Heading1' ? Word.BuiltInStyleName.heading1 : line.style === 'Heading2' ? Word.BuiltInStyleName.heading2 : Word.BuiltInStyleName.normal;
    p.font.name = line.font;
    p.font.size = line.style === 'Title' ? SIZES.title : SIZES.body;
    p.font.bold = false;
    p.font.color = '#000000';
    p.lineSpacing = LINE_PT;
    p.spaceAfter = 0;
    p.spaceBefore = 0;
    p.firstLineIndent = line.indent ? SIZES.body * 2 : 0;
    p.alignment = line.center ? Word.Alignment.centered : Word.Alignment.justified;
    for (const m of line.marks) {
      const found = p.search(m.text, { matchCase: true });
      // The placeholder was just inserted in this paragraph, so the search finds it in this batch.
      found.getFirst().font.highlightColor = 'Yellow';
    }
    anchor = p;
  }
  await ctx.sync();
  return lines.length;
}

/** The open document's body text: one sync. */
export async function readBodyIn(ctx: Ctx): Promise<string> {
  const body = ctx.document.body;
  body.load('text');
  await ctx.sync();
  return body.text.replace(/\r\n?/g, '\n');
}

export const wordHost = {
  insertDraft: (doc: DocModel) => Word.run((ctx) => insertDraftIn(ctx, doc)),
  readBody: () => Word.run((ctx) => readBodyIn(ctx)),
};
