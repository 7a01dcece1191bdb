// Understands an LDK requirement's wording: which requirement kind(s) it asks for, and the tax year it names.
// Unknown wording stays unknown (the evaluator turns it into "review"), with the closest kinds as a hint.
import type { Ruleset } from '../rules/load.js';
import { rulePattern } from '../rules/pattern.js';
import type { Localized, RequirementKind } from '../rules/schema.js';

export type KindExpr =
  | { op: 'one'; kind: string }
  | { op: 'all' | 'any'; kinds: string[] }
  /** `saysMore`: kinds the wording matched but says more than (the words and the rule's note), nearest first in `closest`. */
  | { op: 'unknown'; closest: string[]; saysMore?: SaysMore[] };

export interface SaysMore {
  kind: string;
  words: string;
  explain: Localized;
}

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
  return text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Hit {
  kind: RequirementKind;
  start: number;
  end: number;
  clause: number;
}

export function inferKind(text: string, ruleset: Ruleset): KindExpr {
  const clean = stripTemplateNotes(text);
  const starts = clauseStarts(clean);
  // Each pattern is matched within one clause: the words of one list item never make another item's kind.
  const hits: Hit[] = [];
  starts.forEach((from, clause) => {
    const part = clean.slice(from, starts[clause + 1] ?? clean.length);
    for (const kind of ruleset.requirements.values()) {
      for (const p of kind.infer) {
        for (const m of part.matchAll(rulePattern(p, 'g')))
          hits.push({ kind, start: from + m.index, end: from + m.index + m[0].length, clause });
      }
    }
  });
  // "Surat Pernyataan Pakta Integritas": a kind gives way to one that suppresses it in the same clause only,
  // so "2) Surat Kuasa; 3) Bukti ... pegawai tetap (apabila dikuasakan)" keeps the surat kuasa of item 2.
  const suppressed = new Set(hits.flatMap((h) => h.kind.infer_suppresses.map((id) => `${id}@${h.clause}`)));
  const live = hits.filter((h) => !suppressed.has(`${h.kind.id}@${h.clause}`));
  const kept = [...new Map(live.sort((a, b) => b.start - a.start).map((h) => [h.kind.id, h])).values()].sort((a, b) => a.start - b.start);
  if (kept.length === 0) return { op: 'unknown', closest: closestKinds(clean, ruleset) };
  const more = saysMore(clean, kept);
  if (more.length > 0) {
    const nearest = [...new Set([...more.map((x) => x.kind), ...kept.map((h) => h.kind.id), ...closestKinds(clean, ruleset)])].slice(0, 3);
    return { op: 'unknown', closest: nearest, saysMore: more };
  }
  if (kept.length === 1) return { op: 'one', kind: (kept[0] as Hit).kind.id };
  // "SIUP/NIB", "TDP atau NIB": alternatives. "NPWP dan ... SPT", "1) Akta ...; 2) Surat Kuasa": all of them.
  const alternatives = kept.slice(1).every((h, i) => {
    const between = clean.slice((kept[i] as Hit).end, h.start);
    return between.length <= 40 && !/[;,]|dan\s*\/\s*atau/iu.test(between) && /\batau\b|\//iu.test(between);
  });
  return { op: alternatives ? 'any' : 'all', kinds: kept.map((h) => h.kind.id) };
}

/**
 * Where the clauses of a line begin: after ";" and at list markers ("2)", "b.", "3 Bukti" as SPSE pages
 * flatten "3. Bukti"). The first clause begins at 0.
 */
function clauseStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/;|\s(?:\d{1,2}|[a-z])[.)]\s|\s\d{1,2}\s+(?=[A-Z])/g)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * Kinds the line says more about than they check (their `infer_unless`). The whole line is read, not the
 * kind's clause: "Surat Pernyataan ..., yang menyatakan: a. tidak akan menuntut" qualifies it in the next one.
 */
function saysMore(text: string, kept: readonly Hit[]): SaysMore[] {
  return kept.flatMap((h) => {
    for (const u of h.kind.infer_unless) {
      const m = rulePattern(u.pattern).exec(text);
      if (m) return [{ kind: h.kind.id, words: m[0], explain: u.explain }];
    }
    return [];
  });
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
