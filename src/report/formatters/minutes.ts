// The content of a Berita Acara Evaluasi Kualifikasi (domain.md 4.2), shared by the Markdown and HTML
// formatters: they differ only in how they print these tables.

import { type Evidence, evidenceText, type RequirementResult } from '../../evaluate/evaluate.js';
import { formatDate, formatDatesIn, KIND_SHORT, type Lang, PROCUREMENT_TYPE_LABEL, problemDetail } from '../../i18n/labels.js';
import { say } from '../../i18n/messages.js';
import type { Severity } from '../../lint/lint.js';
import { PROBLEM_LABEL, PROBLEM_REMEDY, RESULT_LABEL, STATUS_LABEL, VERDICT_LABEL } from '../labels.js';
import type { BundleReport, LegalNote, Report } from '../report.js';
import { lawApplied, lawGapRows, lawLabel } from './law-text.js';
import { pageNote } from './page-note.js';

/** How a pokja words the weight of a finding on its own tender. */
export const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  id: { error: 'Tidak sesuai ketentuan', warning: 'Peringatan', info: 'Catatan' },
  en: { error: 'Contrary to the rules', warning: 'Warning', info: 'Note' },
};

export interface Table {
  head: string[];
  rows: string[][];
  /** Column widths in percent of the page width, so a printed table never depends on its content. */
  widths: number[];
}

export interface Minutes {
  title: string;
  number: string;
  meta: Table;
  opening: string;
  summary: Table;
  counts: string;
  tenderFindings: { heading: string; table: Table } | null;
  bidders: Array<{
    heading: string;
    verdict: string;
    table: Table | null;
    note: string | null;
    /** Every file the bid held, so the minutes account for each one. */
    documents: string | null;
    problems: { heading: string; table: Table } | null;
  }>;
  legalNotes: { heading: string; intro: string; table: Table } | null;
  closing: string;
  signatures: Table;
  footnote: string;
  /** "Hal. 2 dari 7": the words around the page counters. */
  page: { page: string; of: string };
}

const W = {
  id: {
    title: 'BERITA ACARA EVALUASI KUALIFIKASI',
    number: 'Nomor: ....................',
    code: 'Kode Tender',
    name: 'Nama Paket',
    type: 'Jenis Pengadaan',
    announced: 'Tanggal Pengumuman',
    deadline: 'Batas Akhir Pemasukan Penawaran',
    asOf: 'Tanggal Acuan Ketentuan',
    rules: 'Versi Aturan Alat',
    opening:
      'Pada hari ini, .................... tanggal .................... bulan .................... tahun ...................., Pokja Pemilihan telah melakukan evaluasi kualifikasi untuk paket pengadaan tersebut di atas dengan hasil sebagai berikut:',
    summaryHead: ['No', 'Nama Penyedia', 'Hasil Evaluasi Kualifikasi', 'Keterangan'],
    counts: (p: number, f: number, r: number, e: number) =>
      `Jumlah peserta yang lulus: ${p}; tidak lulus: ${f}; perlu klarifikasi: ${r}${e > 0 ? `; tidak ada dokumen: ${e}` : ''}.`,
    detailHead: ['No', 'Persyaratan', 'Hasil', 'Alasan', 'Dasar Hukum', 'Bukti'],
    verdict: 'Hasil',
    page: 'hlm.',
    problems: 'Masalah dokumen dan tindak lanjutnya',
    documents: (n: number, files: string) => `Dokumen yang diperiksa (${n}): ${files}.`,
    problemsHead: ['Berkas', 'Masalah', 'Tindak lanjut'],
    findings: 'Catatan atas persyaratan tender',
    findingsHead: ['No', 'Persyaratan', 'Temuan'],
    notes: 'Catatan hukum',
    notesIntro: 'Baris yang merujuk ke catatan di bawah ini diputus berdasarkan ketentuan berikut.',
    notesHead: ['No', 'Ketentuan', 'Dasar Hukum'],
    noteRef: (n: number) => `Lihat Catatan hukum ${n}.`,
    allMet: 'Memenuhi seluruh persyaratan',
    missing: 'tidak ada',
    notAsRequired: 'tidak sesuai',
    toClarify: 'perlu klarifikasi',
    requirement: 'Persyaratan',
    notMet: 'tidak terpenuhi',
    noDocuments: 'tidak ada dokumen',
    noDocumentsNote: 'Tidak ada PDF dalam berkas penawaran ini; persyaratan tidak dievaluasi.',
    closing: 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.',
    signHead: ['No', 'Nama', 'NIP', 'Jabatan', 'Tanda Tangan'],
    member: 'Anggota Pokja Pemilihan',
    chair: 'Ketua Pokja Pemilihan',
    footnote:
      'Disusun dengan bantuan kualifikasi; setiap hasil wajib diperiksa Pokja Pemilihan. Kutipan bertanda * nomor pasal/rumusannya belum terverifikasi terhadap naskah resmi.',
    pageWord: { page: 'Hal.', of: 'dari' },
  },
  en: {
    title: 'QUALIFICATION EVALUATION MINUTES (BERITA ACARA EVALUASI KUALIFIKASI)',
    number: 'Number: ....................',
    code: 'Tender code',
    name: 'Package',
    type: 'Procurement type',
    announced: 'Announced',
    deadline: 'Bid deadline',
    asOf: 'Law as of',
    rules: 'Ruleset version',
    opening:
      'On this day, .................... date .................... month .................... year ...................., the Pokja Pemilihan evaluated the qualification of the bidders for the package above, with the following results:',
    summaryHead: ['No', 'Bidder', 'Qualification result', 'Remark'],
    counts: (p: number, f: number, r: number, e: number) =>
      `Bidders passing: ${p}; failing: ${f}; needing clarification: ${r}${e > 0 ? `; without documents: ${e}` : ''}.`,
    detailHead: ['No', 'Requirement', 'Result', 'Reason', 'Legal basis', 'Evidence'],
    verdict: 'Result',
    page: 'p.',
    problems: 'Document problems and what to do',
    documents: (n: number, files: string) => `Documents examined (${n}): ${files}.`,
    problemsHead: ['File', 'Problem', 'What to do'],
    findings: "Notes on the tender's requirements",
    findingsHead: ['No', 'Requirement', 'Finding'],
    notes: 'Legal notes',
    notesIntro: 'Rows that refer to a note below were decided under these provisions.',
    notesHead: ['No', 'Provision', 'Legal basis'],
    noteRef: (n: number) => `See legal note ${n}.`,
    allMet: 'Meets every requirement',
    missing: 'missing',
    notAsRequired: 'not as required',
    toClarify: 'needs clarification',
    requirement: 'Requirement',
    notMet: 'not met',
    noDocuments: 'no documents',
    noDocumentsNote: 'There is no PDF document in this bid; the requirements were not evaluated.',
    closing: 'These minutes are made truthfully, to be used as appropriate.',
    signHead: ['No', 'Name', 'NIP', 'Position', 'Signature'],
    member: 'Member, Pokja Pemilihan',
    chair: 'Chair, Pokja Pemilihan',
    footnote:
      'Prepared with the help of kualifikasi; every result must be checked by the Pokja Pemilihan. Citations marked * have an article number or wording not verified against the official text.',
    pageWord: { page: 'Page', of: 'of' },
  },
} as const;

/** A bundle with no document at all: listed, never judged on the merits. */
export const hasNoDocuments = (b: BundleReport): boolean => b.verdict === 'no_documents';

/** An evidence value as printed: ISO dates written out, everything else verbatim. */
export const evidenceValue = (value: string, lang: Lang): string => formatDate(value, lang);

const cite = (c: { instrument: string; provision: string; verified: boolean }) =>
  `${c.instrument}, ${c.provision}${c.verified ? '' : ' *'}`;

/** Numbers the legal notes in order of first use, and rewrites a sentence to refer to them. */
function noteRefs(notes: readonly LegalNote[], lang: Lang) {
  const used: LegalNote[] = [];
  // Longest first, so a paragraph that contains another is replaced whole.
  const candidates = notes.filter((n) => n.explain[lang].length > 0).sort((a, b) => b.explain[lang].length - a.explain[lang].length);
  return {
    used,
    refer(text: string): string {
      let out = text;
      for (const n of candidates) {
        if (!out.includes(n.explain[lang])) continue;
        let i = used.findIndex((u) => u.explain[lang] === n.explain[lang]);
        if (i < 0) i = used.push(n) - 1;
        out = out.split(n.explain[lang]).join(W[lang].noteRef(i + 1));
      }
      return out;
    },
  };
}

/** The reason without what the Bukti column already shows, with dates written out. */
function reasonText(r: RequirementResult, lang: Lang, refer: (s: string) => string): string {
  let s = refer(say(r.reason, lang));
  const page = W[lang].page;
  for (const e of r.evidence) {
    s = s.split(` (${e.file}, ${page} ${e.page}: ${evidenceText(e, lang)})`).join('');
    s = s.split(` (${e.file}, ${page} ${e.page})`).join('');
  }
  return formatDatesIn(s, lang)
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const evidenceCell = (es: readonly Evidence[], lang: Lang) =>
  es.map((e) => `${e.file} (${W[lang].page} ${e.page}): ${e.label[lang]}: ${evidenceValue(e.value, lang)}`).join('; ');

/** "TDP/NIB tidak ada", "SPT 2018 tidak ada": the reason for a verdict in a few words. */
export function remarkOf(b: BundleReport, lang: Lang): string {
  const w = W[lang];
  if (hasNoDocuments(b)) return w.noDocuments;
  const words = (r: RequirementResult): string => {
    const kinds = (r.parts ?? [r]).filter((p) => p.status === r.status).map((p) => p.kind);
    const year = /tahun\s+pajak\s+(\d{4})/iu.exec(r.text)?.[1];
    const names = kinds
      .map((k) => (k === 'spt_tahunan' && year ? `SPT ${year}` : KIND_SHORT[k]))
      .filter((n): n is string => n !== undefined);
    const subject = names.length > 0 ? [...new Set(names)].join(', ') : `${w.requirement} ${r.id}`;
    if (r.status === 'review') return `${subject} ${w.toClarify}`;
    if (names.length === 0) return `${subject} ${w.notMet}`;
    // The document itself absent (or, for a tax year, the year's return absent), or present but not as required.
    const present = r.evidence.some((e) => kinds.includes(e.docType) || (e.docType === 'akta' && kinds.includes('akta_pendirian')));
    return `${subject} ${!present || (kinds.includes('spt_tahunan') && year) ? w.missing : w.notAsRequired}`;
  };
  const rows = b.requirements.filter((r) => r.status === b.verdict && (r.status === 'fail' || r.status === 'review'));
  return rows.length === 0 ? w.allMet : rows.map(words).join('; ');
}

export function buildMinutes(report: Report, lang: Lang): Minutes {
  const w = W[lang];
  const t = report.tender;
  const notes = noteRefs(report.legalNotes, lang);
  const judged = report.bundles.filter((b) => !hasNoDocuments(b));
  const count = (v: string) => judged.filter((b) => b.verdict === v).length;
  const name = (b: BundleReport) => b.bidder.name ?? b.path;
  const findings = report.tenderFindings.requirements.filter((r) => r.findings.length > 0);
  const tenderFindings =
    findings.length === 0
      ? null
      : {
          heading: w.findings,
          table: {
            head: [...w.findingsHead],
            widths: [6, 30, 64],
            rows: findings.map((r) => [
              r.id,
              r.text,
              r.findings
                .map((f) => `${SEVERITY_WORD[lang][f.severity]}: ${formatDatesIn(notes.refer(say(f.message, lang)), lang)}`)
                .join(' '),
            ]),
          },
        };
  const bidders = report.bundles.map((b, i) => {
    const problems = b.documents.flatMap((d) =>
      d.problems.map((p) => {
        const detail = problemDetail(p.detail, lang);
        return [d.file, `${PROBLEM_LABEL[lang][p.code]}${detail ? ` (${detail})` : ''}`, PROBLEM_REMEDY[lang][p.code]];
      }),
    );
    return {
      heading: `${i + 1}. ${name(b)}`,
      verdict: `${w.verdict}: ${hasNoDocuments(b) ? w.noDocuments.toUpperCase() : VERDICT_LABEL[lang][b.verdict]}`,
      note: hasNoDocuments(b) ? w.noDocumentsNote : null,
      documents: b.documents.length === 0 ? null : w.documents(b.documents.length, b.documents.map((d) => d.file).join(', ')),
      table: hasNoDocuments(b)
        ? null
        : {
            head: [...w.detailHead],
            widths: [4, 18, 14, 25, 18, 21],
            rows: b.requirements.map((r) => [
              r.id,
              `${r.text}${pageNote(t.pages?.requirements?.[r.id], lang)}`,
              STATUS_LABEL[lang][r.status],
              reasonText(r, lang, notes.refer),
              r.citations.map(cite).join('; '),
              evidenceCell(r.evidence, lang),
            ]),
          },
      problems:
        problems.length === 0 ? null : { heading: w.problems, table: { head: [...w.problemsHead], widths: [24, 34, 42], rows: problems } },
    };
  });
  return {
    title: w.title,
    number: w.number,
    meta: {
      head: [],
      widths: [32, 68],
      rows: [
        [w.code, t.code ?? '-'],
        [w.name, t.name],
        [w.type, PROCUREMENT_TYPE_LABEL[lang][t.procurementType] ?? t.procurementType],
        [w.announced, `${formatDate(t.announced, lang)}${pageNote(t.pages?.announced, lang)}`],
        [w.deadline, `${formatDate(t.deadline, lang)}${pageNote(t.pages?.deadline, lang)}`],
        [w.asOf, formatDate(report.asOf, lang)],
        [w.rules, `${report.ruleset.name} ${report.ruleset.version} (sha256 ${report.ruleset.sha256.slice(0, 12)})`],
        [lawLabel(lang), lawApplied(report.law, lang).replace(/^[^:]*: /, '')],
        ...lawGapRows(report.law, lang),
      ],
    },
    opening: w.opening,
    summary: {
      head: [...w.summaryHead],
      widths: [6, 34, 22, 38],
      rows: report.bundles.map((b, i) => [
        String(i + 1),
        name(b),
        hasNoDocuments(b) ? '-' : RESULT_LABEL[lang][b.verdict],
        remarkOf(b, lang),
      ]),
    },
    counts: w.counts(count('pass'), count('fail'), count('review'), report.bundles.length - judged.length),
    tenderFindings,
    bidders,
    legalNotes:
      notes.used.length === 0
        ? null
        : {
            heading: w.notes,
            intro: w.notesIntro,
            table: {
              head: [...w.notesHead],
              widths: [6, 66, 28],
              rows: notes.used.map((n, i) => [String(i + 1), formatDatesIn(n.explain[lang], lang), n.citations.map(cite).join('; ')]),
            },
          },
    closing: w.closing,
    signatures: {
      head: [...w.signHead],
      widths: [6, 30, 22, 24, 18],
      rows: [
        ['1', '', '', w.chair, ''],
        ['2', '', '', w.member, ''],
        ['3', '', '', w.member, ''],
      ],
    },
    footnote: w.footnote,
    page: w.pageWord,
  };
}
