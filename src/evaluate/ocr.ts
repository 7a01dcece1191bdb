// What was read by OCR is uncertain. A pass needs its deciding values read with enough confidence, and a
// fail that rests on an OCR reading (a value read, or a field, code or document not found on a scanned
// page) is not a fail: both become review, naming the pages to look at.
import type { Bundle, BundleDocument } from '../documents/bundle.js';
import { msg, type PageRef } from '../i18n/messages.js';
import type { RequirementKind } from '../rules/schema.js';
import { documentEvidence, uniqueBy } from './evidence.js';
import { type EvaluationContext, type Evidence, type KindResult, lawOf, remedyOf } from './types.js';

/** Below this tesseract confidence (0-100) on its line, a value read by OCR decides nothing. */
export const MIN_OCR_CONFIDENCE = 75;

export function doubtOcr(result: KindResult, kind: RequirementKind, bundle: Bundle, ctx: EvaluationContext): KindResult {
  if (result.status === 'pass') {
    const weak = result.evidence.filter((e) => e.ocr && e.ocr.confidence < MIN_OCR_CONFIDENCE);
    // A value also read from a text layer (another copy of the document) stands on its own.
    const doubtful = weak.filter((e) => !result.evidence.some((x) => !x.ocr && x.docType === e.docType && x.field === e.field));
    if (doubtful.length === 0) return result;
    return {
      ...result,
      status: 'review',
      reason: msg('ocr.pass_low_confidence', { reason: result.reason, pages: pages(doubtful) }),
      remedy: remedyOf(kind),
    };
  }
  if (result.status !== 'fail') return result;
  const read = result.evidence.filter((e) => e.ocr);
  // Documents read by OCR that the check looked in, or that might be the document it did not find.
  const looked = lookedIn(kind, ctx);
  const signers = kind.check.type === 'power_of_attorney';
  const scanned = bundle.documents.filter(
    (d) =>
      (d.ocr?.length ?? 0) > 0 &&
      (looked.has(d.docType ?? '') ||
        d.classification?.candidates.some((c) => looked.has(c.docType)) ||
        (signers && d.fields.some((f) => f.name === 'director' && isOcrPage(d, f.page)))),
  );
  if (read.length === 0 && scanned.length === 0) return result;
  const shown = uniqueBy([...read, ...scanned.map((d) => scannedEvidence(d, ctx))], (e) => `${e.file}:${e.page}:${e.field}:${e.value}`);
  return {
    ...result,
    status: 'review',
    reason: msg('ocr.fail_on_scan', { reason: result.reason, pages: pages(shown) }),
    evidence: uniqueBy([...result.evidence, ...shown], (e) => `${e.file}:${e.page}:${e.field}:${e.value}`),
    remedy: remedyOf(kind),
  };
}

/** The document types a kind's check and its substitutes in force read, and the documents whose signers it checks. */
function lookedIn(kind: RequirementKind, ctx: EvaluationContext): Set<string> {
  const types = [
    kind.check.evidence,
    ...lawOf(ctx)
      .kind(kind)
      .equivalences.map((e) => e.evidence),
  ]
    .flat()
    .map((o) => o.document);
  if (kind.check.type === 'power_of_attorney') types.push(...kind.check.signed_documents);
  return new Set(types);
}

const isOcrPage = (d: BundleDocument, page: number) => d.ocr?.some((o) => o.page === page) ?? false;

/** A scanned document as evidence: on its first page read by OCR. */
function scannedEvidence(d: BundleDocument, ctx: EvaluationContext): Evidence {
  const e = documentEvidence(d, ctx);
  if (e.ocr) return e;
  const first = d.ocr?.[0];
  return first ? { ...e, page: first.page, ocr: { confidence: first.confidence } } : e;
}

/** The pages to look at, with OCR's confidence where it read them. */
function pages(evidence: readonly Evidence[]): PageRef[] {
  return evidence.map((e) => ({ file: e.file, page: e.page, ...(e.ocr ? { confidence: e.ocr.confidence } : {}) }));
}
