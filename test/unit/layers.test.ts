// The house rule of the import graph: no import from a lower layer to a higher one, and no import cycle. The
// order is the README's (Architecture). For layers every import counts, `import type` too: it is a dependency
// all the same. For cycles only imports that run count: a type-only import is erased from the program.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** Lowest first. A folder imports only from its own layer or lower ones. */
const LAYERS: readonly (readonly string[])[] = [
  ['i18n', 'text', 'fs'],
  ['errors'],
  ['yaml', 'hash.ts', 'cache-dir.ts', 'build-id.ts'],
  ['rules'],
  ['documents'],
  ['tender'],
  ['evaluate'],
  ['lint'],
  // The report model (verdicts, exit code, labels), then the golden cases that judge by it, then every renderer.
  ['report'],
  ['golden', 'sanggah'],
  ['report/formatters'],
  ['cli'],
];

/** Edges allowed to close a cycle: none. */
const ALLOWED_CYCLE_EDGES: ReadonlySet<string> = new Set();

function sources(dir = SRC): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

interface Import {
  to: string;
  /** `import type` / `export type`: erased when compiled. */
  typeOnly: boolean;
}

/** Every relative import of a file (static, re-export, type-only, dynamic), as a path under src/. */
function importsOf(file: string, text: string): Import[] {
  const found = text.matchAll(/(?:^|\s)(?:import|export)(\s+type)?\s[^;]*?\sfrom\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g);
  return [...found].map((m) => ({
    to: path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2] ?? m[3] ?? '')).replace(/\.js$/, '.ts'),
    typeOnly: m[1] !== undefined,
  }));
}

/** The layer of a file: its most specific folder in LAYERS (report/formatters before report), or -1. */
function layerOf(file: string): number {
  const parts = file.split('/');
  for (let n = parts.length; n > 0; n--) {
    const i = LAYERS.findIndex((names) => names.includes(parts.slice(0, n).join('/')));
    if (i >= 0) return i;
  }
  return -1;
}

const imports = new Map(sources().map((f) => [f, importsOf(f, readFileSync(path.join(SRC, f), 'utf8'))]));
const graph = new Map([...imports].map(([f, is]) => [f, is.map((i) => i.to)]));
const runtimeGraph = new Map([...imports].map(([f, is]) => [f, is.filter((i) => !i.typeOnly).map((i) => i.to)]));

/** The cycles of the file graph, each as a list of files, found by depth-first search. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const to of edges.get(f) ?? []) {
      if (ALLOWED_CYCLE_EDGES.has(`${f} -> ${to}`)) continue;
      if (state.get(to) === 'open') found.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of edges.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe('layers', () => {
  it('places every file of src/ in a layer (a new folder must be given one)', () => {
    expect([...graph.keys()].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = [...graph].flatMap(([from, tos]) => tos.filter((to) => layerOf(to) > layerOf(from)).map((to) => `${from} -> ${to}`));
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(runtimeGraph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('resolves every import to a file of src/', () => {
    const missing = [...graph].flatMap(([from, tos]) => tos.filter((to) => !graph.has(to)).map((to) => `${from} -> ${to}`));
    expect(missing).toEqual([]);
  });

  it('sees an upward import and a cycle when there is one (the checks themselves work)', () => {
    expect(importsOf('rules/x.ts', "import type { A } from '../report/report.js';\nconst m = await import('./y.js');")).toEqual([
      { to: 'report/report.ts', typeOnly: true },
      { to: 'rules/y.ts', typeOnly: false },
    ]);
    expect(layerOf('report/formatters/text.ts')).toBeGreaterThan(layerOf('golden/run.ts'));
    expect(layerOf('report/report.ts')).toBeGreaterThan(layerOf('rules/x.ts'));
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });
});
