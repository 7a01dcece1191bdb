// Words for the pipeline's own codes (statuses, verdicts, document problems), in Bahasa Indonesia (default)
// and English. Legal terms stay Indonesian.
import type { ProblemCode } from '../documents/extract.js';
import type { Status } from '../evaluate/evaluate.js';
import type { Lang } from '../i18n/labels.js';
import type { Verdict } from './report.js';

export const STATUS_LABEL: Record<Lang, Record<Status, string>> = {
  id: {
    pass: 'Memenuhi',
    fail: 'Tidak Memenuhi',
    review: 'Perlu Klarifikasi',
    waived: 'Tidak Dipersyaratkan',
    not_applicable: 'Tidak Berlaku',
  },
  en: {
    pass: 'Meets',
    fail: 'Does not meet',
    review: 'Needs clarification',
    waived: 'Waived (cannot be required)',
    not_applicable: 'Not applicable',
  },
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
    no_text_layer:
      'Unggah dokumen elektronik aslinya (mis. unduh ulang NIB dari OSS), atau pindai ulang dengan OCR agar PDF memiliki lapisan teks.',
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
    no_text_layer:
      'Upload the original electronic document (e.g. download the NIB from OSS again), or rescan with OCR so the PDF has a text layer.',
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
