// The part of exceljs the file reader and the report writer use: the in-memory workbook class.
// The package's main entry also loads its streaming reader and writer (unzipper, archiver and
// the polyfills they pull in), about two thirds of its load time, which the command line would
// pay on every start. The pane's bundle maps this module to the package's browser build
// (exceljs.browser.ts, see webpack.config.js).
import type * as ExcelJS from 'exceljs';
import enums from 'exceljs/lib/doc/enums';
import WorkbookClass from 'exceljs/lib/doc/workbook';

export const Workbook: typeof ExcelJS.Workbook = WorkbookClass;
export const ValueType: typeof ExcelJS.ValueType = enums.ValueType;
