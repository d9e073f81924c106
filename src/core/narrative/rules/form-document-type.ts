// A unit's document (单位预算) speaks of itself as a unit: 本单位, 单位预算. A text copied from the
// department's (部门预算安排购置车辆…, 本部门…) keeps the department's words. The type comes from
// the setting, else the workbook's table titles (单位收支总表 / 预算单位… against 部门…), else the
// text's own title. Words that stay right in a unit's text are not flagged: the classification
// 部门预算支出经济分类, other departments (主管部门, 财政部门, 有关部门). A department's text may
// speak of its units (所属单位, 本单位 where the department is a single unit); only a department
// text that calls itself 单位预算 is flagged.
import { documentTypeOf } from '../document-type';
import type { TextRule } from './types';

// 部门预算/部门决算 except the economic classification's name; 本部门/我部门.
const DEPARTMENT_WORDS = /(本部门|我部门)|(?<![主管财政有关相关职能业务各])部门(预算|决算)(?!支出经济分类|经济分类)/g;
// A department text titled as a unit's: 2026年单位预算, 单位预算编制说明, 单位预算情况说明.
const UNIT_TITLE = /((?:19|20)\d{2}\s*年度?)单位(预算|决算)|(?<![所属基层下二级各个家])单位预算(编制|情况)说明/g;

export const rule: TextRule = {
  meta: {
    id: 'form-document-type',
    family: 'form',
    severity: 'warning',
    description: { 'zh-CN': '部门与单位的称谓与文档类型不符', 'en-US': 'Department and unit wording that does not fit the document' },
    messages: {
      departmentInUnit: {
        'zh-CN': '这是单位预算，“{{quote}}”应改为单位的称谓（如“本单位”“单位预算”）。',
        'en-US': 'This is a unit\'s budget: "{{quote}}" should use the unit\'s words (本单位, 单位预算).',
      },
      unitInDepartment: {
        'zh-CN': '这是部门预算，“{{quote}}”应称“部门预算”。',
        'en-US': 'This is a department\'s budget: "{{quote}}" should say 部门预算.',
      },
    },
  },
  check(ctx) {
    const type = documentTypeOf(ctx.documentType, ctx.model, ctx.text);
    if (type === 'unit') {
      for (const m of ctx.text.matchAll(DEPARTMENT_WORDS)) ctx.report({ messageId: 'departmentInUnit', data: { quote: m[0] }, offset: m.index, quote: m[0] });
    } else if (type === 'department') {
      for (const m of ctx.text.matchAll(UNIT_TITLE)) ctx.report({ messageId: 'unitInDepartment', data: { quote: m[0] }, offset: m.index, quote: m[0] });
    }
  },
};
