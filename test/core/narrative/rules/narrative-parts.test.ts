import { rule } from '../../../../src/core/narrative/rules/narrative-parts';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [
    { name: 'a partial list', text: '支出合计100.00万元，其中：人员经费40.00万元。' },
    { name: 'a nested breakdown in parentheses', text: '“三公”经费6.00万元，其中：公务用车购置及运行费4.00万元（购置费3.00万元，运行维护费1.00万元），公务接待费2.00万元，因公出国（境）费0万元。' },
    { name: 'a list over numbered items', text: '“三公”经费预算数为6.00万元，与上年持平。其中：\n（一）因公出国（境）费1.00万元，与上年持平。\n（二）公务用车购置及运行费3.00万元。其中：公务用车购置费2.00万元，公务用车运行费1.00万元。\n（三）公务接待费2.00万元，与上年持平。' },
    { name: 'several count breakdowns in one sentence', text: '核定编制20人，其中行政编制12人、事业编制8人；实有人员25人，其中在职18人、退休7人。' },
    {
      name: 'one part named after two members of a family does not make the list complete',
      text: '本部门“三公”经费预算数为50.00万元，其中：\n\n因公出国（境）费6.00万元，主要用于对外交流。公务用车购置及运行费40.00万元（其中，公务用车购置费0万元，公务用车运行费40.00万元）。年末公务用车保有量为10辆，本年不购置新车，公务接待费4.00万元。',
    },
    {
      name: 'a 其中 inside an item of a sentence enumerated inline ends at the next item',
      text: '2025年“三公”经费预算80万元，与上年持平：一、因公出国（境）费预算10万元，二、公务用车购置及运行费预算40万元，其中公务用车运行费40万元，公务用车购置费0万元，三、公务接待费预算30万元，与上年持平。',
    },
    {
      name: 'changes over numbered items that add up',
      text: '二、基本支出变动情况\n本年基本支出比上年增加12.40万元，增长8.00%。变动的主要原因：\n1.工资福利支出比上年增加10.00万元，增长9.50%。原因是人员增加。\n2.商品和服务支出比上年增加2.60万元。\n3.对个人和家庭的补助比上年减少0.20万元。\n三、项目支出',
    },
    { name: 'numbered items that are not the total’s parts', text: '本年支出比上年增加5.00万元。具体如下：\n1.办公费增加3.00万元。\n2.差旅费增加1.00万元。' },
    {
      name: 'a 其中 list inside one entry of a list that goes on in the same sentence',
      text: '“三公”经费预算80万元：一、因公出国（境）费10万元，二、公务用车购置及运行费40万元，其中公务用车运行费40万元，公务用车购置费0万元，三、公务接待费30万元。',
    },
    { name: 'a change broken down', text: '收入比上年增加30.00万元，其中一般公共预算增加40.00万元，政府性基金减少10.00万元。' },
    {
      name: 'changes over numbered items, one of them unchanged in words',
      text: '二、基本支出变动情况\n本年基本支出比上年增加9.00万元，增长6.00%。\n1.工资福利支出比上年增加7.50万元。\n2.商品和服务支出与上年持平。\n3.对个人和家庭的补助比上年增加1.50万元。',
    },
    {
      name: 'changes over numbered items, one written with its direction word in parentheses',
      text: '二、基本支出变动情况\n本年基本支出较上年增10.00万元，增幅8%。\n1.工资福利支出较上年增12.00万元，增10%。\n2.商品和服务支出较上年增1.00万元，增5%。\n3.对个人和家庭的补助较上年（减少）3.00万元，减幅50%。',
    },
    {
      name: 'a flat list with subtotals: the items after a 小计 are its own breakdown, and the list goes on in the next sentence',
      text: '年末实有人员31人，其中：在职人员小计20人，行政人员12人，事业人员8人。离休人员小计1人，退休人员小计10人。',
    },
  ],
  invalid: [
    {
      name: 'a 其中 inside an item of a sentence enumerated inline that does not add up',
      text: '2025年“三公”经费预算80万元，与上年持平：一、因公出国（境）费预算10万元，二、公务用车购置及运行费预算40万元，其中公务用车运行费35万元，公务用车购置费0万元，三、公务接待费预算30万元，与上年持平。',
      findings: [{ quote: '40万元', expected: '35' }],
    },
    { name: 'a complete list that falls short', text: '支出合计100.00万元，其中：基本支出60.00万元，项目支出30.00万元。', findings: [{ quote: '100.00万元', expected: '90' }] },
    { name: 'parts larger than the total', text: '支出合计100.00万元，其中：人员经费70.00万元，办公费40.00万元。', findings: [{ quote: '100.00万元', expected: '110' }] },
    { name: 'a nested breakdown that does not add up', text: '公务用车购置及运行费4.00万元（购置费3.00万元，运行维护费1.50万元）。', findings: [{ quote: '4.00万元', expected: '4.5' }] },
    {
      name: 'a list that goes on past descriptive text',
      text: '2025年一般公共预算基本支出95.00万元，其中：\n人员经费80.00万元，主要包括基本工资、津贴补贴和社会保障缴费。\n公用经费12.00万元，主要包括办公费和差旅费。\n二、其他事项',
      findings: [{ quote: '95.00万元', expected: '92' }],
    },
    {
      name: 'changes over numbered items without 其中 that do not add up',
      text: '二、基本支出变动情况\n本年基本支出比上年增加12.40万元，增长8.00%。变动的主要原因：\n1.工资福利支出比上年增加11.00万元，增长9.50%。原因是人员增加。\n2.商品和服务支出比上年增加2.60万元。\n3.对个人和家庭的补助比上年减少0.20万元。\n三、项目支出',
      findings: [{ quote: '12.40万元', expected: '13.4' }],
    },
    {
      name: 'amounts over numbered items without 其中 that do not add up',
      text: '一般公共预算基本支出300.00万元，按经济分类如下：\n（1）工资福利支出250.00万元；\n（2）商品和服务支出45.00万元；\n（3）对个人和家庭的补助15.00万元。',
      findings: [{ quote: '300.00万元', expected: '310' }],
    },
    {
      name: 'the last member of a list after a count, in a sentence that lost its line break',
      text: '本部门“三公”经费预算数为30.50万元，其中：\n因公出国（境）费5.00万元，主要用于培训交流。公务用车购置及运行费20.00万元，主要用于车辆运行。本部门公务用车保有量6辆，本年计划更新购置0辆公务接待费6.50万元，主要用于业务接待。',
      findings: [{ quote: '30.50万元', expected: '31.5' }],
    },
    {
      name: 'changes over numbered items that do not add up, one of them unchanged in words',
      text: '二、基本支出变动情况\n本年基本支出比上年增加10.00万元，增长6.00%。\n1.工资福利支出比上年增加7.50万元。\n2.商品和服务支出较上年无增减。\n3.对个人和家庭的补助比上年增加1.50万元。',
      findings: [{ quote: '10.00万元', expected: '9' }],
    },
    {
      name: 'changes over numbered items that do not add up, one written with its direction word in parentheses',
      text: '二、基本支出变动情况\n本年基本支出较上年增10.00万元，增幅8%。\n1.工资福利支出较上年增12.00万元，增10%。\n2.商品和服务支出较上年增1.00万元，增5%。\n3.对个人和家庭的补助较上年（减少）5.00万元，减幅50%。',
      findings: [{ quote: '10.00万元', expected: '8' }],
    },
    {
      name: 'a flat list with subtotals whose subtotals do not add up to the total',
      text: '年末实有人员33人，其中：在职人员小计20人，行政人员12人，事业人员8人。离休人员小计1人，退休人员小计10人。',
      findings: [{ quote: '33人', expected: '31' }],
    },
    {
      name: 'a subtotal smaller than its own items',
      text: '年末实有人员31人，其中：在职人员小计18人，行政人员12人，事业人员8人，离休人员小计1人，退休人员小计10人。',
      findings: [{ quote: '18人', expected: '20' }],
    },
    {
      name: 'a part whose parenthesis disagrees with it, while the total agrees with the parenthesis: one finding, on the part',
      text: '“三公”经费9.00万元，其中：因公出国（境）费1.00万元，公务用车购置及运行费4.00万元（购置费3.00万元，运行维护费2.00万元），公务接待费3.00万元。',
      findings: [{ quote: '4.00万元', expected: '5' }],
    },
    { name: 'a list over numbered items that does not add up', text: '“三公”经费预算数为6.00万元，与上年持平。其中：\n（一）因公出国（境）费1.00万元，与上年持平。\n（二）公务用车购置及运行费3.00万元。\n（三）公务接待费2.50万元，与上年持平。', findings: [{ quote: '6.00万元', expected: '6.5' }] },
  ],
});
