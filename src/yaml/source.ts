// Reads a YAML file into a value validated by a zod schema, keeping source positions so that every
// problem names file:line. Shared by the tender, bundle-manifest and rules loaders.
import { closest } from 'fastest-levenshtein';
import { CORE_SCHEMA, load } from 'js-yaml';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod';
import type { SourceProblem } from '../errors/catalogue.js';
import type { Localized } from '../i18n/labels.js';

export type Parsed<T> = { ok: true; value: T; lineOf: (path: readonly PropertyKey[]) => number } | { ok: false; problems: SourceProblem[] };

/** Anchors or aliases ("&a", "*a"): only the full reader, with its alias limit, reads those. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*]\S/m;

export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): Parsed<z.infer<S>> {
  return fastParse(text, schema) ?? fullParse(file, text, schema);
}

/**
 * The common case, a valid file, read by js-yaml (several times faster than the full reader): positions are
 * only worked out when something asks for a line. Anything else (a syntax error, an invalid value, anchors)
 * goes to the full reader, which says where.
 */
function fastParse<S extends z.ZodType>(text: string, schema: S): Parsed<z.infer<S>> | undefined {
  if (ANCHOR_OR_ALIAS.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const result = schema.safeParse(data, { jitless: true });
  if (!result.success) return undefined;
  let located: ((path: readonly PropertyKey[]) => number) | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    if (!located) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, uniqueKeys: true, schema: 'core' });
      located = (p) => locate(doc, lineCounter, p);
    }
    return located(path);
  };
  return { ok: true, value: result.data, lineOf };
}

function fullParse<S extends z.ZodType>(file: string, text: string, schema: S): Parsed<z.infer<S>> {
  const lineCounter = new LineCounter();
  // yaml's own limits guard against alias bombs (maxAliasCount); the 'core' schema keeps dates as strings.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, schema: 'core' });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const text = yamlErrorText(e.code, firstLine(e.message));
        return { file, line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1, message: text.en, text };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = firstLine((e as Error).message);
    return {
      ok: false,
      problems: [{ file, line: 1, column: 1, message, text: { id: `YAML tidak dapat dibaca: ${message}`, en: message } }],
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => locate(doc, lineCounter, path);
  // Each file is validated once: zod's generated fast path (new Function per object shape) costs more to
  // compile than it saves on one small document.
  const result = schema.safeParse(data, { jitless: true });
  if (result.success) return { ok: true, value: result.data, lineOf };
  const problems: SourceProblem[] = [];
  const add = (path: readonly PropertyKey[], line: number, text: Localized) => {
    const where = pathText(path);
    problems.push({
      file,
      line,
      column: 1,
      message: where ? `${where}: ${text.en}` : text.en,
      text: where ? { id: `${where}: ${text.id}`, en: `${where}: ${text.en}` } : text,
    });
  };
  // Unknown keys first: a misspelt key also makes the key it was meant to be missing, said once.
  const guessed = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path as PropertyKey[];
    const known = knownKeys(schema, path);
    for (const k of issue.keys) {
      const guess = known.length > 0 ? closest(k, known) : undefined;
      if (guess) guessed.add(pathText([...path, guess]));
      add(path, keyLine(doc, lineCounter, [...path, k]) ?? lineOf(path), {
        id: `kunci "${k}" tidak dikenal${guess ? ` (maksud Anda "${guess}"?)` : ''}`,
        en: `unknown key "${k}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
      });
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path as PropertyKey[];
    const holder = valueAt(data, path.slice(0, -1));
    const missing =
      typeof path[path.length - 1] === 'string' &&
      holder !== null &&
      typeof holder === 'object' &&
      !(String(path[path.length - 1]) in holder);
    if (missing && guessed.has(pathText(path))) continue;
    const parent = path.slice(0, -1);
    if (missing) {
      const key = String(path[path.length - 1]);
      const under = pathText(parent);
      // A missing key is reported on the line of the mapping that should hold it.
      add([], keyLine(doc, lineCounter, parent) ?? lineOf(parent), {
        id: `kunci "${key}" wajib ada${under ? ` di bawah "${under}"` : ''}`,
        en: `the key "${key}" is required${under ? ` under "${under}"` : ''}`,
      });
      continue;
    }
    add(path, lineOf(path), zodText(issue, valueAt(data, path)));
  }
  return { ok: false, problems };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[step];
  }
  return v;
}

/** The line of a key in a mapping (`tender:`), or undefined when the path does not end at a key that exists. */
function keyLine(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as (string | number)[], true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

const TYPE_NAME: Record<string, Localized> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar (butir berawalan "- ")', en: 'a list (items starting with "- ")' },
  object: { id: 'pemetaan (kunci: nilai)', en: 'a mapping (key: value)' },
};

/** Messages the schemas write themselves, in Indonesian as well. */
const OWN_MESSAGES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^expected a kind such as (.+) or (.+)$/, (m) => `harus berupa jenis persyaratan seperti ${m[1]} atau ${m[2]}`],
  [/^a tender needs at least one requirement$/, () => 'tender memerlukan paling sedikit satu persyaratan'],
  [
    /^deadline (\S+) is before the announcement (\S+)$/,
    (m) => `batas akhir pemasukan penawaran ${m[1]} lebih awal dari tanggal pengumuman ${m[2]}`,
  ],
  [/^requirement id "(.+)" is used twice$/, (m) => `id persyaratan "${m[1]}" dipakai dua kali`],
  [/^expected a date written YYYY-MM-DD$/, () => 'harus berupa tanggal TTTT-BB-HH, mis. 2019-10-01'],
  [/^not a real calendar date$/, () => 'bukan tanggal yang ada di kalender'],
];

/** A zod issue as a sentence in both languages, never zod's own English. */
function zodText(issue: z.core.$ZodIssue, value: unknown): Localized {
  for (const [re, id] of OWN_MESSAGES) {
    const m = re.exec(issue.message);
    if (m) return { id: id(m), en: issue.message };
  }
  const shown = show(value);
  switch (issue.code) {
    case 'invalid_type': {
      const t = TYPE_NAME[issue.expected] ?? { id: issue.expected, en: issue.expected };
      return { id: `harus berupa ${t.id}, bukan ${shown}`, en: `must be ${t.en}, not ${shown}` };
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { id: `nilai ${shown} tidak sah; pilihan: ${options}`, en: `the value ${shown} is not valid; choose one of: ${options}` };
    }
    case 'too_small':
      return issue.origin === 'array'
        ? { id: `harus berisi paling sedikit ${issue.minimum} butir`, en: `must hold at least ${issue.minimum} item(s)` }
        : { id: 'tidak boleh kosong', en: 'must not be empty' };
    case 'invalid_format':
      return { id: `format ${shown} tidak sah`, en: `${shown} is not in the expected format` };
    default:
      return { id: `nilai ${shown} tidak sah (${issue.message})`, en: issue.message };
  }
}

/** A value as the user wrote it, short; YAML aliases can make it circular. */
function show(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = Array.isArray(value) ? '[...]' : '{...}';
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The YAML parser's error codes, worded for a pokja. */
function yamlErrorText(code: string, message: string): Localized {
  const id: Record<string, string> = {
    DUPLICATE_KEY: 'kunci yang sama ditulis dua kali',
    BAD_INDENT: 'indentasi (jarak dari kiri) tidak sesuai',
    MISSING_CHAR: 'ada tanda yang kurang (mis. tanda kutip penutup)',
    MULTILINE_IMPLICIT_KEY: 'kunci tidak boleh lebih dari satu baris; periksa tanda ":" dan indentasi',
    BLOCK_AS_IMPLICIT_KEY: 'kunci tidak boleh lebih dari satu baris; periksa tanda ":" dan indentasi',
    TAB_AS_INDENT: 'indentasi memakai tab; gunakan spasi',
    UNEXPECTED_TOKEN: 'ada tanda yang tidak diharapkan di sini',
  };
  return { id: `${id[code] ?? 'sintaks YAML tidak sah'} (${code})`, en: message };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
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
