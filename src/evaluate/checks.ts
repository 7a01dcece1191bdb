// The four kinds of check a requirement kind can ask for (document, tax return, status, power of attorney),
// each deciding from the bundle's documents, or saying what is missing or unclear.
import type { Bidder, Bundle } from '../documents/bundle.js';
import type { Field } from '../documents/fields.js';
import type { Check, Localized, RequirementKind, RiskLevel } from '../rules/schema.js';
import { stripTemplateNotes } from '../tender/infer.js';
import type { Requirement } from '../tender/load.js';
import { samePerson } from './consistency.js';
import { docName, docNames, fieldEvidence, fieldOf, findEvidence, issuedLate, riskRows, validityNote, workCodes, type Found, type Match } from './evidence.js';
import { evidenceText, L, lawOf, type EvaluationContext, type Evidence, type Status } from './types.js';
import { rulePattern } from '../rules/pattern.js';

export type CheckOutcome =
  | { type: 'decided'; status: Status; reason: Localized; evidence: Evidence[]; citations?: string[] }
  /** Evidence exists but cannot be judged (a field unreadable): review, whatever the equivalences say. */
  | { type: 'unclear'; reason: Localized; evidence: Evidence[] }
  /** Nothing found: equivalences are tried next, then it fails. */
  | { type: 'missing'; reason: Localized; evidence: Evidence[] };

export function runCheck(kind: RequirementKind, check: Check, req: Requirement, bundle: Bundle, ctx: EvaluationContext): CheckOutcome {
  const found = findEvidence(check.evidence, bundle, ctx);
  const names = docNames(ctx.ruleset, check.evidence.map((o) => o.document));
  const missing = (): CheckOutcome => {
    if (found.late.length > 0) return { type: 'unclear', ...issuedLate(found.late[0] as Match, ctx) };
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
    case 'risk_certificate':
      return riskCertificate(check, found, req, bundle, ctx, missing);
    case 'manual':
      return {
        type: 'decided',
        status: 'review',
        reason: L(
          'Persyaratan teknis yang sah; dinilai pokja dari data kualifikasi dan dokumen penawaran, tidak oleh alat ini.',
          'A lawful technical requirement; the pokja judges it from the qualification data and the bid, not this tool.',
        ),
        evidence: [],
      };
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
  const law = lawOf(ctx);
  const lastDue = law.lastDueTaxYear(ctx.deadline, taxpayer);
  const sptFilingDeadline = law.sptDeadline;
  const named = req.taxYear;
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
  const principal = (role: string) => check.principal_roles.some((p) => rulePattern(p).test(role));
  const signers = bundle.documents
    .filter((d) => d.docType !== null && check.signed_documents.includes(d.docType))
    .map((d) => ({ doc: d, name: fieldOf(d, 'signatory_name'), role: fieldOf(d, 'signatory_role') }));
  // A signer is a principal by position, and, when the deed's directors could be read, by being one of them.
  const directors = bundle.documents.flatMap((d) => d.fields.filter((f) => f.name === 'director' && f.value !== null).map((f) => f.value as string));
  const notADirector = (name: Field | undefined) => directors.length > 0 && name !== undefined && !directors.some((d) => samePerson(d, name.value as string));
  const proxies = signers.filter((s) => s.role && (!principal(s.role.value as string) || notADirector(s.name)));
  if (check.when_proxied === 'review' && (found.valid.length > 0 || proxies.length > 0)) return proxiedReview(found, proxies.map((s) => fieldEvidence(s.doc, s.role as Field, ctx)));
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
      // Said apart: a signer whose title is not a director's, and one who signs as director but is not one in the deed.
      reason: (() => {
        const byRole = proxies.filter((s) => !principal(s.role?.value as string));
        const byDeed = proxies.filter((s) => principal(s.role?.value as string));
        const parts = [
          byRole.length > 0 ? L(`${byRole.map(describe).join('; ')}, yang jabatannya bukan direktur/pimpinan`, `${byRole.map(describe).join('; ')}, whose position is not a director's`) : null,
          byDeed.length > 0
            ? L(
                `${byDeed.map(describe).join('; ')}, yang tidak tercantum sebagai direktur dalam akta (direktur menurut akta: ${directors.join(', ')})`,
                `${byDeed.map(describe).join('; ')}, who is not named a director in the deed (directors in the deed: ${directors.join(', ')})`,
              )
            : null,
        ].filter((x) => x !== null);
        return L(
          `Dokumen ditandatangani oleh ${parts.map((x) => x.id).join('; dan oleh ')}, tetapi tidak ada surat kuasa.`,
          `Documents are signed by ${parts.map((x) => x.en).join('; and by ')}, but there is no power of attorney.`,
        );
      })(),
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
        `Dokumen ditandatangani sendiri oleh ${known.map(describe).join('; ')}; persyaratan ini hanya berlaku apabila dikuasakan.`,
        `The documents are signed by ${known.map(describe).join('; ')} in person; this requirement applies only when signing by proxy.`,
      ),
      evidence: known.map((s) => fieldEvidence(s.doc, s.role as Field, ctx)),
      citations: check.provisions.filter(lawOf(ctx).inForce),
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

/** Asked only of a proxy, and not shown by any document type: the bid is signed by proxy, so the pokja judges it. */
function proxiedReview(found: Found, signers: Evidence[]): CheckOutcome {
  const m = found.valid[0];
  const why = m
    ? L(`ada surat kuasa (${m.doc.file}, hlm. ${m.evidence.page})`, `there is a power of attorney (${m.doc.file}, p. ${m.evidence.page})`)
    : L('penanda tangan bukan direktur menurut jabatan atau akta', "the signatory is not a director by position or deed");
  return {
    type: 'decided',
    status: 'review',
    reason: L(
      `Penawaran dikuasakan (${why.id}). Bukti bahwa penerima kuasa adalah pegawai tetap tidak dapat dibaca dari dokumen oleh alat ini; surat kuasa bukan bukti tersebut. Pokja menilainya.`,
      `The bid is signed by proxy (${why.en}). Proof that the attorney is a permanent employee cannot be read from the documents by this tool; a power of attorney is not that proof. The pokja judges it.`,
    ),
    evidence: [...found.valid.map((x) => x.evidence), ...signers],
  };
}

/**
 * Codes the requirement names (KBLI) checked against the list a document carries (the NIB's KBLI table).
 * Undefined when the wording names none. Any one document listing every code satisfies it.
 */
function namedCodes(spec: NonNullable<Extract<Check, { type: 'document' }>['named_codes']>, text: string, matches: Match[], ctx: EvaluationContext): CheckOutcome | undefined {
  const clean = stripTemplateNotes(text);
  const found = [...clean.matchAll(rulePattern(spec.in_text, 'g'))].filter((m) => m.groups?.code);
  const wanted = [...new Set(found.map((m) => m.groups?.code as string))];
  if (wanted.length === 0) return undefined;
  // "SI001 atau BS004", "62019/62090": alternatives; otherwise every code named is required.
  const anyOf = found.slice(1).some((m, i) => /\batau\b|\//i.test(clean.slice((found[i]?.index ?? 0) + (found[i]?.[0].length ?? 0), m.index)));
  const listed = matches.map((m) => ({ m, fields: m.doc.fields.filter((f) => f.name === spec.field && f.value !== null) }));
  const lists = (l: (typeof listed)[0], code: string) => l.fields.some((f) => f.value === code);
  const complete = listed.find((l) => (anyOf ? wanted.some((c) => lists(l, c)) : wanted.every((c) => lists(l, c))));
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


/**
 * The Sertifikat Standar exists only above low risk: without one, an NIB whose KBLI for the work are all low
 * risk needs none (not applicable); anything else is review with what to upload, never a fail.
 */
function riskCertificate(
  check: Extract<Check, { type: 'risk_certificate' }>,
  found: Found,
  req: Requirement,
  bundle: Bundle,
  ctx: EvaluationContext,
  missing: () => CheckOutcome,
): CheckOutcome {
  if (found.valid.length > 0) {
    const m = found.valid[0] as Match;
    return {
      type: 'decided',
      status: 'pass',
      reason: L(`Ditemukan ${docName(ctx.ruleset, m.doc.docType).id} (${m.doc.file}, hlm. ${m.evidence.page}).`, `Found: ${docName(ctx.ruleset, m.doc.docType).en} (${m.doc.file}, p. ${m.evidence.page}).`),
      evidence: found.valid.map((x) => x.evidence),
    };
  }
  const none = missing();
  if (none.type !== 'missing') return none;
  const nib = findEvidence([check.nib], bundle, ctx).valid[0];
  const work = workCodes(check.work_codes, req, ctx);
  const rows = nib ? riskRows(nib.doc, check.risk_field) : [];
  const listed = (nib?.doc.fields ?? []).filter((f) => f.name === 'kbli' && f.value !== null).map((f) => f.value as string);
  const targets = work.length > 0 ? work : [...new Set([...listed, ...rows.map((r) => r.code)])];
  const levelOf = (code: string) => rows.find((r) => r.code === code)?.level;
  const provisions = check.provisions.filter(lawOf(ctx).inForce);
  if (nib && targets.length > 0 && provisions.length > 0 && targets.every((c) => check.not_needed.includes(levelOf(c) as RiskLevel))) {
    return {
      type: 'decided',
      status: 'not_applicable',
      reason: L(
        `Tidak ada ${docName(ctx.ruleset, check.evidence[0]?.document ?? null).id}, dan tidak diperlukan: KBLI ${targets.join(', ')} pada NIB (${nib.doc.file}) berisiko rendah, sehingga NIB saja sudah merupakan perizinan berusahanya.`,
        `No ${docName(ctx.ruleset, check.evidence[0]?.document ?? null).en}, and none is needed: KBLI ${targets.join(', ')} on the NIB (${nib.doc.file}) is low risk, so the NIB alone is its licence.`,
      ),
      evidence: [nib.evidence, ...rows.filter((r) => targets.includes(r.code)).map((r) => fieldEvidence(nib.doc, r.field, ctx))],
      citations: provisions,
    };
  }
  return {
    type: 'unclear',
    reason: L(
      `Tidak ditemukan ${docName(ctx.ruleset, check.evidence[0]?.document ?? null).id}. Sertifikat Standar diperlukan untuk KBLI berisiko menengah rendah dan menengah tinggi; ${nib ? `tingkat risiko KBLI pada NIB (${nib.doc.file}) tidak menunjukkan bahwa semuanya berisiko rendah` : 'NIB dengan tingkat risiko KBLI-nya tidak ditemukan'}. Perlu klarifikasi, bukan alasan untuk menggugurkan.`,
      `No ${docName(ctx.ruleset, check.evidence[0]?.document ?? null).en} was found. A Sertifikat Standar is needed for medium-low and medium-high risk KBLI; ${nib ? `the KBLI risk levels on the NIB (${nib.doc.file}) do not show that all are low risk` : 'no NIB with its KBLI risk levels was found'}. Needs clarification, not a ground for disqualification.`,
    ),
    evidence: nib ? [nib.evidence] : [],
  };
}
