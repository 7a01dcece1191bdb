// Applies the ruleset to one bundle for one tender: per requirement, a status with its legal citations
// and the evidence that decided it. Pure: no files, no processes, no output.
import type { Bundle } from '../documents/bundle.js';
import { citationOf } from '../rules/cite.js';
import type { EvidenceOption, Localized, RequirementKind } from '../rules/schema.js';
import { kindText, type KindExpr } from '../tender/infer.js';
import type { Requirement, Tender } from '../tender/load.js';
import { runCheck } from './checks.js';
import { checkConsistency, type ConsistencyFinding } from './consistency.js';
import { docName, docNames, findEvidence, unreadDocuments, uniqueBy, type Match } from './evidence.js';
import { evidenceText, L, type EvaluationContext, type Evidence, type KindResult, type RequirementResult, type Status } from './types.js';

export { evidenceText };
export type { Citation, EvaluationContext, Evidence, KindResult, RequirementResult, Status } from './types.js';

export function evaluateBundle(tender: Tender, bundle: Bundle, ctx: EvaluationContext): RequirementResult[] {
  const results = tender.requirements.map((req) => evaluateRequirement(req, bundle, ctx));
  return applyConsistency(results, checkConsistency(bundle, ctx.ruleset));
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
    const text = (lang: keyof Localized) => touching.map((f) => `${lang === 'id' ? 'Perlu klarifikasi' : 'Needs clarification'}: ${f.message[lang]}`).join(' ');
    const shown = touching.flatMap((f) => f.readings).map((x): Evidence => ({ file: x.file, page: x.page, docType: x.docType, field: x.field, label: x.label, value: x.value }));
    return {
      ...r,
      status: 'review',
      reason: { id: `${r.reason.id} ${text('id')}`, en: `${r.reason.en} ${text('en')}` },
      evidence: uniqueBy([...r.evidence, ...shown], (e) => `${e.file}:${e.page}:${e.field}:${e.value}`),
    };
  };
  return results.map((r) => {
    const parts = r.parts?.map(adjust);
    const own = adjust(r);
    if (!parts) return own;
    // A composite follows its parts: re-combine when a part changed.
    if (parts.every((p, i) => p === r.parts?.[i])) return own;
    const op = r.kind.includes('|') ? 'any' : 'all';
    return { ...r, ...combine(op, parts), kind: r.kind, parts };
  });
}


function evaluateRequirement(req: Requirement, bundle: Bundle, ctx: EvaluationContext): RequirementResult {
  const base = { id: req.id, text: req.text, kindSource: req.kindSource };
  const k: KindExpr = req.kind;
  if (k.op === 'unknown') {
    const hint = k.closest.length > 0 ? L(` Jenis persyaratan terdekat: ${k.closest.join(', ')}.`, ` Closest known kinds: ${k.closest.join(', ')}.`) : L('', '');
    return {
      ...base,
      kind: 'unknown',
      status: 'review',
      reason: L(
        `Rumusan persyaratan ini tidak dikenali oleh aturan, sehingga harus diperiksa langsung oleh pokja.${hint.id}`,
        `The rules do not recognise this requirement's wording, so the pokja must check it by hand.${hint.en}`,
      ),
      citations: [],
      evidence: [],
    };
  }
  const kinds = k.op === 'one' ? [k.kind] : k.kinds;
  const parts = kinds.map((id) => evaluateKind(ctx.ruleset.requirements.get(id) as RequirementKind, req, bundle, ctx));
  if (parts.length === 1) return { ...base, ...(parts[0] as KindResult) };
  return { ...base, ...combine(k.op === 'any' ? 'any' : 'all', parts), kind: kindText(k), parts };
}

// "All of": the worst part decides. "Any of": the best part decides.
const WORST_FIRST: Status[] = ['fail', 'review', 'pass', 'waived', 'not_applicable'];
const BEST_FIRST: Status[] = ['pass', 'waived', 'not_applicable', 'review', 'fail'];

function combine(op: 'all' | 'any', parts: KindResult[]): KindResult {
  const order = op === 'all' ? WORST_FIRST : BEST_FIRST;
  const status = order.find((s) => parts.some((p) => p.status === s)) as Status;
  const deciding = op === 'all' ? parts : parts.filter((p) => p.status === status);
  const join = (lang: keyof Localized) => deciding.map((p) => `[${p.kind}] ${p.reason[lang]}`).join(' ');
  const remedies = parts.filter((p) => p.remedy && (p.status === 'fail' || p.status === 'review'));
  return {
    kind: parts.map((p) => p.kind).join(op === 'all' ? '+' : '|'),
    status,
    reason: { id: join('id'), en: join('en') },
    citations: uniqueBy(deciding.flatMap((p) => p.citations), (c) => c.ref),
    evidence: uniqueBy(deciding.flatMap((p) => p.evidence), (e) => `${e.file}:${e.page}:${e.field}:${e.value}`),
    ...(remedies.length > 0 ? { remedy: { id: remedies.map((p) => p.remedy?.id).join(' '), en: remedies.map((p) => p.remedy?.en).join(' ') } } : {}),
  };
}

function evaluateKind(kind: RequirementKind, req: Requirement, bundle: Bundle, ctx: EvaluationContext): KindResult {
  const cite = (refs: readonly string[]) => refs.map((r) => citationOf(ctx.ruleset, r));
  const basis = cite(kind.basis);
  const result = (status: Status, reason: Localized, extra: Partial<KindResult> = {}): KindResult => ({
    kind: kind.id,
    status,
    reason,
    citations: basis,
    evidence: [],
    ...(status === 'fail' || status === 'review' ? { remedy: kind.remedy } : {}),
    ...extra,
  });
  const inForce = (x: { from: string; until?: string | undefined }) => x.from <= ctx.asOf && (x.until === undefined || ctx.asOf <= x.until);
  const form = bundle.bidder.form;

  const exemption = kind.exemptions.find((x) => inForce(x) && form !== null && x.when.bidder_form.includes(form));
  if (exemption) return result('not_applicable', exemption.explain, { citations: cite([exemption.provision]), via: exemption.id, remedy: undefined });

  const waiver = kind.waivers.find(inForce);
  if (waiver) {
    const seen = findEvidence(kind.check.evidence, bundle, ctx);
    return result('waived', waiver.explain, { citations: cite(waiver.provisions), via: waiver.id, evidence: seen.valid.map((m) => m.evidence) });
  }

  const outcome = runCheck(kind, kind.check, req, bundle, ctx);
  if (outcome.type === 'decided') return result(outcome.status, outcome.reason, { evidence: outcome.evidence, ...(outcome.citations ? { citations: cite(outcome.citations) } : {}) });

  for (const eq of kind.equivalences) {
    const found = findEvidence(eq.evidence, bundle, ctx);
    if (found.valid.length === 0) continue;
    if (!inForce(eq)) continue;
    const m = found.valid[0] as Match;
    const what = docName(ctx.ruleset, m.doc.docType);
    const reason = L(
      `Tidak ada ${docNames(ctx.ruleset, kind.check.evidence.map((o) => o.document)).id} tersendiri; ditemukan ${what.id} (${m.doc.file}, hlm. ${m.evidence.page}: ${evidenceText(m.evidence, 'id')}). ${eq.explain.id}`,
      `No separate ${docNames(ctx.ruleset, kind.check.evidence.map((o) => o.document)).en}; found: ${what.en} (${m.doc.file}, p. ${m.evidence.page}: ${evidenceText(m.evidence, 'en')}). ${eq.explain.en}`,
    );
    return result('pass', reason, { citations: [...cite([eq.provision]), ...basis], via: eq.id, evidence: found.valid.map((x) => x.evidence), remedy: undefined });
  }

  // Nothing satisfied the requirement. Before calling it a fail, ask what could still hold the evidence.
  const names = (options: readonly EvidenceOption[]) => docNames(ctx.ruleset, options.map((o) => o.document));
  const wanted = [kind.check.evidence, ...kind.equivalences.filter(inForce).map((e) => e.evidence)].flat();
  const lateEquivalence = kind.equivalences.find((e) => !inForce(e) && findEvidence(e.evidence, bundle, ctx).valid.length > 0);
  const unread = unreadDocuments(bundle);
  if (outcome.type === 'unclear') return result('review', outcome.reason, { evidence: outcome.evidence });
  const exemptionUnknownForm = form === null ? kind.exemptions.find(inForce) : undefined;
  if (exemptionUnknownForm) {
    return result(
      'review',
      L(
        `Tidak ditemukan ${names(wanted).id}, tetapi bentuk usaha peserta tidak diketahui: ${exemptionUnknownForm.explain.id} Tetapkan bentuk usaha di bundle.yaml atau periksa akta/NIB.`,
        `No ${names(wanted).en} was found, but the bidder's legal form is unknown: ${exemptionUnknownForm.explain.en} State the form in bundle.yaml or check the deed/NIB.`,
      ),
      { citations: [...basis, ...cite([exemptionUnknownForm.provision])] },
    );
  }
  if (unread.length > 0) {
    const list = unread.map((d) => d.file).join(', ');
    return result(
      'review',
      L(
        `Tidak ditemukan ${names(wanted).id} pada dokumen yang dapat dibaca, tetapi ${unread.length} berkas tidak dapat dibaca atau dikenali (${list}) dan mungkin memuatnya. Periksa berkas tersebut secara manual.`,
        `No ${names(wanted).en} was found in the readable documents, but ${unread.length} file(s) could not be read or recognised (${list}) and may hold it. Check them by hand.`,
      ),
    );
  }
  const tooEarly = lateEquivalence
    ? L(
        ` ${docNames(ctx.ruleset, lateEquivalence.evidence.map((o) => o.document)).id} ada, tetapi baru diakui sebagai pengganti sejak ${lateEquivalence.from}, sesudah tanggal acuan ${ctx.asOf}.`,
        ` ${docNames(ctx.ruleset, lateEquivalence.evidence.map((o) => o.document)).en} is present, but it counts as a substitute only from ${lateEquivalence.from}, after the reference date ${ctx.asOf}.`,
      )
    : L('', '');
  const substitutes = kind.equivalences.filter(inForce);
  const noSubstitute =
    substitutes.length > 0
      ? L(
          ` ${names(substitutes.flatMap((e) => e.evidence)).id}, yang juga diterima sebagai pengganti, tidak ditemukan.`,
          ` No ${names(substitutes.flatMap((e) => e.evidence)).en}, which is also accepted instead, was found either.`,
        )
      : L('', '');
  return result(
    'fail',
    L(
      `${outcome.reason.id}${noSubstitute.id}${tooEarly.id}`,
      `${outcome.reason.en}${noSubstitute.en}${tooEarly.en}`,
    ),
    { evidence: outcome.evidence },
  );
}

