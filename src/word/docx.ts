// The draft as a .docx in government-document layout, with real paragraph styles (Heading 1 /
// Heading 2 for Word's navigation pane and table of contents, a body style) and East Asian
// fonts set on the styles and on every run.
import { AlignmentType, Document, Footer, HighlightColor, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { placeholderText, type DocModel, type Paragraph as DocParagraph, type Section } from '../core/narrative/doc';
import { FONTS, LINE_PT, MARGINS_MM, SIZES } from './style';
import { titleLines } from './title';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' });
const LINE = { line: LINE_PT * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const INDENT = { firstLine: SIZES.body * 2 * 20 };

function runsOf(p: DocParagraph, base: string): TextRun[] {
  return p.runs.map((r) =>
    r.kind === 'placeholder'
      ? new TextRun({ text: placeholderText(r.label), font: font(base), highlight: HighlightColor.YELLOW })
      : new TextRun({ text: r.text, font: font(base) }),
  );
}

function sectionParagraphs(list: readonly Section[], out: Paragraph[]): void {
  for (const s of list) {
    out.push(new Paragraph({ style: s.level === 1 ? 'Heading1' : 'Heading2', children: [new TextRun({ text: s.number + s.heading, font: font(s.level === 1 ? FONTS.heading1 : FONTS.heading2) })] }));
    for (const p of s.paragraphs) out.push(new Paragraph({ style: 'BodyText', children: runsOf(p, FONTS.body) }));
    sectionParagraphs(s.sections, out);
  }
}

/** The title's lines (see title.ts), the second after a line break in the same paragraph. */
function titleRuns(doc: DocModel): TextRun[] {
  return titleLines(doc).map((line, i) => new TextRun({ text: line, font: font(FONTS.title), ...(i ? { break: 1 } : {}) }));
}

export function docxDocument(doc: DocModel): Document {
  const body: Paragraph[] = [new Paragraph({ style: 'Title', children: titleRuns(doc) })];
  for (const part of doc.parts) {
    // 第一部分, a full-width space, then the part title: one line, kept with what follows.
    body.push(new Paragraph({ style: 'PartHeading', children: [new TextRun({ text: `${part.label}\u3000${part.title}`, font: font(FONTS.heading1) })] }));
    for (const p of part.paragraphs) body.push(new Paragraph({ style: 'BodyText', children: runsOf(p, FONTS.body) }));
    sectionParagraphs(part.sections, body);
  }
  return new Document({
    creator: 'budget-check',
    title: doc.title,
    styles: {
      default: { document: { run: { font: font(FONTS.body), size: SIZES.body * 2 }, paragraph: { spacing: LINE } } },
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: font(FONTS.body), size: SIZES.body * 2 }, paragraph: { spacing: LINE } },
        { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: font(FONTS.body), size: SIZES.body * 2 }, paragraph: { spacing: LINE, indent: INDENT, alignment: AlignmentType.JUSTIFIED } },
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: font(FONTS.title), size: SIZES.title * 2 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 36 * 20, lineRule: LineRuleType.EXACT, after: LINE_PT * 20 } } },
        { id: 'PartHeading', name: 'Part Heading', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: font(FONTS.heading1), size: SIZES.body * 2 }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...LINE, before: LINE_PT * 20, after: LINE_PT * 10 } } },
        { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: font(FONTS.heading1), size: SIZES.body * 2, bold: false }, paragraph: { spacing: LINE, indent: INDENT, outlineLevel: 0, keepNext: true } },
        { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'BodyText', quickFormat: true, run: { font: font(FONTS.heading2), size: SIZES.body * 2, bold: false }, paragraph: { spacing: LINE, indent: INDENT, outlineLevel: 1, keepNext: true } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: { top: twips(MARGINS_MM.top), bottom: twips(MARGINS_MM.bottom), left: twips(MARGINS_MM.left), right: twips(MARGINS_MM.right), header: twips(15), footer: twips(20) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: SIZES.footer * 2 })] })],
          }),
        },
        children: body,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function docxBytes(doc: DocModel): Promise<Uint8Array> {
  const blob = await Packer.toBlob(docxDocument(doc));
  return new Uint8Array(await blob.arrayBuffer());
}
