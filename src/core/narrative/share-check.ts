// The check behind narrative-share and narrative-count-share: a share that no denominator the
// text supports gives. An error when the denominator is sure (named after 占, the total its 其中
// breaks down, the one a sibling share matched, the amount the list's shares agree on); a share
// whose denominator is only guessed is left alone.
import { cmp, div, halfUp, mul, toFixed, toPlain } from '../money';
import { analyse, how, isTruncation, pct } from './analysis';
import type { TextRuleContext } from './rules/types';

export function checkShares(ctx: TextRuleContext, kind: 'share' | 'count-share'): void {
  for (const s of analyse(ctx.read).shares) {
    const { share, numerator, match } = s;
    if (share.kind !== kind || !share.value || !numerator || match) continue;
    const sure = s.candidates.find((d) => d.how !== 'guess');
    if (!sure) continue;
    const d = sure.claim;
    const e = pct(numerator, d, share.decimals);
    if (!e) continue;
    const tried = s.candidates.map((c) => `${toPlain(c.claim.value!)}${c.claim.unit ?? ''}${c.claim.label ? `（${c.claim.label}）` : ''}`).join('、');
    // In English the label is the document's text, quoted, in brackets of ours.
    const triedEn = s.candidates.map((c) => `${toPlain(c.claim.value!)}${c.claim.unit ?? ''}${c.claim.label ? ` ("${c.claim.label}")` : ''}`).join(', ');
    // A slipped decimal point: the stated digits are the right ones ×10 or ÷10 (13.53 for 1.353…).
    const exactShare = mul(div(numerator.value!, d.value!), 100);
    const slip = [10, 100].some((k) => cmp(halfUp(mul(exactShare, k), share.decimals), share.value!) === 0 || cmp(halfUp(div(exactShare, k), share.decimals), share.value!) === 0);
    ctx.report({
      messageId: 'share',
      data: {
        expected: `${toFixed(e.value, share.decimals)}%`,
        part: `${toPlain(numerator.value!)}${numerator.unit ?? ''}`,
        whole: `${toPlain(d.value!)}${d.unit ?? ''}`,
        tried,
        triedEn,
        actual: share.quote,
        ...how(isTruncation(share.value, numerator.value!, d.value!, share.decimals) ? 'truncated' : slip ? 'slip' : null),
      },
      offset: share.offset,
      quote: share.quote,
      expected: toFixed(e.value, share.decimals),
      actual: toPlain(share.value),
    });
  }
}
