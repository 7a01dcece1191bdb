// The content of a draft sanggah, shared by the Markdown and HTML formatters. The letter is Indonesian
// whatever --lang says: it goes to an Indonesian pokja. Every citation shows its verification status.
import type { Evidence, KindResult } from '../../evaluate/evaluate.js';
import { formatDate, formatDatesIn, PROCUREMENT_TYPE_LABEL } from '../../i18n/labels.js';
import { say } from '../../i18n/messages.js';
import type { Citation } from '../../rules/cite.js';
import type { Filing } from '../../sanggah/deadline.js';
import type { SanggahCase } from '../../sanggah/sanggah.js';
import { evidenceValue, type Table } from './minutes.js';
import { pageNote } from './page-note.js';

export interface Letter {
  title: string;
  /** For the bidder only (delete before filing): it is a draft, and the filing deadline. */
  notice: { heading: string; lines: string[] };
  place: string;
  to: string[];
  meta: Table;
  opening: string;
  sections: Array<{ heading: string; paragraphs: string[]; table?: Table }>;
  closing: string;
  signature: string[];
  footnote: string;
  page: { page: string; of: string };
}

const BLANK = '....................';
const date = (iso: string) => formatDate(iso, 'id');
/** The reason the evaluation gave, in Indonesian, dates written out. */
const reasonOf = (r: KindResult) => formatDatesIn(say(r.reason, 'id'), 'id');

const GROUND: Record<'pass' | 'waived' | 'not_applicable', string> = {
  pass: 'Kami telah memenuhi persyaratan tersebut, sebagaimana ditunjukkan oleh dokumen yang kami sampaikan.',
  waived: 'Persyaratan tersebut tidak dapat dijadikan dasar untuk menggugurkan peserta.',
  not_applicable: 'Persyaratan tersebut tidak berlaku bagi kami.',
};

const ASK: Record<'pass' | 'waived' | 'not_applicable', (bidder: string) => string> = {
  pass: (b) => `menyatakan ${b} memenuhi persyaratan tersebut`,
  waived: (b) => `tidak menjadikan persyaratan tersebut dasar untuk menggugurkan ${b}`,
  not_applicable: (b) => `menyatakan persyaratan tersebut tidak berlaku bagi ${b}`,
};

export const citationStatus = (c: Citation) =>
  c.verified
    ? 'terverifikasi pada sumber sekunder'
    : 'BELUM TERVERIFIKASI: nomor pasal atau rumusannya belum dicocokkan dengan naskah resmi';

const citeShort = (c: Citation) => `${c.instrument}, ${c.provision}${c.verified ? '' : ' *'}`;

export function filingLines(f: Filing): string[] {
  if (f.state === 'no_law') {
    return [
      'Aturan alat tidak memuat ketentuan masa sanggah yang berlaku pada tanggal tersebut, sehingga batas waktu pengajuan tidak dihitung. Periksa jadwal masa sanggah pada SPSE.',
    ];
  }
  const basis = `Dasar: ${f.citations.map((c) => `${citeShort(c)} (${citationStatus(c)})`).join('; ')}.`;
  const when =
    f.state === 'computed'
      ? `Batas waktu pengajuan: sanggah disampaikan melalui SPSE paling lambat ${date(f.due)}, yaitu ${f.days} hari kalender setelah pengumuman hasil pemilihan pada ${date(f.announced)}.`
      : `Batas waktu pengajuan: ${f.days} hari kalender setelah pengumuman hasil pemilihan. Tanggal pengumuman hasil tidak diketahui, sehingga tanggal terakhirnya tidak dapat dihitung.`;
  return [when, basis, 'Jadwal masa sanggah pada SPSE untuk tender ini yang menentukan; periksa sebelum mengajukan.'];
}

const evidenceRows = (es: readonly Evidence[]) =>
  es.map((e) => [
    e.file,
    String(e.page),
    e.label.id,
    `${evidenceValue(e.value, 'id')}${e.ocr ? ` (dibaca dengan OCR, keyakinan ${e.ocr.confidence}%)` : ''}`,
  ]);

const unique = <T>(xs: T[], key: (x: T) => string) => xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);

export function buildLetter(c: SanggahCase): Letter {
  const t = c.tender;
  const r = c.requirement;
  const bidder = c.bidder.name ?? BLANK;
  const citations = unique(
    c.deciding.flatMap((d) => d.citations),
    (x) => x.ref,
  );
  const evidence = unique(
    c.deciding.flatMap((d) => d.evidence),
    (e) => `${e.file}:${e.page}:${e.field}:${e.value}`,
  );
  const ground = GROUND[c.status as keyof typeof GROUND];
  const unverified = citations.some((x) => !x.verified);
  const sections: Letter['sections'] = [
    {
      heading: '1. Persyaratan dan alasan Pokja Pemilihan',
      paragraphs: [
        `Hasil evaluasi kualifikasi menyatakan kami tidak lulus dengan alasan: "${c.reason}".`,
        `Alasan tersebut menyangkut persyaratan ${r.id} pada Lembar Data Kualifikasi${pageNote(c.tender.pages?.requirements?.[r.id], 'id')}: "${r.text}".`,
      ],
    },
    { heading: '2. Pokok sanggah', paragraphs: [ground, ...c.deciding.map(reasonOf)] },
    {
      heading: '3. Dasar hukum',
      paragraphs: [
        citations.length === 0
          ? 'Tidak ada ketentuan yang dikutip untuk persyaratan ini.'
          : 'Ketentuan yang menjadi dasar uraian di atas, dengan status verifikasinya:',
        ...(unverified
          ? [
              'Ketentuan berstatus BELUM TERVERIFIKASI dikutip dari sumber sekunder; nomor pasal atau rumusannya wajib diperiksa pada naskah resmi sebelum sanggah diajukan.',
            ]
          : []),
      ],
      ...(citations.length > 0
        ? {
            table: {
              head: ['No', 'Ketentuan', 'Rumusan (sumber sekunder)', 'Status verifikasi'],
              widths: [5, 27, 43, 25],
              rows: citations.map((x, i) => [String(i + 1), `${x.instrument}, ${x.provision}`, x.text, citationStatus(x)]),
            },
          }
        : {}),
    },
    evidence.length > 0
      ? {
          heading: '4. Bukti',
          paragraphs: ['Dokumen dalam penawaran kami yang memuat bukti tersebut:'],
          table: { head: ['Berkas', 'Hal.', 'Yang dibaca', 'Isi'], widths: [28, 7, 25, 40], rows: evidenceRows(evidence) },
        }
      : {
          heading: '4. Dokumen yang kami sampaikan',
          paragraphs: ['Persyaratan ini tidak memerlukan bukti dokumen menurut uraian di atas. Dokumen kualifikasi yang kami sampaikan:'],
          table: {
            head: ['Berkas', 'Jenis dokumen', 'Halaman'],
            widths: [40, 45, 15],
            rows: c.documents.map((d) => [d.file, d.docTypeName?.id ?? 'tidak dikenali', String(d.pages)]),
          },
        },
    {
      heading: '5. Permohonan',
      paragraphs: [
        `Berdasarkan uraian di atas, kami mohon Pokja Pemilihan meninjau kembali hasil evaluasi kualifikasi atas persyaratan ${r.id} dan ${ASK[c.status as keyof typeof ASK](bidder)}.`,
      ],
    },
  ];
  return {
    title: 'DRAF SANGGAH',
    notice: {
      heading: 'Catatan untuk peserta (hapus sebelum diajukan)',
      lines: [
        'Ini draf yang disusun dengan bantuan kualifikasi, bukan pendapat hukum. Periksa setiap pernyataan, kutipan dan bukti sebelum mengajukannya atas nama Anda.',
        ...filingLines(c.filing),
      ],
    },
    place: `${BLANK}, ${BLANK}`,
    to: ['Kepada Yth.', `Pokja Pemilihan ${c.pokja ?? BLANK}`, 'melalui Sistem Pengadaan Secara Elektronik (SPSE)'],
    meta: {
      head: [],
      widths: [32, 68],
      rows: [
        ['Perihal', 'Sanggah atas hasil evaluasi kualifikasi'],
        ['Kode Tender', t.code ?? BLANK],
        ['Nama Paket', t.name],
        ['Jenis Pengadaan', PROCUREMENT_TYPE_LABEL.id[t.procurementType] ?? t.procurementType],
        ['Tanggal Pengumuman Tender', date(t.announced)],
        ['Peserta', bidder],
      ],
    },
    opening: `Dengan hormat, kami, ${bidder}, peserta tender tersebut di atas, dengan ini menyampaikan sanggah atas hasil evaluasi kualifikasi dengan uraian sebagai berikut.`,
    sections,
    closing: 'Demikian sanggah ini kami sampaikan. Atas perhatian Pokja Pemilihan kami ucapkan terima kasih.',
    signature: ['Hormat kami,', bidder, '', '', '(nama dan jabatan penanda tangan)'],
    footnote: `Draf disusun dengan bantuan kualifikasi, aturan ${c.ruleset.name} ${c.ruleset.version} (sha256 ${c.ruleset.sha256.slice(0, 12)}), ketentuan yang berlaku pada ${date(c.asOf)}. Ketentuan bertanda * belum terverifikasi.${c.ruleset.checkedAgainstOfficialText ? '' : ' Belum ada kutipan yang dicocokkan dengan naskah resmi (JDIH).'}`,
    page: { page: 'Hal.', of: 'dari' },
  };
}
