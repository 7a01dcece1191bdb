// Applies the ruleset to one bundle for one tender: per requirement, a status with its legal citations
// and the evidence that decided it. Pure: no files, no processes, no output.
import type { Bundle } from '../documents/bundle.js';
import { citationOf } from '../rules/cite.js';
import { equivalenceRefs, type CoverageGap } from '../rules/at.js';
import type { Equivalence, EvidenceOption, Localized, RequirementKind, RiskLevel, RiskRule } from '../rules/schema.js';
import { kindText, saysMoreText, type KindExpr } from '../tender/infer.js';
import type { Requirement, Tender } from '../tender/load.js';
import { runCheck } from './checks.js';
import { checkConsistency, type ConsistencyFinding } from './consistency.js';
import { docName, docNames, documentEvidence, fieldEvidence, findEvidence, issuedLate, riskRows, unreadDocuments, uniqueBy, workCodes, type Match } from './evidence.js';
import { doubtOcr } from './ocr.js';
import { applyTenderExemption, findTenderExemption } from './tender-exemption.js';
import { evidenceText, L, lawOf, type EvaluationContext, type Evidence, type KindResult, type RequirementResult, type Status } from './types.js';

export { evidenceText };
export type { Citation, EvaluationContext, Evidence, KindResult, RequirementResult, Status } from './types.js';

export function evaluateBundle(tender: Tender, bundle: Bundle, context: EvaluationContext): RequirementResult[] {
  const ctx: EvaluationContext = { ...context, law: lawOf(context), tenderTexts: tender.requirements.map((r) => r.text) };
  const exemption = findTenderExemption(tender);
  const results = tender.requirements.map((req) => evaluateRequirement(req, bundle, ctx, (r) => applyTenderExemption(r, exemption, bundle, ctx)));
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


function evaluateRequirement(req: Requirement, bundle: Bundle, ctx: EvaluationContext, byTender: (r: KindResult) => KindResult): RequirementResult {
  const base = { id: req.id, text: req.text, kindSource: req.kindSource };
  const k: KindExpr = req.kind;
  if (k.op === 'unknown') {
    const hint = k.closest.length > 0 ? L(` Jenis persyaratan terdekat: ${k.closest.join(', ')}.`, ` Closest known kinds: ${k.closest.join(', ')}.`) : L('', '');
    const more = saysMoreText(k);
    const lead = more.id
      ? L(`${more.id} Pokja memeriksanya langsung.`, `${more.en} The pokja checks it by hand.`)
      : L('Rumusan persyaratan ini tidak dikenali oleh aturan, sehingga harus diperiksa langsung oleh pokja.', "The rules do not recognise this requirement's wording, so the pokja must check it by hand.");
    return {
      ...base,
      kind: 'unknown',
      status: 'review',
      reason: L(`${lead.id}${hint.id}`, `${lead.en}${hint.en}`),
      citations: [],
      evidence: [],
    };
  }
  const kinds = k.op === 'one' ? [k.kind] : k.kinds;
  const parts = kinds.map((id) => {
    const kind = ctx.ruleset.requirements.get(id) as RequirementKind;
    return byTender(doubtOcr(evaluateKind(kind, req, bundle, ctx), kind, bundle, ctx));
  });
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
  const law = lawOf(ctx);
  const at = law.kind(kind);
  const cite = (refs: readonly string[]) => refs.map((r) => citationOf(ctx.ruleset, r));
  const basis = cite(at.basis);
  const result = (status: Status, reason: Localized, extra: Partial<KindResult> = {}): KindResult => ({
    kind: kind.id,
    status,
    reason,
    citations: basis,
    evidence: [],
    ...(status === 'fail' || status === 'review' ? { remedy: kind.remedy } : {}),
    ...extra,
  });
  const form = bundle.bidder.form;

  // No law encoded for the date: never a verdict filled in from older law.
  if (at.noLaw) return result('review', gapReason(at.gaps, law.date), { citations: [] });

  const exemption = at.exemptions.find((x) => form !== null && x.when.bidder_form.includes(form));
  if (exemption && exemption.outcome === 'not_applicable') {
    return result('not_applicable', exemption.explain, { citations: cite([exemption.provision]), via: exemption.id, remedy: undefined });
  }

  const waiver = at.waivers[0];
  if (waiver) {
    const seen = findEvidence(kind.check.evidence, bundle, ctx);
    return result('waived', waiver.explain, { citations: cite(waiver.provisions), via: waiver.id, evidence: seen.valid.map((m) => m.evidence) });
  }

  const outcome = runCheck(kind, kind.check, req, bundle, ctx);
  if (outcome.type === 'decided') return result(outcome.status, outcome.reason, { evidence: outcome.evidence, ...(outcome.citations ? { citations: cite(outcome.citations) } : {}) });

  const lateSubstitutes: Match[] = [];
  for (const eq of at.equivalences) {
    const found = findEvidence(eq.evidence, bundle, ctx);
    lateSubstitutes.push(...found.late);
    if (found.valid.length === 0) continue;
    const m = found.valid[0] as Match;
    if (eq.risk) {
      const licence = riskLicence(eq, eq.risk, m, req, bundle, ctx);
      if (licence.status === 'pass') {
        return result('pass', licence.reason, { citations: [...cite(licence.provisions), ...basis], via: eq.id, evidence: licence.evidence, remedy: undefined });
      }
      if (outcome.type === 'unclear') continue;
      return result('review', licence.reason, { citations: [...cite(licence.provisions), ...basis], via: eq.id, evidence: licence.evidence, remedy: licence.remedy });
    }
    const what = docName(ctx.ruleset, m.doc.docType);
    const reason = L(
      `Tidak ada ${docNames(ctx.ruleset, kind.check.evidence.map((o) => o.document)).id} tersendiri; ditemukan ${what.id} (${m.doc.file}, hlm. ${m.evidence.page}: ${evidenceText(m.evidence, 'id')}). ${eq.explain.id}`,
      `No separate ${docNames(ctx.ruleset, kind.check.evidence.map((o) => o.document)).en}; found: ${what.en} (${m.doc.file}, p. ${m.evidence.page}: ${evidenceText(m.evidence, 'en')}). ${eq.explain.en}`,
    );
    return result('pass', reason, { citations: [...cite(equivalenceRefs(eq)), ...basis], via: eq.id, evidence: found.valid.map((x) => x.evidence), remedy: undefined });
  }

  // Nothing satisfied the requirement. Before calling it a fail, ask what could still hold the evidence.
  const names = (options: readonly EvidenceOption[]) => docNames(ctx.ruleset, options.map((o) => o.document));
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
    return result('review', L(`Tidak ditemukan ${names(wanted).id}. ${exemption.explain.id}`, `No ${names(wanted).en} was found. ${exemption.explain.en}`), {
      citations: [...basis, ...cite([exemption.provision])],
      via: exemption.id,
    });
  }
  const exemptionUnknownForm = form === null ? at.exemptions[0] : undefined;
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
  // A document recognised as another type that scores as the wanted one too: a misrecognition is possible,
  // and a fail on it would be wrongful.
  const wantedTypes = new Set(wanted.map((o) => o.document));
  const lookalike = bundle.documents.find(
    (d) => d.docType !== null && !wantedTypes.has(d.docType) && d.classification?.candidates.some((c) => wantedTypes.has(c.docType) && !c.excludedBy && c.score >= LOOKALIKE_SCORE),
  );
  if (lookalike) {
    const as = docName(ctx.ruleset, lookalike.docType);
    return result(
      'review',
      L(
        `${outcome.reason.id} Namun ${lookalike.file}, yang dikenali sebagai ${as.id}, juga bercirikan ${names(wanted).id}; periksa apakah berkas itu memenuhi persyaratan ini.`,
        `${outcome.reason.en} But ${lookalike.file}, recognised as ${as.en}, also carries the marks of ${names(wanted).en}; check whether it meets this requirement.`,
      ),
      { evidence: [documentEvidence(lookalike, ctx)] },
    );
  }
  const tooEarly = lateEquivalence
    ? L(
        ` ${docNames(ctx.ruleset, lateEquivalence.evidence.map((o) => o.document)).id} ada, tetapi tidak diakui sebagai pengganti menurut hukum yang berlaku pada tanggal acuan ${ctx.asOf}.`,
        ` ${docNames(ctx.ruleset, lateEquivalence.evidence.map((o) => o.document)).en} is present, but the law in force on the reference date ${ctx.asOf} does not accept it as a substitute.`,
      )
    : L('', '');
  const noSubstitute =
    at.equivalences.length > 0
      ? L(
          ` ${names(at.equivalences.flatMap((e) => e.evidence)).id}, yang juga diterima sebagai pengganti, tidak ditemukan.`,
          ` No ${names(at.equivalences.flatMap((e) => e.evidence)).en}, which is also accepted instead, was found either.`,
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

/** Why there is no verdict: the ruleset encodes no law for this requirement on the date. */
export function gapReason(gaps: readonly CoverageGap[], date: string): Localized {
  const parts = gaps.map((g) => gapText(g));
  const fallback = L(
    `aturan tidak memuat dasar hukum yang berlaku pada ${date} untuk persyaratan ini`,
    `the rules hold no legal basis in force on ${date} for this requirement`,
  );
  const id = parts.length > 0 ? parts.map((p) => p.id).join('; ') : fallback.id;
  const en = parts.length > 0 ? parts.map((p) => p.en).join('; ') : fallback.en;
  return L(
    `Tidak dinilai otomatis: ${id}. Alat tidak mengisi kekosongan dengan hukum yang lebih lama; pokja perlu menilai persyaratan ini berdasarkan peraturan yang berlaku.`,
    `Not judged automatically: ${en}. The tool does not fill the gap with older law; the pokja must judge this requirement under the regulation in force.`,
  );
}

export function gapText(g: CoverageGap): Localized {
  switch (g.code) {
    case 'before_first_instrument':
      return L(`tanggal acuan ${g.date} sebelum peraturan pertama yang dimuat aturan (${g.first})`, `the reference date ${g.date} is before the first regulation the rules encode (${g.first})`);
    case 'replaced_not_encoded':
      return L(
        `${g.instrument} tidak berlaku lagi sejak ${g.endedOn} dan digantikan oleh ${g.replacedBy}, yang belum dimuat dalam aturan`,
        `${g.instrument} ceased to apply on ${g.endedOn}, replaced by ${g.replacedBy}, which the rules do not encode`,
      );
    case 'past_review_date':
      return L(
        `tanggal acuan ${g.date} sesudah batas tinjauan aturan (${g.reviewBy}); peraturan yang lebih baru mungkin telah mengubah ketentuan`,
        `the reference date ${g.date} is after the rules' review date (${g.reviewBy}); later regulations may have changed the law`,
      );
  }
}

/** A runner-up type scoring this much would have been recognised on its own (documents/classify.ts MIN_SCORE). */
const LOOKALIKE_SCORE = 4;

const FULL_NIB = L('Unggah NIB lengkap dengan lampiran KBLI dan tingkat risikonya (unduh dari oss.go.id).', 'Upload the complete NIB with its KBLI appendix and risk levels (download from oss.go.id).');

const LEVEL_NAMES: Record<RiskLevel, Localized> = {
  rendah: L('Rendah', 'low'),
  menengah_rendah: L('Menengah Rendah', 'medium-low'),
  menengah_tinggi: L('Menengah Tinggi', 'medium-high'),
  tinggi: L('Tinggi', 'high'),
};

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
): { status: 'pass' | 'review'; reason: Localized; provisions: string[]; evidence: Evidence[]; remedy?: Localized } {
  const rows = riskRows(nib.doc, risk.field);
  const work = workCodes(risk.work_codes, req, ctx);
  const where = `${nib.doc.file}`;
  if (rows.length === 0) {
    return {
      status: 'review',
      reason: L(
        `Ditemukan NIB (${where}), tetapi tingkat risiko KBLI pada lampirannya tidak terbaca. Menurut perizinan berusaha berbasis risiko, NIB sendiri menjadi izin usaha hanya untuk KBLI berisiko rendah. Periksa lampiran NIB${work.length > 0 ? ` untuk KBLI ${work.join(', ')}` : ''}.`,
        `An NIB was found (${where}), but the risk levels of its KBLI appendix could not be read. Under risk-based licensing the NIB alone is the business licence only for a low-risk KBLI. Check the NIB's appendix${work.length > 0 ? ` for KBLI ${work.join(', ')}` : ''}.`,
      ),
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
      reason: L(
        `Ditemukan NIB (${where}), tetapi tingkat risiko KBLI ${unknown.join(', ')} pada lampirannya tidak terbaca, sehingga belum dapat dipastikan apakah NIB saja sudah menjadi perizinan berusaha. Periksa lampiran NIB.`,
        `An NIB was found (${where}), but the risk level of KBLI ${unknown.join(', ')} in its appendix could not be read, so whether the NIB alone is the business licence is not certain. Check the NIB's appendix.`,
      ),
      provisions: [],
      evidence: [nib.evidence, ...rows.map((r) => fieldEvidence(nib.doc, r.field, ctx))],
      remedy: FULL_NIB,
    };
  }
  const relevant = work.length > 0 ? rows.filter((r) => work.includes(r.code)) : rows;
  if (relevant.length === 0) {
    const listed = rows.map((r) => r.code).join(', ');
    return {
      status: 'review',
      reason: L(
        `Lampiran NIB (${where}) sebagaimana terbaca tidak mencantumkan KBLI ${work.join(', ')} untuk pekerjaan ini (terbaca: ${listed}). Periksa lampiran NIB.`,
        `The NIB's appendix (${where}) as read does not list KBLI ${work.join(', ')} for this work (read: ${listed}). Check the NIB's appendix.`,
      ),
      provisions: [],
      evidence: [nib.evidence, ...rows.map((r) => fieldEvidence(nib.doc, r.field, ctx))],
      remedy: L(`Unggah NIB yang lampirannya memuat KBLI ${work.join(', ')}.`, `Upload an NIB whose appendix lists KBLI ${work.join(', ')}.`),
    };
  }
  const judged = relevant.map((r) => {
    const spec = risk.levels[r.level];
    const extra = spec.needs.length > 0 ? findEvidence(spec.needs, bundle, ctx) : undefined;
    return { row: r, spec, met: extra === undefined || extra.valid.length > 0, extra: extra?.valid ?? [] };
  });
  const provisions = [...new Set(judged.map((j) => j.spec.provision))];
  const evidence = [nib.evidence, ...judged.flatMap((j) => [fieldEvidence(nib.doc, j.row.field, ctx), ...j.extra.map((x) => x.evidence)])];
  const rowText = (lang: keyof Localized) => judged.map((j) => `${j.row.code} (${LEVEL_NAMES[j.row.level][lang]})`).join(', ');
  const unmet = judged.filter((j) => !j.met);
  if (unmet.length === 0) {
    return {
      status: 'pass',
      reason: L(
        `Ditemukan NIB (${where}, hlm. ${nib.evidence.page}: ${evidenceText(nib.evidence, 'id')}) dengan KBLI ${rowText('id')}. ${eq.explain.id}`,
        `Found an NIB (${where}, p. ${nib.evidence.page}: ${evidenceText(nib.evidence, 'en')}) with KBLI ${rowText('en')}. ${eq.explain.en}`,
      ),
      provisions,
      evidence,
    };
  }
  const needs = (lang: keyof Localized) => unmet.map((j) => `${j.row.code} (${LEVEL_NAMES[j.row.level][lang]}): ${j.spec.needs_label?.[lang] ?? docNames(ctx.ruleset, j.spec.needs.map((o) => o.document))[lang]}`).join('; ');
  const unsure = work.length === 0 && judged.some((j) => j.met);
  return {
    status: 'review',
    reason: L(
      `Ditemukan NIB (${where}) dengan KBLI ${rowText('id')}. Untuk KBLI berisiko di atas rendah, NIB saja belum menjadi perizinan berusaha; belum ditemukan: ${needs('id')}.${unsure ? ' Tender tidak menyebut KBLI pekerjaan, sehingga perlu klarifikasi KBLI mana yang sesuai.' : ''}`,
      `Found an NIB (${where}) with KBLI ${rowText('en')}. For a KBLI above low risk the NIB alone is not the business licence; not found: ${needs('en')}.${unsure ? ' The tender names no KBLI for the work, so which KBLI applies needs clarification.' : ''}`,
    ),
    provisions,
    evidence,
    remedy: L(`Unggah ${needs('id')}.`, `Upload ${needs('en')}.`),
  };
}
