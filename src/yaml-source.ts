// Reads a YAML file into a value validated by a zod schema, keeping source positions so that every
// problem names file:line. Shared by the tender, bundle-manifest and rules loaders.
import { closest } from 'fastest-levenshtein';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod';
import type { SourceProblem } from './errors.js';

export type Parsed<T> = { ok: true; value: T; lineOf: (path: readonly PropertyKey[]) => number } | { ok: false; problems: SourceProblem[] };

export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): Parsed<z.infer<S>> {
  const lineCounter = new LineCounter();
  // yaml's own limits guard against alias bombs (maxAliasCount); the 'core' schema keeps dates as strings.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, schema: 'core' });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
        message: firstLine(e.message),
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: firstLine((e as Error).message) }] };
  }
  const lineOf = (path: readonly PropertyKey[]) => locate(doc, lineCounter, path);
  // Each file is validated once: zod's generated fast path (new Function per object shape) costs more to
  // compile than it saves on one small document.
  const result = schema.safeParse(data, { jitless: true });
  if (result.success) return { ok: true, value: result.data, lineOf };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path as PropertyKey[];
      const where = pathText(path);
      let message = issue.message;
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(schema, path);
        message = issue.keys
          .map((k) => {
            const guess = known.length > 0 ? closest(k, known) : undefined;
            return `unknown key "${k}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
          })
          .join('; ');
        const firstKey = issue.keys[0];
        return { file, line: firstKey === undefined ? lineOf(path) : lineOf([...path, firstKey]), column: 1, message: where ? `${where}: ${message}` : message };
      }
      return { file, line: lineOf(path), column: 1, message: where ? `${where}: ${message}` : message };
    }),
  };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** The line of the deepest node that exists along the path (a missing key points at its parent). */
function locate(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/** The keys the schema allows at a path, found by walking zod's definitions (for did-you-mean). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let nodes: unknown[] = [schema];
  for (const step of path) nodes = nodes.flatMap((n) => child(n, step));
  return [...new Set(nodes.flatMap((n) => Object.keys(objectShape(n) ?? {})))];
}

type Def = { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown; options?: unknown[] };
function def(node: unknown): Def | undefined {
  return (node as { _zod?: { def?: Def } })._zod?.def;
}
function unwrap(node: unknown): unknown[] {
  const d = def(node);
  if (!d) return [];
  if (d.innerType) return unwrap(d.innerType);
  if (d.type === 'pipe' && d.in) return unwrap(d.in);
  if (d.options) return d.options.flatMap(unwrap);
  return [node];
}
function objectShape(node: unknown): Record<string, unknown> | undefined {
  for (const n of unwrap(node)) {
    const d = def(n);
    if (d?.type === 'object' && d.shape) return d.shape;
  }
  return undefined;
}
function child(node: unknown, step: PropertyKey): unknown[] {
  return unwrap(node).flatMap((n) => {
    const d = def(n);
    if (d?.type === 'array' && typeof step === 'number' && d.element) return [d.element];
    if (d?.type === 'object' && d.shape && typeof step === 'string' && step in d.shape) return [d.shape[step]];
    return [];
  });
}
