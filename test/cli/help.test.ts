// Help: the usage for `budget-check --help` and for `--help` after any command, in both languages.
import { main } from '../../src/cli/main';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('budget-check help', () => {
  it.each([['--help', ''], ['check', '--help'], ['draft', '--help'], ['audit', '-h'], ['round', '--help']])('%s %s prints the usage', async (...args: string[]) => {
    const r = await run(...args.filter(Boolean));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('用法：');
    expect(r.out).toContain('budget-check draft');
  });

  it('in English with --lang en', async () => {
    const r = await run('draft', '--help', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage:');
  });
});
