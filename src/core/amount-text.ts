// An amount as the messages print it, from the plain text a report carries ("7.9" → "7.90",
// "0" → "0.00"; more decimals kept as they are), without decimal.js: the pane's first screen and
// the command line's text report print a finding's expected and actual values with it.

const PLAIN = /^-?\d+(\.\d+)?$/;

/** At least two decimals for a plain decimal; any other text (a code, a name) unchanged. */
export function amountText(plain: string): string {
  if (!PLAIN.test(plain)) return plain;
  const dot = plain.indexOf('.');
  if (dot < 0) return `${plain}.00`;
  return plain.length - dot - 1 < 2 ? `${plain}0` : plain;
}
