// The two files of exceljs loaded without its main entry (see exceljs.ts).
declare module 'exceljs/lib/doc/workbook' {
  const Workbook: typeof import('exceljs').Workbook;
  export = Workbook;
}
declare module 'exceljs/lib/doc/enums' {
  const enums: { ValueType: typeof import('exceljs').ValueType };
  export = enums;
}
