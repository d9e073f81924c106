// A 2025 explanatory text in the project's own words for the check sheet's tests: a whole
// publication with form defects in several parts (a doubled full stop in 主要职能, a template's
// choice and an empty reason in the explanation, a comparison with the budget year, a missing
// full stop in a project's explanation) and no 名词解释.
export const CHECKLIST_TEXT = [
  '目录',
  '某区某委员会主要职能',
  '负责全区商贸流通的规划和协调。。',
  '某区某委员会机构设置',
  '本部门由机关本级构成，内设4个科室。',
  '2025年部门预算编制说明',
  '2025年，本部门收入预算100.00万元，比2025年预算增加10.00万元。',
  '财政拨款收入支出增加（减少）的主要原因是。',
  '其他相关情况说明',
  '一、“三公”经费预算867.50万元，与2024年预算持平。',
  '二、机关运行经费预算213.28万元。',
  '三、政府采购预算5.00万元。',
  '商业创新专项经费情况说明',
  '一、项目概述',
  '支持区内企业开展商业创新，按季度组织申报',
].join('\n');
