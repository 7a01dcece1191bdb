// Applies the ruleset to one bundle for one tender: per requirement, a status with its legal citations
// and the evidence that decided it. Pure: no files, no processes, no output.
import type { Bundle } from '../documents/bundle.js';
import { type Message, msg } from '../i18n/messages.js';
import { type CoverageGap, equivalenceRefs } from '../rules/at.js';
import { citationOf } from '../rules/cite.js';
import type { Equivalence, EvidenceOption, RequirementKind, RiskRule } from '../rules/schema.js';
import { type KindExpr, kindsOf, kindText } from '../tender/infer.js';
import type { Requirement, Tender } from '../tender/load.js';
import { runCheck } from './checks.js';
import { type ConsistencyFinding, checkConsistency } from './consistency.js';
import {
  docName,
  docNames,
  documentEvidence,
  evidenceValue,
  fieldEvidence,
  findEvidence,
  issuedLate,
  type Match,
  riskRows,
  uniqueBy,
  unreadDocuments,
  workCodes,
} from './evidence.js';
import { doubtOcr } from './ocr.js';
import { applyTenderExemption, findTenderExemption } from './tender-exemption.js';
import { type EvaluationContext, type Evidence, type KindResult, lawOf, type RequirementResult, remedyOf, type Status } from './types.js';

export type { Citation, EvaluationContext, Evidence, KindResult, RequirementResult, Status } from './types.js';
export { evidenceText } from './types.js';

export function evaluateBundle(tender: Tender, bundle: Bundle, context: EvaluationContext): RequirementResult[] {
  return evaluate(tender, bundle, context).requirements;
}

/** The requirements' results and the cross-document findings that adjusted them (reported as they are). */
export function evaluate(
  tender: Tender,
  bundle: Bundle,
  context: EvaluationContext,
): { requirements: RequirementResult[]; consistency: ConsistencyFinding[] } {
  const ctx: EvaluationContext = { ...context, law: lawOf(context), tenderTexts: tender.requirements.map((r) => r.text) };
  const exemption = findTenderExemption(tender);
  const results = tender.requirements.map((req) =>
    evaluateRequirement(req, bundle, ctx, (r) => applyTenderExemption(r, exemption, bundle, ctx)),
  );
  const consistency = checkConsistency(bundle, ctx.ruleset);
  return { requirements: applyConsistency(results, consistency), consistency };
}

/**
 * A pass resting on a document that contradicts another (a different company name or NPWP, a signer who is
 * not a director) becomes review, with both readings shown. Differences of form only are listed with the
 * bundle (BundleReport.consistency), not on each requirement.
 */
function applyConsistency(results: RequirementResult[], findings: readonly ConsistencyFinding[]): RequirementResult[] {
  const mismatches = findings.filter((f) => f.severity === 'mismatch');
  const adjust = <T extends KindResult>(r: T): T => {
    if (r.status !== 'pass') return r;
    const files = new Set(r.evidence.map((e) => e.file));
    const touching = mismatches.filter((f) => f.involved.some((file) => files.has(file)));
    if (touching.length === 0) return r;
    const shown = touching
      .flatMap((f) => f.readings)
      .map((x): Evidence => ({ file: x.file, page: x.page, docType: x.docType, field: x.field, label: x.label, value: x.value }));
    return {
      ...r,
      status: 'review',
      reason: msg('consistency.clarify', { reason: r.reason, findings: touching.map((f) => f.message) }),
      evidence: uniqueBy([...r.evidence, ...shown], (e) => `${e.file}:${e.page}:${e.field}:${e.value}`),
    };
  };
  return results.map((r) => {
    const parts = r.parts?.map(adjust);
    const own = adjust(r);
    if (!parts) return own;
    // A composite follows its parts: re-combine when a part changed.
    if (parts.every((p, i) => p === r.parts?.[i])) return own;
    return r.expr.op === 'all' || r.expr.op === 'any' ? { ...r, ...combine(r.expr.op, parts), kind: r.kind, parts } : own;
  });
}

function evaluateRequirement(
  req: Requirement,
  bundle: Bundle,
  ctx: EvaluationContext,
  byTender: (r: KindResult) => KindResult,
): RequirementResult {
  const k: KindExpr = req.kind;
  const base = { id: req.id, text: req.text, kindSource: req.kindSource, expr: k };
  if (k.op === 'unknown') {
    return {
      ...base,
      kind: 'unknown',
      status: 'review',
      reason: msg('requirement.unknown', { closest: k.closest, saysMore: k.saysMore ?? [] }),
      citations: [],
      evidence: [],
    };
  }
  const parts = kindsOf(k).map((id) => {
    const kind = ctx.ruleset.requirements.get(id) as RequirementKind;
    return byTender(doubtOcr(evaluateKind(kind, req, bundle, ctx), kind, bundle, ctx));
  });
  if (k.op !== 'one' && parts.length > 1) return { ...base, ...combine(k.op, parts), kind: kindText(k), parts };
  return { ...base, ...(parts[0] as KindResult) };
}

// "All of": the worst part decides. "Any of": the best part decides.
const WORST_FIRST: Status[] = ['fail', 'review', 'pass', 'waived', 'not_applicable'];
const BEST_FIRST: Status[] = ['pass', 'waived', 'not_applicable', 'review', 'fail'];

function combine(op: 'all' | 'any', parts: KindResult[]): KindResult {
  const order = op === 'all' ? WORST_FIRST : BEST_FIRST;
  const status = order.find((s) => parts.some((p) => p.status === s)) as Status;
  const deciding = op === 'all' ? parts : parts.filter((p) => p.status === status);
  const remedies = parts.flatMap((p) => (p.remedy && (p.status === 'fail' || p.status === 'review') ? [p.remedy] : []));
  return {
    kind: kindText({ op, kinds: parts.map((p) => p.kind) }),
    status,
    reason: msg('requirement.composite', { parts: deciding.map((p) => ({ kind: p.kind, reason: p.reason })) }),
    citations: uniqueBy(
      deciding.flatMap((p) => p.citations),
      (c) => c.ref,
    ),
    evidence: uniqueBy(
      deciding.flatMap((p) => p.evidence),
      (e) => `${e.file}:${e.page}:${e.field}:${e.value}`,
    ),
    ...(remedies.length > 0 ? { remedy: msg('requirement.remedies', { remedies }) } : {}),
  };
}

function evaluateKind(kind: RequirementKind, req: Requirement, bundle: Bundle, ctx: EvaluationContext): KindResult {
  const law = lawOf(ctx);
  const at = law.kind(kind);
  const cite = (refs: readonly string[]) => refs.map((r) => citationOf(ctx.ruleset, r));
  const basis = cite(at.basis);
  const result = (status: Status, reason: Message, extra: Partial<KindResult> = {}): KindResult => ({
    kind: kind.id,
    status,
    reason,
    citations: basis,
    evidence: [],
    ...(status === 'fail' || status === 'review' ? { remedy: remedyOf(kind) } : {}),
    ...extra,
  });
  const form = bundle.bidder.form;

  // No law encoded for the date: never a verdict filled in from older law.
  if (at.noLaw) return result('review', gapReason(at.gaps, law.date), { citations: [] });

  const exemption = at.exemptions.find((x) => form !== null && x.when.bidder_form.includes(form));
  if (exemption && exemption.outcome === 'not_applicable') {
    return result('not_applicable', msg('exemption.applies', { explain: exemption.explain }), {
      citations: cite([exemption.provision]),
      via: exemption.id,
      remedy: undefined,
    });
  }

  const waiver = at.waivers[0];
  if (waiver) {
    const seen = findEvidence(kind.check.evidence, bundle, ctx);
    return result('waived', msg('waiver.applies', { explain: waiver.explain }), {
      citations: cite(waiver.provisions),
      via: waiver.id,
      evidence: seen.valid.map((m) => m.evidence),
    });
  }

  const outcome = runCheck(kind, kind.check, req, bundle, ctx);
  if (outcome.type === 'decided')
    return result(outcome.status, outcome.reason, {
      evidence: outcome.evidence,
      ...(outcome.citations ? { citations: cite(outcome.citations) } : {}),
    });

  const lateSubstitutes: Match[] = [];
  for (const eq of at.equivalences) {
    const found = findEvidence(eq.evidence, bundle, ctx);
    lateSubstitutes.push(...found.late);
    if (found.valid.length === 0) continue;
    const m = found.valid[0] as Match;
    if (eq.risk) {
      const licence = riskLicence(eq, eq.risk, m, req, bundle, ctx);
      if (licence.status === 'pass') {
        return result('pass', licence.reason, {
          citations: [...cite(licence.provisions), ...basis],
          via: eq.id,
          evidence: licence.evidence,
          remedy: undefined,
        });
      }
      if (outcome.type === 'unclear') continue;
      return result('review', licence.reason, {
        citations: [...cite(licence.provisions), ...basis],
        via: eq.id,
        evidence: licence.evidence,
        remedy: licence.remedy,
      });
    }
    const reason = msg('equivalence.found', {
      missing: docNames(
        ctx.ruleset,
        kind.check.evidence.map((o) => o.document),
      ),
      doc: docName(ctx.ruleset, m.doc.docType),
      file: m.doc.file,
      page: m.evidence.page,
      evidence: evidenceValue(m.evidence),
      explain: eq.explain,
    });
    return result('pass', reason, {
      citations: [...cite(equivalenceRefs(eq)), ...basis],
      via: eq.id,
      evidence: found.valid.map((x) => x.evidence),
      remedy: undefined,
    });
  }

  // Nothing satisfied the requirement. Before calling it a fail, ask what could still hold the evidence.
  const names = (options: readonly EvidenceOption[]) =>
    docNames(
      ctx.ruleset,
      options.map((o) => o.document),
    );
  const wanted = [kind.check.evidence, ...at.equivalences.map((e) => e.evidence)].flat();
  const lateEquivalence = at.otherEquivalences.find((e) => findEvidence(e.evidence, bundle, ctx).valid.length > 0);
  const unread = unreadDocuments(bundle);
  if (outcome.type === 'unclear') return result('review', outcome.reason, { evidence: outcome.evidence });
  if (lateSubstitutes.length > 0) {
    const issued = issuedLate(lateSubstitutes[0] as Match, ctx);
    return result('review', issued.reason, { evidence: issued.evidence });
  }
  if (exemption) {
    // An exemption not verified to hold in this era: the missing document is a question, not a fail.
    return result('review', msg('missing.exemption_unverified', { wanted: names(wanted), explain: exemption.explain }), {
      citations: [...basis, ...cite([exemption.provision])],
      via: exemption.id,
    });
  }
  const exemptionUnknownForm = form === null ? at.exemptions[0] : undefined;
  if (exemptionUnknownForm) {
    return result('review', msg('missing.form_unknown', { wanted: names(wanted), explain: exemptionUnknownForm.explain }), {
      citations: [...basis, ...cite([exemptionUnknownForm.provision])],
    });
  }
  if (unread.length > 0) {
    return result('review', msg('missing.unread_files', { wanted: names(wanted), files: unread.map((d) => d.file) }));
  }
  // A document recognised as another type that scores as the wanted one too: a misrecognition is possible,
  // and a fail on it would be wrongful.
  const wantedTypes = new Set(wanted.map((o) => o.document));
  const lookalike = bundle.documents.find(
    (d) =>
      d.docType !== null &&
      !wantedTypes.has(d.docType) &&
      d.classification?.candidates.some((c) => wantedTypes.has(c.docType) && !c.excludedBy && c.score >= LOOKALIKE_SCORE),
  );
  if (lookalike) {
    const as = docName(ctx.ruleset, lookalike.docType);
    return result('review', msg('missing.lookalike', { reason: outcome.reason, file: lookalike.file, as, wanted: names(wanted) }), {
      evidence: [documentEvidence(lookalike, ctx)],
    });
  }
  const fail = msg('missing.fail', {
    reason: outcome.reason,
    ...(at.equivalences.length > 0 ? { substitutes: names(at.equivalences.flatMap((e) => e.evidence)) } : {}),
    ...(lateEquivalence ? { notYetAccepted: names(lateEquivalence.evidence) } : {}),
    asOf: ctx.asOf,
  });
  return result('fail', fail, { evidence: outcome.evidence });
}

/** Why there is no verdict: the ruleset encodes no law for this requirement on the date. */
export function gapReason(gaps: readonly CoverageGap[], date: string): Message {
  return msg('law.no_verdict', { gaps: gaps.map(gapText), date });
}

export function gapText(g: CoverageGap): Message {
  switch (g.code) {
    case 'before_first_instrument':
      return msg('law.gap.before_first_instrument', { date: g.date, first: g.first });
    case 'replaced_not_encoded':
      return msg('law.gap.replaced_not_encoded', { instrument: g.instrument, endedOn: g.endedOn, replacedBy: g.replacedBy });
    case 'past_review_date':
      return msg('law.gap.past_review_date', { date: g.date, reviewBy: g.reviewBy });
  }
}

/** A runner-up type scoring this much would have been recognised on its own (documents/classify.ts MIN_SCORE). */
const LOOKALIKE_SCORE = 4;

const FULL_NIB = msg('remedy.full_nib');

/**
 * OSS-RBA: the NIB is the business licence for a low-risk KBLI; medium-low also needs a Sertifikat Standar,
 * medium-high a verified one, high an Izin. A risk that cannot be read, or a certificate that is missing or
 * unverified, is review with what to upload; never a fail.
 */
function riskLicence(
  eq: Equivalence,
  risk: RiskRule,
  nib: Match,
  req: Requirement,
  bundle: Bundle,
  ctx: EvaluationContext,
): { status: 'pass' | 'review'; reason: Message; provisions: string[]; evidence: Evidence[]; remedy?: Message } {
  const rows = riskRows(nib.doc, risk.field);
  const work = workCodes(risk.work_codes, req, ctx);
  const where = `${nib.doc.file}`;
  if (rows.length === 0) {
    return {
      status: 'review',
      reason: msg('nib_risk.unread', { file: where, work }),
      provisions: [],
      evidence: [nib.evidence],
      remedy: FULL_NIB,
    };
  }
  // A KBLI listed on the NIB whose risk row was not read (a wrapped or unusual row) is not assumed low.
  const listed = nib.doc.fields.filter((f) => f.name === 'kbli' && f.value !== null).map((f) => f.value as string);
  const unknown = [...new Set(listed)].filter((c) => !rows.some((r) => r.code === c) && (work.length === 0 || work.includes(c)));
  if (unknown.length > 0) {
    return {
      status: 'review',
      reason: msg('nib_risk.levels_unread', { file: where, codes: unknown }),
      provisions: [],
      evidence: [nib.evidence, ...rows.map((r) => fieldEvidence(nib.doc, r.field, ctx))],
      remedy: FULL_NIB,
    };
  }
  const relevant = work.length > 0 ? rows.filter((r) => work.includes(r.code)) : rows;
  if (relevant.length === 0) {
    return {
      status: 'review',
      reason: msg('nib_risk.work_not_listed', { file: where, work, read: rows.map((r) => r.code) }),
      provisions: [],
      evidence: [nib.evidence, ...rows.map((r) => fieldEvidence(nib.doc, r.field, ctx))],
      remedy: msg('remedy.nib_with_kbli', { work }),
    };
  }
  const judged = relevant.map((r) => {
    const spec = risk.levels[r.level];
    const extra = spec.needs.length > 0 ? findEvidence(spec.needs, bundle, ctx) : undefined;
    return { row: r, spec, met: extra === undefined || extra.valid.length > 0, extra: extra?.valid ?? [] };
  });
  const provisions = [...new Set(judged.map((j) => j.spec.provision))];
  const evidence = [nib.evidence, ...judged.flatMap((j) => [fieldEvidence(nib.doc, j.row.field, ctx), ...j.extra.map((x) => x.evidence)])];
  const shownRows = judged.map((j) => ({ code: j.row.code, level: j.row.level }));
  const unmet = judged.filter((j) => !j.met);
  if (unmet.length === 0) {
    return {
      status: 'pass',
      reason: msg('nib_risk.licensed', {
        file: where,
        page: nib.evidence.page,
        evidence: evidenceValue(nib.evidence),
        rows: shownRows,
        explain: eq.explain,
      }),
      provisions,
      evidence,
    };
  }
  const needs = unmet.map((j) => ({
    code: j.row.code,
    level: j.row.level,
    needs: j.spec.needs_label
      ? [j.spec.needs_label]
      : docNames(
          ctx.ruleset,
          j.spec.needs.map((o) => o.document),
        ),
  }));
  const unsure = work.length === 0 && judged.some((j) => j.met);
  return {
    status: 'review',
    reason: msg('nib_risk.needs_licence', { file: where, rows: shownRows, unmet: needs, unsure }),
    provisions,
    evidence,
    remedy: msg('remedy.upload_licences', { unmet: needs }),
  };
}
