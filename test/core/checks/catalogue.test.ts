// The catalogue itself: every rule file is registered, its id is its file name, it has a doc
// page and messages in both languages, and the preset gives it a severity.
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_PRESET, RULES } from '../../../src/core/checks';

const ROOT = path.join(__dirname, '..', '..', '..');
const CHECKS = path.join(ROOT, 'src', 'core', 'checks');
const SUPPORT = new Set(['index.ts', 'types.ts', 'registry.ts', 'presets.ts', 'compare.ts', 'tables.ts', 'sources.ts']);

describe('rule catalogue', () => {
  const files = fs.readdirSync(CHECKS).filter((f) => f.endsWith('.ts') && !SUPPORT.has(f));

  it('registers every rule file, once', () => {
    expect(RULES.map((r) => `${r.meta.id}.ts`).sort()).toEqual(files.sort());
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s: id = file name, doc page, messages, test, severity', (id, rule) => {
    const source = fs.readFileSync(path.join(CHECKS, `${id}.ts`), 'utf8');
    expect(source).toContain(`id: '${id}'`);
    const doc = path.join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(fs.existsSync(doc)).toBe(true);
    expect(fs.readFileSync(doc, 'utf8')).toMatch(new RegExp(`^# ${id}:`));
    expect(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toContain(`rules/${id}.md`);
    expect(fs.existsSync(path.join(ROOT, 'test', 'core', 'checks', `${id}.test.ts`))).toBe(true);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const m of Object.values(rule.meta.messages)) {
      expect(m['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(m['en-US'].length).toBeGreaterThan(10);
      // The same placeholders in both languages, except the language-specific ones (…En).
      const ph = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+?)(En)?\}\}/g)].map((x) => x[1]))].sort();
      expect(ph(m['en-US'])).toEqual(ph(m['zh-CN']));
    }
    expect(['error', 'warning', 'off']).toContain(DEFAULT_PRESET[id]);
  });
});
