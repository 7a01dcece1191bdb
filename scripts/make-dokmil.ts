// Writes fixtures/dokmil/: Dokumen Pemilihan PDFs in the SPSE layouts of 2019 (SDP PerLKPP 9/2018: LDK as
// its own chapter, sections A/B) and 2023 (SDP PerLKPP 12/2021 as SPSE 4.x renders it: unlettered
// sections, the "Jenis Izin | Bidang Usaha" table), and a saved SPSE "Informasi Tender" page. Wording is
// our own. Traps: numbered instructions (IKP) before the LDK, forms after it, a header and a footer on
// every page, an item running over a page break. Run: npx tsx scripts/make-dokmil.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument as LibDocument } from 'pdf-lib';
import PDFDocument from 'pdfkit';

/** A line of a page: text at an indent (points), bold or not; 'page' starts a new page. */
type Line = { text: string; indent?: number; bold?: boolean; cells?: Array<[number, string]> } | 'page';

const OUT = path.join(process.cwd(), 'fixtures', 'dokmil');
const A4: [number, number] = [595.28, 841.89];
const LEFT = 64;
const LEADING = 15;
const TOP = 78;
const BOTTOM = A4[1] - 70;

function render(lines: Line[], furniture: { header: string; footer: (page: number, total: number) => string }): Promise<Buffer> {
  // Lines are laid out by hand (no automatic wrapping), so page breaks fall where the fixture puts them.
  const pages: Array<Exclude<Line, 'page'>[]> = [[]];
  for (const l of lines) {
    const page = pages[pages.length - 1] as Exclude<Line, 'page'>[];
    if (l === 'page') pages.push([]);
    else if (TOP + (page.length + 1) * LEADING > BOTTOM) pages.push([l]);
    else page.push(l);
  }
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      info: {
        Title: 'Dokumen Pemilihan',
        Producer: 'PDFKit',
        Creator: 'kualifikasi fixtures',
        CreationDate: new Date('2023-06-30T09:00:00+07:00'),
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    pages.forEach((page, i) => {
      doc.addPage({ size: 'A4', margin: 0 });
      if (i > 0) doc.font('Helvetica-Oblique').fontSize(8).text(furniture.header, LEFT, 40, { lineBreak: false });
      page.forEach((l, k) => {
        const y = TOP + k * LEADING;
        doc.font(l.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10.5);
        if (l.cells) for (const [x, t] of l.cells) doc.text(t, LEFT + x, y, { lineBreak: false });
        else doc.text(l.text, LEFT + (l.indent ?? 0), y, { lineBreak: false });
      });
      if (i > 0)
        doc
          .font('Helvetica')
          .fontSize(8)
          .text(furniture.footer(i + 1, pages.length), LEFT, A4[1] - 50, { lineBreak: false });
    });
    doc.end();
  });
}

const t = (text: string, indent = 0): Line => ({ text, indent });
const b = (text: string, indent = 0): Line => ({ text, indent, bold: true });
const blank: Line = { text: '' };
/** A numbered paragraph, already wrapped: the first line carries the number, the rest hang under the text. */
const item = (label: string, lines: string[], indent = 0): Line[] =>
  lines.map((l, i) => t(i === 0 ? `${label} ${l}` : l, i === 0 ? indent : indent + 18));

/** Filler instructions: numbered like requirements, and naming NIB, NPWP and domicile, so that they tempt. */
function instructions(n: number, from: number): Line[] {
  const topics = [
    ['Peserta wajib memiliki Nomor Induk Berusaha (NIB) yang aktif pada saat', 'mendaftar sebagai pengguna SPSE.'],
    ['Peserta menyampaikan Nomor Pokok Wajib Pajak (NPWP) dalam data', 'penyedia pada SIKaP sebelum batas akhir pemasukan penawaran.'],
    ['Surat keterangan domisili tidak dipersyaratkan dalam tahap pendaftaran;', 'Pokja Pemilihan dapat melakukan klarifikasi alamat.'],
    ['Dokumen penawaran disampaikan melalui SPSE dan dienkripsi dengan', 'Aplikasi Pengaman Dokumen (APENDO/SPAMKODOK).'],
    ['Pokja Pemilihan dapat memberikan penjelasan tambahan yang dituangkan', 'dalam Berita Acara Pemberian Penjelasan.'],
    ['Penawaran yang disampaikan setelah batas akhir pemasukan penawaran', 'tidak dapat diterima oleh sistem.'],
    ['Peserta yang tidak memenuhi', 'persyaratan kualifikasi yang ditetapkan dalam LDK;', 'dinyatakan gugur.'],
    ['Masa berlaku penawaran sebagaimana tercantum dalam LDP, terhitung', 'sejak batas akhir pemasukan penawaran.'],
  ];
  const out: Line[] = [];
  for (let i = 0; i < n; i++) {
    out.push(...item(`${from + i}.`, topics[i % topics.length] as string[]));
    out.push(t(`${from + i}.1 Ketentuan lebih lanjut mengenai butir ini mengikuti Dokumen Pemilihan.`, 18));
  }
  return out;
}

/** Forms after the LDK: numbered fields and statements that are no requirements. */
function forms(): Line[] {
  return [
    b('BENTUK DOKUMEN KUALIFIKASI'),
    blank,
    b('A. Formulir Isian Kualifikasi'),
    t('Saya yang bertanda tangan di bawah ini:'),
    t('1. Nama perusahaan             : ........................'),
    t('2. Nomor Induk Berusaha (NIB)  : ........................'),
    t('3. Alamat kantor pusat         : ........................'),
    t('4. Surat keterangan domisili   : ........................'),
    t('5. NPWP                        : ........................'),
    blank,
    b('B. Bentuk Pakta Integritas'),
    t('1. Tidak akan melakukan praktik korupsi, kolusi, dan nepotisme;'),
    t('2. Akan melaporkan kepada pihak yang berwajib apabila mengetahui adanya'),
    t('   indikasi KKN dalam proses pengadaan ini;'),
    t('3. Bersedia menerima sanksi apabila melanggar pakta integritas ini.'),
    'page',
    b('C. Bentuk Surat Kuasa'),
    t('1. Pemberi kuasa adalah direktur utama/pimpinan perusahaan;'),
    t('2. Penerima kuasa adalah pengurus atau pegawai tetap perusahaan.'),
  ];
}

async function dokmil2019(): Promise<Buffer> {
  const lines: Line[] = [
    b('DOKUMEN PEMILIHAN', 170),
    t('Nomor: 027/POKJA-12/DP/X/2019', 160),
    blank,
    t('untuk', 230),
    b('Pengadaan Perangkat Komputer dan Jaringan Kantor Dinas', 60),
    b('Komunikasi dan Informatika', 150),
    blank,
    t('Kode Tender : 10080250000', 150),
    blank,
    t('POKJA PEMILIHAN 12 UKPBJ KABUPATEN CONTOH', 95),
    t('TAHUN ANGGARAN 2019', 170),
    'page',
    b('DAFTAR ISI'),
    t('BAB I. UMUM ............................................ 3'),
    t('BAB II. PENGUMUMAN TENDER .............................. 3'),
    t('BAB III. INSTRUKSI KEPADA PESERTA (IKP) ................ 4'),
    t('BAB IV. LEMBAR DATA PEMILIHAN (LDP) .................... 7'),
    t('BAB V. KRITERIA DAN TATA CARA EVALUASI ................. 8'),
    t('BAB VI. LEMBAR DATA KUALIFIKASI (LDK) .................. 9'),
    t('BAB VII. BENTUK DOKUMEN KUALIFIKASI .................... 11'),
    'page',
    b('BAB I. UMUM'),
    ...item('1.', ['Dokumen Pemilihan ini disusun oleh Pokja Pemilihan untuk pengadaan', 'barang dengan metode tender pascakualifikasi.']),
    ...item('2.', ['Peserta wajib membaca seluruh ketentuan dalam Dokumen Pemilihan.']),
    blank,
    b('BAB II. PENGUMUMAN TENDER'),
    t('Pengumuman tender dapat dilihat pada aplikasi SPSE LPSE Kabupaten Contoh.'),
    'page',
    b('BAB III. INSTRUKSI KEPADA PESERTA (IKP)'),
    b('A. UMUM'),
    ...instructions(10, 1),
    'page',
    b('B. DOKUMEN PEMILIHAN'),
    ...instructions(10, 11),
    'page',
    b('C. PENYIAPAN PENAWARAN'),
    ...instructions(8, 21),
    'page',
    b('BAB IV. LEMBAR DATA PEMILIHAN (LDP)'),
    b('A. Lingkup Pekerjaan'),
    t('Kode tender      : 10080250000'),
    t('Nama paket       : Pengadaan Perangkat Komputer dan Jaringan Kantor Dinas Komunikasi dan Informatika'),
    t('Jenis pengadaan  : Pengadaan Barang'),
    t('Nilai total HPS  : Rp 1.450.000.000,00 (satu miliar empat ratus lima puluh juta rupiah)'),
    b('B. Jadwal Pemilihan'),
    t('Pengumuman : Selasa, 1 Oktober 2019'),
    t('Batas akhir pemasukan penawaran : Selasa, 15 Oktober 2019 pukul 10.00 WIB'),
    t('Masa berlaku penawaran: 60 (enam puluh) hari kalender.'),
    'page',
    b('BAB V. KRITERIA DAN TATA CARA EVALUASI'),
    ...item('1.', ['Evaluasi penawaran dengan sistem gugur dan harga terendah.']),
    ...item('2.', ['Evaluasi kualifikasi dilakukan terhadap calon pemenang dan cadangan.']),
    'page',
    b('BAB VI. LEMBAR DATA KUALIFIKASI (LDK)'),
    b('A. Persyaratan Kualifikasi Administrasi/Legalitas'),
    ...item('1.', ['Memiliki Surat Izin Usaha Perdagangan (SIUP) atau izin usaha di bidang', 'perdagangan yang diterbitkan melalui OSS']),
    ...item('2.', ['Memiliki Tanda Daftar Perusahaan (TDP)']),
    ...item('3.', ['Memiliki Surat Keterangan Domisili Perusahaan (SKDP) yang masih berlaku']),
    ...item('4.', ['Memiliki Nomor Pokok Wajib Pajak (NPWP)']),
    ...item('5.', ['Telah memenuhi kewajiban perpajakan tahun pajak 2018 (SPT Tahunan)']),
    ...item('6.', ['Mempunyai atau menguasai tempat usaha/kantor dengan alamat yang benar,']),
    'page',
    t('tetap dan jelas berupa milik sendiri atau sewa', 18),
    ...item('7.', ['Secara hukum mempunyai kapasitas untuk mengikatkan diri pada Kontrak', 'yang dibuktikan dengan:']),
    t('a. Akta Pendirian Perusahaan dan/atau perubahannya;', 18),
    t('b. Surat Kuasa (apabila dikuasakan); dan', 18),
    t('c. Kartu Tanda Penduduk (KTP) direktur/penanda tangan.', 18),
    ...item('8.', ['Menyetujui Pernyataan Pakta Integritas']),
    ...item('9.', ['Menyetujui Surat Pernyataan Peserta']),
    b('B. Persyaratan Kualifikasi Teknis'),
    ...item('1.', [
      'Memiliki pengalaman paling kurang 1 (satu) pekerjaan penyediaan barang',
      'dalam kurun waktu 4 (empat) tahun terakhir, kecuali bagi pelaku usaha',
      'yang baru berdiri kurang dari 3 (tiga) tahun',
    ]),
    'page',
    b('BAB VII. BENTUK DOKUMEN KUALIFIKASI'),
    ...forms(),
  ];
  return render(lines, {
    header: 'Dokumen Pemilihan Tender 10080250000 - Pokja Pemilihan 12',
    footer: (p, n) => `Pengadaan Perangkat Komputer dan Jaringan - Halaman ${p} dari ${n}`,
  });
}

async function dokmil2023(): Promise<Buffer> {
  const lines: Line[] = [
    b('DOKUMEN PEMILIHAN', 170),
    t('Nomor: 12/DP/POKJA-07/VII/2023', 160),
    blank,
    t('Tender Pengadaan Jasa Lainnya', 160),
    b('Jasa Kebersihan Kantor Dinas Perhubungan Tahun Anggaran 2023', 60),
    blank,
    t('Kode Tender: 81234023', 170),
    blank,
    t('KELOMPOK KERJA PEMILIHAN 07', 140),
    t('BAGIAN PENGADAAN BARANG/JASA KOTA CONTOH', 100),
    'page',
    b('BAB I. UMUM'),
    ...item('1.', ['Dokumen ini berlaku untuk tender pascakualifikasi satu file dengan', 'metode evaluasi harga terendah.']),
    blank,
    b('BAB II. PENGUMUMAN PEMILIHAN'),
    t('Pengumuman dapat dilihat pada SPSE dan portal pengadaan nasional.'),
    'page',
    b('BAB III. INSTRUKSI KEPADA PESERTA'),
    ...instructions(10, 1),
    'page',
    ...instructions(10, 11),
    'page',
    ...instructions(10, 21),
    'page',
    ...instructions(6, 31),
    'page',
    b('BAB IV. LEMBAR DATA PEMILIHAN'),
    t('Nama Paket : Jasa Kebersihan Kantor Dinas Perhubungan Tahun Anggaran 2023'),
    t('Kode Tender : 81234023'),
    t('Jenis Pengadaan : Jasa Lainnya'),
    t('Nilai HPS : Rp845.000.000,00'),
    t('Tanggal Pengumuman : Senin, 3 Juli 2023'),
    t('Batas akhir pemasukan penawaran :'),
    t('Senin, 17 Juli 2023 pukul 10.00 WIB', 18),
    t('Jaminan penawaran: tidak dipersyaratkan.'),
    'page',
    b('BAB V. LEMBAR DATA KUALIFIKASI'),
    b('Persyaratan Kualifikasi Administrasi/Legalitas'),
    t('Memenuhi ketentuan peraturan perundang-undangan untuk menjalankan kegiatan/usaha.'),
    {
      text: '',
      bold: true,
      cells: [
        [0, 'Jenis Izin'],
        [170, 'Bidang Usaha/Sub Bidang Usaha/Klasifikasi/Sub Klasifikasi'],
      ],
    },
    {
      text: '',
      cells: [
        [0, 'NIB'],
        [170, 'Memiliki Nomor Induk Berusaha (NIB) dengan KBLI 81210'],
      ],
    },
    {
      text: '',
      cells: [
        [0, 'SKDU'],
        [170, 'Memiliki Surat Keterangan Domisili Usaha (SKDU) dari kelurahan'],
      ],
    },
    ...item('1.', ['Memiliki Nomor Pokok Wajib Pajak (NPWP)']),
    ...item('2.', ['Telah memenuhi kewajiban perpajakan tahun pajak 2022']),
    'page',
    t('(bukti SPT Tahunan)', 18),
    ...item('3.', ['Akta pendirian perusahaan dan perubahannya']),
    ...item('4.', ['Kartu Tanda Penduduk pengurus']),
    ...item('5.', ['Menyetujui Pernyataan Pakta Integritas']),
    b('Persyaratan Kualifikasi Teknis'),
    ...item('1.', ['Memiliki pengalaman paling kurang 1 (satu) pekerjaan jasa kebersihan', 'dalam kurun waktu 3 (tiga) tahun terakhir']),
    'page',
    b('BAB VI. BENTUK DOKUMEN PENAWARAN'),
    ...forms(),
    'page',
    b('BAB VII. RANCANGAN KONTRAK'),
    ...item('1.', ['Kontrak berbentuk surat perjanjian dengan jenis kontrak harga satuan.']),
    ...item('2.', ['Penyedia wajib memiliki tempat usaha yang tetap selama masa kontrak.']),
  ];
  return render(lines, {
    header: 'Dokumen Pemilihan - Jasa Kebersihan Kantor Dinas Perhubungan',
    footer: (p, n) => `Pokja Pemilihan 07 Kota Contoh | hal. ${p} / ${n}`,
  });
}

/** A saved SPSE 4.x "Informasi Tender" page: dates and the qualification list as its tables hold them. */
function informasiTender(): string {
  const row = (label: string, value: string) => `    <tr><th class="bgwarning">${label}</th><td>${value}</td></tr>`;
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Informasi Tender - LPSE Kabupaten Contoh</title>
<style>th{text-align:left}</style>
<script>window.dataLayer = [];</script>
</head>
<body>
<div class="container">
  <h4>Informasi Tender</h4>
  <table class="table table-condensed">
${row('Kode Tender', '10080250000')}
${row('Nama Tender', 'Pengadaan Perangkat Komputer dan Jaringan Kantor Dinas Komunikasi dan Informatika')}
${row('Tanggal Pembuatan', '01 Oktober 2019')}
${row('Tahap Tender Saat ini', 'Tender Sudah Selesai')}
${row('Instansi', 'Pemerintah Daerah Kabupaten Contoh')}
${row('Jenis Pengadaan', 'Pengadaan Barang')}
${row('Nilai Pagu Paket', 'Rp 1.500.000.000,00')}
${row('Nilai HPS Paket', 'Rp 1.450.000.000,00')}
    <tr><th class="bgwarning">Syarat Kualifikasi</th><td>
      <p><strong>Persyaratan Kualifikasi Administrasi/Legalitas</strong></p>
      <table class="table">
        <tr><th>Jenis Izin</th><th>Bidang Usaha/Sub Bidang Usaha/Klasifikasi/Sub Klasifikasi</th></tr>
        <tr><td>SIUP</td><td>Memiliki Surat Izin Usaha Perdagangan (SIUP) atau izin usaha di bidang perdagangan yang diterbitkan melalui OSS</td></tr>
      </table>
      <ul>
        <li>Memiliki Tanda Daftar Perusahaan (TDP)</li>
        <li>Memiliki Surat Keterangan Domisili Perusahaan (SKDP) yang masih berlaku</li>
        <li>Memiliki Nomor Pokok Wajib Pajak (NPWP)</li>
        <li>Telah memenuhi kewajiban perpajakan tahun pajak 2018 (SPT Tahunan)</li>
        <li>Mempunyai atau menguasai tempat usaha/kantor dengan alamat yang benar, tetap dan jelas berupa milik sendiri atau sewa</li>
        <li>Akta Pendirian Perusahaan dan/atau perubahannya</li>
        <li>Surat Kuasa (apabila dikuasakan)</li>
        <li>Kartu Tanda Penduduk (KTP) direktur/penanda tangan</li>
        <li>Menyetujui Pernyataan Pakta Integritas</li>
        <li>Menyetujui Surat Pernyataan Peserta</li>
      </ul>
    </td></tr>
${row('Lokasi Pekerjaan', 'Dinas Komunikasi dan Informatika - Kabupaten Contoh (Kab.)')}
${row('Peserta Tender', '14 Peserta')}
  </table>
</div>
</body>
</html>
`;
}

/**
 * The same document with some pages scanned: each rasterised at 150 dpi (pdftoppm) and put back as an
 * image without a text layer, as a pokja's printed-and-scanned LDP and LDK would be.
 */
async function scanned(pdf: Buffer, pages: number[]): Promise<Buffer> {
  const work = mkdtempSync(path.join(tmpdir(), 'dokmil-scan-'));
  const src = path.join(work, 'src.pdf');
  writeFileSync(src, pdf);
  const doc = await LibDocument.load(pdf);
  for (const page of pages) {
    const prefix = path.join(work, `p${page}`);
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', src, prefix]);
    const image = await doc.embedPng(readFileSync(`${prefix}.png`));
    doc.removePage(page - 1);
    doc.insertPage(page - 1, A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  rmSync(work, { recursive: true, force: true });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'dokmil-2019-barang.pdf'), await dokmil2019());
const pdf2023 = await dokmil2023();
writeFileSync(path.join(OUT, 'dokmil-2023-jasa-lainnya.pdf'), pdf2023);
writeFileSync(path.join(OUT, 'dokmil-2023-scan.pdf'), await scanned(pdf2023, [7, 8, 9]));
writeFileSync(path.join(OUT, 'informasi-tender-spse.html'), informasiTender());
console.log(`wrote ${OUT}`);
