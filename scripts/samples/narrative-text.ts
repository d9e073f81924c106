// Explanatory texts of any length for measuring the auditor: realistic paragraphs written for the
// project (headings in several numbering styles, 其中 lists with shares, a nested "三公"
// breakdown, item paragraphs with codes, rates and last year's amount, a PDF-style hard wrap),
// repeated until the text reaches the size asked for. Every repetition gets its own figures, so
// no two sentences are the same text, and all of them are correct arithmetic.

/** One block of paragraphs with figures scaled by k (k = 1, 2, …): all shares and rates hold. */
function block(k: number): string[] {
  const f = (x: number) => x.toFixed(2);
  return [
    `第${['一', '二', '三'][k % 3]}部分 某县某中心${2025}年部门预算情况说明`,
    '一、收入支出预算总体情况',
    `本单位2025年收入总计${f(500)}万元，支出总计${f(500)}万元，比上年增加${f(100)}万元，增长25.00%，主要原因是新增专项业务。`,
    '（一）支出预算情况',
    `本单位2025年支出合计${f(500)}万元，其中：基本支出${f(320)}万元，占64.00%；项目支出${f(180)}万元，占36.00%。`,
    '二、“三公”经费预算情况',
    `“三公”经费预算${f(12)}万元，比上年减少${f(3)}万元，下降20.00%。其中：因公出国（境）费${f(2)}万元，公务用车购置及运行费${f(6)}万元（购置费${f(4)}万元，运行维护费${f(2)}万元），公务接待费${f(4)}万元。`,
    '三、一般公共预算支出情况',
    `1.行政运行（项2010101）支出${f(88)}万元，主要用于机关正常运转。上年预算执行数为${f(80)}万元，预算安排${f(88)}万元，比上年执行数增加10.00%，主要原因是人员调资。`,
    `2.一般行政管理事务（项2010102）支出${f(45)}万元，主要用于专项业务。上年预算执行数为${f(50)}万元，预算安排${f(45)}万元，比上年执行数减少10.00%，主要原因是项目压减。`,
    '四、一般公共预算基本支出情况',
    `本单位2025年一般公共预算基本支出${f(320)}万元，其中：人员经费${f(300)}万元，主要包括基本工资、津贴补贴、社会保障缴费；公用经费${f(20)}万元，主要包括办公费、水电费、差旅费。`,
    '五、一般公共预算支出情况',
    `2025年本年一般公共预算支出${(1250000).toFixed(2)}元，同比增加${(250000).toFixed(2)}元，增长25.00%。其中：基本支出${(1000000).toFixed(2)}元，占一般公`,
    `共预算支出80.00%；项目支出${(250000).toFixed(2)}元，占一般公共预算支出20.00%。`,
    '六、政府采购情况',
    `2025年安排政府采购预算${f(30)}万元，其中：货物类${f(10)}万元，工程类${f(5)}万元，服务类${f(15)}万元。`,
  ];
}

/**
 * A text of at least `bytes` UTF-8 bytes. `lineBreaks`: paragraphs on their own lines (and one
 * PDF hard wrap per block) as usual, or everything on one line (a text whose line breaks were
 * lost in copying: the hardest case for sentence splitting).
 */
export function narrativeText(bytes: number, lineBreaks: boolean): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 1; size < bytes; k++) {
    const chunk = narrativeBlocks(1, lineBreaks);
    parts.push(chunk);
    size += Buffer.byteLength(chunk, 'utf8');
  }
  return parts.join('');
}

/** `n` blocks of the paragraphs above, as narrativeText lays them out. */
export function narrativeBlocks(n: number, lineBreaks: boolean): string {
  const parts: string[] = [];
  for (let k = 1; k <= n; k++) parts.push(lineBreaks ? `${block(k).join('\n')}\n` : block(k).join(''));
  return parts.join('');
}
