import { rule } from '../../../../src/core/narrative/rules/form-required-section';
import { textRuleTester } from './text-tester';

const profile = '第一部分 某中心概况\n一、主要职责\n负责全区政务服务的组织协调。\n二、机构设置\n内设3个科室。\n';
const explanation = '第二部分 某中心2026年部门预算情况说明\n一、收入支出预算总体情况\n收入总计10.00万元。\n二、“三公”经费\n“三公”经费预算1.00万元。\n三、其他重要事项\n机关运行经费5.00万元；政府采购预算2.00万元。\n';
const terms = '第三部分 名词解释\n一、基本支出：保障机构运转的支出。\n';

textRuleTester(rule, {
  valid: [
    { name: 'a whole publication', text: profile + explanation + terms },
    { name: 'sections under other usual names', text: `某中心概况\n某中心主要职能\n负责服务工作。\n预算单位构成\n本级1家。\n${explanation}名词解释\n基本支出：保障机构运转的支出。` },
    { name: 'only the 编制说明 of a publication: its profile is not judged', text: '2026年部门预算编制说明\n收入预算10.00万元。\n其他相关情况说明\n一、“三公”经费1.00万元。\n二、机关运行经费预算5.00万元。\n三、政府采购预算2.00万元。' },
    { name: 'a text that is neither', text: '收入合计10.00万元。' },
    {
      name: 'a publication of the "三公" expenses alone, with its own 名词解释',
      text: '某中心2026年“三公”经费预算情况说明\n一、总体情况\n“三公”经费预算1.00万元，其中公务接待费1.00万元。\n二、名词解释\n公务接待费：按规定开支的各类公务接待支出。',
    },
    {
      name: 'a publication without parts whose budget explanation is a numbered section',
      text: '某镇2026年预算公开说明\n一、主要职能\n负责全镇经济社会管理。\n二、机构设置\n内设4个办公室。\n三、预算收支及增减变化情况\n收入预算10.00万元。“三公”经费1.00万元，机关运行经费5.00万元，政府采购2.00万元。\n四、名词解释\n基本支出：保障机构运转的支出。',
    },
    {
      name: 'the end of a publication, from its ninth section on: what came before is not judged',
      text: '培训费预算0.50万元。\n九、政府性基金预算支出情况说明\n本单位无政府性基金预算支出。\n十、名词解释\n基本支出：保障机构运转的支出。',
    },
  ],
  invalid: [
    {
      name: 'a publication without its 名词解释 and 机构设置',
      text: profile.replace('二、机构设置\n内设3个科室。\n', '') + explanation,
      reports: [
        { messageId: 'section', quote: '第一部分 某中心概况', data: { item: '机构设置' } },
        { messageId: 'section', quote: '第一部分 某中心概况', data: { item: '名词解释' } },
      ],
    },
    {
      name: 'a publication of the budget and of the "三公" expenses together is judged whole',
      text: `某中心2026年部门预算及“三公”经费预算说明\n${profile}${explanation.replace('政府采购预算2.00万元', '办公设备2.00万元')}`,
      reports: [
        { messageId: 'section', quote: '某中心2026年部门预算及“三公”经费预算说明', data: { item: '名词解释' } },
        { messageId: 'content', quote: '某中心2026年部门预算及“三公”经费预算说明', data: { name: '政府采购', item: '其他相关说明' } },
      ],
    },
    {
      name: 'a publication without parts and without any section on the budget',
      text: '某镇2026年预算公开说明\n一、主要职能\n负责全镇经济社会管理。\n二、机构设置\n内设4个办公室。\n三、名词解释\n“三公”经费、机关运行经费、政府采购：按规定口径统计的支出。',
      reports: [{ messageId: 'section', quote: '某镇2026年预算公开说明', data: { item: '预算编制说明' } }],
    },
    {
      name: 'an explanation that speaks of 公务用车运行经费 only, never of 机关运行经费',
      text: '2026年部门预算编制说明\n收入预算10.00万元。\n其他相关情况说明\n一、“三公”经费1.00万元，其中公务用车运行经费0.60万元。\n二、政府采购预算2.00万元。',
      reports: [{ messageId: 'content', quote: '2026年部门预算编制说明', data: { name: '机关运行经费', item: '其他相关说明' } }],
    },
    {
      name: 'an explanation that never speaks of 政府采购',
      text: '2026年部门预算编制说明\n收入预算10.00万元。\n其他相关情况说明\n一、“三公”经费1.00万元。\n二、机关运行经费预算5.00万元。',
      reports: [{ messageId: 'content', quote: '2026年部门预算编制说明', data: { name: '政府采购', item: '其他相关说明' } }],
    },
  ],
});
