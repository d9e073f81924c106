import { rule } from '../../../../src/core/narrative/rules/narrative-count-share';
import { textRuleTester } from './tester';

textRuleTester(rule, {
  valid: [{ name: 'a correct count rate', text: '全部事项共200项，其中已有150项可在网上办理，网上可办率75.00%。' }],
  invalid: [{ name: 'a wrong count rate', text: '全部事项共200项，其中已有150项可在网上办理，网上可办率70.00%。', findings: [{ quote: '70.00%', expected: '75.00' }] }],
});
