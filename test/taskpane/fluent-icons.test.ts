// package.json pins @fluentui/react-icons (an override) to the last release without per-icon
// "atoms" files, which keeps node_modules about 230 MB smaller. Fluent UI components import icons
// by name; a component upgrade that needs an icon the pinned release lacks would build with a
// warning and fail only when rendered, so every such import is checked here.
import * as fs from 'fs';
import * as path from 'path';

const FLUENT = path.join(__dirname, '..', '..', 'node_modules', '@fluentui');

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : jsFiles(p);
    return e.name.endsWith('.js') ? [p] : [];
  });
}

/** Icon names and subpaths imported from @fluentui/react-icons by the ES modules of the Fluent packages. */
function iconImports(): { names: Map<string, string>; subpaths: Set<string> } {
  const names = new Map<string, string>();
  const subpaths = new Set<string>();
  for (const pkg of fs.readdirSync(FLUENT)) {
    const lib = path.join(FLUENT, pkg, 'lib');
    if (pkg === 'react-icons' || !fs.existsSync(lib)) continue;
    for (const file of jsFiles(lib)) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"](@fluentui\/react-icons[^'"]*)['"]/g)) {
        if (m[2] !== '@fluentui/react-icons') {
          subpaths.add(m[2]);
          continue;
        }
        for (const spec of m[1].split(',')) {
          const name = spec.trim().split(/\s+as\s+/)[0];
          if (name) names.set(name, path.relative(FLUENT, file));
        }
      }
    }
  }
  return { names, subpaths };
}

describe('the pinned @fluentui/react-icons', () => {
  const { names, subpaths } = iconImports();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const icons = require('@fluentui/react-icons') as Record<string, unknown>;

  it('is the version package.json pins', () => {
    const pinned = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).overrides['@fluentui/react-icons'];
    expect(JSON.parse(fs.readFileSync(path.join(FLUENT, 'react-icons', 'package.json'), 'utf8')).version).toBe(pinned);
  });

  it('exports every icon the Fluent UI components import', () => {
    expect(names.size).toBeGreaterThan(20);
    expect([...names].filter(([name]) => !(name in icons)).map(([name, file]) => `${name} (${file})`)).toEqual([]);
  });

  it('has every subpath they import', () => {
    for (const sub of subpaths) expect(() => require.resolve(sub)).not.toThrow();
  });
});
