// The .docx of the sample (a) draft, unzipped: styles, East Asian fonts, page, text, figures.
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { parseWorkbook } from '../../src/core/model/parse';
import { renderText } from '../../src/core/narrative/doc';
import { draftNarrative } from '../../src/core/narrative/draft';
import { docxBytes } from '../../src/word/docx';
import { wordHtml } from '../../src/word/html';
import { readDocxText } from '../../src/word/read-docx';
import { auditNarrative } from '../../src/core/narrative/audit';
import { sampleGrid } from '../helpers/samples';

describe('the .docx writer', () => {
  let documentXml: string;
  let stylesXml: string;
  let footerXml: string;
  let headerXml: string | undefined;
  let text: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const model = parseWorkbook(await sampleGrid('a-2019'));
    const prior = parseWorkbook(await sampleGrid('a-2018'));
    const doc = draftNarrative({ model, prior });
    text = renderText(doc);
    bytes = await docxBytes(doc);
    const zip = await JSZip.loadAsync(bytes);
    documentXml = await zip.file('word/document.xml')!.async('string');
    stylesXml = await zip.file('word/styles.xml')!.async('string');
    const names = Object.keys(zip.files);
    footerXml = await zip.file(names.find((n) => /word\/footer\d*\.xml/.test(n))!)!.async('string');
    const header = names.find((n) => /word\/header\d*\.xml/.test(n));
    headerXml = header ? await zip.file(header)!.async('string') : undefined;
  });

  const styleBlock = (id: string) => {
    const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(stylesXml);
    if (!m) throw new Error(`no style ${id}`);
    return m[0];
  };

  it('defines the heading and body styles with their East Asian fonts', () => {
    expect(styleBlock('Heading1')).toContain('<w:name w:val="heading 1"/>');
    expect(styleBlock('Heading1')).toMatch(/w:eastAsia="黑体"/);
    expect(styleBlock('Heading1')).toMatch(/<w:outlineLvl w:val="0"\/>/);
    expect(styleBlock('Heading2')).toContain('<w:name w:val="heading 2"/>');
    expect(styleBlock('Heading2')).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(styleBlock('BodyText')).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(styleBlock('BodyText')).toMatch(/<w:sz w:val="32"\/>/); // 三号, 16 pt
    expect(styleBlock('BodyText')).toMatch(/<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"|<w:spacing [^>]*w:lineRule="exact"[^>]*w:line="560"/);
    expect(styleBlock('BodyText')).toMatch(/w:firstLine="640"/);
    expect(styleBlock('Title')).toMatch(/w:eastAsia="方正小标宋简体"/);
  });

  it('uses the styles in the document and sets the East Asian font on every run', () => {
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?一、收入支出预算总体情况/);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?（一）机关运行经费/);
    const runs = [...documentXml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(100);
    for (const r of runs) expect(r).toMatch(/w:eastAsia="/);
  });

  it('lays out an A4 page with government-document margins, page numbers and no running header', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(footerXml).toMatch(/PAGE/);
    expect(headerXml).toBeUndefined();
  });

  it('sets the title in two lines after the unit name and keeps part headings with what follows', () => {
    expect(documentXml).toMatch(/<w:t[^>]*>延津县行政服务中心<\/w:t>[\s\S]*?<w:br\/>[\s\S]*?<w:t[^>]*>2019年部门预算情况说明<\/w:t>/);
    expect(documentXml).toContain('第一部分\u3000延津县行政服务中心概况');
    expect(styleBlock('PartHeading')).toContain('<w:keepNext/>');
  });

  it('holds the text and every figure of the draft, and highlights the placeholders', () => {
    const plain = [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const figure of text.match(/\d+(\.\d+)?(万元|%)/g)!) expect(plain).toContain(figure);
    expect(plain).toContain('收、支总计各增加687.47万元，增长675.45%');
    expect(documentXml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?【请填写：主要原因】/);
  });

  it('reads back as the same text, and audits clean', async () => {
    const back = await readDocxText(bytes);
    const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
    expect(squash(back)).toBe(squash(text));
    const model = parseWorkbook(await sampleGrid('a-2019'));
    expect(auditNarrative({ text: back, model }).findings.filter((f) => f.rule !== 'narrative-prior-mismatch' && !(f.rule === 'form-template-leftover' && f.quote.startsWith('【请填写：')))).toEqual([]);
  });

  it('renders Word-ready HTML with inline styles, the fonts named, and escaped text', () => {
    const html = wordHtml(draftNarrative({ model: parseWorkbook({ sheets: [] }) }));
    expect(html).toMatch(/<h2 style="[^"]*font-family:'黑体'/);
    expect(html).toMatch(/<p style="[^"]*font-family:'仿宋_GB2312'[^"]*font-size:16pt;line-height:28pt;mso-line-height-rule:exactly/);
    // Every attribute is well formed: the document parses back with the same paragraphs.
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html).toMatch(/<span style="background:#FFFF00;mso-highlight:yellow"/);
  });
});

describe('reading a .docx for the auditor', () => {
  it('reads paragraphs, table cells, tabs and the shown value of fields, not their code or deletions', async () => {
    const zip = new JSZip();
    const p = (inner: string) => `<w:p>${inner}</w:p>`;
    const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${p(r('支出合计100.00万元，') + r('其中：基本支出60.00万元'))}${p(
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
      )}<w:tbl><w:tr><w:tc>${p(r('A&amp;B'))}</w:tc><w:tc>${p('<w:r><w:t>项目</w:t><w:tab/></w:r>')}</w:tc></w:tr></w:tbl>${p(`<w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>${r('保留的')}<w:r><w:tab/></w:r>${r('尾')}`)}</w:body></w:document>`,
    );
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    expect(await readDocxText(bytes)).toBe('支出合计100.00万元，其中：基本支出60.00万元\n3\nA&B\n项目\t\n保留的\t尾');
  });
});
