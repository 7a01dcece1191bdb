// Reads the fields a document type declares, each value normalised by its parser and kept with its
// provenance (page and the line it was read from). A pattern that matches a malformed value is kept
// as an invalid field, so the evaluator can say "found but unreadable" instead of "missing".
import { parseKbliRisk } from './risk.js';
import type { DocumentType, FieldParser, FieldSpec } from '../rules/schema.js';
import { findDates, formatNpwp, parseAhu, parseKbli, parseNib, parseNik, parseNpwp, parseYear } from './parse.js';
import { snippetAt } from './text.js';
import { rulePattern } from '../rules/pattern.js';

export interface Field {
  name: string;
  /** Normalised value (digits for identifiers, YYYY-MM-DD for dates), or null when the text did not parse. */
  value: string | null;
  /** The text as printed. */
  raw: string;
  page: number;
  snippet: string;
}

export function readFields(pages: readonly string[], type: DocumentType): Field[] {
  return type.fields.flatMap((spec) => readField(pages, spec));
}

function readField(pages: readonly string[], spec: FieldSpec): Field[] {
  const found: Field[] = [];
  for (const pattern of spec.patterns) {
    const re = rulePattern(pattern, 'gm');
    for (let i = 0; i < pages.length; i++) {
      const text = pages[i] as string;
      for (const m of text.matchAll(re)) {
        const raw = (m.groups?.value ?? m[0]).trim();
        const value = parse(spec.parse, raw, spec.pick);
        const index = m.index + (m.groups?.value !== undefined ? m[0].indexOf(m.groups.value) : 0);
        found.push({ name: spec.name, value, raw: clip(raw), page: i + 1, snippet: snippetAt(text, index, raw.length) });
        if (!spec.multiple && value !== null) return found.filter((f) => f.value !== null);
      }
    }
    if (!spec.multiple && found.length > 0) break;
  }
  if (!spec.multiple) return found.slice(0, 1);
  // Several values (KBLI codes, AHU numbers): keep the first sighting of each distinct value.
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = f.value ?? `raw:${f.raw}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function parse(parser: FieldParser, raw: string, pick: 'first' | 'last'): string | null {
  switch (parser) {
    case 'nib':
      return parseNib(raw);
    case 'npwp': {
      const n = parseNpwp(raw);
      return n ? formatNpwp(n) : null;
    }
    case 'nik':
      return parseNik(raw)?.digits ?? null;
    case 'kbli':
      return parseKbli(raw);
    case 'kbli_risk':
      return parseKbliRisk(raw);
    case 'ahu':
      return parseAhu(raw)?.number ?? null;
    case 'date': {
      const dates = findDates(raw);
      return (pick === 'last' ? dates.at(-1) : dates[0])?.iso ?? null;
    }
    case 'year': {
      const y = parseYear(raw);
      return y === null ? null : String(y);
    }
    case 'status':
      return raw.replace(/\s+/g, ' ').toUpperCase();
    case 'flag':
      return 'ya';
    case 'text': {
      const t = raw.replace(/\s+/g, ' ').replace(/[\s,;:.]+$/u, '').trim();
      return t.length > 0 ? clip(t) : null;
    }
  }
}

function clip(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}
