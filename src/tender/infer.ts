// Understands an LDK requirement's wording: which requirement kind(s) it asks for, and the tax year it names.
// Unknown wording stays unknown (the evaluator turns it into "review"), with the closest kinds as a hint.
import type { Ruleset } from '../rules/load.js';
import type { RequirementKind } from '../rules/schema.js';
import { rulePattern } from '../rules/pattern.js';

export type KindExpr =
  | { op: 'one'; kind: string }
  | { op: 'all' | 'any'; kinds: string[] }
  | { op: 'unknown'; closest: string[] };

export function kindText(k: KindExpr): string {
  switch (k.op) {
    case 'one':
      return k.kind;
    case 'all':
      return k.kinds.join('+');
    case 'any':
      return k.kinds.join('|');
    case 'unknown':
      return 'unknown';
  }
}

/** The kinds the expression names (none when unknown). */
export function kindsOf(k: KindExpr): string[] {
  return k.op === 'one' ? [k.kind] : k.op === 'unknown' ? [] : k.kinds;
}

/** Parses a declared kind ("tdp", "npwp+spt_tahunan", "tdp|nib"); returns the names that are not known kinds. */
export function parseDeclaredKind(expr: string, ruleset: Ruleset): { kind: KindExpr; unknown: string[] } {
  const any = expr.includes('|');
  const kinds = expr.split(/[+|]/);
  const unknown = kinds.filter((k) => !ruleset.requirements.has(k));
  const kind: KindExpr = kinds.length === 1 ? { op: 'one', kind: kinds[0] as string } : { op: any ? 'any' : 'all', kinds };
  return { kind, unknown };
}

/** Template notes pokja leave in ("[tuliskan tahun pajak yang diminta ...]") are not part of the requirement. */
export function stripTemplateNotes(text: string): string {
  return text.replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function inferKind(text: string, ruleset: Ruleset): KindExpr {
  const clean = stripTemplateNotes(text);
  const hits: Array<{ kind: RequirementKind; start: number; end: number }> = [];
  for (const kind of ruleset.requirements.values()) {
    let first: { start: number; end: number } | undefined;
    for (const p of kind.infer) {
      const m = rulePattern(p).exec(clean);
      if (m && (!first || m.index < first.start)) first = { start: m.index, end: m.index + m[0].length };
    }
    if (first) hits.push({ kind, ...first });
  }
  const suppressed = new Set(hits.flatMap((h) => h.kind.infer_suppresses));
  const kept = hits.filter((h) => !suppressed.has(h.kind.id)).sort((a, b) => a.start - b.start);
  if (kept.length === 0) return { op: 'unknown', closest: closestKinds(clean, ruleset) };
  if (kept.length === 1) return { op: 'one', kind: (kept[0] as (typeof kept)[0]).kind.id };
  // "SIUP/NIB", "TDP atau NIB": alternatives. "NPWP dan ... SPT", "1) Akta ...; 2) Surat Kuasa": all of them.
  const alternatives = kept.slice(1).every((h, i) => {
    const between = clean.slice((kept[i] as (typeof kept)[0]).end, h.start);
    return between.length <= 40 && !/[;,]|dan\s*\/\s*atau/iu.test(between) && /\batau\b|\//iu.test(between);
  });
  return { op: alternatives ? 'any' : 'all', kinds: kept.map((h) => h.kind.id) };
}

/** The tax year a requirement names ("SPT Tahunan tahun pajak 2021", "SPT tahun 2018"), if any. */
export function namedTaxYear(text: string): number | undefined {
  const m = /tahun(?:\s+pajak)?\s+((?:19|20)\d{2})\b/iu.exec(stripTemplateNotes(text));
  return m ? Number(m[1]) : undefined;
}

/** Kinds whose names share the most words with the wording: a hint for wording the tool does not understand. */
function closestKinds(text: string, ruleset: Ruleset): string[] {
  const words = new Set(tokens(text));
  return [...ruleset.requirements.values()]
    .map((k) => ({ id: k.id, score: tokens(`${k.name.id} ${k.name.en}`).filter((w) => words.has(w)).length }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((s) => s.id);
}

const STOPWORDS = new Set(['dan', 'atau', 'yang', 'dari', 'untuk', 'the', 'and', 'for', 'of', 'a', 'an', 'surat', 'memiliki', 'tahun']);
function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w));
}
