import { rule } from '../../../../src/core/narrative/rules/narrative-parts-elsewhere';
import { rule as rateRule } from '../../../../src/core/narrative/rules/narrative-rate';
import { auditNarrative } from '../../../../src/core/narrative/audit';
import { textRuleTester } from './tester';

// Economic classes of 基本支出 as items, each with its share and change; 基本支出 itself only in
// a later section.
const items = (services: string, servicesShare: string) =>
  [
    '四、一般公共预算支出情况',
    '工资福利支出预算320.00万元，占基本支出64.00%，比上年增加20.00万元，增长6.67%。',
    `商品和服务支出预算${services}，占基本支出${servicesShare}，比上年增加30.00万元，增长23.08%。`,
    '对个人和家庭的补助支出预算20.00万元，占基本支出4.00%，比上年增加2.00万元，增长11.11%。',
    '五、一般公共预算基本支出情况',
    '本年一般公共预算基本支出500.00万元，其中：人员经费400.00万元，公用经费100.00万元。',
  ].join('\n');

textRuleTester(rule, {
  valid: [
    { name: 'parts that add up to the whole stated in a later section', text: items('160.00万元', '32.00%') },
    {
      name: 'parts that fall short but no part singled out by its own figures',
      text: '工资福利支出预算320.00万元。\n商品和服务支出预算60.00万元。\n对个人和家庭的补助支出预算20.00万元。\n二、基本支出\n本年基本支出500.00万元。',
    },
    {
      name: 'a whole named twice with two values is not guessed',
      text: '工资福利支出预算320.00万元，比上年增加20.00万元，增长6.67%。\n商品和服务支出预算60.00万元，比上年增加30.00万元，增长23.08%。\n对个人和家庭的补助支出预算20.00万元。\n二、基本支出\n财政拨款基本支出500.00万元，一般公共预算基本支出480.00万元。',
    },
  ],
  invalid: [
    { name: 'a part the whole and its own rate both contradict', text: items('60.00万元', '%'), findings: [{ quote: '60.00万元', expected: '160' }] },
    {
      name: 'a part the whole and its own share both contradict',
      text: '工资福利支出预算320.00万元，占基本支出64.00%。\n商品和服务支出预算60.00万元，占基本支出32.00%。\n对个人和家庭的补助支出预算20.00万元，占基本支出4.00%。\n二、基本支出\n本年基本支出500.00万元，其中：人员经费400.00万元，公用经费100.00万元。',
      findings: [{ quote: '60.00万元', expected: '160' }],
    },
  ],
});

describe('narrative-parts-elsewhere and the rate of the part it names', () => {
  it('does not also call the part’s rate wrong (one finding per root cause)', () => {
    const r = auditNarrative({ text: items('60.00万元', '%'), textRules: [rule, rateRule] });
    expect(r.findings.map((f) => `${f.rule} ${f.quote}`)).toEqual(['narrative-parts-elsewhere 60.00万元']);
  });
});
