// The figures of the bundled samples.
//
// (a) is the 2019 budget of the county administrative service centre whose explanatory text is
// the project's reference: every correct figure of that text holds in these tables (收入总计
// 789.25 万元; 一般公共预算 489.25 of which 基本支出 73.85 = 人员经费 70.27 + 公用经费 3.58 and
// 项目支出 415.4; 一般公共服务 475.5, 社会保障和就业 10.68, 卫生健康 3.07; 政府性基金 300; "三公" 0).
// The 款/项 and 经济分类 breakdowns are invented so that they add up. Its 2018 figures are those
// the text implies (收支总计 101.78 万元, all 一般公共预算, no 政府性基金, "三公" 0).
//
// (b) takes the figures of a published 2025 district office budget (amounts in 元) for a
// fictitious unit, in that district's layout.
import type { HenanUnit } from './henan';
import type { FinalUnit } from './final';
import type { ProvincialUnit } from './provincial';
import type { ShanghaiUnit } from './shanghai';

export const SAMPLE_A: HenanUnit = {
  name: '延津县行政服务中心',
  year: 2019,
  general: [
    { code: '2010301', name: '行政运行', v: { personnel: '56.52', public: '3.58' } },
    { code: '2010302', name: '一般行政管理事务', v: { project: '415.40' } },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', v: { personnel: '7.12' } },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', v: { personnel: '3.56' } },
    { code: '2101102', name: '事业单位医疗', v: { personnel: '3.07' } },
  ],
  fund: [{ code: '2120899', name: '其他国有土地使用权出让收入安排的支出', v: { project: '300.00' } }],
  basicEconomic: [
    { code: '30101', name: '基本工资', v: { personnel: '21.30' } },
    { code: '30102', name: '津贴补贴', v: { personnel: '12.50' } },
    { code: '30103', name: '奖金', v: { personnel: '1.78' } },
    { code: '30107', name: '绩效工资', v: { personnel: '9.60' } },
    { code: '30108', name: '机关事业单位基本养老保险缴费', v: { personnel: '7.12' } },
    { code: '30109', name: '职业年金缴费', v: { personnel: '3.56' } },
    { code: '30110', name: '职工基本医疗保险缴费', v: { personnel: '3.07' } },
    { code: '30113', name: '住房公积金', v: { personnel: '5.34' } },
    { code: '30199', name: '其他工资福利支出', v: { personnel: '3.20' } },
    { code: '30201', name: '办公费', v: { public: '1.00' } },
    { code: '30202', name: '印刷费', v: { public: '0.30' } },
    { code: '30207', name: '邮电费', v: { public: '0.40' } },
    { code: '30208', name: '取暖费', v: { public: '0.50' } },
    { code: '30211', name: '差旅费', v: { public: '0.60' } },
    { code: '30213', name: '维修（护）费', v: { public: '0.20' } },
    { code: '30216', name: '培训费', v: { public: '0.10' } },
    { code: '30228', name: '工会经费', v: { public: '0.28' } },
    { code: '30229', name: '福利费', v: { public: '0.20' } },
    { code: '30305', name: '生活补助', v: { personnel: '2.80' } },
  ],
  economic: [
    { code: '30101', name: '基本工资', v: { general: '21.30' } },
    { code: '30102', name: '津贴补贴', v: { general: '12.50' } },
    { code: '30103', name: '奖金', v: { general: '1.78' } },
    { code: '30107', name: '绩效工资', v: { general: '9.60' } },
    { code: '30108', name: '机关事业单位基本养老保险缴费', v: { general: '7.12' } },
    { code: '30109', name: '职业年金缴费', v: { general: '3.56' } },
    { code: '30110', name: '职工基本医疗保险缴费', v: { general: '3.07' } },
    { code: '30113', name: '住房公积金', v: { general: '5.34' } },
    { code: '30199', name: '其他工资福利支出', v: { general: '3.20' } },
    { code: '30201', name: '办公费', v: { general: '1.00' } },
    { code: '30202', name: '印刷费', v: { general: '0.30' } },
    { code: '30207', name: '邮电费', v: { general: '0.40' } },
    { code: '30208', name: '取暖费', v: { general: '0.50' } },
    { code: '30211', name: '差旅费', v: { general: '0.60' } },
    { code: '30213', name: '维修（护）费', v: { general: '0.20' } },
    { code: '30216', name: '培训费', v: { general: '0.10' } },
    { code: '30227', name: '委托业务费', v: { general: '35.40' } },
    { code: '30228', name: '工会经费', v: { general: '0.28' } },
    { code: '30229', name: '福利费', v: { general: '0.20' } },
    { code: '30305', name: '生活补助', v: { general: '2.80' } },
    { code: '31006', name: '大型修缮', v: { general: '380.00', fund: '300.00' } },
  ],
  threePublic: { abroad: '0', purchase: '0', operation: '0', reception: '0' },
  carryOver: '0',
};

export const SAMPLE_A_2018: HenanUnit = {
  name: '延津县行政服务中心',
  year: 2018,
  general: [
    { code: '2010301', name: '行政运行', v: { personnel: '58.20', public: '3.78' } },
    { code: '2010302', name: '一般行政管理事务', v: { project: '26.00' } },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', v: { personnel: '7.00' } },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', v: { personnel: '3.38' } },
    { code: '2101102', name: '事业单位医疗', v: { personnel: '3.42' } },
  ],
  fund: [],
  basicEconomic: [
    { code: '30101', name: '基本工资', v: { personnel: '22.00' } },
    { code: '30102', name: '津贴补贴', v: { personnel: '12.80' } },
    { code: '30103', name: '奖金', v: { personnel: '1.80' } },
    { code: '30107', name: '绩效工资', v: { personnel: '9.90' } },
    { code: '30108', name: '机关事业单位基本养老保险缴费', v: { personnel: '7.00' } },
    { code: '30109', name: '职业年金缴费', v: { personnel: '3.38' } },
    { code: '30110', name: '职工基本医疗保险缴费', v: { personnel: '3.42' } },
    { code: '30113', name: '住房公积金', v: { personnel: '5.50' } },
    { code: '30199', name: '其他工资福利支出', v: { personnel: '3.70' } },
    { code: '30201', name: '办公费', v: { public: '1.20' } },
    { code: '30207', name: '邮电费', v: { public: '0.50' } },
    { code: '30208', name: '取暖费', v: { public: '0.60' } },
    { code: '30211', name: '差旅费', v: { public: '0.80' } },
    { code: '30228', name: '工会经费', v: { public: '0.30' } },
    { code: '30229', name: '福利费', v: { public: '0.38' } },
    { code: '30305', name: '生活补助', v: { personnel: '2.50' } },
  ],
  economic: [
    { code: '30101', name: '基本工资', v: { general: '22.00' } },
    { code: '30102', name: '津贴补贴', v: { general: '12.80' } },
    { code: '30103', name: '奖金', v: { general: '1.80' } },
    { code: '30107', name: '绩效工资', v: { general: '9.90' } },
    { code: '30108', name: '机关事业单位基本养老保险缴费', v: { general: '7.00' } },
    { code: '30109', name: '职业年金缴费', v: { general: '3.38' } },
    { code: '30110', name: '职工基本医疗保险缴费', v: { general: '3.42' } },
    { code: '30113', name: '住房公积金', v: { general: '5.50' } },
    { code: '30199', name: '其他工资福利支出', v: { general: '3.70' } },
    { code: '30201', name: '办公费', v: { general: '1.20' } },
    { code: '30207', name: '邮电费', v: { general: '0.50' } },
    { code: '30208', name: '取暖费', v: { general: '0.60' } },
    { code: '30211', name: '差旅费', v: { general: '0.80' } },
    { code: '30227', name: '委托业务费', v: { general: '26.00' } },
    { code: '30228', name: '工会经费', v: { general: '0.30' } },
    { code: '30229', name: '福利费', v: { general: '0.38' } },
    { code: '30305', name: '生活补助', v: { general: '2.50' } },
  ],
  threePublic: { abroad: '0', purchase: '0', operation: '0', reception: '0' },
  carryOver: '0',
};

export const SAMPLE_B: ShanghaiUnit = {
  name: '青山区人民政府办公室',
  year: 2025,
  general: [
    { code: '2010301', name: '行政运行', v: { basic: '11919501.84', project: '110000' } },
    { code: '2010302', name: '一般行政管理事务', v: { project: '46140000' } },
    { code: '2010350', name: '事业运行', v: { basic: '3767295.58', project: '40000' } },
    { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', v: { project: '20120000' } },
    { code: '2080501', name: '行政单位离退休', v: { basic: '1554220' } },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', v: { basic: '1763159.52' } },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', v: { basic: '881579.76' } },
    { code: '2080599', name: '其他行政事业单位养老支出', v: { basic: '14820' } },
    { code: '2101101', name: '行政单位医疗', v: { basic: '782855.28' } },
    { code: '2101102', name: '事业单位医疗', v: { basic: '314218.15' } },
    { code: '2210201', name: '住房公积金', v: { basic: '1741445.22' } },
    { code: '2210203', name: '购房补贴', v: { basic: '1867680' } },
  ],
  basicEconomic: [
    { code: '30101', name: '基本工资', v: { personnel: '2540192' } },
    { code: '30102', name: '津贴补贴', v: { personnel: '9572367' } },
    { code: '30107', name: '绩效工资', v: { personnel: '2335998' } },
    { code: '30108', name: '机关事业单位基本养老保险缴费', v: { personnel: '1763159.52' } },
    { code: '30109', name: '职业年金缴费', v: { personnel: '881579.76' } },
    { code: '30110', name: '职工基本医疗保险缴费', v: { personnel: '1097073.43' } },
    { code: '30112', name: '其他社会保障缴费', v: { personnel: '45013.88' } },
    { code: '30113', name: '住房公积金', v: { personnel: '1741445.22' } },
    { code: '30199', name: '其他工资福利支出', v: { personnel: '1193509' } },
    { code: '30201', name: '办公费', v: { public: '259400' } },
    { code: '30202', name: '印刷费', v: { public: '20000' } },
    { code: '30204', name: '手续费', v: { public: '2000' } },
    { code: '30207', name: '邮电费', v: { public: '30000' } },
    { code: '30211', name: '差旅费', v: { public: '50000' } },
    { code: '30215', name: '会议费', v: { public: '10000' } },
    { code: '30216', name: '培训费', v: { public: '30000' } },
    { code: '30217', name: '公务接待费', v: { public: '185000' } },
    { code: '30226', name: '劳务费', v: { public: '30000' } },
    { code: '30228', name: '工会经费', v: { public: '248117.54' } },
    { code: '30229', name: '福利费', v: { public: '483840' } },
    { code: '30239', name: '其他交通费用', v: { public: '379600' } },
    { code: '30299', name: '其他商品和服务支出', v: { public: '204820' } },
    { code: '30301', name: '离休费', v: { personnel: '114940' } },
    { code: '30302', name: '退休费', v: { personnel: '1188720' } },
    { code: '31002', name: '办公设备购置', v: { public: '200000' } },
  ],
  threePublic: {
    current: { abroad: '839', reception: '28.5', purchase: '0', operation: '0', running: '213.28' },
    prior: { abroad: '850', reception: '30.2', purchase: '0', operation: '0', running: '220.1' },
  },
};

// (c) is layout (a) as later county templates have it, for a fictitious unit in 2024: the
// summary's 支出 side by nature (基本支出: 人员经费, 公用经费; 项目支出), a 支出经济分类汇总表 split into
// 基本支出 and 项目支出, "三公" figures with 机关运行经费, a 项目支出表 and a 政府采购预算表. All spending
// is 一般公共预算 (both fund tables are empty), so every identity between the tables applies.
export const SAMPLE_C: HenanUnit = {
  name: '丰河县政务服务中心',
  year: 2024,
  general: [
    { code: '2010301', name: '行政运行', v: { personnel: '60.20', public: '8.30' } },
    { code: '2010302', name: '一般行政管理事务', v: { project: '52.00' } },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', v: { personnel: '7.40' } },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', v: { personnel: '3.70' } },
    { code: '2101102', name: '事业单位医疗', v: { personnel: '3.20' } },
    { code: '2210201', name: '住房公积金', v: { personnel: '5.50' } },
  ],
  fund: [],
  basicEconomic: [
    { code: '30101', name: '基本工资', v: { personnel: '22.40' } },
    { code: '30102', name: '津贴补贴', v: { personnel: '14.10' } },
    { code: '30103', name: '奖金', v: { personnel: '1.90' } },
    { code: '30107', name: '绩效工资', v: { personnel: '10.20' } },
    { code: '30108', name: '机关事业单位基本养老保险缴费', v: { personnel: '7.40' } },
    { code: '30109', name: '职业年金缴费', v: { personnel: '3.70' } },
    { code: '30110', name: '职工基本医疗保险缴费', v: { personnel: '3.20' } },
    { code: '30113', name: '住房公积金', v: { personnel: '5.50' } },
    { code: '30199', name: '其他工资福利支出', v: { personnel: '8.60' } },
    { code: '30201', name: '办公费', v: { public: '2.00' } },
    { code: '30207', name: '邮电费', v: { public: '0.60' } },
    { code: '30211', name: '差旅费', v: { public: '1.20' } },
    { code: '30217', name: '公务接待费', v: { public: '0.80' } },
    { code: '30228', name: '工会经费', v: { public: '0.90' } },
    { code: '30229', name: '福利费', v: { public: '1.10' } },
    { code: '30231', name: '公务用车运行维护费', v: { public: '1.70' } },
    { code: '30305', name: '生活补助', v: { personnel: '3.00' } },
  ],
  economic: [
    { code: '30101', name: '基本工资', v: { basic: '22.40' } },
    { code: '30102', name: '津贴补贴', v: { basic: '14.10' } },
    { code: '30103', name: '奖金', v: { basic: '1.90' } },
    { code: '30107', name: '绩效工资', v: { basic: '10.20' } },
    { code: '30108', name: '机关事业单位基本养老保险缴费', v: { basic: '7.40' } },
    { code: '30109', name: '职业年金缴费', v: { basic: '3.70' } },
    { code: '30110', name: '职工基本医疗保险缴费', v: { basic: '3.20' } },
    { code: '30113', name: '住房公积金', v: { basic: '5.50' } },
    { code: '30199', name: '其他工资福利支出', v: { basic: '8.60' } },
    { code: '30201', name: '办公费', v: { basic: '2.00' } },
    { code: '30207', name: '邮电费', v: { basic: '0.60' } },
    { code: '30211', name: '差旅费', v: { basic: '1.20' } },
    { code: '30212', name: '因公出国（境）费用', v: { project: '2.00' } },
    { code: '30217', name: '公务接待费', v: { basic: '0.80', project: '0.50' } },
    { code: '30227', name: '委托业务费', v: { project: '30.00' } },
    { code: '30228', name: '工会经费', v: { basic: '0.90' } },
    { code: '30229', name: '福利费', v: { basic: '1.10' } },
    { code: '30231', name: '公务用车运行维护费', v: { basic: '1.70' } },
    { code: '30305', name: '生活补助', v: { basic: '3.00' } },
    { code: '31002', name: '办公设备购置', v: { project: '19.50' } },
  ],
  threePublic: { abroad: '2.00', purchase: '0', operation: '1.70', reception: '1.30', running: '8.30' },
  carryOver: '0',
  summaryByNature: true,
  economicByNature: true,
  projects: [
    { name: '政务服务事项集中办理', general: '30.00' },
    { name: '政务服务大厅设备更新', general: '19.50' },
    { name: '营商环境对外交流', general: '2.00' },
    { name: '重大活动接待保障', general: '0.50' },
  ],
  procurement: [
    { name: '政务服务大厅设备更新', catalogue: 'A02 设备', goods: '19.50' },
    { name: '政务服务大厅物业管理', catalogue: 'C21 物业管理服务', services: '12.00' },
  ],
};

// (d) is a fictitious unit of a provincial template of the 2020s (layout (d), scripts/samples/
// provincial.ts): a department of two budget units, 一般公共预算 and 政府性基金, no carry-over.
export const SAMPLE_D: ProvincialUnit = {
  name: '临江市政务服务中心',
  code: '168',
  year: 2025,
  units: ['临江市政务服务中心（本级）', '临江市公共资源交易所'],
  general: [
    { unit: 1, code: '2010301', name: '行政运行', v: { personnel: '120.40', public: '18.60', prior: '131.20' } },
    { unit: 2, code: '2010302', name: '一般行政管理事务', v: { project: '45.00', prior: '38.00' } },
    { unit: 1, code: '2010350', name: '事业运行', v: { personnel: '36.80', public: '4.20', project: '12.50', prior: '50.10' } },
    { unit: 1, code: '2080505', name: '机关事业单位基本养老保险缴费支出', v: { personnel: '15.36', prior: '14.80' } },
    { unit: 1, code: '2080506', name: '机关事业单位职业年金缴费支出', v: { personnel: '7.68', prior: '7.40' } },
    { unit: 1, code: '2101102', name: '事业单位医疗', v: { personnel: '8.20', prior: '7.90' } },
    { unit: 1, code: '2210201', name: '住房公积金', v: { personnel: '11.52', prior: '11.10' } },
  ],
  fund: [{ code: '2120899', name: '其他国有土地使用权出让收入安排的支出', v: { project: '60.00' } }],
  basicGov: [
    { code: '50501', name: '工资福利支出', v: { personnel: '192.16' } },
    { code: '50502', name: '商品和服务支出', v: { public: '22.80' } },
    { code: '50905', name: '离退休费', v: { personnel: '7.80' } },
  ],
  threePublic: {
    prior: { abroad: '0', purchase: '0', operation: '2.40', reception: '1.10' },
    current: { abroad: '0', purchase: '0', operation: '2.20', reception: '0.90' },
  },
};

// (d) as a template of another province prints it: the department's code 301 (also the number of
// an economic class) heads its classes in the 支出总表, the summaries number the lines under
// 一、本年收入 （一）（二）…, and the 部门收支总表 prints 支出 by class, by economic class and by
// nature side by side.
export const SAMPLE_D_BREAKDOWNS: ProvincialUnit = { ...SAMPLE_D, code: '301', nested: 'numbered', breakdowns: true, departmentHeading: true };

// (e) is a fictitious unit's final accounts (部门决算) of 2024 in the national 公开01–09表 layout
// (scripts/samples/final.ts): all income 一般公共预算, nothing carried over.
export const SAMPLE_E: FinalUnit = {
  name: '临江市档案馆',
  year: 2024,
  general: [
    { code: '2010301', name: '行政运行', v: { personnel: '88.20', public: '12.40' } },
    { code: '2010350', name: '事业运行', v: { personnel: '20.10', public: '3.30', project: '9.80' } },
    { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', v: { project: '26.00' } },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', v: { personnel: '10.08' } },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', v: { personnel: '5.04' } },
    { code: '2101101', name: '行政单位医疗', v: { personnel: '6.30' } },
    { code: '2210201', name: '住房公积金', v: { personnel: '7.56' } },
  ],
  basicEconomic: [
    { code: '30101', name: '基本工资', v: { personnel: '40.00' } },
    { code: '30102', name: '津贴补贴', v: { personnel: '30.00' } },
    { code: '30107', name: '绩效工资', v: { personnel: '20.30' } },
    { code: '30108', name: '机关事业单位基本养老保险缴费', v: { personnel: '10.08' } },
    { code: '30109', name: '职业年金缴费', v: { personnel: '5.04' } },
    { code: '30110', name: '职工基本医疗保险缴费', v: { personnel: '6.30' } },
    { code: '30113', name: '住房公积金', v: { personnel: '7.56' } },
    { code: '30199', name: '其他工资福利支出', v: { personnel: '18.00' } },
    { code: '30201', name: '办公费', v: { public: '4.00' } },
    { code: '30207', name: '邮电费', v: { public: '1.20' } },
    { code: '30211', name: '差旅费', v: { public: '2.50' } },
    { code: '30217', name: '公务接待费', v: { public: '0.60' } },
    { code: '30228', name: '工会经费', v: { public: '2.10' } },
    { code: '30229', name: '福利费', v: { public: '1.50' } },
    { code: '30231', name: '公务用车运行维护费', v: { public: '2.80' } },
    { code: '31002', name: '办公设备购置', v: { public: '1.00' } },
  ],
  threePublic: {
    budget: { abroad: '0', purchase: '0', operation: '3.00', reception: '0.80' },
    final: { abroad: '0', purchase: '0', operation: '2.80', reception: '0.60' },
  },
};
