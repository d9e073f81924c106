// The body text of a .docx for the auditor: paragraphs in order (table cells read as
// paragraphs), tabs and breaks kept, fields read as the value they show (their instructions
// are not text), deleted revisions left out.
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e] ?? m));

export class DocxReadError extends Error {}

export async function readDocxText(bytes: Uint8Array): Promise<string> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch (e) {
    throw new DocxReadError(e instanceof Error ? e.message : String(e));
  }
  if (!xml) throw new DocxReadError('word/document.xml is missing');
  const body = xml.slice(xml.indexOf('<w:body'), xml.lastIndexOf('</w:body>'));
  const paragraphs: string[] = [];
  for (const m of body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const p = m[0];
    let text = '';
    // In document order: text, tabs and breaks; w:delText and w:instrText are not w:t.
    for (const t of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>/g)) {
      if (t[0].startsWith('<w:tab')) text += '\t';
      else if (t[0].startsWith('<w:br')) text += '\n';
      else text += decode(t[1]);
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n');
}
