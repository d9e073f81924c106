// Why a file could not be read, for a message in the user's language.
export type WorkbookReadReason = 'not-a-workbook' | 'encrypted' | 'corrupt' | 'unsupported';

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadReason,
    message: string,
  ) {
    super(message);
  }
}
