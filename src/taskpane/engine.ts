// What a check needs: the parser, the rules with their code lists, and exact money (decimal.js).
// The pane loads it with the first check (or the first prior-year file), not at start: the first
// screen has no use for it, and Office loads the initial bundle on every opening of the pane.
export { runChecks, translate } from '../core/checks';
export { exact } from '../core/money';
export { parseWorkbook } from '../core/model/parse';
