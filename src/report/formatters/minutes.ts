// The content of a Berita Acara Evaluasi Kualifikasi (domain.md 4.2), shared by the Markdown and HTML
// formatters: they differ only in how they print these tables.
import { lawApplied, lawGapRows, lawLabel } from '../law-text.js';
import { evidenceText } from '../../evaluate/evaluate.js';
import { RESULT_LABEL, STATUS_LABEL, VERDICT_LABEL, type Lang } from '../../i18n/labels.js';
import type { Report } from '../report.js';

const SEVERITY_WORD = {
  id: { error: 'galat', warning: 'peringatan', info: 'catatan' },
  en: { error: 'error', warning: 'warning', info: 'note' },
} as const;

export interface Table {
  head: string[];
  rows: string[][];
}

export interface Minutes {
  title: string;
  number: string;
  meta: Table;
  opening: string;
  summary: Table;
  counts: string;
  bidders: Array<{ heading: string; verdict: string; table: Table; documents: string[] }>;
  tenderFindings: Table | null;
  closing: string;
  signatures: Table;
  footnote: string;
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
    rules: 'Aturan yang Diterapkan',
    opening: 'Pada hari ini, .................... tanggal .................... bulan .................... tahun ...................., Pokja Pemilihan telah melakukan evaluasi kualifikasi untuk paket pengadaan tersebut di atas dengan hasil sebagai berikut:',
    summaryHead: ['No', 'Nama Penyedia', 'Hasil Evaluasi Kualifikasi', 'Keterangan'],
    counts: (p: number, f: number, r: number) => `Jumlah peserta yang lulus: ${p}; tidak lulus: ${f}; perlu verifikasi/klarifikasi: ${r}.`,
    detailHead: ['No', 'Persyaratan', 'Hasil', 'Alasan', 'Dasar Hukum', 'Bukti'],
    verdict: 'Hasil',
    documents: 'Dokumen tidak terbaca',
    findingsHead: ['No', 'Persyaratan', 'Temuan'],
    closing: 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.',
    signHead: ['No', 'Nama', 'NIP', 'Jabatan', 'Tanda Tangan'],
    member: 'Anggota Pokja Pemilihan',
    chair: 'Ketua Pokja Pemilihan',
    footnote: 'Disusun dengan bantuan kualifikasi; setiap hasil wajib diperiksa Pokja Pemilihan. Kutipan bertanda * nomor pasal/rumusannya belum terverifikasi terhadap naskah resmi.',
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
    rules: 'Rules applied',
    opening: 'On this day, .................... date .................... month .................... year ...................., the Pokja Pemilihan evaluated the qualification of the bidders for the package above, with the following results:',
    summaryHead: ['No', 'Bidder', 'Qualification result', 'Remark'],
    counts: (p: number, f: number, r: number) => `Bidders passing: ${p}; failing: ${f}; needing verification/clarification: ${r}.`,
    detailHead: ['No', 'Requirement', 'Result', 'Reason', 'Legal basis', 'Evidence'],
    verdict: 'Result',
    documents: 'Unreadable documents',
    findingsHead: ['No', 'Requirement', 'Finding'],
    closing: 'These minutes are made truthfully, to be used as appropriate.',
    signHead: ['No', 'Name', 'NIP', 'Position', 'Signature'],
    member: 'Member, Pokja Pemilihan',
    chair: 'Chair, Pokja Pemilihan',
    footnote: 'Prepared with the help of kualifikasi; every result must be checked by the Pokja Pemilihan. Citations marked * have an article number or wording not verified against the official text.',
  },
} as const;

export function buildMinutes(report: Report, lang: Lang): Minutes {
  const w = W[lang];
  const t = report.tender;
  const count = (v: string) => report.bundles.filter((b) => b.verdict === v).length;
  const findings = report.tenderFindings.requirements.filter((r) => r.findings.length > 0);
  return {
    title: w.title,
    number: w.number,
    meta: {
      head: [],
      rows: [
        [w.code, t.code ?? '-'],
        [w.name, t.name],
        [w.type, t.procurementType],
        [w.announced, t.announced],
        [w.deadline, t.deadline],
        [w.asOf, report.asOf],
        [lawLabel(lang), lawApplied(report.law, lang).replace(/^[^:]*: /, '')],
        ...lawGapRows(report.law, lang),
        [w.rules, `${report.ruleset.name} ${report.ruleset.version} (sha256 ${report.ruleset.sha256.slice(0, 12)})`],
      ],
    },
    opening: w.opening,
    summary: {
      head: [...w.summaryHead],
      rows: report.bundles.map((b, i) => [String(i + 1), b.bidder.name ?? b.path, RESULT_LABEL[lang][b.verdict], VERDICT_LABEL[lang][b.verdict]]),
    },
    counts: w.counts(count('pass'), count('fail'), count('review')),
    bidders: report.bundles.map((b, i) => ({
      heading: `${i + 1}. ${b.bidder.name ?? b.path}`,
      verdict: `${w.verdict}: ${VERDICT_LABEL[lang][b.verdict]}`,
      table: {
        head: [...w.detailHead],
        rows: b.requirements.map((r) => [
          r.id,
          r.text,
          STATUS_LABEL[lang][r.status],
          r.reason[lang],
          r.citations.map((c) => `${c.instrument}, ${c.provision}${c.verified ? '' : ' *'}`).join('; '),
          r.evidence.map((e) => `${e.file} (${lang === 'id' ? 'hlm.' : 'p.'} ${e.page}): ${evidenceText(e, lang)}`).join('; '),
        ]),
      },
      documents: b.documents.filter((d) => d.problems.length > 0).map((d) => `${d.file}: ${d.problems.map((p) => p.code).join(', ')}`),
    })),
    tenderFindings:
      findings.length === 0
        ? null
        : { head: [...w.findingsHead], rows: findings.map((r) => [r.id, r.text, r.findings.map((f) => `[${SEVERITY_WORD[lang][f.severity]}] ${f.message[lang]}`).join(' ')]) },
    closing: w.closing,
    signatures: {
      head: [...w.signHead],
      rows: [
        ['1', '', '', w.chair, ''],
        ['2', '', '', w.member, ''],
        ['3', '', '', w.member, ''],
      ],
    },
    footnote: w.footnote,
  };
}
