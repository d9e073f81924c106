// A test text in the project's own words that carries the figures of the reference unit's 2019
// explanatory text and the same kinds of mistakes at the same figures (a truncated share, a
// share with the wrong decimals, a slipped decimal point, a wrong share, a missing unit, a
// doubled word, an outdated class name, "增加0万元", a growth rate from a zero base, a blank
// rate), plus correct figures that must not be flagged (a correct growth rate, correct count
// rates, breakdowns that add up, a one-decimal share rounded correctly).
export const REFERENCE_TEXT = [
  '第一部分',
  '某县政务服务中心概况',
  '一、基本情况',
  '中心设有3个科室，核定事业编制10人，实有12人。',
  '全县政务服务事项共952项，其中上级核减30项，余下922项已全部录入。目前已有871项可以在网上办理，网上可办率91.49%；851项实现“一网通办”，网上实现率89.39%。',
  '做好中心中心搬迁的各项准备。',
  '第二部分',
  '某县政务服务中心2019年度部门预算情况说明',
  '一、收入支出预算总体情况',
  '本中心2019年收入总计789.25万元，支出总计789.25万元。和2018年比，收、支总计各增加687.47万元，增长675.45%。原因是办事大厅需要搬迁装修。',
  '二、收入预算情况',
  '本中心2019年收入合计789.25万元，其中：一般公共预算489.25万元；政府性基金300万元；结转资金0万元。',
  '三、支出预算情况',
  '本中心2019年支出合计789.25万元，其中：基本支出73.85万元，占9.35%；项目支出715.4万元，占90.65%。',
  '四、财政拨款收入支出预算情况',
  '本中心2019年财政拨款收支预算789.25万元，其中：一般公共预算489.25万元，政府性基金300万元。一般公共预算比上年增加387.47，原因是单位单位搬迁和调资；政府性基金增加300万元。',
  '五、一般公共预算支出情况',
  '本中心2019年一般公共预算支出489.25万元，占支出合计的61.9%。主要用途：一般公共服务(类)支出475.5万元，占60.2%；社会保障和就业(类)支出10.68万元，占13.53%；医疗卫生(类)支出3.07万元，占0.34%。',
  '六、一般公共预算基本支出情况',
  '本中心2019年一般公共预算基本支出73.85万元，其中：人员经费70.27万元，公用经费3.58万元。',
  '八、一般公共预算项目支出情况',
  '2019年一般公共预算项目支出415.4万元，其中：运转类项目406.89，其他项目8.51万元。',
  '九、“三公”经费支出预算情况',
  '本中心2019年“三公”经费预算为0万元，比2018年增加0万元。公务用车购置及运行费0万元，其中，公务用车购置费0万元；公务用车运行费0万元。',
  '十、政府性基金预算支出情况',
  '本中心2019年使用政府性基金安排的支出300万元，比2018年增加300万元，增长300%。',
  '十二、其他重要事项',
  '（一）机关运行经费',
  '本中心2019年机关运行经费预算485.14万元，比2018年增加459.69万元，增长%，原因是统计口径扩大。',
].join('\n');

/** The mistakes of REFERENCE_TEXT, found by hand arithmetic, with the right values. */
export const REFERENCE_MISTAKES: { rule: string; quote: string; expected: string | null }[] = [
  { rule: 'narrative-repeated-word', quote: '中心中心', expected: '中心' },
  { rule: 'narrative-share', quote: '9.35%', expected: '9.36' }, // 73.85 / 789.25 = 9.357% (truncated)
  { rule: 'narrative-share', quote: '90.65%', expected: '90.64' }, // 715.4 / 789.25 = 90.643%
  { rule: 'narrative-unit-missing', quote: '387.47', expected: null },
  { rule: 'narrative-repeated-word', quote: '单位单位', expected: '单位' },
  { rule: 'narrative-share', quote: '61.9%', expected: '62.0' }, // 489.25 / 789.25 = 61.989%
  { rule: 'narrative-share', quote: '13.53%', expected: '1.35' }, // 10.68 / 789.25 = 1.353% (decimal slip)
  { rule: 'narrative-outdated-name', quote: '医疗卫生', expected: '卫生健康支出' },
  { rule: 'narrative-share', quote: '0.34%', expected: '0.39' }, // 3.07 / 789.25 = 0.389%
  { rule: 'narrative-unit-missing', quote: '406.89', expected: null },
  { rule: 'narrative-zero-change', quote: '0万元', expected: null },
  { rule: 'narrative-zero-base', quote: '300%', expected: null },
  { rule: 'narrative-blank-rate', quote: '增长%', expected: '1806.25' }, // 459.69 / (485.14 − 459.69)
];
