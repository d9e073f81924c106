// What a rendered message may contain, checked on every finding of the table-driven testers.

/**
 * Full-width and Chinese punctuation: the CJK symbols block (、。《》「」【】…), the full-width
 * forms of ASCII punctuation (（），：；！？), and the Chinese double quotes “”. Letters,
 * digits and ’ (an English apostrophe) are not punctuation here.
 */
const CHINESE_PUNCTUATION = /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”]/g;

/**
 * The Chinese punctuation of an English message outside the text it quotes from the document
 * (between ASCII double quotes): our own wording joins lists with ", " and brackets with "( )";
 * a quoted label or sentence of the document stays as written.
 */
export function chinesePunctuationOutsideQuotes(message: string): string[] {
  return message.replace(/"[^"]*"/g, '""').match(CHINESE_PUNCTUATION) ?? [];
}

/**
 * A difference printed with its sign (相差 -9.00, difference -9.00): a message says which figure
 * is larger instead. `difference` is the finding's signed actual − expected.
 */
export function printsSignedDifference(message: string, difference: unknown): boolean {
  if (typeof difference !== 'string' || !difference.startsWith('-')) return false;
  return message.includes(difference);
}
