// Checks the local copies of the development corpus against docs/corpus/corpus.json: which texts
// are present, whether each file is byte-identical to the one the verdicts were written on
// (sha256), and whether every claim's figure stands at its recorded offset. The texts themselves
// are third-party sentences and stay outside the repository (see docs/corpus/README.md).
// Usage: node scripts/run-ts.js scripts/corpus-verify.ts [--json]
// Local texts: $BUDGET_CORPUS_DIR, else the first existing of ../corpus/texts and ../../corpus/texts
// from the repository (a checkout beside the corpus, or a worktree one level further down).
import { createHash } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

interface Claim {
  at: number;
  figure: string;
  kind: string;
  verdict: 'correct' | 'wrong' | 'uncheckable';
  expected?: string;
  basis: string;
}
interface CorpusText {
  id: string;
  url: string;
  province: string;
  unit: string;
  year: number;
  doc: 'department' | 'unit';
  covers: string;
  chars: number;
  sha256: string;
  claims: Claim[];
}
interface Corpus {
  version: number;
  texts: CorpusText[];
}

const repoRoot = path.resolve(__dirname, '..', '..');
const corpusFile = path.join(repoRoot, 'docs', 'corpus', 'corpus.json');
const defaultDirs = [path.resolve(repoRoot, '..', 'corpus', 'texts'), path.resolve(repoRoot, '..', '..', 'corpus', 'texts')];
const textDir = process.env.BUDGET_CORPUS_DIR ? path.resolve(process.env.BUDGET_CORPUS_DIR) : (defaultDirs.find((d) => existsSync(d)) ?? defaultDirs[0]);

type Status = 'ok' | 'missing' | 'changed' | 'offsets';

const wrongOf = (t: CorpusText) => t.claims.filter((c) => c.verdict === 'wrong').length;

function main(): void {
  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as Corpus;
  const tally = { correct: 0, wrong: 0, uncheckable: 0 };
  const rows: { id: string; status: Status; claims: number; wrong: number; misplaced: string[] }[] = [];
  for (const t of corpus.texts) {
    for (const c of t.claims) tally[c.verdict]++;
    const file = path.join(textDir, `${t.id}.txt`);
    if (!existsSync(file)) {
      rows.push({ id: t.id, status: 'missing', claims: t.claims.length, wrong: wrongOf(t), misplaced: [] });
      continue;
    }
    const bytes = readFileSync(file);
    // Offsets are JS string indices after \r\n → \n, so a copy saved with Windows line ends still places its figures.
    const text = bytes.toString('utf8').replace(/\r\n/g, '\n');
    const sha = createHash('sha256').update(bytes).digest('hex');
    // A figure must stand at its offset and not be the tail or head of a longer number (7.3 inside 17.3).
    const partOfNumber = (c: Claim) =>
      (/^\d/.test(c.figure) && /[\d.,]/.test(text.charAt(c.at - 1))) || (/\d$/.test(c.figure) && /\d/.test(text.charAt(c.at + c.figure.length)));
    const misplaced = t.claims.filter((c) => text.slice(c.at, c.at + c.figure.length) !== c.figure || partOfNumber(c)).map((c) => `${c.at}:${c.figure}`);
    const status: Status = misplaced.length ? 'offsets' : sha !== t.sha256 ? 'changed' : 'ok';
    rows.push({ id: t.id, status, claims: t.claims.length, wrong: wrongOf(t), misplaced });
  }
  const count = (s: Status) => rows.filter((r) => r.status === s).length;
  const provinces = new Set(corpus.texts.map((t) => t.province));
  const years = new Set(corpus.texts.map((t) => t.year));
  const claims = tally.correct + tally.wrong + tally.uncheckable;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ textDir, texts: corpus.texts.length, present: rows.length - count('missing'), rows, tally }, null, 1));
  } else {
    console.log(`corpus: ${corpus.texts.length} texts, ${provinces.size} provinces, ${years.size} years (${[...years].sort().join(', ')}), ${claims} claims: ${tally.correct} correct, ${tally.wrong} wrong, ${tally.uncheckable} uncheckable`);
    console.log(`local texts: ${textDir}`);
    for (const r of rows) if (r.status !== 'ok' && r.status !== 'missing') console.log(`  ${r.id}: ${r.status}${r.misplaced.length ? ` (${r.misplaced.slice(0, 5).join(', ')})` : ''}`);
    const present = rows.length - count('missing');
    if (!present) console.log('  no text of the corpus is present locally (set BUDGET_CORPUS_DIR; see docs/corpus/README.md)');
    else console.log(`  present ${present} (ok ${count('ok')}, changed ${count('changed')}, figures off their offsets ${count('offsets')}), missing ${count('missing')}`);
  }
  process.exit(count('offsets') ? 1 : 0);
}

main();
