// Scores the text auditor on the development corpus: real published texts kept outside the
// repository (third-party sentences), with a hand-verified verdict on every checkable claim in
// docs/corpus/corpus.json. Prints, per text and in total: claims read, claims bound to tables
// (none: the corpus is text only), verified mistakes found on their figure, and false errors
// (an error on a claim verified correct).
//
//   node scripts/run-ts.js scripts/corpus-score.ts [--verbose]
//   BUDGET_CORPUS_DIR=<folder of <id>.txt> BUDGET_CORPUS_LIST=<corpus.json> …
//
// Works when the corpus is absent (it says so and scores nothing).
import * as fs from 'fs';
import * as path from 'path';
import { auditNarrative, type NarrativeFinding } from '../src/core/narrative/audit';

interface CorpusClaim {
  at: number;
  figure: string;
  kind: string;
  verdict: 'correct' | 'wrong' | 'uncheckable';
  expected?: string;
  basis?: string;
}
interface CorpusText {
  id: string;
  claims: CorpusClaim[];
}

const root = path.join(__dirname, '..', '..');
const verbose = process.argv.includes('--verbose');

function firstExisting(candidates: string[]): string | null {
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

const listFile = process.env.BUDGET_CORPUS_LIST ?? firstExisting([path.join(root, 'docs', 'corpus', 'corpus.json'), path.join(root, '..', 'corpus', 'docs', 'corpus', 'corpus.json')]);
const textDir = process.env.BUDGET_CORPUS_DIR ?? firstExisting([path.join(root, '..', 'corpus', 'texts'), path.join(root, '..', '..', 'corpus', 'texts')]);

// A finding speaks of a claim when it is about figures (not a form rule whose quote, such as the
// end of a paragraph cut by the stored page, happens to include one) and its quote covers the figure.
function overlaps(f: NarrativeFinding, c: CorpusClaim): boolean {
  if (f.rule.startsWith('form-')) return false;
  const end = f.offset + Math.max(1, f.quote.length);
  return f.offset < c.at + c.figure.length && c.at < end;
}

function main(): void {
  if (!listFile || !fs.existsSync(listFile)) {
    console.log('corpus list not found (docs/corpus/corpus.json or BUDGET_CORPUS_LIST): nothing to score');
    return;
  }
  const list = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { texts: CorpusText[] };
  const totals = { texts: 0, claims: 0, bound: 0, verified: 0, mistakes: 0, found: 0, correct: 0, falseErrors: 0, falseWarnings: 0 };
  for (const t of list.texts) {
    const file = textDir ? path.join(textDir, `${t.id}.txt`) : null;
    if (!file || !fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const r = auditNarrative({ text });
    totals.texts++;
    totals.claims += r.claims;
    totals.bound += r.bound ?? 0;
    const lines: string[] = [];
    let found = 0;
    let mistakes = 0;
    let falseErrors = 0;
    for (const c of t.claims) {
      if (c.verdict === 'uncheckable') continue;
      totals.verified++;
      const on = r.findings.filter((f) => overlaps(f, c));
      if (c.verdict === 'wrong') {
        mistakes++;
        if (on.length) found++;
        else lines.push(`  missed  @${c.at} «${c.figure}» expected ${c.expected ?? '?'} — ${c.basis ?? ''}`);
      } else {
        totals.correct++;
        for (const f of on) {
          if (f.severity === 'error') {
            falseErrors++;
            lines.push(`  FALSE   @${c.at} «${c.figure}» ${f.rule}: ${f.message}`);
          } else {
            totals.falseWarnings++;
            lines.push(`  warning @${c.at} «${c.figure}» ${f.rule}: ${f.message}`);
          }
        }
      }
    }
    if (verbose) {
      for (const f of r.findings) if (!t.claims.some((c) => overlaps(f, c))) lines.push(`  other   @${f.offset} «${f.quote}» ${f.severity} ${f.rule}: ${f.message}`);
    }
    totals.mistakes += mistakes;
    totals.found += found;
    totals.falseErrors += falseErrors;
    console.log(`${t.id}: claims ${r.claims}, bound ${r.bound ?? 0}, mistakes found ${found}/${mistakes}, false errors ${falseErrors}`);
    for (const l of lines) console.log(l);
  }
  if (totals.texts === 0) {
    console.log(`no corpus texts found (BUDGET_CORPUS_DIR=${textDir ?? 'unset'}): nothing to score`);
    return;
  }
  console.log(
    `\n${totals.texts} texts: claims read ${totals.claims}, bound ${totals.bound}, verified claims ${totals.verified}, ` +
      `mistakes found ${totals.found}/${totals.mistakes}, false errors ${totals.falseErrors} (on ${totals.correct} correct claims), warnings on correct claims ${totals.falseWarnings}`,
  );
}

main();
