// The Word adapter against a fake that records what it is asked: paragraphs in order, the
// built-in styles and fonts, highlighted placeholders, one sync per batch.
import { parseWorkbook } from '../../src/core/model/parse';
import { draftNarrative } from '../../src/core/narrative/draft';
import { wordHtml } from '../../src/word/html';
import { titleLines } from '../../src/word/title';
import { insertDraftIn, linesOf, readBodyIn } from '../../src/word/word';
import { sampleGrid } from '../helpers/samples';

interface FakeParagraph {
  text: string;
  styleBuiltIn?: string;
  font: { name?: string; size?: number; bold?: boolean; color?: string };
  lineSpacing?: number;
  firstLineIndent?: number;
  alignment?: string;
  spaceAfter?: number;
  spaceBefore?: number;
  highlights: string[];
}

function fakeWord(bodyText = '') {
  const inserted: FakeParagraph[] = [];
  let syncs = 0;
  const make = (text: string): FakeParagraph & { insertParagraph: (t: string, where: string) => unknown; search: (s: string) => unknown } => {
    const p: FakeParagraph = { text, font: {}, highlights: [] };
    return Object.assign(p, {
      // A line break after the paragraph's content, then text at its end: one paragraph, two lines.
      getRange(where: string) {
        expect(where).toBe('Content');
        return {
          insertBreak(type: string, at: string) {
            expect([type, at]).toEqual(['Line', 'After']);
            p.text += '\n';
          },
        };
      },
      insertText(t: string, where: string) {
        expect(where).toBe('End');
        p.text += t;
      },
      insertParagraph(t: string, where: string) {
        expect(where).toBe('After');
        const next = make(t);
        inserted.push(next);
        return next;
      },
      search(s: string) {
        expect(p.text).toContain(s);
        return { getFirst: () => ({ font: { set highlightColor(c: string) { p.highlights.push(`${s}:${c}`); } } }) };
      },
    });
  };
  const body = { text: '', load: () => (body.text = bodyText) };
  const ctx = {
    document: { getSelection: () => make(''), body },
    sync: async () => {
      syncs++;
    },
  };
  return { ctx: ctx as unknown as Word.RequestContext, inserted, syncs: () => syncs };
}

// Word's enums, as Office.js defines them, for code running outside Office.
(globalThis as unknown as { Word: unknown }).Word = {
  BuiltInStyleName: { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', normal: 'Normal' },
  Alignment: { centered: 'Centered', justified: 'Justified' },
  RangeLocation: { content: 'Content' },
  BreakType: { line: 'Line' },
  InsertLocation: { after: 'After', end: 'End' },
};

describe('Word adapter', () => {
  it('inserts the draft in order with built-in heading styles, body fonts and highlighted placeholders, in one sync', async () => {
    const model = parseWorkbook(await sampleGrid('a-2019'));
    const doc = draftNarrative({ model });
    const w = fakeWord();
    const n = await insertDraftIn(w.ctx, doc);
    expect(w.syncs()).toBe(1);
    expect(w.inserted).toHaveLength(n);
    expect(w.inserted.map((p) => p.text)).toEqual(linesOf(doc).map((l) => [l.text, ...(l.more ?? [])].join('\n')));
    const h1 = w.inserted.find((p) => p.text === '一、收入支出预算总体情况')!;
    expect(h1).toMatchObject({ styleBuiltIn: 'Heading1', font: { name: '黑体', size: 16, bold: false }, lineSpacing: 28, firstLineIndent: 32 });
    const h2 = w.inserted.find((p) => p.text === '（一）机关运行经费')!;
    expect(h2).toMatchObject({ styleBuiltIn: 'Heading2', font: { name: '楷体_GB2312' } });
    const body = w.inserted.find((p) => p.text.includes('支出总计789.25万元'))!;
    expect(body).toMatchObject({ styleBuiltIn: 'Normal', font: { name: '仿宋_GB2312', size: 16 }, alignment: 'Justified' });
    expect(w.inserted[0]).toMatchObject({ styleBuiltIn: 'Title', alignment: 'Centered', font: { size: 22 } });
    const withHole = w.inserted.find((p) => p.text.includes('【请填写：与上年相比的增减额、增减幅度及主要原因】'))!;
    expect(withHole.highlights).toContain('【请填写：与上年相比的增减额、增减幅度及主要原因】:Yellow');
  });

  it('sets the title in two lines after the unit name, as the .docx and the HTML copy do', async () => {
    const model = parseWorkbook(await sampleGrid('a-2019'));
    const doc = draftNarrative({ model, unit: { name: '临江市政务服务中心行政审批服务科' } });
    const w = fakeWord();
    await insertDraftIn(w.ctx, doc);
    const lines = titleLines(doc);
    expect(lines).toEqual(['临江市政务服务中心行政审批服务科', '2019年部门预算情况说明']);
    expect(w.inserted[0].text).toBe(lines.join('\n'));
    expect(wordHtml(doc)).toContain(`>${lines.join('<br/>')}</h1>`);
    // A short title stays on one line everywhere.
    const short = draftNarrative({ model, unit: { name: '某中心' } });
    const s = fakeWord();
    await insertDraftIn(s.ctx, short);
    expect(s.inserted[0].text).toBe('某中心2019年部门预算情况说明');
    expect(wordHtml(short)).toContain('>某中心2019年部门预算情况说明</h1>');
  });

  it('reads the open document’s body in one sync', async () => {
    const w = fakeWord('一、收入\r支出合计100万元');
    expect(await readBodyIn(w.ctx)).toBe('一、收入\n支出合计100万元');
    expect(w.syncs()).toBe(1);
  });
});
