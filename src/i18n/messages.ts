// The reasons evaluate, consistency and lint give, as codes with parameters (ESLint's messageId + data),
// and their one rendering in Bahasa Indonesia and English. A low layer: it imports nothing of the domain.

export type Lang = 'id' | 'en';

/** A name from the rules' data (a document type, a field label, an explanation) in both languages. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

/** The name said when a document's type is not known. */
export const UNKNOWN_DOCUMENT: Text = { id: 'dokumen', en: 'document' };

export type RiskLevel = 'rendah' | 'menengah_rendah' | 'menengah_tinggi' | 'tinggi';

/** A page looked at, with OCR's confidence when it was read by OCR. */
export interface PageRef {
  file: string;
  page: number;
  confidence?: number;
}

/** Someone who signs a document, as read. */
export interface Signer {
  name?: string;
  role?: string;
  file: string;
}

export interface RiskRow {
  code: string;
  level: RiskLevel;
}

/** The parameters of every code. A code used in src but absent here, or here but not rendered, does not compile. */
export interface Params {
  /** A waiver in force: the requirement cannot be a ground for disqualification; its explanation from the rules. */
  'waiver.applies': { explain: Text };
  /** An exemption for the bidder's form: the requirement does not apply; its explanation from the rules. */
  'exemption.applies': { explain: Text };
  /** The requirement kind's remedy, as the rules word it. */
  'remedy.rules': { text: Text };
  'evidence.value': { label: Text; value: string; confidence?: number };
  'evidence.issued_late': { doc: Text; file: string; issuedOn: string; deadline: string };
  'check.expired': { doc: Text; file: string; validUntil: string; deadline: string };
  'check.field_unreadable': { doc: Text; file: string; field: Text; raw?: string };
  'check.not_found': { docs: Text[] };
  'check.found': { doc: Text; file: string; page: number; evidence: Message; validUntil?: string };
  'check.status': { doc: Text; file: string; value: string };
  'check.manual': Record<string, never>;
  'spt.wanted_year': { year: number };
  'spt.wanted_last': { lastDue: number };
  'spt.year_not_due': { year: number; filingDeadline: string; deadline: string };
  'spt.found': { year: number; file: string; page: number; wanted: Message; due?: Message };
  'spt.wrong_year': { years: number[]; wanted: Message; due?: Message };
  'spt.missing_not_due': { reason: Message; due: Message };
  'poa.found': { file: string; page: number };
  'poa.proxy_without_attorney': { byRole: Signer[]; byDeed: Signer[]; directors: string[] };
  'poa.signed_in_person': { signers: Signer[] };
  'poa.signer_unreadable': Record<string, never>;
  'poa.proxied_employee': { attorney?: { file: string; page: number } };
  'tender_exemption.failed': { base: Message; item: string; page?: number; conditions: Message[] };
  'tender_exemption.unknown': { item: string; page?: number; conditions: Message[] };
  'tender_exemption.waived': { item: string; page?: number; conditions: Message[] };
  'tender_exemption.founding.unread': Record<string, never>;
  'tender_exemption.founding.conflict': { dates: string[] };
  'tender_exemption.founding.young': { founded: string; years: number };
  'tender_exemption.founding.old': { founded: string; years: number };
  'tender_exemption.founding.between': { founded: string; years: number; until: string; announced: string; deadline: string };
  'tender_exemption.scale.unread': Record<string, never>;
  'tender_exemption.scale.small': Record<string, never>;
  'tender_exemption.scale.larger': { values: string[] };
  'tender_exemption.scale.unclear': { values: string[] };
  'tender_exemption.value.unbounded': Record<string, never>;
  'tender_exemption.value.unread': Record<string, never>;
  'tender_exemption.value.hps_unknown': { max: number };
  'tender_exemption.value.within': { hps: number; max: number };
  'tender_exemption.value.exceeds': { hps: number; max: number };
  'codes.not_licensed': { doc: Text; file: string; label: Text; codes: string[] };
  'codes.found': { doc: Text; file: string; label: Text; oneOf?: string[]; shown: Array<{ code: string; page: number }> };
  'codes.list_unreadable': { doc: Text; label: Text; wanted: string[] };
  'codes.absent': { doc: Text; file: string; label: Text; absent: string[]; listed: string[] };
  'risk_certificate.found': { doc: Text; file: string; page: number };
  'risk_certificate.not_needed': { doc: Text; codes: string[]; file: string };
  'risk_certificate.unclear': { doc: Text; nibFile?: string };
  'requirement.unknown': { closest: string[]; saysMore?: SaysMore[] };
  'requirement.composite': { parts: Array<{ kind: string; reason: Message }> };
  'requirement.remedies': { remedies: Message[] };
  'law.no_verdict': { gaps: Message[]; date: string };
  'law.gap.before_first_instrument': { date: string; first: string };
  'law.gap.replaced_not_encoded': { instrument: string; endedOn: string; replacedBy: string };
  'law.gap.past_review_date': { date: string; reviewBy: string };
  'equivalence.found': { missing: Text[]; doc: Text; file: string; page: number; evidence: Message; explain: Text };
  'nib_risk.unread': { file: string; work: string[] };
  'nib_risk.levels_unread': { file: string; codes: string[] };
  'nib_risk.work_not_listed': { file: string; work: string[]; read: string[] };
  'nib_risk.licensed': { file: string; page: number; evidence: Message; rows: RiskRow[]; explain: Text };
  'nib_risk.needs_licence': { file: string; rows: RiskRow[]; unmet: Array<RiskRow & { needs: Text[] }>; unsure: boolean };
  'remedy.full_nib': Record<string, never>;
  'remedy.nib_with_kbli': { work: string[] };
  'remedy.upload_licences': { unmet: Array<RiskRow & { needs: Text[] }> };
  'missing.exemption_unverified': { wanted: Text[]; explain: Text };
  'missing.form_unknown': { wanted: Text[]; explain: Text };
  'missing.unread_files': { wanted: Text[]; files: string[] };
  'missing.lookalike': { reason: Message; file: string; as: Text; wanted: Text[] };
  'missing.fail': { reason: Message; substitutes?: Text[]; notYetAccepted?: Text[]; asOf: string };
  'ocr.pass_low_confidence': { reason: Message; pages: PageRef[] };
  'ocr.fail_on_scan': { reason: Message; pages: PageRef[] };
  'consistency.clarify': { reason: Message; findings: Message[] };
  'consistency.company_name_differs': { variants: Array<{ value: string; files: string[] }> };
  'consistency.company_name_form': Record<string, never>;
  'consistency.npwp_differs': { readings: Array<{ value: string; file: string }> };
  'consistency.npwp_format': Record<string, never>;
  'consistency.address_differs': { file: string; value: string; registered: string };
  'consistency.signatory_unauthorised': { name: string; file: string };
  'consistency.ktp_holder_unrelated': { file: string; name: string };
  'lint.not_understood': { closest: string[]; saysMore?: SaysMore[] };
  'lint.cannot_be_required': { explain: Text };
  'lint.obsolete_document': { kind: Text; substitutes: Text[]; explain: Text };
  'lint.obsolete_wording': { explain: Text };
  'lint.exemption_ignored': { forms: string[]; explain: Text };
  'lint.tax_year_not_due': { year: number; individual: string; entity: string; deadline: string; lastDue: number };
  'lint.tax_year_outdated': { year: number; deadline: string; lastDue: number };
  'lint.validity_before_deadline': { raw: string; iso: string; deadline: string };
  'lint.kbli_format': { code: string };
  'lint.template_note': Record<string, never>;
  'lint.needs_deadline': { year?: number };
}

/** Wording that matched a kind but says more than the rules check for it (tender/infer.ts). */
export interface SaysMore {
  kind: string;
  words: string;
  explain: Text;
}

export type Code = keyof Params;
export type Message = { [C in Code]: { readonly code: C; readonly params: Params[C] } }[Code];

export function msg<C extends Code>(code: C, ...params: Params[C] extends Record<string, never> ? [] : [Params[C]]): Message;
export function msg(code: Code, params: object = {}): Message {
  return { code, params } as Message;
}

type Entry<P> = Record<Lang, (p: P, say: (m: Message) => string) => string>;

const LEVEL: Record<RiskLevel, Text> = {
  rendah: { id: 'Rendah', en: 'low' },
  menengah_rendah: { id: 'Menengah Rendah', en: 'medium-low' },
  menengah_tinggi: { id: 'Menengah Tinggi', en: 'medium-high' },
  tinggi: { id: 'Tinggi', en: 'high' },
};

/** "NIB atau TDP" / "NIB or TDP". */
export function orList(names: readonly Text[], lang: Lang): string {
  return names.map((n) => n[lang]).join(lang === 'id' ? ' atau ' : ' or ');
}

const list = (xs: readonly (string | number)[]) => xs.join(', ');
const rp = (n: number) => `Rp${n.toLocaleString('id-ID')}`;
const ldkItem = (p: { item: string; page?: number }, lang: Lang) =>
  lang === 'id' ? `LDK butir ${p.item}${p.page ? ` (hlm. ${p.page})` : ''}` : `LDK item ${p.item}${p.page ? ` (p. ${p.page})` : ''}`;
const conds = (ms: readonly Message[], say: (m: Message) => string) => ms.map(say).join('; ');
/** Wording that matched a kind but says more than the rules check for it: said first. */
const saysMore = (ms: readonly SaysMore[] | undefined, lang: Lang) =>
  (ms ?? [])
    .map((m) =>
      lang === 'id'
        ? `Rumusan memuat "${m.words}", lebih dari yang diperiksa aturan untuk ${m.kind}, sehingga tidak dinilai sebagai ${m.kind}. ${m.explain.id}`
        : `The wording says "${m.words}", more than the rules check for ${m.kind}, so it is not judged as ${m.kind}. ${m.explain.en}`,
    )
    .join(' ');
const signer = (s: Signer) => `${s.name ?? '?'} (${s.role ?? '?'}, ${s.file})`;
const signers = (ss: readonly Signer[]) => ss.map(signer).join('; ');
const pages = (ps: readonly PageRef[], page: string, conf: string) =>
  ps.map((e) => `${e.file} ${page} ${e.page}${e.confidence !== undefined ? `, ${conf} ${e.confidence}%` : ''}`).join('; ');
const rows = (rs: readonly RiskRow[], lang: Lang) => rs.map((r) => `${r.code} (${LEVEL[r.level][lang]})`).join(', ');
const needs = (us: readonly (RiskRow & { needs: Text[] })[], lang: Lang) =>
  us.map((u) => `${u.code} (${LEVEL[u.level][lang]}): ${orList(u.needs, lang)}`).join('; ');
const opt = (m: Message | undefined, say: (m: Message) => string) => (m ? say(m) : '');

const CATALOGUE: { [C in Code]: Entry<Params[C]> } = {
  'waiver.applies': { id: (p) => p.explain.id, en: (p) => p.explain.en },
  'exemption.applies': { id: (p) => p.explain.id, en: (p) => p.explain.en },
  'remedy.rules': { id: (p) => p.text.id, en: (p) => p.text.en },
  'evidence.value': {
    id: (p) => `${p.label.id}: ${p.value}${p.confidence !== undefined ? ` (dibaca dengan OCR, keyakinan ${p.confidence}%)` : ''}`,
    en: (p) => `${p.label.en}: ${p.value}${p.confidence !== undefined ? ` (read by OCR, confidence ${p.confidence}%)` : ''}`,
  },
  'evidence.issued_late': {
    id: (p) =>
      `${p.doc.id} (${p.file}) tertanggal terbit ${p.issuedOn}, sesudah batas akhir pemasukan penawaran ${p.deadline}. Perlu klarifikasi: dokumen yang terbit sesudah batas itu tidak dapat dipastikan dimiliki pada saat penawaran.`,
    en: (p) =>
      `The ${p.doc.en} (${p.file}) was issued on ${p.issuedOn}, after the bid deadline ${p.deadline}. Needs clarification: a document issued after that deadline cannot be taken as held at bidding time.`,
  },
  'check.expired': {
    id: (p) => `${p.doc.id} pada ${p.file} berlaku sampai ${p.validUntil}, sebelum batas akhir pemasukan penawaran ${p.deadline}.`,
    en: (p) => `The ${p.doc.en} in ${p.file} is valid until ${p.validUntil}, before the bid deadline ${p.deadline}.`,
  },
  'check.field_unreadable': {
    id: (p) =>
      `${p.doc.id} ditemukan (${p.file}), tetapi ${p.field.id} tidak terbaca dengan benar${p.raw ? ` ("${p.raw}")` : ''}. Periksa dokumen aslinya.`,
    en: (p) =>
      `A ${p.doc.en} was found (${p.file}), but its ${p.field.en} could not be read correctly${p.raw ? ` ("${p.raw}")` : ''}. Check the original.`,
  },
  'check.not_found': {
    id: (p) => `Tidak ditemukan ${orList(p.docs, 'id')} dalam berkas penawaran.`,
    en: (p) => `No ${orList(p.docs, 'en')} was found in the bundle.`,
  },
  'check.found': {
    id: (p, say) =>
      `Ditemukan ${p.doc.id} (${p.file}, hlm. ${p.page}: ${say(p.evidence)}).${p.validUntil ? ` Berlaku sampai ${p.validUntil}.` : ''}`,
    en: (p, say) =>
      `Found: ${p.doc.en} (${p.file}, p. ${p.page}: ${say(p.evidence)}).${p.validUntil ? ` Valid until ${p.validUntil}.` : ''}`,
  },
  'check.status': {
    id: (p) => `${p.doc.id} (${p.file}) menyatakan status ${p.value}.`,
    en: (p) => `The ${p.doc.en} (${p.file}) states status ${p.value}.`,
  },
  'check.manual': {
    id: () => 'Persyaratan teknis yang sah; dinilai pokja dari data kualifikasi dan dokumen penawaran, tidak oleh alat ini.',
    en: () => 'A lawful technical requirement; the pokja judges it from the qualification data and the bid, not this tool.',
  },
  'spt.wanted_year': { id: (p) => `tahun pajak ${p.year}`, en: (p) => `tax year ${p.year}` },
  'spt.wanted_last': {
    id: (p) => `tahun pajak terakhir (${p.lastDue} atau sesudahnya)`,
    en: (p) => `the last tax year (${p.lastDue} or later)`,
  },
  'spt.year_not_due': {
    id: (p) =>
      ` Catatan: batas pelaporan SPT Tahunan tahun pajak ${p.year} (${p.filingDeadline}) belum lewat pada batas akhir pemasukan penawaran ${p.deadline}; persyaratan ini sendiri perlu ditinjau.`,
    en: (p) =>
      ` Note: the filing deadline of the ${p.year} return (${p.filingDeadline}) had not passed by the bid deadline ${p.deadline}; the requirement itself needs review.`,
  },
  'spt.found': {
    id: (p, say) =>
      `Ditemukan bukti SPT Tahunan tahun pajak ${p.year} (${p.file}, hlm. ${p.page}), sesuai ${say(p.wanted)}.${opt(p.due, say)}`,
    en: (p, say) =>
      `Found the annual return for tax year ${p.year} (${p.file}, p. ${p.page}), matching ${say(p.wanted)}.${opt(p.due, say)}`,
  },
  'spt.wrong_year': {
    id: (p, say) =>
      `SPT Tahunan yang diunggah adalah untuk tahun pajak ${list(p.years)}, sedangkan yang diminta ${say(p.wanted)}.${opt(p.due, say)}`,
    en: (p, say) => `The uploaded annual return is for tax year ${list(p.years)}, but ${say(p.wanted)} is required.${opt(p.due, say)}`,
  },
  'spt.missing_not_due': { id: (p, say) => `${say(p.reason)}${say(p.due)}`, en: (p, say) => `${say(p.reason)}${say(p.due)}` },
  'poa.found': {
    id: (p) => `Ditemukan surat kuasa (${p.file}, hlm. ${p.page}).`,
    en: (p) => `Found a power of attorney (${p.file}, p. ${p.page}).`,
  },
  'poa.proxy_without_attorney': {
    id: (p) => {
      const parts = [
        p.byRole.length > 0 ? `${signers(p.byRole)}, yang jabatannya bukan direktur/pimpinan` : null,
        p.byDeed.length > 0
          ? `${signers(p.byDeed)}, yang tidak tercantum sebagai direktur dalam akta (direktur menurut akta: ${list(p.directors)})`
          : null,
      ];
      return `Dokumen ditandatangani oleh ${parts.filter((x) => x !== null).join('; dan oleh ')}, tetapi tidak ada surat kuasa.`;
    },
    en: (p) => {
      const parts = [
        p.byRole.length > 0 ? `${signers(p.byRole)}, whose position is not a director's` : null,
        p.byDeed.length > 0
          ? `${signers(p.byDeed)}, who is not named a director in the deed (directors in the deed: ${list(p.directors)})`
          : null,
      ];
      return `Documents are signed by ${parts.filter((x) => x !== null).join('; and by ')}, but there is no power of attorney.`;
    },
  },
  'poa.signed_in_person': {
    id: (p) => `Dokumen ditandatangani sendiri oleh ${signers(p.signers)}; persyaratan ini hanya berlaku apabila dikuasakan.`,
    en: (p) => `The documents are signed by ${signers(p.signers)} in person; this requirement applies only when signing by proxy.`,
  },
  'poa.proxied_employee': {
    id: (p) =>
      `Penawaran dikuasakan (${p.attorney ? `ada surat kuasa (${p.attorney.file}, hlm. ${p.attorney.page})` : 'penanda tangan bukan direktur menurut jabatan atau akta'}). Bukti bahwa penerima kuasa adalah pegawai tetap tidak dapat dibaca dari dokumen oleh alat ini; surat kuasa bukan bukti tersebut. Pokja menilainya.`,
    en: (p) =>
      `The bid is signed by proxy (${p.attorney ? `there is a power of attorney (${p.attorney.file}, p. ${p.attorney.page})` : 'the signatory is not a director by position or deed'}). Proof that the attorney is a permanent employee cannot be read from the documents by this tool; a power of attorney is not that proof. The pokja judges it.`,
  },
  'tender_exemption.failed': {
    id: (p, say) => `${say(p.base)} Pengecualian dalam ${ldkItem(p, 'id')} tidak berlaku: ${conds(p.conditions, say)}.`,
    en: (p, say) => `${say(p.base)} The exemption in ${ldkItem(p, 'en')} does not apply: ${conds(p.conditions, say)}.`,
  },
  'tender_exemption.unknown': {
    id: (p, say) =>
      `${ldkItem(p, 'id')} membebaskan usaha yang baru berdiri dari persyaratan pengalaman, tetapi belum dapat dipastikan bahwa peserta memenuhinya: ${conds(p.conditions, say)}.`,
    en: (p, say) =>
      `${ldkItem(p, 'en')} exempts newly founded businesses from the experience requirement, but whether the bidder qualifies cannot be established: ${conds(p.conditions, say)}.`,
  },
  'tender_exemption.waived': {
    id: (p, say) => `Dibebaskan oleh tender sendiri (${ldkItem(p, 'id')}): ${conds(p.conditions, say)}.`,
    en: (p, say) => `Exempted by the tender itself (${ldkItem(p, 'en')}): ${conds(p.conditions, say)}.`,
  },
  'tender_exemption.founding.unread': {
    id: () => 'tanggal akta pendirian tidak ditemukan atau tidak terbaca',
    en: () => 'the date of the deed of establishment was not found or could not be read',
  },
  'tender_exemption.founding.conflict': {
    id: (p) => `akta menyebut tanggal pendirian yang berbeda (${list(p.dates)})`,
    en: (p) => `the deeds give different founding dates (${list(p.dates)})`,
  },
  'tender_exemption.founding.young': {
    id: (p) => `didirikan ${p.founded}, kurang dari ${p.years} tahun sebelum pengumuman dan batas akhir penawaran`,
    en: (p) => `founded on ${p.founded}, less than ${p.years} years before the announcement and the bid deadline`,
  },
  'tender_exemption.founding.old': {
    id: (p) => `didirikan ${p.founded}, ${p.years} tahun atau lebih sebelum pengumuman`,
    en: (p) => `founded on ${p.founded}, ${p.years} years or more before the announcement`,
  },
  'tender_exemption.founding.between': {
    id: (p) =>
      `didirikan ${p.founded}: genap ${p.years} tahun pada ${p.until}, di antara pengumuman (${p.announced}) dan batas akhir penawaran (${p.deadline})`,
    en: (p) =>
      `founded on ${p.founded}: ${p.years} years old on ${p.until}, between the announcement (${p.announced}) and the bid deadline (${p.deadline})`,
  },
  'tender_exemption.scale.unread': {
    id: () => 'skala usaha (usaha kecil) tidak tercantum atau tidak terbaca pada NIB',
    en: () => 'the business scale (usaha kecil) is not shown or could not be read on the NIB',
  },
  'tender_exemption.scale.small': { id: () => 'skala Usaha Kecil menurut NIB', en: () => 'Usaha Kecil by the NIB' },
  'tender_exemption.scale.larger': {
    id: (p) => `skala usaha menurut NIB: ${list(p.values)}, bukan usaha kecil`,
    en: (p) => `business scale by the NIB: ${list(p.values)}, not usaha kecil`,
  },
  'tender_exemption.scale.unclear': {
    id: (p) => `skala usaha menurut NIB: ${list(p.values)}; LDK menyebut usaha kecil`,
    en: (p) => `business scale by the NIB: ${list(p.values)}; the LDK says usaha kecil`,
  },
  'tender_exemption.value.unbounded': {
    id: () => 'LDK tidak membatasi nilai paket',
    en: () => 'the LDK sets no bound on the package value',
  },
  'tender_exemption.value.unread': {
    id: () => 'batas nilai paket pada LDK tidak terbaca',
    en: () => 'the package value bound in the LDK could not be read',
  },
  'tender_exemption.value.hps_unknown': {
    id: (p) => `nilai HPS/pagu paket tidak diketahui (batas ${rp(p.max)}); isi tender.hps`,
    en: (p) => `the package value (HPS/pagu) is unknown (bound ${rp(p.max)}); set tender.hps`,
  },
  'tender_exemption.value.within': {
    id: (p) => `nilai HPS ${rp(p.hps)} tidak melebihi ${rp(p.max)}`,
    en: (p) => `HPS ${rp(p.hps)} is within ${rp(p.max)}`,
  },
  'tender_exemption.value.exceeds': {
    id: (p) => `nilai HPS ${rp(p.hps)} melebihi ${rp(p.max)}`,
    en: (p) => `HPS ${rp(p.hps)} exceeds ${rp(p.max)}`,
  },
  'poa.signer_unreadable': {
    id: () =>
      'Tidak ada surat kuasa, dan jabatan penanda tangan pakta integritas/surat pernyataan tidak terbaca, sehingga tidak dapat dipastikan apakah penawaran dikuasakan.',
    en: () =>
      "There is no power of attorney, and the signatory's position on the integrity pact/declaration could not be read, so it is unclear whether the bid is signed by proxy.",
  },
  'codes.not_licensed': {
    id: (p) =>
      `${p.doc.id} (${p.file}) mencantumkan ${p.label.id} ${list(p.codes)}, tetapi perizinan berusahanya (Sertifikat Standar/Izin untuk risiko menengah tinggi atau tinggi) belum terbit atau belum terverifikasi. Perlu klarifikasi apakah kegiatan usaha itu sudah boleh dijalankan.`,
    en: (p) =>
      `The ${p.doc.en} (${p.file}) lists the ${p.label.en} ${list(p.codes)}, but its licence (Sertifikat Standar/Izin for medium-high or high risk) is not yet issued or verified. Clarify whether the business activity may already be carried out.`,
  },
  'codes.found': {
    id: (p) =>
      `Ditemukan ${p.doc.id} (${p.file}) yang mencantumkan ${p.label.id} yang diminta${p.oneOf ? ` (salah satu dari ${list(p.oneOf)})` : ''}: ${p.shown.map((s) => `${s.code} (${p.file}, hlm. ${s.page})`).join(', ')}.`,
    en: (p) =>
      `Found: ${p.doc.en} (${p.file}) listing the ${p.label.en} asked for${p.oneOf ? ` (one of ${list(p.oneOf)})` : ''}: ${p.shown.map((s) => `${s.code} (${p.file}, p. ${s.page})`).join(', ')}.`,
  },
  'codes.list_unreadable': {
    id: (p) =>
      `${p.doc.id} ditemukan, tetapi daftar ${p.label.id} di dalamnya tidak terbaca; periksa lampirannya apakah mencantumkan ${list(p.wanted)}.`,
    en: (p) => `A ${p.doc.en} was found, but its ${p.label.en} list could not be read; check its appendix for ${list(p.wanted)}.`,
  },
  'codes.absent': {
    id: (p) =>
      `${p.doc.id} (${p.file}) tidak mencantumkan ${p.label.id} ${list(p.absent)} yang diminta; yang tercantum: ${list(p.listed)}.`,
    en: (p) => `The ${p.doc.en} (${p.file}) does not list the ${p.label.en} ${list(p.absent)} asked for; it lists: ${list(p.listed)}.`,
  },
  'risk_certificate.found': {
    id: (p) => `Ditemukan ${p.doc.id} (${p.file}, hlm. ${p.page}).`,
    en: (p) => `Found: ${p.doc.en} (${p.file}, p. ${p.page}).`,
  },
  'risk_certificate.not_needed': {
    id: (p) =>
      `Tidak ada ${p.doc.id}, dan tidak diperlukan: KBLI ${list(p.codes)} pada NIB (${p.file}) berisiko rendah, sehingga NIB saja sudah merupakan perizinan berusahanya.`,
    en: (p) =>
      `No ${p.doc.en}, and none is needed: KBLI ${list(p.codes)} on the NIB (${p.file}) is low risk, so the NIB alone is its licence.`,
  },
  'risk_certificate.unclear': {
    id: (p) =>
      `Tidak ditemukan ${p.doc.id}. Sertifikat Standar diperlukan untuk KBLI berisiko menengah rendah dan menengah tinggi; ${p.nibFile ? `tingkat risiko KBLI pada NIB (${p.nibFile}) tidak menunjukkan bahwa semuanya berisiko rendah` : 'NIB dengan tingkat risiko KBLI-nya tidak ditemukan'}. Perlu klarifikasi, bukan alasan untuk menggugurkan.`,
    en: (p) =>
      `No ${p.doc.en} was found. A Sertifikat Standar is needed for medium-low and medium-high risk KBLI; ${p.nibFile ? `the KBLI risk levels on the NIB (${p.nibFile}) do not show that all are low risk` : 'no NIB with its KBLI risk levels was found'}. Needs clarification, not a ground for disqualification.`,
  },
  'requirement.unknown': {
    id: (p) =>
      `${p.saysMore?.length ? `${saysMore(p.saysMore, 'id')} Pokja memeriksanya langsung.` : 'Rumusan persyaratan ini tidak dikenali oleh aturan, sehingga harus diperiksa langsung oleh pokja.'}${p.closest.length > 0 ? ` Jenis persyaratan terdekat: ${list(p.closest)}.` : ''}`,
    en: (p) =>
      `${p.saysMore?.length ? `${saysMore(p.saysMore, 'en')} The pokja checks it by hand.` : "The rules do not recognise this requirement's wording, so the pokja must check it by hand."}${p.closest.length > 0 ? ` Closest known kinds: ${list(p.closest)}.` : ''}`,
  },
  'requirement.composite': {
    id: (p, say) => p.parts.map((x) => `[${x.kind}] ${say(x.reason)}`).join(' '),
    en: (p, say) => p.parts.map((x) => `[${x.kind}] ${say(x.reason)}`).join(' '),
  },
  'requirement.remedies': { id: (p, say) => p.remedies.map(say).join(' '), en: (p, say) => p.remedies.map(say).join(' ') },
  'law.no_verdict': {
    id: (p, say) =>
      `Tidak dinilai otomatis: ${p.gaps.length > 0 ? p.gaps.map(say).join('; ') : `aturan tidak memuat dasar hukum yang berlaku pada ${p.date} untuk persyaratan ini`}. Alat tidak mengisi kekosongan dengan hukum yang lebih lama; pokja perlu menilai persyaratan ini berdasarkan peraturan yang berlaku.`,
    en: (p, say) =>
      `Not judged automatically: ${p.gaps.length > 0 ? p.gaps.map(say).join('; ') : `the rules hold no legal basis in force on ${p.date} for this requirement`}. The tool does not fill the gap with older law; the pokja must judge this requirement under the regulation in force.`,
  },
  'law.gap.before_first_instrument': {
    id: (p) => `tanggal acuan ${p.date} sebelum peraturan pertama yang dimuat aturan (${p.first})`,
    en: (p) => `the reference date ${p.date} is before the first regulation the rules encode (${p.first})`,
  },
  'law.gap.replaced_not_encoded': {
    id: (p) => `${p.instrument} tidak berlaku lagi sejak ${p.endedOn} dan digantikan oleh ${p.replacedBy}, yang belum dimuat dalam aturan`,
    en: (p) => `${p.instrument} ceased to apply on ${p.endedOn}, replaced by ${p.replacedBy}, which the rules do not encode`,
  },
  'law.gap.past_review_date': {
    id: (p) =>
      `tanggal acuan ${p.date} sesudah batas tinjauan aturan (${p.reviewBy}); peraturan yang lebih baru mungkin telah mengubah ketentuan`,
    en: (p) => `the reference date ${p.date} is after the rules' review date (${p.reviewBy}); later regulations may have changed the law`,
  },
  'equivalence.found': {
    id: (p, say) =>
      `Tidak ada ${orList(p.missing, 'id')} tersendiri; ditemukan ${p.doc.id} (${p.file}, hlm. ${p.page}: ${say(p.evidence)}). ${p.explain.id}`,
    en: (p, say) =>
      `No separate ${orList(p.missing, 'en')}; found: ${p.doc.en} (${p.file}, p. ${p.page}: ${say(p.evidence)}). ${p.explain.en}`,
  },
  'nib_risk.unread': {
    id: (p) =>
      `Ditemukan NIB (${p.file}), tetapi tingkat risiko KBLI pada lampirannya tidak terbaca. Menurut perizinan berusaha berbasis risiko, NIB sendiri menjadi izin usaha hanya untuk KBLI berisiko rendah. Periksa lampiran NIB${p.work.length > 0 ? ` untuk KBLI ${list(p.work)}` : ''}.`,
    en: (p) =>
      `An NIB was found (${p.file}), but the risk levels of its KBLI appendix could not be read. Under risk-based licensing the NIB alone is the business licence only for a low-risk KBLI. Check the NIB's appendix${p.work.length > 0 ? ` for KBLI ${list(p.work)}` : ''}.`,
  },
  'nib_risk.levels_unread': {
    id: (p) =>
      `Ditemukan NIB (${p.file}), tetapi tingkat risiko KBLI ${list(p.codes)} pada lampirannya tidak terbaca, sehingga belum dapat dipastikan apakah NIB saja sudah menjadi perizinan berusaha. Periksa lampiran NIB.`,
    en: (p) =>
      `An NIB was found (${p.file}), but the risk level of KBLI ${list(p.codes)} in its appendix could not be read, so whether the NIB alone is the business licence is not certain. Check the NIB's appendix.`,
  },
  'nib_risk.work_not_listed': {
    id: (p) =>
      `Lampiran NIB (${p.file}) sebagaimana terbaca tidak mencantumkan KBLI ${list(p.work)} untuk pekerjaan ini (terbaca: ${list(p.read)}). Periksa lampiran NIB.`,
    en: (p) =>
      `The NIB's appendix (${p.file}) as read does not list KBLI ${list(p.work)} for this work (read: ${list(p.read)}). Check the NIB's appendix.`,
  },
  'nib_risk.licensed': {
    id: (p, say) => `Ditemukan NIB (${p.file}, hlm. ${p.page}: ${say(p.evidence)}) dengan KBLI ${rows(p.rows, 'id')}. ${p.explain.id}`,
    en: (p, say) => `Found an NIB (${p.file}, p. ${p.page}: ${say(p.evidence)}) with KBLI ${rows(p.rows, 'en')}. ${p.explain.en}`,
  },
  'nib_risk.needs_licence': {
    id: (p) =>
      `Ditemukan NIB (${p.file}) dengan KBLI ${rows(p.rows, 'id')}. Untuk KBLI berisiko di atas rendah, NIB saja belum menjadi perizinan berusaha; belum ditemukan: ${needs(p.unmet, 'id')}.${p.unsure ? ' Tender tidak menyebut KBLI pekerjaan, sehingga perlu klarifikasi KBLI mana yang sesuai.' : ''}`,
    en: (p) =>
      `Found an NIB (${p.file}) with KBLI ${rows(p.rows, 'en')}. For a KBLI above low risk the NIB alone is not the business licence; not found: ${needs(p.unmet, 'en')}.${p.unsure ? ' The tender names no KBLI for the work, so which KBLI applies needs clarification.' : ''}`,
  },
  'remedy.full_nib': {
    id: () => 'Unggah NIB lengkap dengan lampiran KBLI dan tingkat risikonya (unduh dari oss.go.id).',
    en: () => 'Upload the complete NIB with its KBLI appendix and risk levels (download from oss.go.id).',
  },
  'remedy.nib_with_kbli': {
    id: (p) => `Unggah NIB yang lampirannya memuat KBLI ${list(p.work)}.`,
    en: (p) => `Upload an NIB whose appendix lists KBLI ${list(p.work)}.`,
  },
  'remedy.upload_licences': { id: (p) => `Unggah ${needs(p.unmet, 'id')}.`, en: (p) => `Upload ${needs(p.unmet, 'en')}.` },
  'missing.exemption_unverified': {
    id: (p) => `Tidak ditemukan ${orList(p.wanted, 'id')}. ${p.explain.id}`,
    en: (p) => `No ${orList(p.wanted, 'en')} was found. ${p.explain.en}`,
  },
  'missing.form_unknown': {
    id: (p) =>
      `Tidak ditemukan ${orList(p.wanted, 'id')}, tetapi bentuk usaha peserta tidak diketahui: ${p.explain.id} Tetapkan bentuk usaha di bundle.yaml atau periksa akta/NIB.`,
    en: (p) =>
      `No ${orList(p.wanted, 'en')} was found, but the bidder's legal form is unknown: ${p.explain.en} State the form in bundle.yaml or check the deed/NIB.`,
  },
  'missing.unread_files': {
    id: (p) =>
      `Tidak ditemukan ${orList(p.wanted, 'id')} pada dokumen yang dapat dibaca, tetapi ${p.files.length} berkas tidak dapat dibaca atau dikenali (${list(p.files)}) dan mungkin memuatnya. Periksa berkas tersebut secara manual.`,
    en: (p) =>
      `No ${orList(p.wanted, 'en')} was found in the readable documents, but ${p.files.length} file(s) could not be read or recognised (${list(p.files)}) and may hold it. Check them by hand.`,
  },
  'missing.lookalike': {
    id: (p, say) =>
      `${say(p.reason)} Namun ${p.file}, yang dikenali sebagai ${p.as.id}, juga bercirikan ${orList(p.wanted, 'id')}; periksa apakah berkas itu memenuhi persyaratan ini.`,
    en: (p, say) =>
      `${say(p.reason)} But ${p.file}, recognised as ${p.as.en}, also carries the marks of ${orList(p.wanted, 'en')}; check whether it meets this requirement.`,
  },
  'missing.fail': {
    id: (p, say) =>
      `${say(p.reason)}${p.substitutes ? ` ${orList(p.substitutes, 'id')}, yang juga diterima sebagai pengganti, tidak ditemukan.` : ''}${p.notYetAccepted ? ` ${orList(p.notYetAccepted, 'id')} ada, tetapi tidak diakui sebagai pengganti menurut hukum yang berlaku pada tanggal acuan ${p.asOf}.` : ''}`,
    en: (p, say) =>
      `${say(p.reason)}${p.substitutes ? ` No ${orList(p.substitutes, 'en')}, which is also accepted instead, was found either.` : ''}${p.notYetAccepted ? ` ${orList(p.notYetAccepted, 'en')} is present, but the law in force on the reference date ${p.asOf} does not accept it as a substitute.` : ''}`,
  },
  'ocr.pass_low_confidence': {
    id: (p, say) =>
      `${say(p.reason)} Namun nilai yang menentukan dibaca dengan OCR dengan keyakinan rendah (${pages(p.pages, 'hlm.', 'keyakinan')}); periksa halaman itu pada dokumen aslinya.`,
    en: (p, say) =>
      `${say(p.reason)} But the deciding value was read by OCR with low confidence (${pages(p.pages, 'p.', 'confidence')}); check that page of the original.`,
  },
  'ocr.fail_on_scan': {
    id: (p, say) =>
      `${say(p.reason)} Temuan ini bertumpu pada teks yang dibaca dengan OCR dari hasil pindai (${pages(p.pages, 'hlm.', 'keyakinan')}), yang dapat salah baca; periksa halaman itu sebelum menyatakan tidak memenuhi.`,
    en: (p, say) =>
      `${say(p.reason)} This finding rests on text read by OCR from a scan (${pages(p.pages, 'p.', 'confidence')}), which may be misread; check that page before ruling it out.`,
  },
  'consistency.clarify': {
    id: (p, say) => [say(p.reason), ...p.findings.map((f) => `Perlu klarifikasi: ${say(f)}`)].join(' '),
    en: (p, say) => [say(p.reason), ...p.findings.map((f) => `Needs clarification: ${say(f)}`)].join(' '),
  },
  'consistency.company_name_differs': {
    id: (p) => `Nama badan usaha berbeda antardokumen: ${variants(p.variants)}.`,
    en: (p) => `The company name differs between documents: ${variants(p.variants)}.`,
  },
  'consistency.company_name_form': {
    id: () => 'Nama badan usaha ditulis berbeda, tetapi hanya berbeda bentuk penulisan.',
    en: () => 'The company name is written differently, in form only.',
  },
  'consistency.npwp_differs': {
    id: (p) => `NPWP berbeda antardokumen: ${readings(p.readings)}.`,
    en: (p) => `The NPWP differs between documents: ${readings(p.readings)}.`,
  },
  'consistency.npwp_format': {
    id: () => 'NPWP ditulis dalam format 15 dan 16 digit; nomornya sama (PMK 112/2022).',
    en: () => 'The NPWP is written in its 15- and 16-digit forms; it is the same number (PMK 112/2022).',
  },
  'consistency.address_differs': {
    id: (p) => `Alamat pada ${p.file} ("${p.value}") berbeda dengan alamat kantor pada NIB ("${p.registered}").`,
    en: (p) => `The address in ${p.file} ("${p.value}") differs from the office address on the NIB ("${p.registered}").`,
  },
  'consistency.signatory_unauthorised': {
    id: (p) => `${p.name} menandatangani ${p.file}, tetapi tidak tercantum sebagai direktur dalam akta dan tidak memegang surat kuasa.`,
    en: (p) => `${p.name} signs ${p.file} but is neither a director in the deed nor the holder of a power of attorney.`,
  },
  'consistency.ktp_holder_unrelated': {
    id: (p) =>
      `KTP ${p.file} atas nama ${p.name}, yang tidak menandatangani dokumen dan tidak tercantum sebagai direktur atau penerima kuasa.`,
    en: (p) => `The KTP ${p.file} belongs to ${p.name}, who neither signs nor appears as a director or attorney.`,
  },
  'lint.not_understood': {
    id: (p) =>
      `${p.saysMore?.length ? `${saysMore(p.saysMore, 'id')} Tidak diperiksa otomatis.` : 'Rumusan ini tidak dikenali oleh aturan, sehingga tidak diperiksa otomatis.'} Bila persyaratan ini di luar daftar persyaratan kualifikasi pedoman yang berlaku, pastikan objektif dan tidak diskriminatif.${p.closest.length > 0 ? ` Jenis terdekat yang dikenal: ${list(p.closest)}.` : ''}`,
    en: (p) =>
      `${p.saysMore?.length ? `${saysMore(p.saysMore, 'en')} It is not checked automatically.` : 'The rules do not recognise this wording, so it is not checked automatically.'} If it is outside the qualification list of the guideline in force, make sure it is objective and not discriminatory.${p.closest.length > 0 ? ` Closest known kinds: ${list(p.closest)}.` : ''}`,
  },
  'lint.cannot_be_required': {
    id: (p) => `Persyaratan ini tidak dapat dijadikan dasar untuk menggugurkan peserta. ${p.explain.id}`,
    en: (p) => `This requirement cannot be grounds for disqualification. ${p.explain.en}`,
  },
  'lint.obsolete_document': {
    id: (p) =>
      `${p.kind.id} sudah digantikan oleh ${orList(p.substitutes, 'id')}. Tulis "${p.kind.id} atau ${orList(p.substitutes, 'id')}" dan jangan gugurkan peserta yang hanya melampirkan penggantinya. ${p.explain.id}`,
    en: (p) =>
      `${p.kind.en} is obsolete, replaced by ${orList(p.substitutes, 'en')}. Write "${p.kind.id} atau ${orList(p.substitutes, 'id')}" and do not disqualify a bidder who attaches only the substitute. ${p.explain.en}`,
  },
  'lint.obsolete_wording': {
    id: (p) => `Rumusan ini memakai istilah yang sudah tidak berlaku. ${p.explain.id}`,
    en: (p) => `This wording uses a term no longer in use. ${p.explain.en}`,
  },
  'lint.exemption_ignored': {
    id: (p) =>
      `Rumusan ini tidak menyebut pengecualian bagi peserta berbentuk ${p.forms.join('/')}. ${p.explain.id} Tambahkan "bagi peserta berbadan usaha".`,
    en: (p) => `The wording ignores the exemption for ${p.forms.join('/')} bidders. ${p.explain.en} Add "bagi peserta berbadan usaha".`,
  },
  'lint.tax_year_not_due': {
    id: (p) =>
      `SPT Tahunan tahun pajak ${p.year} baru wajib dilaporkan paling lambat ${p.individual} (orang pribadi) atau ${p.entity} (badan), sesudah batas akhir pemasukan penawaran ${p.deadline}. Tahun pajak terakhir yang sudah jatuh tempo adalah ${p.lastDue}.`,
    en: (p) =>
      `The ${p.year} annual return is due only by ${p.individual} (individuals) or ${p.entity} (entities), after the bid deadline ${p.deadline}. The last tax year already due is ${p.lastDue}.`,
  },
  'lint.tax_year_outdated': {
    id: (p) =>
      `Tahun pajak ${p.year} bukan tahun pajak terakhir: pada batas akhir pemasukan penawaran ${p.deadline} SPT tahun pajak ${p.lastDue} sudah jatuh tempo.`,
    en: (p) => `Tax year ${p.year} is not the last tax year: by the bid deadline ${p.deadline} the ${p.lastDue} return is already due.`,
  },
  'lint.validity_before_deadline': {
    id: (p) =>
      `Tanggal ${p.raw} (${p.iso}) sudah lewat pada batas akhir pemasukan penawaran ${p.deadline}; masa berlaku dokumen dinilai pada batas akhir itu.`,
    en: (p) => `The date ${p.raw} (${p.iso}) is before the bid deadline ${p.deadline}; documents are judged valid at that deadline.`,
  },
  'lint.kbli_format': {
    id: (p) => `"${p.code}" bukan kode KBLI yang sah: perizinan di OSS memakai kode kelompok KBLI 5 digit (mis. 62019).`,
    en: (p) => `"${p.code}" is not a valid KBLI code: OSS licences use the 5-digit KBLI kelompok code (e.g. 62019).`,
  },
  'lint.template_note': {
    id: () => 'Catatan templat dalam kurung siku masih tertinggal dalam rumusan; hapus sebelum diumumkan.',
    en: () => 'A template note in square brackets is still in the wording; remove it before publishing.',
  },
  'lint.needs_deadline': {
    id: (p) =>
      `${p.year !== undefined ? `Tahun pajak ${p.year}` : 'Tanggal masa berlaku'} belum dapat dinilai tanpa batas akhir pemasukan penawaran: jalankan lagi dengan --deadline TTTT-BB-HH (dan --announced).`,
    en: (p) =>
      `${p.year !== undefined ? `Tax year ${p.year}` : 'The validity date'} cannot be judged without the bid deadline: run again with --deadline YYYY-MM-DD (and --announced).`,
  },
};

function variants(vs: ReadonlyArray<{ value: string; files: string[] }>): string {
  return vs.map((v) => `"${v.value}" (${v.files.join(', ')})`).join(' / ');
}

function readings(rs: ReadonlyArray<{ value: string; file: string }>): string {
  return rs.map((r) => `${r.value} (${r.file})`).join(' / ');
}

const isCode = (k: string): k is Code => k in CATALOGUE;

/** Every code the catalogue holds. */
export const CODES: readonly Code[] = Object.keys(CATALOGUE).filter(isCode);

function render<C extends Code>(m: { code: C; params: Params[C] }, lang: Lang): string {
  const entry: Entry<Params[C]> = CATALOGUE[m.code];
  return entry[lang](m.params, (x) => render(x, lang));
}

/** A message in the chosen language. */
export function say(m: Message, lang: Lang): string {
  return render(m, lang);
}

/** A message in both languages (for code that holds bilingual text, such as a golden-case failure). */
export function both(m: Message): Text {
  return { id: say(m, 'id'), en: say(m, 'en') };
}

/** "NIB: 8120114180194", marked when it was read by OCR. */
export function evidenceText(e: { label: Text; value: string; ocr?: { confidence: number } }, lang: Lang): string {
  return say(msg('evidence.value', { label: e.label, value: e.value, ...(e.ocr ? { confidence: e.ocr.confidence } : {}) }), lang);
}
