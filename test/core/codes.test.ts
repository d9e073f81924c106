import { checkName, lookupCode, nameInYear, outdatedNamesIn, RENAMED } from '../../src/core/codes';
import { CODE_ROWS } from '../../src/core/codes/data';

describe('code lists', () => {
  it('keeps the provenance of every entry', () => {
    const statuses = new Set(CODE_ROWS.map((r) => r[3]));
    for (const s of statuses) expect(s).toMatch(/^(sourced|name-sourced|recall-unverified|project-added)\b/);
    expect(lookupCode('function', '201')).toMatchObject({ name: '一般公共服务支出', status: 'sourced' });
    expect(lookupCode('economic-dept', '30101')).toMatchObject({ name: '基本工资' });
    expect(lookupCode('economic-gov', '501')).toMatchObject({ name: '机关工资福利支出' });
    expect(lookupCode('function', '2010301')?.name).toBe('行政运行');
  });

  it('checks names against the year, with renamed classes', () => {
    expect(checkName('function', '210', '卫生健康支出', 2019)).toEqual({ result: 'match' });
    expect(checkName('function', '210', '医疗卫生与计划生育支出', 2018)).toEqual({ result: 'match' });
    expect(checkName('function', '210', '医疗卫生与计划生育支出', 2019)).toEqual({ result: 'outdated', current: '卫生健康支出', since: 2019 });
    expect(checkName('function', '201', '教育支出', 2019)).toEqual({ result: 'mismatch', expected: '一般公共服务支出' });
    expect(checkName('function', '20103', '政府办公厅(室)及相关机构事务', 2019)).toEqual({ result: 'match' });
    expect(checkName('function', '299', '不存在', 2019)).toEqual({ result: 'unknown-code' });
    expect(nameInYear('function', '210', 2018)).toBe('医疗卫生与计划生育支出');
    expect(RENAMED.map((r) => r.code)).toEqual(['210', '207', '215', '220']);
  });

  it('finds outdated class names in free text, not the current names', () => {
    expect(outdatedNamesIn('医疗卫生(类)支出3.07万元', 2019)).toEqual([{ oldName: '医疗卫生', index: 0, current: '卫生健康支出' }]);
    expect(outdatedNamesIn('医疗卫生与计划生育支出10万元', 2019)).toEqual([{ oldName: '医疗卫生与计划生育支出', index: 0, current: '卫生健康支出' }]);
    expect(outdatedNamesIn('医疗卫生与计划生育支出10万元', 2018)).toEqual([]);
    expect(outdatedNamesIn('卫生健康支出3.07万元，医疗卫生机构', 2019)).toEqual([]);
  });
});
