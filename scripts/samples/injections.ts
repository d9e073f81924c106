// Errors injected into copies of the samples, at known cells. Each says what it breaks; the
// checks must report it on `cell`, or on the total whose identity it breaks with `cell` among
// the related cells.
export interface Injection {
  sheet: string;
  cell: string;
  /** The clean value as text (guards against a layout change moving the cell). */
  from: string | null;
  to: number | string | null;
  breaks: string;
}

export interface InjectionSet {
  file: string;
  source: string;
  injections: Injection[];
}

export const INJECTIONS: InjectionSet[] = [
  {
    file: 'a-2019-errors.xlsx',
    source: 'a-2019.xlsx',
    injections: [
      { sheet: '部门支出总表', cell: 'D7', from: '60.1', to: 61.1, breaks: '行政运行: 合计 ≠ 基本支出 + 项目支出; 款 20103 ≠ Σ 项 on 基本支出' },
      { sheet: '一般公共预算基本支出表', cell: 'C4', from: '70.27', to: 70.72, breaks: '合计 row: 人员经费 ≠ Σ 类 rows; 合计 ≠ 人员经费 + 公用经费' },
      { sheet: '部门收支总表', cell: 'B14', from: '789.25', to: 798.25, breaks: '收入总计 ≠ 本年收入合计 + 上年结转; 收入总计 ≠ 支出总计' },
      { sheet: '三公经费支出表', cell: 'F5', from: '0', to: 1.5, breaks: '"三公" 合计 0 with a non-zero part (公务接待费)' },
      { sheet: '一般公共预算支出表', cell: 'C10', from: '10.68', to: 10.86, breaks: '类 208 ≠ Σ 款; 合计 ≠ Σ 类; 类 row ≠ 基本 + 项目' },
    ],
  },
  {
    file: 'b-2025-errors.xlsx',
    source: 'b-2025.xlsx',
    injections: [
      { sheet: '三公经费和机关运行经费', cell: 'C5', from: '839', to: 893, breaks: '"三公" 合计 ≠ 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费' },
      { sheet: '一般公共预算支出功能分类预算表', cell: 'E25', from: '1867680', to: 186.77, breaks: '购房补贴 written in 万元 in a 元 table: 合计 ≠ 基本 + 项目, 款 ≠ Σ 项, 10,000 times off the 部门支出预算总表' },
      { sheet: '部门财政拨款收支预算总表', cell: 'B5', from: '91016775.35', to: 91016757.35, breaks: '一般公共预算资金 ≠ 收入总计 and ≠ the 一般公共预算 支出 合计' },
    ],
  },
];
