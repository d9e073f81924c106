// Running the rules over a workbook model: severity from the preset, rounding differences as
// notes, messages rendered in the requested language.
import { exact } from '../money';
import type { WorkbookModel } from '../model/types';
import { DEFAULT_PRESET, type Preset } from './presets';
import { RULES } from './registry';
import type { CheckOptions, Finding, Identity, Lang, Report, Rule } from './types';

export { RULES } from './registry';
export { DEFAULT_PRESET } from './presets';
export type { CheckOptions, Finding, Identity, IdentityFigure, Lang, Rule, Severity } from './types';

export const DEFAULT_OPTIONS: CheckOptions = { tolerance: exact('0.01') };

const ROUNDING_PREFIX = { 'zh-CN': '因四舍五入产生的差异：', 'en-US': 'Rounding difference: ' };
const MAGNITUDE_HINT = { 'zh-CN': '（相差约一万倍，可能混用了元和万元）', 'en-US': ' (about 10,000 times off: 元 and 万元 mixed up?)' };

// A signed difference reads as a minus sign to nobody: finance reports say which figure is
// larger and by how much (比…多 9.00 / 少 9.00; 9.00 more / less than …).
const OVER = { 'zh-CN': ['多', '少'], 'en-US': ['more', 'less'] } as const;

/** The placeholders a message may use besides its data: {{gap}} and {{over}} from `difference` (actual − expected). */
function derived(data: Report['data'], lang: Lang): Record<string, string> {
  const d = data?.difference;
  if (d === undefined) return {};
  const s = String(d);
  const less = s.startsWith('-');
  return { gap: less ? s.slice(1) : s, over: OVER[lang][less ? 1 : 0] };
}

export function render(rule: Rule, r: Pick<Report, 'messageId' | 'data' | 'rounding'>, lang: Lang): string {
  const template = rule.meta.messages[r.messageId]?.[lang] ?? r.messageId;
  const extra = derived(r.data, lang);
  const text = template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(r.data?.[k] ?? extra[k] ?? ''));
  return `${r.rounding ? ROUNDING_PREFIX[lang] : ''}${text}${r.data?.hint === 'magnitude' ? MAGNITUDE_HINT[lang] : ''}`;
}

export interface RunOptions {
  readonly options?: Partial<CheckOptions>;
  readonly preset?: Preset;
  readonly lang?: Lang;
  readonly rules?: readonly Rule[];
}

export function runChecks(model: WorkbookModel, run: RunOptions = {}): Finding[] {
  const options: CheckOptions = { ...DEFAULT_OPTIONS, ...run.options };
  const preset = run.preset ?? DEFAULT_PRESET;
  const lang = run.lang ?? 'zh-CN';
  const findings: Finding[] = [];
  for (const rule of run.rules ?? RULES) {
    const level = preset[rule.meta.id] ?? 'warning';
    if (level === 'off') continue;
    rule.check({
      model,
      options,
      report(r) {
        // A cell of a continued part on another sheet carries its sheet (Sheet2!C5): the finding
        // is on that sheet, and related cells on it are bare.
        const bang = r.cell ? r.cell.lastIndexOf('!') : -1;
        const sheet = bang > 0 ? r.cell!.slice(0, bang) : r.sheet;
        const cell = bang > 0 ? r.cell!.slice(bang + 1) : r.cell;
        const related = (r.related ?? []).map((x) => (x.startsWith(`${sheet}!`) && !x.slice(sheet.length + 1).includes('!') ? x.slice(sheet.length + 1) : x));
        findings.push({
          rule: rule.meta.id,
          severity: r.rounding ? 'info' : level,
          messageId: r.messageId,
          data: r.data ?? {},
          sheet,
          cell,
          related,
          expected: r.expected ?? null,
          actual: r.actual ?? null,
          message: render(rule, r, lang),
        });
      },
    });
  }
  return findings;
}

/** The same findings with their messages in another language. */
export function translate(findings: readonly Finding[], lang: Lang): Finding[] {
  return findings.map((f) => {
    const rule = RULES.find((r) => r.meta.id === f.rule);
    return rule ? { ...f, message: render(rule, { messageId: f.messageId, data: f.data, rounding: f.severity === 'info' }, lang) } : f;
  });
}

/** Every identity the rules compare on this model, equal or not, with the rule that checks it. */
export function collectIdentities(model: WorkbookModel, rules: readonly Rule[] = RULES): { rule: string; identity: Identity }[] {
  const out: { rule: string; identity: Identity }[] = [];
  for (const rule of rules) {
    rule.check({ model, options: DEFAULT_OPTIONS, report() {}, identity: (identity) => out.push({ rule: rule.meta.id, identity }) });
  }
  return out;
}

/**
 * `collectIdentities` with `between(done, total)` awaited after each rule, so a caller on a UI
 * thread can yield to it (the rules themselves stay synchronous).
 */
export async function collectIdentitiesStepwise(
  model: WorkbookModel,
  rules: readonly Rule[] = RULES,
  between: (done: number, total: number) => Promise<void> | void = () => {},
): Promise<{ rule: string; identity: Identity }[]> {
  const out: { rule: string; identity: Identity }[] = [];
  for (const [i, rule] of rules.entries()) {
    for (const found of collectIdentities(model, [rule])) out.push(found);
    await between(i + 1, rules.length);
  }
  return out;
}
