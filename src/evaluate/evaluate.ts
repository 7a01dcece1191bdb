// Applies the ruleset to one bundle for one tender: per requirement, a status with its legal citations
// and the evidence that decided it. Pure: no files, no processes, no output.
import type { Bidder, Bundle, BundleDocument } from '../documents/bundle.js';
import type { Field } from '../documents/fields.js';
import { checkConsistency, samePerson, type ConsistencyFinding } from './consistency.js';
import { lastDueTaxYear, sptFilingDeadline } from '../documents/parse.js';
import { citationOf, type Citation } from '../rules/cite.js';
import type { Ruleset } from '../rules/load.js';

export type { Citation } from '../rules/cite.js';
import type { Check, EvidenceOption, Localized, RequirementKind } from '../rules/schema.js';
import { kindText, stripTemplateNotes, type KindExpr } from '../tender/infer.js';
import type { Requirement, Tender } from '../tender/load.js';

export type Status = 'pass' | 'fail' | 'review' | 'waived' | 'not_applicable';

export interface Evidence {
  file: string;
  page: number;
  docType: string;
  /** The field read (ruleset field name), or null when the document itself (its title) is the evidence. */
  field: string | null;
  /** What was read: the field's label, or the document type's name. */
  label: Localized;
  /** The value as normalised (identifiers, ISO dates), or the title as printed. */
  value: string;
}

/** "NIB: 8120114180194" in the chosen language. */
export function evidenceText(e: Evidence, lang: keyof Localized): string {
  return `${e.label[lang]}: ${e.value}`;
}

/** The outcome for one requirement kind; a composite requirement has one per kind. */
export interface KindResult {
  kind: string;
  status: Status;
  reason: Localized;
  citations: Citation[];
  evidence: Evidence[];
  /** The equivalence, waiver or exemption that decided the status, if any. */
  via?: string;
  remedy?: Localized;
}

export interface RequirementResult extends KindResult {
  id: string;
  text: string;
  kindSource: Requirement['kindSource'];
  parts?: KindResult[];
}

export interface EvaluationContext {
  ruleset: Ruleset;
  /** Selects the law in force (equivalences, waivers, exemptions). */
  asOf: string;
  /** Batas akhir pemasukan penawaran: documents must be valid on this date. */
  deadline: string;
}

const L = (id: string, en: string): Localized => ({ id, en });

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

type CheckOutcome =
  | { type: 'decided'; status: Status; reason: Localized; evidence: Evidence[]; citations?: string[] }
  /** Evidence exists but cannot be judged (a field unreadable): review, whatever the equivalences say. */
  | { type: 'unclear'; reason: Localized; evidence: Evidence[] }
  /** Nothing found: equivalences are tried next, then it fails. */
  | { type: 'missing'; reason: Localized; evidence: Evidence[] };

function runCheck(kind: RequirementKind, check: Check, req: Requirement, bundle: Bundle, ctx: EvaluationContext): CheckOutcome {
  const found = findEvidence(check.evidence, bundle, ctx);
  const names = docNames(ctx.ruleset, check.evidence.map((o) => o.document));
  const missing = (): CheckOutcome => {
    if (found.expired.length > 0) {
      const e = found.expired[0] as Match;
      return {
        type: 'missing',
        reason: L(
          `${docName(ctx.ruleset, e.doc.docType).id} pada ${e.doc.file} berlaku sampai ${e.validUntil}, sebelum batas akhir pemasukan penawaran ${ctx.deadline}.`,
          `The ${docName(ctx.ruleset, e.doc.docType).en} in ${e.doc.file} is valid until ${e.validUntil}, before the bid deadline ${ctx.deadline}.`,
        ),
        evidence: found.expired.map((m) => m.evidence),
      };
    }
    if (found.unreadableField.length > 0) {
      const m = found.unreadableField[0] as Match;
      return {
        type: 'unclear',
        reason: L(
          `${docName(ctx.ruleset, m.doc.docType).id} ditemukan (${m.doc.file}), tetapi ${m.fieldLabel.id} tidak terbaca dengan benar${m.rawValue ? ` ("${m.rawValue}")` : ''}. Periksa dokumen aslinya.`,
          `A ${docName(ctx.ruleset, m.doc.docType).en} was found (${m.doc.file}), but its ${m.fieldLabel.en} could not be read correctly${m.rawValue ? ` ("${m.rawValue}")` : ''}. Check the original.`,
        ),
        evidence: found.unreadableField.map((x) => x.evidence),
      };
    }
    return { type: 'missing', reason: L(`Tidak ditemukan ${names.id} dalam berkas penawaran.`, `No ${names.en} was found in the bundle.`), evidence: [] };
  };

  switch (check.type) {
    case 'document': {
      if (found.valid.length === 0) return missing();
      const m = found.valid[0] as Match;
      if (check.named_codes) {
        const codes = namedCodes(check.named_codes, req.text, found.valid, ctx);
        if (codes) return codes;
      }
      return {
        type: 'decided',
        status: 'pass',
        reason: L(
          `Ditemukan ${docName(ctx.ruleset, m.doc.docType).id} (${m.doc.file}, hlm. ${m.evidence.page}: ${evidenceText(m.evidence, 'id')}).${validityNote(m).id}`,
          `Found: ${docName(ctx.ruleset, m.doc.docType).en} (${m.doc.file}, p. ${m.evidence.page}: ${evidenceText(m.evidence, 'en')}).${validityNote(m).en}`,
        ),
        evidence: found.valid.map((x) => x.evidence),
      };
    }
    case 'tax_return':
      return taxReturn(check.year_field, found, req, bundle.bidder, ctx, missing);
    case 'status': {
      if (found.valid.length === 0) return missing();
      const m = found.valid[0] as Match;
      const value = (m.field?.value ?? '').toUpperCase();
      const status: Status = check.pass_values.includes(value) ? 'pass' : check.fail_values.includes(value) ? 'fail' : 'review';
      return {
        type: 'decided',
        status,
        reason: L(`${docName(ctx.ruleset, m.doc.docType).id} (${m.doc.file}) menyatakan status ${value}.`, `The ${docName(ctx.ruleset, m.doc.docType).en} (${m.doc.file}) states status ${value}.`),
        evidence: [m.evidence],
      };
    }
    case 'power_of_attorney':
      return powerOfAttorney(kind, check, found, bundle, ctx);
  }
}

function taxReturn(
  yearField: string,
  found: Found,
  req: Requirement,
  bidder: Bidder,
  ctx: EvaluationContext,
  missing: () => CheckOutcome,
): CheckOutcome {
  const taxpayer = bidder.form === 'perorangan' ? 'orang_pribadi' : 'badan';
  const lastDue = lastDueTaxYear(ctx.deadline, taxpayer);
  const named = req.taxYear;
  const wanted = named ?? lastDue;
  const years = found.valid.map((m) => ({ m, year: Number(m.doc.fields.find((f) => f.name === yearField && f.value !== null)?.value) }));
  const ok = years.filter((y) => (named !== undefined ? y.year === named : y.year >= lastDue));
  // A pokja may not ask for a year whose filing deadline is after the bid deadline (domain.md 3.4 item 4).
  const notYetDue = named !== undefined && named > lastDue;
  const dueNote = notYetDue
    ? L(
        ` Catatan: batas pelaporan SPT Tahunan tahun pajak ${named} (${sptFilingDeadline(named as number, taxpayer)}) belum lewat pada batas akhir pemasukan penawaran ${ctx.deadline}; persyaratan ini sendiri perlu ditinjau.`,
        ` Note: the filing deadline of the ${named} return (${sptFilingDeadline(named as number, taxpayer)}) had not passed by the bid deadline ${ctx.deadline}; the requirement itself needs review.`,
      )
    : L('', '');
  const which = named !== undefined ? L(`tahun pajak ${named}`, `tax year ${named}`) : L(`tahun pajak terakhir (${lastDue} atau sesudahnya)`, `the last tax year (${lastDue} or later)`);
  if (ok.length > 0) {
    const m = (ok[0] as (typeof ok)[0]).m;
    return {
      type: 'decided',
      status: 'pass',
      reason: L(
        `Ditemukan bukti SPT Tahunan tahun pajak ${ok[0]?.year} (${m.doc.file}, hlm. ${m.evidence.page}), sesuai ${which.id}.${dueNote.id}`,
        `Found the annual return for tax year ${ok[0]?.year} (${m.doc.file}, p. ${m.evidence.page}), matching ${which.en}.${dueNote.en}`,
      ),
      evidence: ok.map((y) => y.m.evidence),
    };
  }
  if (years.length > 0) {
    const got = [...new Set(years.map((y) => y.year))].join(', ');
    const reason = L(
      `SPT Tahunan yang diunggah adalah untuk tahun pajak ${got}, sedangkan yang diminta ${which.id}.${dueNote.id}`,
      `The uploaded annual return is for tax year ${got}, but ${which.en} is required.${dueNote.en}`,
    );
    // A wrong year is a fail, unless the requirement itself asks for a year not yet due.
    return { type: notYetDue ? 'unclear' : 'missing', reason, evidence: years.map((y) => y.m.evidence) };
  }
  const none = missing();
  if (notYetDue && none.type === 'missing') return { type: 'unclear', reason: L(`${none.reason.id}${dueNote.id}`, `${none.reason.en}${dueNote.en}`), evidence: [] };
  return none;
}

function powerOfAttorney(
  kind: RequirementKind,
  check: Extract<Check, { type: 'power_of_attorney' }>,
  found: Found,
  bundle: Bundle,
  ctx: EvaluationContext,
): CheckOutcome {
  const principal = (role: string) => check.principal_roles.some((p) => new RegExp(p, 'iu').test(role));
  const signers = bundle.documents
    .filter((d) => d.docType !== null && check.signed_documents.includes(d.docType))
    .map((d) => ({ doc: d, name: fieldOf(d, 'signatory_name'), role: fieldOf(d, 'signatory_role') }));
  // A signer is a principal by position, and, when the deed's directors could be read, by being one of them.
  const directors = bundle.documents.flatMap((d) => d.fields.filter((f) => f.name === 'director' && f.value !== null).map((f) => f.value as string));
  const notADirector = (name: Field | undefined) => directors.length > 0 && name !== undefined && !directors.some((d) => samePerson(d, name.value as string));
  const proxies = signers.filter((s) => s.role && (!principal(s.role.value as string) || notADirector(s.name)));
  if (found.valid.length > 0) {
    const m = found.valid[0] as Match;
    return {
      type: 'decided',
      status: 'pass',
      reason: L(`Ditemukan surat kuasa (${m.doc.file}, hlm. ${m.evidence.page}).`, `Found a power of attorney (${m.doc.file}, p. ${m.evidence.page}).`),
      evidence: found.valid.map((x) => x.evidence),
    };
  }
  const describe = (s: (typeof signers)[0]) => `${s.name?.value ?? '?'} (${s.role?.value ?? '?'}, ${s.doc.file})`;
  if (proxies.length > 0) {
    return {
      type: 'missing',
      reason: L(
        `Dokumen ditandatangani oleh ${proxies.map(describe).join('; ')}, yang bukan direktur/pimpinan menurut jabatannya atau menurut akta, tetapi tidak ada surat kuasa.`,
        `Documents are signed by ${proxies.map(describe).join('; ')}, who is not a director by position or by the deed, but there is no power of attorney.`,
      ),
      evidence: proxies.map((s) => fieldEvidence(s.doc, s.role as Field, ctx)),
    };
  }
  const known = signers.filter((s) => s.role);
  if (known.length > 0 && known.length === signers.length) {
    void kind;
    return {
      type: 'decided',
      status: 'not_applicable',
      reason: L(
        `Dokumen ditandatangani sendiri oleh ${known.map(describe).join('; ')}; surat kuasa hanya diperlukan apabila dikuasakan.`,
        `The documents are signed by ${known.map(describe).join('; ')} in person; a power of attorney is needed only when signing by proxy.`,
      ),
      evidence: known.map((s) => fieldEvidence(s.doc, s.role as Field, ctx)),
      citations: [check.provision],
    };
  }
  return {
    type: 'unclear',
    reason: L(
      'Tidak ada surat kuasa, dan jabatan penanda tangan pakta integritas/surat pernyataan tidak terbaca, sehingga tidak dapat dipastikan apakah penawaran dikuasakan.',
      'There is no power of attorney, and the signatory\'s position on the integrity pact/declaration could not be read, so it is unclear whether the bid is signed by proxy.',
    ),
    evidence: [],
  };
}

/**
 * Codes the requirement names (KBLI) checked against the list a document carries (the NIB's KBLI table).
 * Undefined when the wording names none. Any one document listing every code satisfies it.
 */
function namedCodes(spec: NonNullable<Extract<Check, { type: 'document' }>['named_codes']>, text: string, matches: Match[], ctx: EvaluationContext): CheckOutcome | undefined {
  const clean = stripTemplateNotes(text);
  const found = [...clean.matchAll(new RegExp(spec.in_text, 'giu'))].filter((m) => m.groups?.code);
  const wanted = [...new Set(found.map((m) => m.groups?.code as string))];
  if (wanted.length === 0) return undefined;
  // "SI001 atau BS004", "62019/62090": alternatives; otherwise every code named is required.
  const anyOf = found.slice(1).some((m, i) => /\batau\b|\//i.test(clean.slice((found[i]?.index ?? 0) + (found[i]?.[0].length ?? 0), m.index)));
  const listed = matches.map((m) => ({ m, fields: m.doc.fields.filter((f) => f.name === spec.field && f.value !== null) }));
  const complete = listed.find((l) => (anyOf ? wanted.some.bind(wanted) : wanted.every.bind(wanted))((c) => l.fields.some((f) => f.value === c)));
  if (complete) {
    const shown = complete.fields.filter((f) => wanted.includes(f.value as string));
    const pending = spec.not_yet_licensed_field
      ? complete.m.doc.fields.filter((f) => f.name === spec.not_yet_licensed_field && wanted.includes(f.value as string))
      : [];
    if (pending.length > 0 && (!anyOf || shown.every((f) => pending.some((p) => p.value === f.value)))) {
      const codes = [...new Set(pending.map((f) => f.value))].join(', ');
      return {
        type: 'unclear',
        reason: L(
          `${docName(ctx.ruleset, complete.m.doc.docType).id} (${complete.m.doc.file}) mencantumkan ${spec.label.id} ${codes}, tetapi perizinan berusahanya (Sertifikat Standar/Izin untuk risiko menengah tinggi atau tinggi) belum terbit atau belum terverifikasi. Perlu klarifikasi apakah kegiatan usaha itu sudah boleh dijalankan.`,
          `The ${docName(ctx.ruleset, complete.m.doc.docType).en} (${complete.m.doc.file}) lists the ${spec.label.en} ${codes}, but its licence (Sertifikat Standar/Izin for medium-high or high risk) is not yet issued or verified. Clarify whether the business activity may already be carried out.`,
        ),
        evidence: [complete.m.evidence, ...pending.map((f) => fieldEvidence(complete.m.doc, f, ctx))],
      };
    }
    const which = anyOf ? L(` (salah satu dari ${wanted.join(', ')})`, ` (one of ${wanted.join(', ')})`) : L('', '');
    const where = shown.map((f) => `${f.value} (${complete.m.doc.file}, hlm. ${f.page})`).join(', ');
    const whereEn = shown.map((f) => `${f.value} (${complete.m.doc.file}, p. ${f.page})`).join(', ');
    return {
      type: 'decided',
      status: 'pass',
      reason: L(
        `Ditemukan ${docName(ctx.ruleset, complete.m.doc.docType).id} (${complete.m.doc.file}) yang mencantumkan ${spec.label.id} yang diminta${which.id}: ${where}.`,
        `Found: ${docName(ctx.ruleset, complete.m.doc.docType).en} (${complete.m.doc.file}) listing the ${spec.label.en} asked for${which.en}: ${whereEn}.`,
      ),
      evidence: [complete.m.evidence, ...shown.map((f) => fieldEvidence(complete.m.doc, f, ctx))],
    };
  }
  const read = listed.filter((l) => l.fields.length > 0);
  if (read.length === 0) {
    return {
      type: 'unclear',
      reason: L(
        `${docName(ctx.ruleset, matches[0]?.doc.docType ?? null).id} ditemukan, tetapi daftar ${spec.label.id} di dalamnya tidak terbaca; periksa lampirannya apakah mencantumkan ${wanted.join(', ')}.`,
        `A ${docName(ctx.ruleset, matches[0]?.doc.docType ?? null).en} was found, but its ${spec.label.en} list could not be read; check its appendix for ${wanted.join(', ')}.`,
      ),
      evidence: matches.map((m) => m.evidence),
    };
  }
  const best = read[0] as (typeof read)[0];
  const has = best.fields.map((f) => f.value as string);
  const absent = anyOf ? wanted : wanted.filter((c) => !has.includes(c));
  return {
    type: 'missing',
    reason: L(
      `${docName(ctx.ruleset, best.m.doc.docType).id} (${best.m.doc.file}) tidak mencantumkan ${spec.label.id} ${absent.join(', ')} yang diminta; yang tercantum: ${has.join(', ')}.`,
      `The ${docName(ctx.ruleset, best.m.doc.docType).en} (${best.m.doc.file}) does not list the ${spec.label.en} ${absent.join(', ')} asked for; it lists: ${has.join(', ')}.`,
    ),
    evidence: [best.m.evidence, ...best.fields.map((f) => fieldEvidence(best.m.doc, f, ctx))],
  };
}

interface Match {
  doc: BundleDocument;
  field?: Field;
  fieldLabel: Localized;
  rawValue?: string;
  validUntil?: string;
  evidence: Evidence;
}

interface Found {
  valid: Match[];
  expired: Match[];
  unreadableField: Match[];
}

/** The documents that satisfy any of the options, sorted into valid, expired at the deadline, and unreadable. */
function findEvidence(options: readonly EvidenceOption[], bundle: Bundle, ctx: EvaluationContext): Found {
  const found: Found = { valid: [], expired: [], unreadableField: [] };
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
      const validUntil = type.validity.type === 'until_field' ? fieldOf(doc, type.validity.field)?.value ?? undefined : undefined;
      const match: Match = { doc, fieldLabel, evidence, ...(field ? { field } : {}), ...(validUntil ? { validUntil } : {}) };
      if (validUntil && validUntil < ctx.deadline) found.expired.push(match);
      else found.valid.push(match);
    }
  }
  return found;
}

function validityNote(m: Match): Localized {
  return m.validUntil ? L(` Berlaku sampai ${m.validUntil}.`, ` Valid until ${m.validUntil}.`) : L('', '');
}

function fieldOf(doc: BundleDocument, name: string): Field | undefined {
  return doc.fields.find((f) => f.name === name && f.value !== null);
}

function fieldEvidence(doc: BundleDocument, field: Field, ctx: EvaluationContext): Evidence {
  const spec = doc.docType ? ctx.ruleset.documents.get(doc.docType)?.fields.find((f) => f.name === field.name) : undefined;
  return { file: doc.file, page: field.page, docType: doc.docType ?? 'unknown', field: field.name, label: spec?.label ?? L(field.name, field.name), value: field.value ?? field.raw };
}

/** A document with no field asked for: its identifying field if one was read, else the title as printed. */
function documentEvidence(doc: BundleDocument, ctx: EvaluationContext): Evidence {
  const first = doc.fields.find((f) => f.value !== null);
  if (first) return fieldEvidence(doc, first, ctx);
  const title = doc.classification?.candidates.find((c) => c.docType === doc.docType)?.cues.find((c) => c.kind === 'title');
  return { file: doc.file, page: title?.page ?? 1, docType: doc.docType ?? 'unknown', field: null, label: docName(ctx.ruleset, doc.docType), value: title?.text ?? '' };
}

/** Files the tool could not read or could not recognise: they might hold the missing evidence. */
function unreadDocuments(bundle: Bundle): BundleDocument[] {
  return bundle.documents.filter((d) => d.docType === null);
}

function docName(ruleset: Ruleset, docType: string | null): Localized {
  return (docType ? ruleset.documents.get(docType)?.name : undefined) ?? L('dokumen', 'document');
}

function docNames(ruleset: Ruleset, ids: readonly string[]): Localized {
  const names = [...new Set(ids)].map((id) => docName(ruleset, id));
  return { id: names.map((n) => n.id).join(' atau '), en: names.map((n) => n.en).join(' or ') };
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}
