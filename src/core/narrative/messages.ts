// Messages of the text audit, keyed by rule, in Chinese and English.
export type NarrativeRule =
  | 'narrative-unit-missing'
  | 'narrative-blank-rate'
  | 'narrative-zero-change'
  | 'narrative-direction'
  | 'narrative-zero-base'
  | 'narrative-rate'
  | 'narrative-share'
  | 'narrative-parts'
  | 'narrative-count-share'
  | 'narrative-repeated-word'
  | 'narrative-outdated-name'
  | 'narrative-table-mismatch'
  | 'narrative-prior-mismatch';

export const NARRATIVE_MESSAGES: Record<NarrativeRule, { 'zh-CN': string; 'en-US': string }> = {
  'narrative-unit-missing': { 'zh-CN': '金额“{{value}}”缺少单位（应写明万元或元）。', 'en-US': 'The amount "{{value}}" has no unit (万元 or 元).' },
  'narrative-blank-rate': { 'zh-CN': '百分比缺少数字{{should}}。', 'en-US': 'The percentage has no number{{shouldEn}}.' },
  'narrative-zero-change': { 'zh-CN': '“{{quote}}”表示没有变化，应写“与上年持平”。', 'en-US': '"{{quote}}" means no change: write 与上年持平.' },
  'narrative-direction': { 'zh-CN': '“{{change}}”不能与“{{rate}}”搭配（增加对应增长，减少对应下降）。', 'en-US': '{{change}} cannot go with {{rate}} (增加 goes with 增长, 减少 with 下降).' },
  'narrative-zero-base': { 'zh-CN': '上年数为零，不能计算增长率，应写“新增{{change}}万元”或“上年无此项预算”。', 'en-US': 'Last year was zero: there is no growth rate; write 新增{{change}}万元 instead.' },
  'narrative-rate': { 'zh-CN': '增减幅度应为 {{expected}}，文中为 {{actual}}{{how}}。', 'en-US': 'The rate should be {{expected}}, the text says {{actual}}{{howEn}}.' },
  'narrative-share': {
    'zh-CN': '占比应为 {{expected}}（{{part}} ÷ {{whole}}），文中为 {{actual}}{{how}}。已尝试的分母：{{tried}}。',
    'en-US': 'The share should be {{expected}} ({{part}} ÷ {{whole}}), the text says {{actual}}{{howEn}}. Denominators tried: {{tried}}.',
  },
  'narrative-parts': { 'zh-CN': '其中各项（{{parts}}）之和为 {{sum}}，与总数 {{total}} 不一致。', 'en-US': 'The parts ({{parts}}) add up to {{sum}}, not {{total}}.' },
  'narrative-count-share': { 'zh-CN': '比率应为 {{expected}}（{{part}} ÷ {{whole}}），文中为 {{actual}}{{how}}。已尝试的分母：{{tried}}。', 'en-US': 'The rate should be {{expected}} ({{part}} ÷ {{whole}}), the text says {{actual}}{{howEn}}. Denominators tried: {{tried}}.' },
  'narrative-repeated-word': { 'zh-CN': '词语“{{word}}”重复。', 'en-US': 'The word "{{word}}" is repeated.' },
  'narrative-outdated-name': { 'zh-CN': '“{{old}}”在 {{year}} 年已更名为“{{current}}”。', 'en-US': '"{{old}}" is called "{{current}}" in {{year}}.' },
  'narrative-table-mismatch': { 'zh-CN': '“{{label}}”与表格不一致：表中为 {{expected}}（{{cells}}）。', 'en-US': '"{{label}}" disagrees with the tables: {{expected}} there ({{cells}}).' },
  'narrative-prior-mismatch': { 'zh-CN': '“{{label}}”的增减额与两年表格不一致：应为 {{expected}}（{{cells}}）。', 'en-US': 'The change of "{{label}}" disagrees with the two years\' tables: {{expected}} ({{cells}}).' },
};
