// The pane's variant of exceljs.ts: the package's browser build holds everything in one file.
import ExcelJS from 'exceljs';

export const Workbook = ExcelJS.Workbook;
export const ValueType = ExcelJS.ValueType;
