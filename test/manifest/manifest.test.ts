// Offline checks of manifest.xml: the online validator cannot be reached from here, so the
// parts of the schema that matter for this add-in are checked directly.
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const root = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

type OrderedNode = { [tag: string]: OrderedNode[] } & { ':@'?: Record<string, string> };
const ordered: OrderedNode[] = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(xml);

function tagOf(n: OrderedNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}
function childrenOf(n: OrderedNode): OrderedNode[] {
  return (n[tagOf(n)] as OrderedNode[]) ?? [];
}
function walk(nodes: OrderedNode[], visit: (n: OrderedNode, parents: string[]) => void, parents: string[] = []): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text' || tag === '?xml' || tag === '#comment') continue;
    visit(n, parents);
    walk(childrenOf(n), visit, [...parents, tag]);
  }
}
function find(tag: string): OrderedNode[] {
  const out: OrderedNode[] = [];
  walk(ordered, (n) => {
    if (tagOf(n) === tag) out.push(n);
  });
  return out;
}
function attrs(n: OrderedNode): Record<string, string> {
  return n[':@'] ?? {};
}
function elementChildren(n: OrderedNode): string[] {
  return childrenOf(n)
    .map(tagOf)
    .filter((t) => t !== '#text' && t !== '#comment');
}
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// Sequences from the OfficeApp 1.1 and VersionOverrides 1.0 schemas, for the elements used here.
const SEQUENCES: Record<string, string[]> = {
  OfficeApp: [
    'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
    'AllowSnapshot', 'VersionOverrides',
  ],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'VersionOverrides'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Action: ['TaskpaneId', 'SourceLocation', 'Title'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};

describe('manifest.xml (offline checks)', () => {
  it('is well-formed XML with an OfficeApp TaskPaneApp root for the Workbook and Document hosts', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const app = find('OfficeApp')[0];
    expect(attrs(app)['xsi:type']).toBe('TaskPaneApp');
    expect(find('Host').map((h) => attrs(h).Name ?? attrs(h)['xsi:type'])).toEqual(['Workbook', 'Document', 'Workbook', 'Document']);
  });

  it('defaults to zh-CN with en-US overrides for every displayed string', () => {
    expect(childrenOf(find('DefaultLocale')[0])[0]['#text' as never]).toBe('zh-CN');
    for (const tag of ['DisplayName', 'Description']) {
      const n = find(tag)[0];
      const overrides = childrenOf(n).filter((c) => tagOf(c) === 'Override');
      expect(overrides.map((o) => attrs(o).Locale)).toEqual(['en-US']);
    }
    for (const s of find('bt:String')) {
      const overrides = childrenOf(s).filter((c) => tagOf(c) === 'bt:Override');
      expect(overrides.map((o) => attrs(o).Locale)).toEqual(['en-US']);
    }
  });

  it('defines every resid it references, and references every resource it defines', () => {
    const referenced = new Set<string>();
    walk(ordered, (n) => {
      const r = attrs(n).resid;
      if (r) referenced.add(r);
    });
    const defined = new Set<string>();
    for (const tag of ['bt:Image', 'bt:Url', 'bt:String']) {
      for (const n of find(tag)) {
        const id = attrs(n).id;
        if (id) {
          expect(defined.has(id)).toBe(false); // no duplicate ids
          defined.add(id);
        }
      }
    }
    expect(referenced.size).toBeGreaterThan(5);
    for (const r of referenced) expect({ resid: r, defined: defined.has(r) }).toEqual({ resid: r, defined: true });
    for (const d of defined) expect({ id: d, used: referenced.has(d) }).toEqual({ id: d, used: true });
    for (const r of referenced) expect(r.length).toBeLessThanOrEqual(32);
  });

  it('declares only icons that exist in assets/ at their declared pixel size', () => {
    const images: { url: string; size: number | null }[] = [];
    for (const n of find('bt:Image')) {
      const a = attrs(n);
      if (a.DefaultValue) images.push({ url: a.DefaultValue, size: Number(a.id.match(/(\d+)x\1/)?.[1]) });
    }
    images.push({ url: attrs(find('IconUrl')[0]).DefaultValue, size: 32 });
    images.push({ url: attrs(find('HighResolutionIconUrl')[0]).DefaultValue, size: 64 });
    for (const { url, size } of images) {
      const file = path.join(root, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // The ribbon's <bt:Image size="N"> references must point at an image of N pixels.
    walk(ordered, (n) => {
      if (tagOf(n) === 'bt:Image' && attrs(n).size) {
        expect(attrs(n).resid).toBe(`Icon.${attrs(n).size}x${attrs(n).size}`);
      }
    });
    for (const s of [16, 32, 64, 80, 128]) expect(pngSize(path.join(root, 'assets', `icon-${s}.png`))).toEqual({ width: s, height: s });
  });

  it('uses https for every URL', () => {
    const urls: string[] = [];
    walk(ordered, (n) => {
      for (const [k, v] of Object.entries(attrs(n))) if (k === 'DefaultValue' && /^\w+:\/\//.test(v)) urls.push(v);
    });
    for (const n of find('AppDomain')) urls.push(String(childrenOf(n)[0]['#text' as never]));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it('has well-formed ids', () => {
    expect(String(childrenOf(find('Id')[0])[0]['#text' as never])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(String(childrenOf(find('Version')[0])[0]['#text' as never])).toMatch(/^\d+(\.\d+){0,3}$/);
    const ids = new Set<string>();
    for (const tag of ['Group', 'Control', 'OfficeTab']) {
      for (const n of find(tag)) {
        const id = attrs(n).id;
        expect(id).toMatch(/^[A-Za-z][A-Za-z0-9.]{0,124}$/);
        // Built-in tabs (TabHome) recur per host; groups and controls are the add-in's own.
        if (tag === 'OfficeTab') continue;
        expect(ids.has(id)).toBe(false);
        ids.add(id);
      }
    }
  });

  it('declares no requirement set that would keep one of its hosts out, and a ShowTaskpane button on each Home tab', () => {
    // The minimums (ExcelApi 1.9, WordApi 1.3) are checked at run time: see src/taskpane/index.tsx.
    expect(find('Set')).toEqual([]);
    expect(xml).toMatch(/ExcelApi 1\.9[\s\S]*WordApi 1\.3/);
    expect(find('OfficeTab').map((t) => attrs(t).id)).toEqual(['TabHome', 'TabHome']);
    expect(find('Action').map((a) => attrs(a)['xsi:type'])).toEqual(['ShowTaskpane', 'ShowTaskpane']);
  });

  it('keeps the schema order of child elements', () => {
    walk(ordered, (n) => {
      const seq = SEQUENCES[tagOf(n)];
      if (!seq) return;
      const kids = elementChildren(n).filter((k, i, all) => all.indexOf(k) === i);
      for (const k of kids) expect({ parent: tagOf(n), child: k, known: seq.includes(k) }).toMatchObject({ known: true });
      const positions = kids.map((k) => seq.indexOf(k));
      expect({ parent: tagOf(n), order: kids }).toEqual({ parent: tagOf(n), order: [...kids].sort((a, b) => seq.indexOf(a) - seq.indexOf(b)) });
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });
  });
});
