// The Report: everything a check decided, in the shape of the published JSON. It alone decides each
// bundle's verdict and the process exit code; formatters only present it.

import type { Bidder, Bundle } from '../documents/bundle.js';
import type { DocumentProblem } from '../documents/extract.js';
import type { ConsistencyFinding } from '../evaluate/consistency.js';
import type { RequirementResult, Status } from '../evaluate/evaluate.js';
import type { LawSummary, LintReport } from '../lint/lint.js';
import { type Citation, citationOf } from '../rules/cite.js';
import type { Ruleset } from '../rules/load.js';
import type { Localized } from '../rules/schema.js';
import type { Tender } from '../tender/load.js';

export const SCHEMA_VERSION = 1;

/** `no_documents`: the bundle holds no PDF at all, so nothing was judged on the merits. */
export type Verdict = 'pass' | 'fail' | 'review' | 'no_documents';

export interface DocumentReport {
  file: string;
  sha256: string | null;
  pages: number;
  docType: string | null;
  /** The document type's name, for people. */
  docTypeName: Localized | null;
  fields: Array<{ name: string; value: string | null; raw: string; page: number; snippet: string }>;
  problems: DocumentProblem[];
  /** Pages read by OCR, with tesseract's confidence (0-100). */
  ocr?: Array<{ page: number; confidence: number }>;
}

export interface BundleReport {
  path: string;
  bidder: Bidder;
  verdict: Verdict;
  requirements: RequirementResult[];
  documents: DocumentReport[];
  /** Cross-document comparisons: real differences (which also put requirements to review) and differences of form. */
  consistency: ConsistencyFinding[];
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  ruleset: { name: string; version: string; sha256: string; checkedAgainstOfficialText: boolean };
  asOf: string;
  /** The law applied: instruments in force on asOf, and where the rules hold no law. */
  law: LawSummary;
  tender: {
    file: string;
    sha256: string;
    code: string | null;
    name: string;
    procurementType: string;
    announced: string;
    deadline: string;
    /** Where a tender document (PDF) gave them: the page of each date and requirement. */
    pages?: TenderPages;
  };
  /** The tender's own problems (the same analysis as `lint`). */
  tenderFindings: LintReport;
  bundles: BundleReport[];
  /**
   * The legal paragraph of every equivalence, waiver and exemption, by id: the minutes print each one
   * once and let rows refer to it. Not part of the JSON report.
   */
  legalNotes: LegalNote[];
}

export interface LegalNote {
  id: string;
  explain: Localized;
  citations: Citation[];
}

/** Every exception the ruleset names, with its legal paragraph. */
export function legalNotesOf(ruleset: Ruleset): LegalNote[] {
  const notes: LegalNote[] = [];
  for (const kind of ruleset.requirements.values()) {
    for (const e of kind.equivalences) notes.push({ id: e.id, explain: e.explain, citations: [citationOf(ruleset, e.provision)] });
    for (const w of kind.waivers) notes.push({ id: w.id, explain: w.explain, citations: w.provisions.map((r) => citationOf(ruleset, r)) });
    for (const x of kind.exemptions) notes.push({ id: x.id, explain: x.explain, citations: [citationOf(ruleset, x.provision)] });
    for (const o of kind.obsolete_wording) notes.push({ id: o.id, explain: o.explain, citations: [citationOf(ruleset, o.provision)] });
  }
  return notes;
}

/** Problems that mean the file is no PDF at all (or could not even be opened). */
const NOT_A_PDF: ReadonlySet<DocumentProblem['code']> = new Set([
  'empty_file',
  'unreadable_file',
  'refused',
  'not_pdf',
  'image_not_supported',
  'unsupported_format',
]);

/** A bundle without a single PDF: an empty folder, or only Word files, images, archives. */
export function holdsNoPdf(documents: readonly { problems: readonly DocumentProblem[] }[]): boolean {
  return documents.every((d) => d.problems.some((p) => NOT_A_PDF.has(p.code)));
}

/** Any fail fails the bundle; otherwise any review makes it need review; waived and n/a count as met. */
export function verdictOf(requirements: readonly { status: Status }[]): 'pass' | 'fail' | 'review' {
  if (requirements.some((r) => r.status === 'fail')) return 'fail';
  if (requirements.some((r) => r.status === 'review')) return 'review';
  return 'pass';
}

/**
 * 0 every bundle passes; 1 at least one fails; 3 none fails but at least one needs review; 2 no bundle
 * held a PDF. A bundle without documents in a batch is listed, and does not decide the exit code.
 */
export function exitCodeOf(report: Report): 0 | 1 | 2 | 3 {
  if (report.bundles.every((b) => b.verdict === 'no_documents')) return 2;
  if (report.bundles.some((b) => b.verdict === 'fail')) return 1;
  if (report.bundles.some((b) => b.verdict === 'review')) return 3;
  return 0;
}

/** One bundle's part of the report: what evaluate produced, carried as it is, and the documents read. */
export function bundleReport(
  bundle: Bundle,
  evaluated: { requirements: RequirementResult[]; consistency: ConsistencyFinding[] },
  ruleset: Ruleset,
): BundleReport {
  const empty = holdsNoPdf(bundle.documents);
  const requirements = empty ? [] : evaluated.requirements;
  return {
    path: bundle.path,
    bidder: bundle.bidder,
    verdict: empty ? 'no_documents' : verdictOf(requirements),
    requirements,
    consistency: evaluated.consistency,
    documents: bundle.documents.map((d) => ({
      file: d.file,
      sha256: d.sha256,
      pages: d.pages,
      docType: d.docType,
      docTypeName: d.docType ? (ruleset.documents.get(d.docType)?.name ?? null) : null,
      fields: d.fields.map(({ name, value, raw, page, snippet }) => ({ name, value, raw, page, snippet })),
      problems: d.problems,
      ...(d.ocr ? { ocr: d.ocr.map(({ page, confidence }) => ({ page, confidence })) } : {}),
    })),
  };
}

export interface TenderPages {
  announced?: number;
  deadline?: number;
  requirements?: Record<string, number>;
}

function tenderPages(tender: Tender): { pages?: TenderPages } {
  const requirements = Object.fromEntries(tender.requirements.flatMap((r) => (r.page ? [[r.id, r.page]] : [])));
  const pages: TenderPages = { ...tender.pages, ...(Object.keys(requirements).length > 0 ? { requirements } : {}) };
  return Object.keys(pages).length > 0 ? { pages } : {};
}

export function buildReport(args: {
  tool: { name: string; version: string };
  ruleset: Ruleset;
  asOf: string;
  tender: Tender;
  lint: LintReport;
  bundles: BundleReport[];
}): Report {
  const { tender, ruleset } = args;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: args.tool,
    ruleset: {
      name: ruleset.name,
      version: ruleset.version,
      sha256: ruleset.sha256,
      checkedAgainstOfficialText: ruleset.checkedAgainstOfficialText,
    },
    asOf: args.asOf,
    law: args.lint.law,
    tender: {
      file: tender.file,
      sha256: tender.sha256,
      code: tender.meta.code ?? null,
      name: tender.meta.name,
      procurementType: tender.meta.procurement_type,
      announced: tender.meta.announced,
      deadline: tender.meta.deadline,
      ...tenderPages(tender),
    },
    tenderFindings: args.lint,
    bundles: args.bundles,
    legalNotes: legalNotesOf(ruleset),
  };
}
