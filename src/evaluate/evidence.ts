// Finding the documents that can evidence a requirement, and describing them as Evidence.
import type { Bundle, BundleDocument } from '../documents/bundle.js';
import type { Field } from '../documents/fields.js';
import { type Message, msg, UNKNOWN_DOCUMENT } from '../i18n/messages.js';
import type { Ruleset } from '../rules/load.js';
import { rulePattern } from '../rules/pattern.js';
import type { EvidenceOption, Localized, RiskLevel } from '../rules/schema.js';
import { stripTemplateNotes } from '../tender/infer.js';
import type { Requirement } from '../tender/load.js';
import type { EvaluationContext, Evidence } from './types.js';

export interface Match {
  doc: BundleDocument;
  field?: Field;
  fieldLabel: Localized;
  rawValue?: string;
  validUntil?: string;
  issuedOn?: string;
  evidence: Evidence;
}

export interface Found {
  valid: Match[];
  expired: Match[];
  unreadableField: Match[];
  /** Issued after the bid deadline: review, never a pass. */
  late: Match[];
}

/** The documents that satisfy any of the options, sorted into valid, expired at the deadline, and unreadable. */
export function findEvidence(options: readonly EvidenceOption[], bundle: Bundle, ctx: EvaluationContext): Found {
  const found: Found = { valid: [], expired: [], unreadableField: [], late: [] };
  for (const option of options) {
    const type = ctx.ruleset.documents.get(option.document);
    if (!type) continue;
    for (const doc of bundle.documents.filter((d) => d.docType === option.document)) {
      const spec = option.field ? type.fields.find((f) => f.name === option.field) : undefined;
      const fieldLabel = spec?.label ?? type.name;
      const field = option.field ? doc.fields.find((f) => f.name === option.field && f.value !== null) : undefined;
      if (option.field && !field) {
        const raw = doc.fields.find((f) => f.name === option.field);
        found.unreadableField.push({ doc, fieldLabel, ...(raw ? { rawValue: raw.raw } : {}), evidence: documentEvidence(doc, ctx) });
        continue;
      }
      const evidence = field ? fieldEvidence(doc, field, ctx) : documentEvidence(doc, ctx);
      const validUntil = type.validity.type === 'until_field' ? (fieldOf(doc, type.validity.field)?.value ?? undefined) : undefined;
      const issuedOn = type.issued_on_field ? (fieldOf(doc, type.issued_on_field)?.value ?? undefined) : undefined;
      const match: Match = {
        doc,
        fieldLabel,
        evidence,
        ...(field ? { field } : {}),
        ...(validUntil ? { validUntil } : {}),
        ...(issuedOn ? { issuedOn } : {}),
      };
      if (issuedOn && issuedOn > ctx.deadline) found.late.push(match);
      else if (validUntil && validUntil < ctx.deadline) found.expired.push(match);
      else found.valid.push(match);
    }
  }
  return found;
}

/** A document issued after the bid deadline: shown with both dates, for the pokja to clarify. */
export function issuedLate(m: Match, ctx: EvaluationContext): { reason: Message; evidence: Evidence[] } {
  const doc = docName(ctx.ruleset, m.doc.docType);
  return {
    reason: msg('evidence.issued_late', { doc, file: m.doc.file, issuedOn: m.issuedOn ?? '', deadline: ctx.deadline }),
    evidence: [m.evidence],
  };
}

/** The evidence's value as a message (its label, value, and OCR confidence). */
export function evidenceValue(e: Evidence): Message {
  return msg('evidence.value', { label: e.label, value: e.value, ...(e.ocr ? { confidence: e.ocr.confidence } : {}) });
}

export function fieldOf(doc: BundleDocument, name: string): Field | undefined {
  return doc.fields.find((f) => f.name === name && f.value !== null);
}

export function fieldEvidence(doc: BundleDocument, field: Field, ctx: EvaluationContext): Evidence {
  const spec = doc.docType ? ctx.ruleset.documents.get(doc.docType)?.fields.find((f) => f.name === field.name) : undefined;
  const ocr = ocrConfidence(doc, field.page, field.raw);
  return {
    file: doc.file,
    page: field.page,
    docType: doc.docType ?? 'unknown',
    field: field.name,
    label: spec?.label ?? { id: field.name, en: field.name },
    value: field.value ?? field.raw,
    ...(ocr ? { ocr } : {}),
  };
}

/**
 * How sure OCR was of `text` on a page it read: the lowest confidence of the words that make it up (a label
 * or a colon beside it does not count), else of the lines holding it, else the page's. Undefined when the
 * page's text came from the PDF itself.
 */
export function ocrConfidence(doc: BundleDocument, page: number, text: string): { confidence: number } | undefined {
  const read = doc.ocr?.find((o) => o.page === page);
  if (!read) return undefined;
  const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const wanted = squash(text);
  const lines =
    wanted === ''
      ? []
      : read.lines.filter((l) => squash(l.text).includes(wanted) || (squash(l.text).length > 3 && wanted.includes(squash(l.text))));
  const words = lines
    .flatMap((l) => l.words ?? [])
    .filter((w) => squash(w.text) !== '' && wanted.includes(squash(w.text)) && /[\p{L}\p{N}]/u.test(w.text));
  const from = words.length > 0 ? words : lines;
  return { confidence: from.length > 0 ? Math.min(...from.map((x) => x.confidence)) : read.confidence };
}

/** A document with no field asked for: its identifying field if one was read, else the title as printed. */
export function documentEvidence(doc: BundleDocument, ctx: EvaluationContext): Evidence {
  const first = doc.fields.find((f) => f.value !== null);
  if (first) return fieldEvidence(doc, first, ctx);
  const title = doc.classification?.candidates.find((c) => c.docType === doc.docType)?.cues.find((c) => c.kind === 'title');
  const ocr = ocrConfidence(doc, title?.page ?? 1, title?.text ?? '');
  return {
    file: doc.file,
    page: title?.page ?? 1,
    docType: doc.docType ?? 'unknown',
    field: null,
    label: docName(ctx.ruleset, doc.docType),
    value: title?.text ?? '',
    ...(ocr ? { ocr } : {}),
  };
}

/** Files the tool could not read or could not recognise: they might hold the missing evidence. */
export function unreadDocuments(bundle: Bundle): BundleDocument[] {
  return bundle.documents.filter((d) => d.docType === null);
}

export function docName(ruleset: Ruleset, docType: string | null): Localized {
  return (docType ? ruleset.documents.get(docType)?.name : undefined) ?? UNKNOWN_DOCUMENT;
}

/** The names of the document types, once each (the catalogue says them as alternatives). */
export function docNames(ruleset: Ruleset, ids: readonly string[]): Localized[] {
  return [...new Set(ids)].map((id) => docName(ruleset, id));
}

export function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(key(i))) return false;
    seen.add(key(i));
    return true;
  });
}

/** The NIB's Lampiran rows as read ("code:level"): the KBLI and its risk level. */
export function riskRows(doc: BundleDocument, field: string): Array<{ field: Field; code: string; level: RiskLevel }> {
  return doc.fields
    .filter((f) => f.name === field && f.value !== null)
    .map((f) => {
      const [code, level] = (f.value as string).split(':');
      return { field: f, code: code as string, level: level as RiskLevel };
    });
}

/** The KBLI of the work: those the line names, else those any line of the tender names. */
export function workCodes(pattern: string, req: Requirement, ctx: EvaluationContext): string[] {
  const named = (text: string) =>
    [...stripTemplateNotes(text).matchAll(rulePattern(pattern, 'g'))].map((m) => m.groups?.code).filter((c): c is string => !!c);
  const own = named(req.text);
  return [...new Set(own.length > 0 ? own : (ctx.tenderTexts ?? []).flatMap(named))];
}
