// The document model of an explanatory text: parts, numbered sections, paragraphs of runs. A run
// is text, a figure that remembers its source cells, or a placeholder the user must fill.
export type Run =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'figure'; readonly text: string; readonly sources: readonly string[] }
  | { readonly kind: 'placeholder'; readonly id: string; readonly label: string };

export interface Paragraph {
  readonly runs: readonly Run[];
}

export interface Section {
  /** "一、" or "（一）". */
  readonly number: string;
  readonly heading: string;
  readonly level: 1 | 2;
  readonly paragraphs: readonly Paragraph[];
  readonly sections: readonly Section[];
}

export interface Part {
  /** 第一部分 … */
  readonly label: string;
  readonly title: string;
  readonly sections: readonly Section[];
  readonly paragraphs: readonly Paragraph[];
}

export interface DocModel {
  readonly title: string;
  readonly unitName: string | null;
  readonly year: number | null;
  readonly parts: readonly Part[];
}

export interface PlaceholderRef {
  readonly id: string;
  readonly label: string;
  /** Where it stands: part label and section heading. */
  readonly where: string;
}

export const text = (t: string): Run => ({ kind: 'text', text: t });
export const figure = (t: string, sources: readonly string[]): Run => ({ kind: 'figure', text: t, sources });
export const placeholder = (id: string, label: string): Run => ({ kind: 'placeholder', id, label });

export function placeholderText(label: string): string {
  return `【请填写：${label}】`;
}

function runText(r: Run): string {
  return r.kind === 'placeholder' ? placeholderText(r.label) : r.text;
}

export function paragraphText(p: Paragraph): string {
  return p.runs.map(runText).join('');
}

/** Every placeholder of the document, in reading order. */
export function placeholders(doc: DocModel): PlaceholderRef[] {
  const out: PlaceholderRef[] = [];
  const visit = (where: string, paragraphs: readonly Paragraph[], sections: readonly Section[]) => {
    for (const p of paragraphs) for (const r of p.runs) if (r.kind === 'placeholder') out.push({ id: r.id, label: r.label, where });
    for (const s of sections) visit(`${where} ${s.number}${s.heading}`, s.paragraphs, s.sections);
  };
  for (const part of doc.parts) visit(part.label, part.paragraphs, part.sections);
  return out;
}

/** Plain text: headings on their own lines, paragraphs indented with two full-width spaces. */
export function renderText(doc: DocModel): string {
  const lines: string[] = [doc.title, ''];
  const visit = (paragraphs: readonly Paragraph[], sections: readonly Section[]) => {
    for (const p of paragraphs) lines.push(`\u3000\u3000${paragraphText(p)}`);
    for (const s of sections) {
      lines.push(`${s.number}${s.heading}`);
      visit(s.paragraphs, s.sections);
    }
  };
  for (const part of doc.parts) {
    lines.push(part.label, part.title);
    visit(part.paragraphs, part.sections);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** HTML for preview and copy: semantic headings, figures and placeholders marked up. */
export function renderHtml(doc: DocModel): string {
  const out: string[] = [`<article class="budget-draft" lang="zh-CN">`, `<h1>${escapeHtml(doc.title)}</h1>`];
  const runs = (p: Paragraph) =>
    p.runs
      .map((r) =>
        r.kind === 'text'
          ? escapeHtml(r.text)
          : r.kind === 'figure'
            ? `<span class="figure" data-sources="${escapeHtml(r.sources.join(' '))}">${escapeHtml(r.text)}</span>`
            : `<mark class="placeholder" data-id="${escapeHtml(r.id)}">${escapeHtml(placeholderText(r.label))}</mark>`,
      )
      .join('');
  const visit = (paragraphs: readonly Paragraph[], sections: readonly Section[]) => {
    for (const p of paragraphs) out.push(`<p>${runs(p)}</p>`);
    for (const s of sections) {
      out.push(s.level === 1 ? `<h3>${escapeHtml(s.number + s.heading)}</h3>` : `<h4>${escapeHtml(s.number + s.heading)}</h4>`);
      visit(s.paragraphs, s.sections);
    }
  };
  for (const part of doc.parts) {
    out.push(`<h2>${escapeHtml(`${part.label} ${part.title}`)}</h2>`);
    visit(part.paragraphs, part.sections);
  }
  out.push('</article>');
  return `${out.join('\n')}\n`;
}
