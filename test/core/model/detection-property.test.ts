// Detection never assigns a kind to a random grid that is not a budget table.
import fc from 'fast-check';
import { parseWorkbook } from '../../../src/core/model/parse';
import { sheet } from '../../helpers/grid';

const WORDS = ['数据', '名称', '序号', '备注', '日期', '姓名', '地址', 'a', 'B', '编号', '说明', '总数', '项目', '金额', '单位', '年份', '1.5', '-', '—', '本年'];
const cell = fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null), fc.string({ maxLength: 6 }));

describe('detection on random grids (property)', () => {
  it('reports a random non-budget sheet as not recognised', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), fc.constantFrom('Sheet1', '数据', '明细', 'Data'), (rows, name) => {
        const m = parseWorkbook({ sheets: [sheet(name, rows)] });
        return m.tables.length === 0 && m.unrecognized.length === 1;
      }),
      { numRuns: 300 },
    );
  });
});
