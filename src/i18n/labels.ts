// Words the formatters print, in Bahasa Indonesia (default) and English. Legal terms stay Indonesian.
import type { ProblemCode } from '../documents/extract.js';
import type { Status } from '../evaluate/evaluate.js';
import type { Verdict } from '../report/report.js';

export type Lang = 'id' | 'en';

export const STATUS_LABEL: Record<Lang, Record<Status, string>> = {
  id: { pass: 'Memenuhi', fail: 'Tidak Memenuhi', review: 'Perlu Klarifikasi', waived: 'Tidak Dipersyaratkan', not_applicable: 'Tidak Berlaku' },
  en: { pass: 'Meets', fail: 'Does not meet', review: 'Needs clarification', waived: 'Waived (cannot be required)', not_applicable: 'Not applicable' },
};

export const VERDICT_LABEL: Record<Lang, Record<Verdict, string>> = {
  id: { pass: 'LULUS', fail: 'TIDAK LULUS', review: 'PERLU KLARIFIKASI', no_documents: 'TIDAK ADA DOKUMEN' },
  en: { pass: 'PASS', fail: 'FAIL', review: 'NEEDS CLARIFICATION', no_documents: 'NO DOCUMENTS' },
};

/** The evaluation-minutes column "Hasil Evaluasi Kualifikasi". */
export const RESULT_LABEL: Record<Lang, Record<Verdict, string>> = {
  id: { pass: 'SESUAI', fail: 'TIDAK SESUAI', review: 'PERLU KLARIFIKASI', no_documents: 'TIDAK ADA DOKUMEN' },
  en: { pass: 'COMPLIANT', fail: 'NOT COMPLIANT', review: 'NEEDS CLARIFICATION', no_documents: 'NO DOCUMENTS' },
};

/** What a bidder can do about each problem before uploading (inspect, and the document list of a check). */
export const PROBLEM_REMEDY: Record<Lang, Record<ProblemCode, string>> = {
  id: {
    empty_file: 'Berkas kosong: unggah ulang berkas aslinya.',
    unreadable_file: 'Berkas tidak dapat dibuka: periksa apakah berkas masih ada dan dapat dibaca.',
    refused: 'Jangan sertakan tautan (symlink) atau berkas di luar folder penawaran; unggah berkas aslinya.',
    not_pdf: 'Simpan atau ekspor dokumen sebagai PDF.',
    image_not_supported: 'Gabungkan gambar hasil pindai menjadi PDF, sebaiknya dengan OCR agar teksnya terbaca.',
    unsupported_format: 'Ekspor dokumen sebagai PDF; arsip (zip, rar) dan berkas Office tidak dibaca.',
    encrypted: 'Hapus kata sandi PDF sebelum mengunggah.',
    unparseable: 'Berkas rusak: unduh atau ekspor ulang PDF-nya dari sumbernya.',
    timeout: 'Ekspor ulang PDF dengan ukuran lebih kecil, atau pisahkan menjadi beberapa berkas.',
    too_large: 'Ekspor ulang PDF tanpa gambar beresolusi berlebihan, atau pisahkan menjadi beberapa berkas.',
    no_text_layer: 'Unggah dokumen elektronik aslinya (mis. unduh ulang NIB dari OSS), atau pindai ulang dengan OCR agar PDF memiliki lapisan teks.',
    unrecognised: 'Pastikan ini dokumen kualifikasi dan judulnya terbaca (mis. "NOMOR INDUK BERUSAHA", "PAKTA INTEGRITAS").',
    ambiguous_type: 'Satu berkas tampaknya memuat beberapa dokumen: simpan setiap dokumen sebagai PDF tersendiri.',
    ocr_failed: 'Pasang ulang kualifikasi (`npm install`) agar model OCR tersedia, atau unggah PDF yang memiliki lapisan teks.',
  },
  en: {
    empty_file: 'The file is empty: upload the original again.',
    unreadable_file: 'The file cannot be opened: check that it still exists and is readable.',
    refused: 'Do not include links (symlinks) or files outside the bid folder; upload the original file.',
    not_pdf: 'Save or export the document as PDF.',
    image_not_supported: 'Combine the scanned images into a PDF, preferably with OCR so that its text can be read.',
    unsupported_format: 'Export the document as PDF; archives (zip, rar) and Office files are not read.',
    encrypted: 'Remove the PDF password before uploading.',
    unparseable: 'The file is damaged: download or export the PDF again from its source.',
    timeout: 'Export the PDF again at a smaller size, or split it into several files.',
    too_large: 'Export the PDF again without oversized images, or split it into several files.',
    no_text_layer: 'Upload the original electronic document (e.g. download the NIB from OSS again), or rescan with OCR so the PDF has a text layer.',
    unrecognised: 'Make sure this is a qualification document and its title is legible (e.g. "NOMOR INDUK BERUSAHA", "PAKTA INTEGRITAS").',
    ambiguous_type: 'One file seems to hold several documents: save each document as a PDF of its own.',
    ocr_failed: 'Reinstall kualifikasi (`npm install`) so that the OCR model is present, or upload a PDF with a text layer.',
  },
};

export const PROBLEM_LABEL: Record<Lang, Record<ProblemCode, string>> = {
  id: {
    empty_file: 'berkas kosong (0 bita)',
    unreadable_file: 'berkas tidak dapat dibuka',
    refused: 'isi arsip zip ditolak demi keamanan',
    not_pdf: 'bukan berkas PDF walaupun namanya .pdf atau lainnya',
    image_not_supported: 'berkas gambar (hasil pindai) belum didukung; unggah PDF',
    unsupported_format: 'format berkas tidak didukung (mis. docx, zip, rar); unggah PDF',
    encrypted: 'PDF terkunci kata sandi',
    unparseable: 'PDF rusak dan tidak dapat dibaca',
    timeout: 'PDF terlalu lama dibaca',
    too_large: 'PDF memerlukan memori terlalu besar untuk dibaca (kemungkinan berkas rusak atau berbahaya)',
    no_text_layer: 'PDF tanpa lapisan teks (hasil pindai); isinya tidak dapat dibaca mesin',
    unrecognised: 'isi dokumen tidak dikenali sebagai jenis dokumen kualifikasi',
    ambiguous_type: 'jenis dokumen meragukan',
    ocr_failed: 'halaman hasil pindai tidak dapat dibaca dengan OCR',
  },
  en: {
    empty_file: 'empty file (0 bytes)',
    unreadable_file: 'the file cannot be opened',
    refused: 'zip entry refused for safety',
    not_pdf: 'not a PDF file, whatever its name says',
    image_not_supported: 'image files (scans) are not supported yet; upload a PDF',
    unsupported_format: 'unsupported file format (e.g. docx, zip, rar); upload a PDF',
    encrypted: 'the PDF is password-protected',
    unparseable: 'the PDF is damaged and cannot be read',
    timeout: 'the PDF took too long to read',
    too_large: 'reading the PDF needed too much memory (possibly a damaged or hostile file)',
    no_text_layer: 'the PDF has no text layer (a scan); a machine cannot read it',
    unrecognised: 'the content is not recognised as a qualification document',
    ambiguous_type: 'the document type is ambiguous',
    ocr_failed: 'a scanned page could not be read by OCR',
  },
};

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
  en: { barang: 'Pengadaan Barang (goods)', konstruksi: 'Pekerjaan Konstruksi (construction works)', konsultansi: 'Jasa Konsultansi (consultancy)', jasa_lainnya: 'Jasa Lainnya (other services)' },
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
  [/^archive unpacks to more than (\d+) bytes$/, (m) => ({ id: `isi arsip lebih dari ${m[1]} bita`, en: `the archive unpacks to more than ${m[1]} bytes` })],
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
