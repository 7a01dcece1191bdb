// A sanggah case: the pokja's reason, the requirement it is about, and the tool's own verdict on it from the
// same evaluation as `check`. Data only (codes, results, dates): the wording lives in the formatters.
import type { KindResult, RequirementResult, Status } from '../evaluate/evaluate.js';
import type { BundleReport, Report } from '../report/report.js';
import type { Localized } from '../rules/schema.js';
import type { Requirement } from '../tender/load.js';
import type { Filing } from './deadline.js';

/** draft: the tool finds the requirement met or not requirable; agree: it fails too; review: it cannot tell. */
export type Outcome = 'draft' | 'agree' | 'review';

export interface SanggahCase {
  outcome: Outcome;
  /** The pokja's reason, verbatim. */
  reason: string;
  tender: Report['tender'];
  pokja: string | null;
  bidder: { name: string | null; path: string };
  requirement: RequirementResult;
  /** The results that decide: the parts the reason names of an "all of" requirement, else the whole. */
  deciding: KindResult[];
  status: Status;
  /** What the bid held, for the letter's list of documents submitted. */
  documents: Array<{ file: string; pages: number; docTypeName: Localized | null }>;
  /** Other requirements the tool does not find met: never in the letter, always told to the user. */
  others: Array<{ id: string; text: string; status: 'fail' | 'review' }>;
  filing: Filing;
  ruleset: Report['ruleset'];
  asOf: string;
}

const WORST_FIRST: Status[] = ['fail', 'review', 'pass', 'waived', 'not_applicable'];
const OUTCOME: Record<Status, Outcome> = { pass: 'draft', waived: 'draft', not_applicable: 'draft', fail: 'agree', review: 'review' };

export function sanggahCase(args: {
  report: Report;
  bundle: BundleReport;
  requirement: Requirement;
  kinds: string[];
  reason: string;
  pokja?: string | undefined;
  filing: Filing;
}): SanggahCase {
  const { report, bundle } = args;
  const result = bundle.requirements.find((r) => r.id === args.requirement.id) as RequirementResult;
  // "NPWP dan SPT": a reason about the SPT is judged on the SPT part; "TDP atau NIB" only as a whole.
  const named = args.requirement.kind.op === 'all' ? (result.parts ?? []).filter((p) => args.kinds.includes(p.kind)) : [];
  const deciding = named.length > 0 ? named : [result];
  const status = WORST_FIRST.find((s) => deciding.some((d) => d.status === s)) as Status;
  return {
    outcome: OUTCOME[status],
    reason: args.reason,
    tender: report.tender,
    pokja: args.pokja ?? null,
    bidder: { name: bundle.bidder.name, path: bundle.path },
    requirement: result,
    deciding,
    status,
    documents: bundle.documents.map((d) => ({ file: d.file, pages: d.pages, docTypeName: d.docTypeName })),
    others: [
      ...(result.parts ?? [])
        .filter((p) => !deciding.includes(p))
        .map((p) => ({ id: `${result.id} [${p.kind}]`, text: result.text, status: p.status })),
      ...bundle.requirements.filter((r) => r.id !== result.id).map((r) => ({ id: r.id, text: r.text, status: r.status })),
    ].filter((o): o is SanggahCase['others'][number] => o.status === 'fail' || o.status === 'review'),
    filing: args.filing,
    ruleset: report.ruleset,
    asOf: report.asOf,
  };
}
