// A small scanner over the XML of an .xlsx part: tags with their local name and attributes, and
// the text of leaf elements. No DOM and no general parser: the parts of a workbook are flat and
// regular, and the sheet XML is most of the bytes, so the reader walks it once with indexOf.
// Text is decoded the way an XML parser would: the five predefined entities, numeric character
// references, CDATA sections, and line ends normalised (CR LF and a lone CR become LF).

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Entities and character references decoded; an unknown entity is left as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (m, e: string) => {
    if (e.charCodeAt(0) !== 35) return ENTITY[e] ?? m;
    const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Text as an XML parser hands it over: line ends normalised, then references decoded. */
export function xmlText(raw: string): string {
  if (raw.indexOf('\r') >= 0) raw = raw.replace(/\r\n?/g, '\n');
  return decodeEntities(raw);
}

/** One tag: `end` is the index just after its '>'. */
export interface Tag {
  /** Local name (a namespace prefix such as "x:" dropped). */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Attributes by their full name (prefix kept: "r:id"), values decoded. */
  attrs: Record<string, string>;
  start: number;
  end: number;
}

const isNameEnd = (ch: number): boolean => ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;

/**
 * The next tag at or after `from`, skipping comments, processing instructions, declarations and
 * CDATA (tags only: text is read by `leafText`); null at the end.
 */
export function nextTag(x: string, from: number, withAttrs = true): Tag | null {
  let lt = x.indexOf('<', from);
  while (lt >= 0) {
    const c1 = x.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      if (x.startsWith('<!--', lt)) lt = x.indexOf('<', skipTo(x, lt, '-->'));
      else if (x.startsWith('<![CDATA[', lt)) lt = x.indexOf('<', skipTo(x, lt, ']]>'));
      else lt = x.indexOf('<', skipTo(x, lt, '>'));
      continue;
    }
    if (c1 === 63 /* ? */) {
      lt = x.indexOf('<', skipTo(x, lt, '?>'));
      continue;
    }
    break;
  }
  if (lt < 0) return null;
  const closing = x.charCodeAt(lt + 1) === 47;
  let p = closing ? lt + 2 : lt + 1;
  const nameStart = p;
  let colon = -1;
  while (p < x.length && !isNameEnd(x.charCodeAt(p))) {
    if (x.charCodeAt(p) === 58) colon = p;
    p++;
  }
  const name = x.slice(colon >= 0 ? colon + 1 : nameStart, p);
  const attrs: Record<string, string> = {};
  // Attributes: name = "value" or 'value' (a value may hold '>').
  for (;;) {
    let ch = x.charCodeAt(p);
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = x.charCodeAt(++p);
    if (ch === 62 /* > */) return { name, closing, selfClosing: false, attrs, start: lt, end: p + 1 };
    if (ch === 47 /* / */) {
      const gt = x.indexOf('>', p);
      return { name, closing, selfClosing: true, attrs, start: lt, end: gt < 0 ? x.length : gt + 1 };
    }
    if (p >= x.length) return { name, closing, selfClosing: false, attrs, start: lt, end: x.length };
    const eq = x.indexOf('=', p);
    if (eq < 0) return { name, closing, selfClosing: false, attrs, start: lt, end: x.length };
    const an = x.slice(p, eq).trim();
    let q = eq + 1;
    while (x.charCodeAt(q) === 32 || x.charCodeAt(q) === 9 || x.charCodeAt(q) === 10 || x.charCodeAt(q) === 13) q++;
    const quote = x[q];
    if (quote !== '"' && quote !== "'") return { name, closing, selfClosing: false, attrs, start: lt, end: skipTo(x, q, '>') };
    const close = x.indexOf(quote, q + 1);
    if (close < 0) return { name, closing, selfClosing: false, attrs, start: lt, end: x.length };
    if (withAttrs) attrs[an] = attrValue(x.slice(q + 1, close));
    p = close + 1;
  }
}

/** Attribute values: white space characters become spaces (XML attribute normalisation). */
function attrValue(raw: string): string {
  if (raw.indexOf('&') < 0 && !/[\t\n\r]/.test(raw)) return raw;
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, ' '));
}

/** The index just after `token` at or after `from`, or the end of the string. */
export function skipTo(x: string, from: number, token: string): number {
  const i = x.indexOf(token, from);
  return i < 0 ? x.length : i + token.length;
}

/** Where the last `leafText` stopped: just after the end tag. */
export const scanned = { end: 0 };

/**
 * The text of a leaf element whose start tag ends at `from`, up to its end tag (CDATA kept,
 * comments dropped); `scanned.end` is then the index just after that end tag.
 */
export function leafText(x: string, from: number): string {
  let lt = x.indexOf('<', from);
  if (lt < 0) {
    scanned.end = x.length;
    return xmlText(x.slice(from));
  }
  let c1 = x.charCodeAt(lt + 1);
  if (c1 === 47) {
    scanned.end = skipTo(x, lt, '>');
    return xmlText(x.slice(from, lt));
  }
  // Rare: CDATA or comments inside the text.
  let text = '';
  let p = from;
  for (;;) {
    text += xmlText(x.slice(p, lt < 0 ? x.length : lt));
    if (lt < 0) {
      scanned.end = x.length;
      return text;
    }
    c1 = x.charCodeAt(lt + 1);
    if (x.startsWith('<![CDATA[', lt)) {
      const e = x.indexOf(']]>', lt + 9);
      text += x.slice(lt + 9, e < 0 ? x.length : e).replace(/\r\n?/g, '\n');
      p = e < 0 ? x.length : e + 3;
    } else if (x.startsWith('<!--', lt)) {
      p = skipTo(x, lt, '-->');
    } else if (c1 === 63) {
      p = skipTo(x, lt, '?>');
    } else {
      // The end tag (or, in a malformed file, another element: the text stops there).
      scanned.end = c1 === 47 ? skipTo(x, lt, '>') : lt;
      return text;
    }
    lt = x.indexOf('<', p);
  }
}

/** Past a comment, CDATA section, declaration or processing instruction starting at `lt`. */
export function skipSpecial(x: string, lt: number): number {
  if (x.charCodeAt(lt + 1) === 63) return skipTo(x, lt, '?>');
  if (x.startsWith('<!--', lt)) return skipTo(x, lt, '-->');
  if (x.startsWith('<![CDATA[', lt)) return skipTo(x, lt, ']]>');
  return skipTo(x, lt, '>');
}

const isSpace = (ch: number): boolean => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/** The index where the tag name starting at `p` ends. */
export function nameEnd(x: string, p: number): number {
  while (p < x.length && !isNameEnd(x.charCodeAt(p))) p++;
  return p;
}

/** Where the local name starts (after a namespace prefix) in the name x[from, to). */
export function localStart(x: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (x.charCodeAt(i) === 58) return i + 1;
  return from;
}

/**
 * The value of attribute `name` in the start tag x[from, to) (from just after the tag name),
 * undefined when absent. Nothing is allocated unless it is found: the sheet's hot path.
 */
export function attr(x: string, from: number, to: number, name: string): string | undefined {
  let p = from;
  for (;;) {
    const eq = x.indexOf('=', p);
    if (eq < 0 || eq >= to) return undefined;
    let e = eq;
    while (e > p && isSpace(x.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > p && !isSpace(x.charCodeAt(s - 1))) s--;
    let q = eq + 1;
    while (isSpace(x.charCodeAt(q))) q++;
    const quote = x.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return undefined;
    const close = x.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0) return undefined;
    if (e - s === name.length && x.startsWith(name, s)) return attrValue(x.slice(q + 1, close));
    p = close + 1;
  }
}
