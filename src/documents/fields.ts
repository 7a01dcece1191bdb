// Reads the fields a document type declares, each value normalised by its parser and kept with its
// provenance (page and the line it was read from). A pattern that matches a malformed value is kept
// as an invalid field, so the evaluator can say "found but unreadable" instead of "missing".

import { rulePattern } from '../rules/pattern.js';
import type { DocumentType, FieldParser, FieldSpec } from '../rules/schema.js';
import { findDates, parseYear } from '../text/dates.js';
import { ocrDigits, withoutRn } from '../text/digits.js';
import { formatNpwp, nikMatchesBirthDate, parseAhu, parseKbliList, parseNib, parseNik, parseNpwp } from '../text/ids.js';
import { LABEL_LINE, normaliseAddress, parsePersonName, readPersonName } from '../text/names.js';
import { parseKbliRisk } from './risk.js';
import { snippetAt } from './text.js';

export interface Field {
  name: string;
  /** Normalised value (digits for identifiers, YYYY-MM-DD for dates), or null when the text did not parse. */
  value: string | null;
  /** The text as printed. */
  raw: string;
  page: number;
  snippet: string;
}

export interface ReadOptions {
  /** 1-based pages whose text is uncertain (read by OCR): an identifier read there must pass its check digit. */
  uncertainPages?: ReadonlySet<number>;
}

export function readFields(pages: readonly string[], type: DocumentType, options: ReadOptions = {}): Field[] {
  const variants = new Map<number, ReturnType<typeof withoutRn> | null>();
  const rnVariant = (i: number) => {
    if (!variants.has(i)) variants.set(i, /rn/i.test(pages[i] as string) ? withoutRn(pages[i] as string) : null);
    return variants.get(i) ?? null;
  };
  return crossCheck(
    type.fields.flatMap((spec) => readField(pages, spec, options, rnVariant)),
    pages,
    options.uncertainPages,
  );
}

interface Hit {
  raw: string;
  /** Index of the value in the page's own text. */
  index: number;
  /** The value starts on a later line than its label. */
  carried: boolean;
}

type RnVariant = (page: number) => ReturnType<typeof withoutRn> | null;

function readField(pages: readonly string[], spec: FieldSpec, options: ReadOptions, rnVariant: RnVariant): Field[] {
  const found = readWith(pages, spec, options, () => null);
  // Nothing found: OCR may have read "m" as "rn" in the label ("Nornor", "Narna"); look again with "m".
  return found.length > 0 ? found : readWith(pages, spec, options, rnVariant);
}

/** One pass of a field's patterns over the pages, or over their "rn"-read-as-"m" variants when given. */
function readWith(pages: readonly string[], spec: FieldSpec, options: ReadOptions, rnVariant: RnVariant): Field[] {
  const found: Field[] = [];
  for (const pattern of spec.patterns) {
    const re = rulePattern(pattern, 'gmd');
    for (let i = 0; i < pages.length; i++) {
      const text = pages[i] as string;
      for (const h of hits(re, text, rnVariant(i))) {
        const hit = spec.parse === 'person' ? personLines(h) : h;
        if (hit.carried && spec.parse !== 'person' && LABEL_LINE.test(hit.raw)) continue; // the next label, not a value
        const shown = hit.raw.replace(/\s*\n\s*/g, ' / ');
        for (const value of parse(spec.parse, hit.raw, spec.pick, options.uncertainPages?.has(i + 1) ?? false)) {
          // A name is shown (and compared, by consistency) as the name alone; its line stays in the snippet.
          const raw = spec.parse === 'person' && value !== null ? value : clip(shown);
          found.push({ name: spec.name, value, raw, page: i + 1, snippet: snippetNear(text, hit.index, hit.raw.length) });
          if (!spec.multiple && value !== null) return found.filter((f) => f.value !== null);
        }
      }
    }
    if (!spec.multiple && found.length > 0) break;
  }
  if (!spec.multiple) return found.slice(0, 1);
  // A list with a member that cannot be read is not trusted at all: a partial KBLI list makes a listed code look
  // absent, a partial list of directors makes a director look like a stranger, and either fails the bidder.
  // Every sighting stays, as unreadable. (kbli_risk is left row by row: the licensing rules make a row whose
  // risk was not read review themselves.)
  if ((spec.parse === 'kbli' || spec.parse === 'person') && found.some((f) => f.value === null)) {
    return dedupe(found.map((f) => ({ ...f, value: null })));
  }
  return dedupe(found);
}

/** Several values (KBLI codes, AHU numbers): the first sighting of each distinct value. */
function dedupe(found: Field[]): Field[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = f.value ?? `raw:${f.raw}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The matches of a pattern on a page, or on its variant (values are then taken from the page as printed). */
function hits(re: RegExp, text: string, variant: ReturnType<typeof withoutRn> | null): Hit[] {
  if (variant === null) return [...text.matchAll(re)].map((m) => hitOf(m, text, (j) => j));
  const { original } = variant;
  return [...variant.variant.matchAll(re)].map((m) => hitOf(m, text, (j) => original[j] ?? text.length));
}

function hitOf(m: RegExpMatchArray, text: string, toOriginal: (j: number) => number): Hit {
  const span = m.indices?.groups?.value ?? m.indices?.[0] ?? [m.index ?? 0, (m.index ?? 0) + m[0].length];
  const start = toOriginal(span[0]);
  const end = span[1] > span[0] ? toOriginal(span[1] - 1) + 1 : start;
  const matchStart = toOriginal(m.index ?? 0);
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  return { raw: raw.trim(), index: start + lead, carried: text.slice(matchStart, start + lead).includes('\n') };
}

/** A name may be read from the lines after its label: show only the lines it was read from. */
function personLines(hit: Hit): Hit {
  return { ...hit, raw: hit.raw.split('\n').slice(0, readPersonName(hit.raw).lines).join('\n').trim() };
}

function parse(parser: FieldParser, raw: string, pick: 'first' | 'last', uncertain: boolean): Array<string | null> {
  switch (parser) {
    case 'nib':
      return [parseNib(raw)];
    case 'npwp': {
      const n = parseNpwp(raw);
      // A number whose digits were repaired from OCR letters, or read from an OCR'd page, must carry a right
      // check digit; a printed text layer is taken as printed (a typo there is the document's own).
      if (!n || (n.checkDigitOk === false && (n.ocrRepaired || uncertain))) return [null];
      return [formatNpwp(n)];
    }
    case 'nik':
      return [parseNik(raw)?.digits ?? null];
    case 'kbli':
      return parseKbliList(raw) ?? [null];
    case 'kbli_risk':
      // The risk reader of risk.ts, on the row with OCR's letters in the code and "rn" for "m" put back.
      return [parseKbliRisk(withoutRn(ocrDigits(raw).text).variant)];
    case 'ahu':
      return [parseAhu(raw)?.number ?? null];
    case 'date': {
      // OCR reads a date's hyphen as a colon or a dot ("25-11:1980"): on its pages the separators may differ.
      const text = ocrDigits(raw).text;
      const dates = findDates(uncertain ? text.replace(OCR_NUMERIC_DATE, '$1-$2-$3') : text);
      return [(pick === 'last' ? dates.at(-1) : dates[0])?.iso ?? null];
    }
    case 'year': {
      const y = parseYear(ocrDigits(raw).text);
      return [y === null ? null : String(y)];
    }
    case 'status':
      return [raw.replace(/\s+/g, ' ').toUpperCase()];
    case 'flag':
      return ['ya'];
    case 'person': {
      const name = parsePersonName(raw);
      return [name === null ? null : clip(name)];
    }
    case 'address': {
      const a = normaliseAddress(raw);
      return [a === null ? null : clip(a)];
    }
    case 'text': {
      const t = raw
        .replace(/\s+/g, ' ')
        .replace(/[\s,;:.]+$/u, '')
        .trim();
      return [t.length > 0 ? clip(t) : null];
    }
  }
}

const OCR_NUMERIC_DATE = /(?<!\d)(\d{1,2}) ?[-:./] ?(\d{1,2}) ?[-:./] ?(\d{4})(?!\d)/g;

/**
 * Checks between fields of one document. A KTP's NIK embeds the holder's birth date (DDMMYY, women DD+40):
 * when both are read and disagree, one of them was misread, so the NIK is not trusted. On an OCR'd page, where
 * specks and misread digits abound, a NIK counts only when the date it embeds is printed on its page.
 */
function crossCheck(fields: Field[], pages: readonly string[], uncertain: ReadonlySet<number> = new Set()): Field[] {
  const born = fields.find((f) => f.name === 'birth_date' && f.value !== null)?.value;
  return fields.map((f) => {
    if (f.name !== 'nik' || f.value === null) return f;
    const nik = parseNik(f.value);
    const ok =
      nik !== null &&
      (born
        ? nikMatchesBirthDate(nik, born)
        : !uncertain.has(f.page) || datesOn(pages[f.page - 1] ?? '').some((d) => nikMatchesBirthDate(nik, d)));
    return ok ? f : { ...f, value: null };
  });
}

/** The dates printed on an OCR'd page, its separators read loosely. */
function datesOn(page: string): string[] {
  return findDates(ocrDigits(page).text.replace(OCR_NUMERIC_DATE, '$1-$2-$3')).map((d) => d.iso);
}

/** The snippet of the value's line, looked for within 300 characters of it: a line thousands of characters long
 * (a text layer without line breaks) would otherwise be re-read for every match on it. */
function snippetNear(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 300);
  return snippetAt(text.slice(from, index + length + 300), index - from, length);
}

function clip(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}
