// The text rules' catalogue: every rule file is registered, its id is its file name, it has a
// doc page listed in docs/rules.md, a test, and messages in both languages. The runner places
// each report at its offset in the original text with the rule's severity.
import * as fs from 'fs';
import * as path from 'path';
import { auditNarrative } from '../../../../src/core/narrative/audit';
import { TEXT_RULES } from '../../../../src/core/narrative/rules';
import type { TextRule } from '../../../../src/core/narrative/rules/types';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const RULES_DIR = path.join(ROOT, 'src', 'core', 'narrative', 'rules');
const SUPPORT = new Set(['index.ts', 'types.ts', 'form-text.ts']);

describe('text rule catalogue', () => {
  const files = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !SUPPORT.has(f));

  it('registers every rule file, once', () => {
    expect(TEXT_RULES.map((r) => `${r.meta.id}.ts`).sort()).toEqual(files.sort());
    expect(new Set(TEXT_RULES.map((r) => r.meta.id)).size).toBe(TEXT_RULES.length);
  });

  it('gives each rule its file, doc page, test and messages in both languages', () => {
    for (const rule of TEXT_RULES) {
      const id = rule.meta.id;
      expect(fs.readFileSync(path.join(RULES_DIR, `${id}.ts`), 'utf8')).toContain(`id: '${id}'`);
      const doc = path.join(ROOT, 'docs', 'rules', `${id}.md`);
      expect(fs.readFileSync(doc, 'utf8')).toMatch(new RegExp(`^# ${id}:`));
      expect(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toContain(`rules/${id}.md`);
      expect(fs.existsSync(path.join(ROOT, 'test', 'core', 'narrative', 'rules', `${id}.test.ts`))).toBe(true);
      for (const m of Object.values(rule.meta.messages)) {
        expect(m['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(m['en-US'].length).toBeGreaterThan(10);
      }
    }
  });

  it('runs a rule over the original text and reports at the offset it gives', () => {
    const placeholder: TextRule = {
      meta: {
        id: 'test-placeholder',
        family: 'form',
        severity: 'warning',
        description: { 'zh-CN': '占位符', 'en-US': 'Placeholder' },
        messages: { left: { 'zh-CN': '“{{quote}}”是未填写的占位符。', 'en-US': '"{{quote}}" is an unfilled placeholder.' } },
      },
      check(ctx) {
        for (const m of ctx.text.matchAll(/XX/g)) ctx.report({ messageId: 'left', data: { quote: m[0] }, offset: m.index, quote: m[0] });
      },
    };
    const text = '2025年部门预算收入合计100.00万元。\r\n主要用于XX项目。';
    const result = auditNarrative({ text, textRules: [placeholder], lang: 'en-US' });
    const found = result.findings.filter((f) => f.rule === 'test-placeholder');
    expect(found).toEqual([{ rule: 'test-placeholder', severity: 'warning', quote: 'XX', data: { quote: 'XX' }, offset: text.replace(/\r\n/g, '\n').indexOf('XX'), expected: null, actual: null, message: '"XX" is an unfilled placeholder.' }]);
  });
});
