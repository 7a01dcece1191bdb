// The one catalogue of user-facing errors: a code, an Indonesian and an English message, a hint, an exit code.
// Stages throw KualifikasiError; only the CLI turns it into text and a process exit code.
import type { Localized } from '../i18n/labels.js';

export type ErrorCode =
  | 'USAGE'
  | 'BAD_DATE'
  | 'UNKNOWN_KIND'
  | 'TENDER_NOT_FOUND'
  | 'TENDER_UNREADABLE'
  | 'TENDER_INVALID'
  | 'LDK_EMPTY'
  | 'TENDER_NOT_LDK'
  | 'LDK_META_MISSING'
  | 'BUNDLE_NOT_FOUND'
  | 'FILE_NOT_FOUND'
  | 'BUNDLE_NO_PDF'
  | 'BUNDLE_NOT_DIRECTORY'
  | 'BUNDLE_MANIFEST_INVALID'
  | 'RULES_NOT_FOUND'
  | 'RULES_INVALID'
  | 'CASES_INVALID'
  | 'GIT_REVISION'
  | 'OUTPUT_UNWRITABLE'
  | 'CACHE_NOT_CLEARED'
  | 'SANGGAH_REASON_UNKNOWN'
  | 'SANGGAH_REASON_NOT_REQUIRED'
  | 'SANGGAH_REASON_AMBIGUOUS'
  | 'SANGGAH_NO_SUCH_REQUIREMENT'
  | 'SANGGAH_ONE_BIDDER'
  | 'INTERNAL';

/** Where in a user's file a problem sits. */
export interface SourceProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The message in both languages, where it is known (the user's own tender and bundle files). */
  text?: Localized;
}

interface CatalogueEntry {
  message: (p: Record<string, string>) => Localized;
  hint: Localized;
}

const catalogue: Record<ErrorCode, CatalogueEntry> = {
  USAGE: {
    message: (p) => ({ id: `Perintah tidak lengkap atau salah: ${p.detail}.`, en: `The command is incomplete or wrong: ${p.detail}.` }),
    hint: { id: 'Jalankan `kualifikasi --help` untuk melihat cara pemakaian.', en: 'Run `kualifikasi --help` to see how to use it.' },
  },
  BAD_DATE: {
    message: (p) => ({ id: `Tanggal ${p.option} "${p.value}" tidak sah.`, en: `The date ${p.option} "${p.value}" is not valid.` }),
    hint: { id: 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2019-10-01.', en: 'Write the date as YYYY-MM-DD, e.g. 2019-10-01.' },
  },
  UNKNOWN_KIND: {
    message: (p) => ({
      id: `"${p.id}" bukan jenis persyaratan atau id aturan yang dikenal. Jenis yang dikenal: ${p.kinds}.`,
      en: `"${p.id}" is not a known requirement kind or rule id. Known kinds: ${p.kinds}.`,
    }),
    hint: {
      id: 'Id kesetaraan, pengesampingan dan pengecualian ada di rules/requirements/.',
      en: 'Equivalence, waiver and exemption ids are in rules/requirements/.',
    },
  },
  TENDER_NOT_FOUND: {
    message: (p) => ({ id: `Berkas tender ${p.file} tidak ditemukan.`, en: `The tender file ${p.file} does not exist.` }),
    hint: { id: 'Periksa jalur berkas YAML tender (argumen pertama).', en: 'Check the path of the tender YAML file (the first argument).' },
  },
  TENDER_UNREADABLE: {
    message: (p) => ({
      id: `Berkas tender ${p.file} tidak dapat dibaca: ${p.detail}.`,
      en: `The tender file ${p.file} cannot be read: ${p.detail}.`,
    }),
    hint: { id: 'Pastikan berkas itu berkas teks YAML yang dapat dibaca.', en: 'Make sure it is a readable YAML text file.' },
  },
  TENDER_INVALID: {
    message: (p) => ({ id: `Berkas tender ${p.file} tidak sah.`, en: `The tender file ${p.file} is not valid.` }),
    hint: {
      id: 'Perbaiki baris yang disebut di atas; contoh yang benar ada di fixtures/tenders/, dan `kualifikasi schema tender` mencetak skemanya untuk editor.',
      en: 'Fix the lines named above; fixtures/tenders/ has correct examples, and `kualifikasi schema tender` prints the schema for editors.',
    },
  },
  LDK_EMPTY: {
    message: (p) => ({
      id: `Tidak ada butir persyaratan yang dapat dibaca dari ${p.file}.`,
      en: `No requirement items could be read from ${p.file}.`,
    }),
    hint: {
      id: 'Tempelkan bagian persyaratan kualifikasi LDK sebagai teks, satu butir bernomor per baris (1., 2., a., b.), atau tulis berkas YAML tender.',
      en: "Paste the LDK's qualification section as text, one numbered item per line (1., 2., a., b.), or write a tender YAML file.",
    },
  },
  TENDER_NOT_LDK: {
    message: (p) => ({
      id: `${p.file} bukan dokumen tender yang dapat dibaca: tidak ditemukan bagian persyaratan kualifikasi (LDK) di dalamnya.`,
      en: `${p.file} is not a tender document that can be read: no qualification section (LDK) was found in it.`,
    }),
    hint: {
      id: 'Berikan Dokumen Pemilihan (PDF), LDK-nya, halaman "Informasi Tender" SPSE yang disimpan (HTML), teks LDK, atau berkas YAML tender; dokumen peserta (NIB, akta) masuk ke folder berkas peserta.',
      en: 'Give the Dokumen Pemilihan (PDF), its LDK, a saved SPSE "Informasi Tender" page (HTML), the LDK text or a tender YAML file; a bidder\'s documents (NIB, akta) go in the bundle folder.',
    },
  },
  LDK_META_MISSING: {
    message: (p) => ({
      id: `Dokumen tender ${p.file} (teks LDK, PDF atau HTML) tidak memuat data tender yang diperlukan: ${p.missing}.`,
      en: `The tender document ${p.file} (LDK text, PDF or HTML) lacks tender data that is needed: ${p.missing}.`,
    }),
    hint: {
      id: 'Berikan data itu lewat opsi, misalnya --announced 2019-10-01 --deadline 2019-10-15 --type barang --name "Pengadaan ...".',
      en: 'Give it with options, e.g. --announced 2019-10-01 --deadline 2019-10-15 --type barang --name "Pengadaan ...".',
    },
  },
  BUNDLE_NOT_FOUND: {
    message: (p) => ({ id: `Folder dokumen penawaran ${p.path} tidak ditemukan.`, en: `The bid folder ${p.path} does not exist.` }),
    hint: { id: 'Berikan folder yang berisi berkas PDF milik satu peserta.', en: "Give a folder holding one bidder's PDF files." },
  },
  FILE_NOT_FOUND: {
    message: (p) => ({ id: `Berkas ${p.path} tidak ditemukan.`, en: `The file ${p.path} does not exist.` }),
    hint: {
      id: 'Periksa jalur berkas PDF, atau berikan folder dokumen penawaran.',
      en: 'Check the path of the PDF file, or give a bid folder.',
    },
  },
  BUNDLE_NO_PDF: {
    message: (p) => ({
      id: `Tidak ada PDF di ${p.path}${p.skipped ? `; berkas yang dilewati: ${p.skipped}` : ' (folder kosong)'}.`,
      en: `There is no PDF in ${p.path}${p.skipped ? `; files skipped: ${p.skipped}` : ' (the folder is empty)'}.`,
    }),
    hint: {
      id: 'Letakkan dokumen kualifikasi peserta (NIB, NPWP, SPT, akta, ...) sebagai berkas PDF di folder itu, lalu jalankan lagi.',
      en: "Put the bidder's qualification documents (NIB, NPWP, SPT, akta, ...) in that folder as PDF files, then run again.",
    },
  },
  BUNDLE_NOT_DIRECTORY: {
    message: (p) => ({ id: `${p.path} bukan folder.`, en: `${p.path} is not a folder.` }),
    hint: {
      id: 'Setiap peserta diperiksa dari satu folder berisi dokumennya.',
      en: 'Each bidder is checked from one folder of its documents.',
    },
  },
  BUNDLE_MANIFEST_INVALID: {
    message: (p) => ({ id: `Berkas ${p.file} tidak sah.`, en: `The file ${p.file} is not valid.` }),
    hint: {
      id: 'bundle.yaml bersifat opsional; isinya hanya `bidder: {name, form}`, dengan form salah satu dari pt, cv, firma, koperasi, perorangan, kso.',
      en: 'bundle.yaml is optional; it holds only `bidder: {name, form}`, form being one of pt, cv, firma, koperasi, perorangan, kso.',
    },
  },
  RULES_NOT_FOUND: {
    message: (p) => ({
      id: `Folder aturan ${p.path} tidak ditemukan atau tidak lengkap.`,
      en: `The rules folder ${p.path} does not exist or is incomplete.`,
    }),
    hint: {
      id: 'Folder aturan harus berisi ruleset.yaml, instruments/, documents/ dan requirements/.',
      en: 'A rules folder holds ruleset.yaml, instruments/, documents/ and requirements/.',
    },
  },
  RULES_INVALID: {
    message: (p) => ({ id: `Aturan di ${p.path} tidak sah.`, en: `The rules in ${p.path} are not valid.` }),
    hint: { id: 'Perbaiki berkas aturan pada baris yang disebut di atas.', en: 'Fix the rule files at the lines named above.' },
  },
  CASES_INVALID: {
    message: (p) => ({ id: `Kasus uji aturan di ${p.path} tidak sah.`, en: `The rule test cases in ${p.path} are not valid.` }),
    hint: {
      id: 'Perbaiki baris yang disebut di atas; format kasus dijelaskan di README (bagian "Rules in CI").',
      en: 'Fix the lines named above; the README ("Rules in CI") describes the case format.',
    },
  },
  GIT_REVISION: {
    message: (p) => ({
      id: `Aturan pada revisi git ${p.rev} tidak dapat diambil: ${p.detail}.`,
      en: `The rules at git revision ${p.rev} cannot be read: ${p.detail}.`,
    }),
    hint: {
      id: 'Berikan folder aturan, atau revisi git yang ada (misalnya main, HEAD~1) dari dalam repositori.',
      en: 'Give a rules folder, or an existing git revision (e.g. main, HEAD~1) from inside the repository.',
    },
  },
  OUTPUT_UNWRITABLE: {
    message: (p) => ({
      id: `Laporan tidak dapat ditulis ke ${p.file}: ${p.detail}.`,
      en: `The report cannot be written to ${p.file}: ${p.detail}.`,
    }),
    hint: {
      id: 'Pilih jalur --output di folder yang ada dan dapat ditulisi.',
      en: 'Choose an --output path in an existing, writable folder.',
    },
  },
  SANGGAH_REASON_UNKNOWN: {
    message: (p) => ({
      id: `Alasan "${p.reason}" tidak dapat dikaitkan dengan persyaratan tender mana pun.${p.closest ? ` Jenis persyaratan terdekat: ${p.closest}.` : ''} Persyaratan tender: ${p.requirements}.`,
      en: `The reason "${p.reason}" cannot be tied to any requirement of the tender.${p.closest ? ` Closest kinds: ${p.closest}.` : ''} The tender's requirements: ${p.requirements}.`,
    }),
    hint: {
      id: 'Pilih persyaratannya dengan --persyaratan <id>, misalnya --persyaratan A.5.',
      en: 'Choose the requirement with --persyaratan <id>, e.g. --persyaratan A.5.',
    },
  },
  SANGGAH_REASON_NOT_REQUIRED: {
    message: (p) => ({
      id: `Alasan "${p.reason}" menyebut ${p.kinds}, yang tidak diminta oleh persyaratan tender mana pun. Persyaratan tender: ${p.requirements}.`,
      en: `The reason "${p.reason}" names ${p.kinds}, which no requirement of the tender asks for. The tender's requirements: ${p.requirements}.`,
    }),
    hint: {
      id: 'Periksa apakah berkas tender memuat seluruh LDK; bila persyaratan itu memang tidak ada di LDK, hal itu sendiri dapat menjadi pokok sanggah (alat tidak menyusunnya). Atau pilih persyaratan dengan --persyaratan <id>.',
      en: 'Check that the tender file holds the whole LDK; if the LDK really does not ask for it, that itself may be a ground for a sanggah (the tool does not draft it). Or choose a requirement with --persyaratan <id>.',
    },
  },
  SANGGAH_REASON_AMBIGUOUS: {
    message: (p) => ({
      id: `Alasan "${p.reason}" (${p.kinds}) cocok dengan lebih dari satu persyaratan: ${p.candidates}.`,
      en: `The reason "${p.reason}" (${p.kinds}) fits more than one requirement: ${p.candidates}.`,
    }),
    hint: {
      id: 'Pilih salah satu dengan --persyaratan <id>, atau jalankan sekali untuk setiap persyaratan.',
      en: 'Choose one with --persyaratan <id>, or run once per requirement.',
    },
  },
  SANGGAH_NO_SUCH_REQUIREMENT: {
    message: (p) => ({
      id: `Tender tidak memiliki persyaratan "${p.id}". Persyaratan tender: ${p.requirements}.`,
      en: `The tender has no requirement "${p.id}". The tender's requirements: ${p.requirements}.`,
    }),
    hint: {
      id: 'Gunakan id persyaratan seperti tertulis pada LDK (misalnya A.5).',
      en: 'Use the requirement id as the LDK writes it (e.g. A.5).',
    },
  },
  SANGGAH_ONE_BIDDER: {
    message: (p) => ({
      id: `Sanggah disusun untuk satu peserta, tetapi ${p.path} berisi ${p.count} berkas peserta.`,
      en: `A sanggah is drafted for one bidder, but ${p.path} holds ${p.count} bidders' bundles.`,
    }),
    hint: { id: 'Berikan folder (atau zip) berkas satu peserta saja.', en: "Give the folder (or zip) of one bidder's bundle only." },
  },
  CACHE_NOT_CLEARED: {
    message: (p) => ({
      id: `Cache di ${p.dir} tidak dapat dihapus: ${p.detail}.`,
      en: `The cache in ${p.dir} cannot be cleared: ${p.detail}.`,
    }),
    hint: {
      id: 'Periksa hak akses folder itu, atau hapus sendiri subfolder documents/ dan rules/ di dalamnya; hasil pemeriksaan tidak terpengaruh.',
      en: 'Check the permissions of that folder, or delete its documents/ and rules/ subfolders yourself; no result depends on them.',
    },
  },
  INTERNAL: {
    message: (p) => ({ id: `Terjadi kesalahan internal: ${p.detail}.`, en: `An internal error occurred: ${p.detail}.` }),
    hint: {
      id: 'Ini kesalahan program, bukan kesalahan Anda. Jalankan ulang dengan --debug dan laporkan hasilnya.',
      en: 'This is a bug, not your mistake. Run again with --debug and report what it prints.',
    },
  },
};

export class KualifikasiError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string>;
  readonly problems: SourceProblem[];

  constructor(code: ErrorCode, params: Record<string, string> = {}, problems: SourceProblem[] = []) {
    super(catalogue[code].message(params).en);
    this.code = code;
    this.params = params;
    this.problems = problems;
  }
}

/** Every catalogued error is a usage or input error: exit code 2 (the contract allows nothing else). */
export const ERROR_EXIT_CODE = 2;

export function describeError(err: KualifikasiError, lang: keyof Localized): { message: string; hint: string } {
  const entry = catalogue[err.code];
  return { message: entry.message(err.params)[lang], hint: entry.hint[lang] };
}
