// The two languages of a run and the words that depend on no stage of the pipeline: dates, procurement
// types, citation confidence, reader details. Labels of statuses, verdicts and problems are in report/labels.ts.
export type Lang = 'id' | 'en';

/** A text in both languages (rules/schema.ts validates the same shape in rule files). */
export type Localized = Record<Lang, string>;

export const WORDS: Record<Lang, Record<string, string>> = {
  id: {
    tender: 'Tender',
    type: 'Jenis pengadaan',
    announced: 'Diumumkan',
    deadline: 'Batas akhir pemasukan penawaran',
    asOf: 'Tanggal acuan hukum',
    ruleset: 'aturan',
    bidder: 'Peserta',
    form: 'bentuk usaha',
    formUnknown: 'tidak diketahui',
    verdict: 'Hasil',
    reason: 'Alasan',
    basis: 'Dasar hukum',
    evidence: 'Bukti',
    remedy: 'Saran',
    documents: 'Dokumen',
    page: 'hlm.',
    pages: 'halaman',
    unverified: 'nomor pasal/rumusan belum terverifikasi',
    notRecognised: 'tidak dikenali',
    summary: 'Ringkasan',
    overall: 'Rekapitulasi',
    no: 'No',
    name: 'Nama Penyedia',
    result: 'Hasil Evaluasi Kualifikasi',
    remark: 'Keterangan',
    passed: 'lulus',
    failed: 'tidak lulus',
    needsReview: 'perlu klarifikasi',
    officialText:
      'Semua kutipan bersumber dari salinan sekunder; belum ada yang dicocokkan dengan naskah resmi (JDIH). Kutipan bertanda * nomor pasal atau rumusannya belum terverifikasi.',
  },
  en: {
    tender: 'Tender',
    type: 'Procurement type',
    announced: 'Announced',
    deadline: 'Bid deadline',
    asOf: 'Law as of',
    ruleset: 'rules',
    bidder: 'Bidder',
    form: 'legal form',
    formUnknown: 'unknown',
    verdict: 'Result',
    reason: 'Reason',
    basis: 'Legal basis',
    evidence: 'Evidence',
    remedy: 'Remedy',
    documents: 'Documents',
    page: 'p.',
    pages: 'page(s)',
    unverified: 'article number/wording not verified',
    notRecognised: 'not recognised',
    summary: 'Summary',
    overall: 'Overview',
    no: 'No',
    name: 'Bidder',
    result: 'Qualification result',
    remark: 'Remark',
    passed: 'pass',
    failed: 'fail',
    needsReview: 'need clarification',
    officialText:
      'All citations come from secondary copies; none has yet been checked against the official (JDIH) text. Citations marked * have an unverified article number or wording.',
  },
};

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2019-10-01" as "1 Oktober 2019" (id) or "1 October 2019" (en); anything else unchanged. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** Every ISO date inside a sentence, written out. */
export function formatDatesIn(text: string, lang: Lang): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => formatDate(d, lang));
}

/** Jenis pengadaan as Perpres 16/2018 names it; the legal name stays Indonesian in English output. */
export const PROCUREMENT_TYPE_LABEL: Record<Lang, Record<string, string>> = {
  id: { barang: 'Pengadaan Barang', konstruksi: 'Pekerjaan Konstruksi', konsultansi: 'Jasa Konsultansi', jasa_lainnya: 'Jasa Lainnya' },
  en: {
    barang: 'Pengadaan Barang (goods)',
    konstruksi: 'Pekerjaan Konstruksi (construction works)',
    konsultansi: 'Jasa Konsultansi (consultancy)',
    jasa_lainnya: 'Jasa Lainnya (other services)',
  },
};

/** The few words a minutes' "Keterangan" column uses for a requirement kind. */
export const KIND_SHORT: Record<string, string> = {
  tdp: 'TDP/NIB',
  nib: 'NIB',
  npwp: 'NPWP',
  spt_tahunan: 'SPT',
  kswp: 'KSWP',
  ktp: 'KTP',
  akta_pendirian: 'Akta',
  izin_usaha: 'Izin usaha',
  sbu: 'SBU',
  tempat_usaha: 'Tempat usaha',
  sertifikat_standar: 'Sertifikat Standar',
  pengalaman: 'Pengalaman',
  sisa_kemampuan_paket: 'SKP',
  surat_kuasa: 'Surat kuasa',
  pakta_integritas: 'Pakta integritas',
  surat_pernyataan: 'Surat pernyataan',
  surat_domisili: 'SKDP',
};

/** Known technical details (the PDF reader's words, the zip guard's reasons), translated. */
const DETAILS: Array<[RegExp, (m: RegExpExecArray) => Record<Lang, string>]> = [
  [/^Invalid PDF structure\.?$/i, () => ({ id: 'struktur PDF tidak sah', en: 'invalid PDF structure' })],
  [/^Invalid XRef stream/i, () => ({ id: 'tabel rujukan silang (xref) PDF rusak', en: 'damaged cross-reference (xref) table' })],
  [/^No password given$/i, () => ({ id: 'kata sandi tidak diberikan', en: 'no password given' })],
  [/^Incorrect Password$/i, () => ({ id: 'kata sandi salah', en: 'incorrect password' })],
  [/^text layer is garbage$/, () => ({ id: 'lapisan teksnya berisi karakter acak', en: 'the text layer is garbage' })],
  [/^(\d+(?:\.\d+)?) s$/, (m) => ({ id: `lebih dari ${m[1]} detik`, en: `over ${m[1]} s` })],
  [/^> (\d+) MB$/, (m) => ({ id: `lebih dari ${m[1]} MB`, en: `over ${m[1]} MB` })],
  [/^extractor stopped \((.+)\)$/, (m) => ({ id: `pembaca PDF berhenti (${m[1]})`, en: `the PDF reader stopped (${m[1]})` })],
  [/^symbolic link, not followed$/, () => ({ id: 'tautan simbolik, tidak diikuti', en: 'symbolic link, not followed' })],
  [/^not a regular file$/, () => ({ id: 'bukan berkas biasa', en: 'not a regular file' })],
  [/^path leaves the archive$/, () => ({ id: 'jalurnya keluar dari arsip', en: 'the path leaves the archive' })],
  [/^more than (\d+) entries$/, (m) => ({ id: `lebih dari ${m[1]} entri`, en: `more than ${m[1]} entries` })],
  [/^entry larger than (\d+) bytes$/, (m) => ({ id: `entri lebih besar dari ${m[1]} bita`, en: `entry larger than ${m[1]} bytes` })],
  [
    /^archive unpacks to more than (\d+) bytes$/,
    (m) => ({ id: `isi arsip lebih dari ${m[1]} bita`, en: `the archive unpacks to more than ${m[1]} bytes` }),
  ],
  [/^zip larger than (\d+) bytes$/, (m) => ({ id: `zip lebih besar dari ${m[1]} bita`, en: `zip larger than ${m[1]} bytes` })],
  [/^unreadable zip: (.+)$/, (m) => ({ id: `zip tidak dapat dibaca ("${m[1]}")`, en: `unreadable zip ("${m[1]}")` })],
  [/^(E[A-Z]+)$/, (m) => ({ id: `kode sistem ${m[1]}`, en: `system code ${m[1]}` })],
];

/** A problem's technical detail in the run's language; an unknown reader message is quoted as such. */
export function problemDetail(detail: string | undefined, lang: Lang): string | undefined {
  if (!detail) return undefined;
  for (const [re, text] of DETAILS) {
    const m = re.exec(detail);
    if (m) return text(m)[lang];
  }
  return lang === 'id' ? `pesan pembaca: "${detail}"` : `reader's message: "${detail}"`;
}

/** How sure the rule author is of a citation (rules/ `verification.confidence`). */
export const CONFIDENCE_LABEL: Record<Lang, Record<string, string>> = {
  id: { high: 'keyakinan tinggi', 'medium-high': 'keyakinan cukup tinggi', medium: 'keyakinan sedang', low: 'keyakinan rendah' },
  en: { high: 'high confidence', 'medium-high': 'medium-high confidence', medium: 'medium confidence', low: 'low confidence' },
};
