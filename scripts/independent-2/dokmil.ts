// Two Dokumen Pemilihan written for fixtures/dokmil-independent: a 2019 SPSE 4.3-era goods tender and a 2024
// SPSE 4.5-era works tender. Each comes with <name>.expected.yaml (the truth, with page numbers) and
// <name>.tender.yaml (the same tender in the fixtures/tenders format).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { type Doc, f, grid, kv, left, mid, p, ROOT, right, room, STAMP, skip, width } from './lib.ts';

const DIR = join(ROOT, 'fixtures/dokmil-independent/');

interface Item {
  section: string;
  id: string;
  text: string;
  page: number;
}
interface Spec {
  name: string;
  year: 2019 | 2024;
  font: string;
  bold: string;
  code: string;
  paket: string;
  jenis: 'barang' | 'konstruksi';
  jenisPrinted: string;
  satker: string;
  pokja: string;
  lpse: string;
  ta: string;
  hps: number;
  pagu: number;
  announce: [string, string];
  deadline: [string, string];
  aanwijzing: string;
  opening: string;
  admin: [string, string][];
  teknis: [string, string][];
  keuangan?: [string, string][];
  adminTitle: string;
  teknisTitle: string;
  keuanganTitle?: string;
  izinTable?: string[][];
  secIds: [string, string, string];
}

const rupiah = (n: number) => `Rp ${n.toLocaleString('de-DE')},00`;
const yq = (s: string) => JSON.stringify(s);

function ikp(d: Doc, s: Spec, h: (t: string) => void, c: (n: string, t: string) => void): void {
  const peserta = s.jenis === 'barang' ? 'penyedia barang' : 'penyedia pekerjaan konstruksi';
  h('A. UMUM');
  c('1.', 'Lingkup Pekerjaan');
  c('1.1', `Peserta menyampaikan penawaran atas paket ${s.paket} sebagaimana diuraikan dalam Lembar Data Pemilihan (LDP).`);
  c(
    '1.2',
    `Nama Pokja Pemilihan, nama satuan kerja dan alamatnya tercantum dalam LDP; Pokja Pemilihan bertugas melaksanakan pemilihan ${peserta} untuk paket ini.`,
  );
  c(
    '1.3',
    'Peserta yang ditetapkan sebagai pemenang wajib menyelesaikan pekerjaan dalam jangka waktu yang tercantum dalam LDP, terhitung sejak tanggal yang ditetapkan dalam Surat Perintah Mulai Kerja atau Surat Pesanan.',
  );
  c('2.', 'Sumber Dana');
  c('2.1', `Pengadaan ini dibiayai dari sumber pendanaan yang tercantum dalam LDP untuk Tahun Anggaran ${s.ta}.`);
  c('3.', 'Peserta Pemilihan');
  c(
    '3.1',
    'Pemilihan ini dapat diikuti oleh pelaku usaha yang terdaftar pada Sistem Pengadaan Secara Elektronik (SPSE) dan memenuhi persyaratan kualifikasi sebagaimana tercantum dalam Lembar Data Kualifikasi (LDK).',
  );
  c(
    '3.2',
    'Peserta dapat berbentuk badan usaha perseorangan atau kemitraan/Kerja Sama Operasi (KSO). Setiap anggota KSO wajib memenuhi persyaratan administrasi/legalitas.',
  );
  c('4.', 'Larangan Korupsi, Kolusi dan Nepotisme (KKN) serta Penipuan');
  c(
    '4.1',
    'Peserta dan pihak yang terkait dengan pengadaan ini wajib mematuhi etika pengadaan, tidak menerima, menawarkan atau menjanjikan untuk memberi atau menerima hadiah, imbalan, komisi, rabat atau berupa apa saja dari atau kepada siapapun yang diketahui atau patut diduga berkaitan dengan pengadaan ini.',
  );
  c(
    '4.2',
    'Peserta yang terbukti melakukan tindakan sebagaimana dimaksud pada angka 4.1 dikenakan sanksi digugurkan dalam pemilihan, dimasukkan dalam Daftar Hitam, dan dilaporkan kepada pihak yang berwenang.',
  );
  c('5.', 'Larangan Pertentangan Kepentingan');
  c(
    '5.1',
    'Peserta dilarang memiliki pertentangan kepentingan dengan pihak yang terkait, baik langsung maupun tidak langsung, dalam proses pemilihan ini.',
  );
  h('B. DOKUMEN PEMILIHAN');
  c('6.', 'Isi Dokumen Pemilihan');
  c(
    '6.1',
    'Dokumen Pemilihan terdiri atas: Undangan/Pengumuman, Instruksi Kepada Peserta (IKP), Lembar Data Pemilihan (LDP), Lembar Data Kualifikasi (LDK), Bentuk Dokumen Penawaran, Rancangan Kontrak, Spesifikasi Teknis/KAK, serta Daftar Kuantitas dan Harga.',
  );
  c(
    '6.2',
    'Peserta wajib memeriksa seluruh isi Dokumen Pemilihan. Kelalaian menyampaikan penawaran yang tidak memenuhi persyaratan dalam Dokumen Pemilihan menjadi risiko peserta.',
  );
  c('7.', 'Bahasa Dokumen Pemilihan');
  c('7.1', 'Dokumen Pemilihan disusun dalam Bahasa Indonesia.');
  c('8.', 'Pemberian Penjelasan');
  c(
    '8.1',
    'Pemberian penjelasan dilaksanakan secara daring melalui SPSE pada waktu yang tercantum dalam jadwal. Ketidakikutsertaan peserta pada pemberian penjelasan tidak dapat dijadikan dasar untuk menolak atau menggugurkan penawaran.',
  );
  c(
    '8.2',
    'Apabila dalam pemberian penjelasan terdapat hal yang mengubah isi Dokumen Pemilihan, perubahan tersebut dituangkan dalam Adendum Dokumen Pemilihan.',
  );
  c('9.', 'Adendum Dokumen Pemilihan');
  c(
    '9.1',
    'Adendum diunggah pada SPSE. Apabila adendum mengakibatkan kebutuhan tambahan waktu, Pokja Pemilihan memperpanjang batas akhir pemasukan penawaran.',
  );
  h('C. PENYIAPAN PENAWARAN');
  c('10.', 'Biaya dalam Penyiapan Penawaran');
  c('10.1', 'Peserta menanggung seluruh biaya penyiapan dan penyampaian penawaran.');
  c('11.', 'Dokumen Penawaran');
  c(
    '11.1',
    'Dokumen penawaran meliputi surat penawaran, dokumen penawaran administrasi, teknis dan harga, serta data kualifikasi yang diisikan pada formulir isian kualifikasi dalam SPSE.',
  );
  c(
    '11.2',
    'Data kualifikasi yang diisikan pada SPSE harus dapat dibuktikan dengan dokumen asli atau salinan yang telah dilegalisasi pada saat pembuktian kualifikasi.',
  );
  c('12.', 'Harga Penawaran');
  c(
    '12.1',
    'Harga penawaran sudah termasuk keuntungan, biaya umum (overhead), pajak, bea, retribusi dan pungutan lain yang sah serta biaya asuransi.',
  );
  c('12.2', 'Penawaran yang melebihi nilai total Harga Perkiraan Sendiri (HPS) dinyatakan gugur.');
  c('13.', 'Masa Berlaku Penawaran');
  c('13.1', 'Masa berlaku penawaran sebagaimana tercantum dalam LDP, terhitung sejak batas akhir pemasukan dokumen penawaran.');
  h('D. PEMASUKAN PENAWARAN');
  c('14.', 'Penyampaian Dokumen Penawaran');
  c(
    '14.1',
    'Peserta menyampaikan dokumen penawaran melalui SPSE dengan mengunggah file penawaran yang telah disandikan menggunakan Apendo/SPAMKodok sesuai versi SPSE yang berlaku.',
  );
  c('14.2', 'Penawaran yang diterima setelah batas akhir pemasukan penawaran tidak dapat diproses oleh SPSE.');
  h('E. PEMBUKAAN DAN EVALUASI PENAWARAN');
  c('15.', 'Pembukaan Penawaran');
  c('15.1', 'Pokja Pemilihan membuka file penawaran sesuai jadwal pada SPSE.');
  c('16.', 'Evaluasi Penawaran');
  c(
    '16.1',
    'Evaluasi penawaran dilakukan dengan sistem gugur terhadap unsur administrasi, teknis dan harga, dilanjutkan dengan evaluasi kualifikasi terhadap calon pemenang dan cadangannya.',
  );
  c(
    '16.2',
    'Pokja Pemilihan dilarang menambah, mengurangi, mengganti dan/atau mengubah kriteria dan persyaratan yang telah ditetapkan dalam Dokumen Pemilihan.',
  );
  c(
    '16.3',
    'Apabila terdapat hal yang kurang jelas atau meragukan dalam dokumen penawaran atau data kualifikasi, Pokja Pemilihan melakukan klarifikasi dan tidak boleh mengubah substansi penawaran.',
  );
  c('17.', 'Evaluasi Kualifikasi dan Pembuktian Kualifikasi');
  c('17.1', 'Evaluasi kualifikasi dilakukan terhadap data yang diisikan pada SPSE dengan memperhatikan persyaratan dalam LDK.');
  c(
    '17.2',
    'Pembuktian kualifikasi dilakukan dengan cara melihat dokumen asli atau salinan yang telah dilegalisasi dan meminta rekaman/salinannya. Peserta yang tidak hadir dalam pembuktian kualifikasi dinyatakan gugur.',
  );
  h('F. PENETAPAN PEMENANG, SANGGAH DAN PENUNJUKAN');
  c('18.', 'Sanggah');
  c(
    '18.1',
    `Peserta yang menyampaikan penawaran dapat mengajukan sanggah melalui SPSE atas hasil pemilihan dalam waktu yang ditetapkan pada jadwal.${s.jenis === 'konstruksi' ? ' Sanggah banding hanya dapat diajukan untuk Pekerjaan Konstruksi disertai jaminan sanggah banding.' : ''}`,
  );
  c('19.', 'Penunjukan Penyedia');
  c(
    '19.1',
    'Pejabat Penandatangan Kontrak menerbitkan Surat Penunjukan Penyedia Barang/Jasa (SPPBJ) kepada pemenang setelah masa sanggah berakhir.',
  );
}

export async function dokmil(s: Spec): Promise<void> {
  const d = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    compress: true,
    margins: { top: 60, bottom: 64, left: 62, right: 62 },
    info: {
      CreationDate: STAMP,
      ModDate: STAMP,
      Producer: s.year === 2019 ? 'SPSE 4.3 (indep2)' : 'SPSE 4.5 (indep2)',
      Creator: 'indep2',
      Title: `Dokumen Pemilihan ${s.code}`,
    },
  });
  const parts: Buffer[] = [];
  d.on('data', (b: Buffer) => parts.push(b));
  const ended = new Promise<void>((r) => d.on('end', () => r()));
  const page = () => d.bufferedPageRange().count;
  const at: Record<string, number> = {};
  const items: Item[] = [];
  const R = s.font,
    B = s.bold;
  const bab = (t: string) => {
    d.addPage();
    mid(d, t, B, 12.5);
    skip(d, 0.8);
    f(d, R, 10);
  };
  const h = (t: string) => {
    room(d, 40);
    skip(d, 0.4);
    f(d, B, 10.5).text(t, left(d), d.y);
    skip(d, 0.2);
    f(d, R, 10);
  };
  const c = (n: string, t: string) => {
    const top = /^\d+\.$/.test(n);
    room(d, 24);
    const x = left(d) + (top ? 0 : 26);
    const y = d.y;
    f(d, top ? B : R, 10).text(n, x, y, { lineBreak: false });
    d.text(t, x + 30, y, { width: right(d) - x - 30, align: 'justify' });
    d.moveDown(0.25);
    f(d, R, 10);
  };

  // cover
  d.lineWidth(2)
    .rect(left(d) - 10, 50, width(d) + 20, d.page.height - 110)
    .stroke();
  skip(d, 4);
  if (s.year === 2019) {
    mid(d, 'DOKUMEN PEMILIHAN', B, 22);
    mid(d, `Nomor : 027.3/05-POKJA.ULP/${s.code}/VIII/2019`, R, 11);
    skip(d, 2);
    mid(d, 'Untuk', R, 12);
    mid(d, 'PENGADAAN BARANG', B, 14);
    mid(d, 'MELALUI TENDER PASCAKUALIFIKASI SATU FILE', B, 12);
    mid(d, 'DENGAN SISTEM HARGA TERENDAH', B, 12);
  } else {
    mid(d, 'DOKUMEN PEMILIHAN', B, 24);
    mid(d, 'TENDER PEKERJAAN KONSTRUKSI', B, 14);
    mid(d, 'PASCAKUALIFIKASI SATU FILE - SISTEM GUGUR - HARGA TERENDAH', R, 11);
    skip(d);
    mid(d, `Nomor: 08/DP/POKJA-${s.code}/UKPBJ/II/2024`, R, 11);
  }
  skip(d, 2.5);
  at.paket = page();
  mid(d, 'Paket Pekerjaan:', R, 11);
  mid(d, s.paket.toUpperCase(), B, 14);
  skip(d);
  at.code = page();
  mid(d, `Kode Tender: ${s.code}`, B, 12);
  skip(d, 4);
  mid(d, s.pokja, B, 11);
  mid(d, s.satker, R, 11);
  mid(d, `Tahun Anggaran ${s.ta}`, R, 11);
  skip(d, 2);
  mid(d, s.lpse, R, 9);

  // Bab I
  bab('BAB I. UNDANGAN / PENGUMUMAN TENDER');
  p(
    d,
    `${s.pokja} ${s.satker} akan melaksanakan tender dengan metode pascakualifikasi secara elektronik untuk paket pekerjaan sebagai berikut:`,
    { align: 'justify' },
  );
  skip(d, 0.5);
  kv(d, 'Nama Paket', s.paket, { colon: 140 });
  kv(d, 'Kode Tender', s.code, { colon: 140 });
  kv(
    d,
    'Lingkup Pekerjaan',
    s.jenis === 'barang'
      ? 'Pengadaan dan pengiriman barang sesuai spesifikasi teknis'
      : 'Pekerjaan persiapan, struktur, arsitektur, mekanikal-elektrikal',
    { colon: 140 },
  );
  kv(d, 'Nilai Pagu Anggaran', rupiah(s.pagu), { colon: 140 });
  kv(d, 'Sumber Dana', `APBD Tahun Anggaran ${s.ta}`, { colon: 140 });
  skip(d, 0.5);
  p(
    d,
    'Peserta yang berminat dan memenuhi persyaratan dapat mengunduh Dokumen Pemilihan dan mengikuti seluruh tahapan melalui aplikasi SPSE pada alamat ' +
      s.lpse +
      '. Jadwal pelaksanaan tercantum dalam LDP dan dalam SPSE; apabila terdapat perbedaan, jadwal pada SPSE yang berlaku.',
    { align: 'justify' },
  );
  skip(d);
  p(d, `Demikian disampaikan untuk diketahui.\n\n${s.pokja}`, { x: left(d) + 240 });

  // Bab II/III IKP
  bab(s.year === 2019 ? 'BAB II. INSTRUKSI KEPADA PESERTA (IKP)' : 'BAB III. INSTRUKSI KEPADA PESERTA');
  ikp(d, s, h, c);

  // LDP
  bab(s.year === 2019 ? 'BAB III. LEMBAR DATA PEMILIHAN (LDP)' : 'BAB IV. LEMBAR DATA PEMILIHAN');
  const ldp = (n: string, t: string, v: string, key?: string) => {
    room(d, 30);
    if (key) at[key] = page();
    grid(d, [28, 150, 291], null, [[n, t, v]], { font: R, size: 9.5, pad: 4 });
  };
  grid(d, [28, 150, 291], ['No', 'Uraian', 'Keterangan'], [], { headFont: B, size: 9.5, pad: 4, shade: '#dddddd' });
  ldp(
    'A.',
    'Lingkup Pekerjaan',
    `1. Satuan Kerja: ${s.satker}\n2. Nama Paket: ${s.paket}\n3. Kode Tender: ${s.code}\n4. Jangka waktu penyelesaian pekerjaan: ${s.jenis === 'barang' ? '60 (enam puluh) hari kalender' : '150 (seratus lima puluh) hari kalender'}`,
  );
  ldp('B.', 'Jenis Pengadaan', s.jenisPrinted, 'jenis');
  ldp('C.', 'Sumber Dana', `APBD ${s.satker} Tahun Anggaran ${s.ta}; Pagu Anggaran ${rupiah(s.pagu)}`);
  ldp('D.', 'Nilai Total HPS', `${rupiah(s.hps)} (termasuk PPN)`, 'hps');
  ldp(
    'E.',
    'Jadwal Tahapan Pemilihan',
    `1. Pengumuman tender: ${s.announce[1]}\n2. Download Dokumen Pemilihan: ${s.announce[1]} s.d. batas akhir pemasukan penawaran\n3. Pemberian Penjelasan: ${s.aanwijzing}\n4. Batas akhir pemasukan Dokumen Penawaran: ${s.deadline[1]} pukul 10.00 WIB\n5. Pembukaan Dokumen Penawaran: ${s.opening}`,
    'schedule',
  );
  ldp('F.', 'Masa Berlaku Penawaran', '60 (enam puluh) hari kalender sejak batas akhir pemasukan penawaran');
  ldp(
    'G.',
    'Jaminan Penawaran',
    s.jenis === 'barang' ? 'Tidak disyaratkan' : 'Disyaratkan sebesar 1% dari nilai HPS, masa berlaku 74 hari kalender',
  );
  ldp('H.', 'Metode Evaluasi', 'Sistem gugur; penetapan pemenang berdasarkan harga terendah');
  ldp('I.', 'Sanggah', 'Disampaikan melalui SPSE dalam waktu 5 (lima) hari kalender setelah pengumuman pemenang');
  ldp('J.', 'Pejabat Penandatangan Kontrak', `Pejabat Pembuat Komitmen ${s.satker}`);

  // LDK
  bab(s.year === 2019 ? 'BAB IV. LEMBAR DATA KUALIFIKASI (LDK)' : 'BAB V. LEMBAR DATA KUALIFIKASI');
  p(d, 'Persyaratan kualifikasi yang harus dipenuhi oleh peserta adalah sebagai berikut:');
  skip(d, 0.5);
  const list = (title: string, sec: string, rows: [string, string][]) => {
    room(d, 60);
    f(d, B, 10.5).text(title, left(d), d.y);
    skip(d, 0.3);
    if (sec === s.secIds[0] && s.izinTable) {
      f(d, R, 10);
      p(d, 'Memenuhi ketentuan peraturan perundang-undangan untuk menjalankan kegiatan/usaha:', {});
      skip(d, 0.2);
      grid(d, [150, 319], ['Jenis Izin', 'Bidang Usaha/Sub Bidang Usaha/Klasifikasi/Sub Klasifikasi'], s.izinTable, {
        font: R,
        headFont: B,
        size: 9.5,
        pad: 4,
      });
      skip(d, 0.4);
    }
    for (const [id, text] of rows) {
      f(d, R, 10);
      room(d, d.heightOfString(text, { width: width(d) - 34 }) + 4);
      items.push({ section: sec, id, text, page: page() });
      const y = d.y;
      d.text(id, left(d) + 6, y, { lineBreak: false });
      d.text(text, left(d) + 34, y, { width: width(d) - 34, align: 'justify' });
      d.moveDown(0.35);
    }
    skip(d, 0.5);
  };
  list(s.adminTitle, s.secIds[0], s.admin);
  list(s.teknisTitle, s.secIds[1], s.teknis);
  if (s.keuangan && s.keuanganTitle) list(s.keuanganTitle, s.secIds[2], s.keuangan);

  // forms
  bab(s.year === 2019 ? 'BAB V. BENTUK DOKUMEN PENAWARAN' : 'BAB VI. BENTUK DOKUMEN PENAWARAN');
  h('A. Bentuk Surat Penawaran');
  p(
    d,
    '[Kop Surat Badan Usaha]\n\nNomor : ______________                                    [tempat, tanggal bulan tahun]\nLampiran : ______________\n\nKepada Yth.\nPokja Pemilihan\ndi ____________\n\nPerihal : Penawaran Pekerjaan ____________\n\nSehubungan dengan pengumuman tender nomor ______ dan setelah kami pelajari dengan saksama Dokumen Pemilihan dan adendum, dengan ini kami mengajukan penawaran untuk pekerjaan ______ sebesar Rp________ (terbilang ______). Penawaran ini berlaku selama ___ hari kalender sejak batas akhir pemasukan penawaran.\n\n[nama badan usaha]\n[tanda tangan]\n[nama lengkap]\n[jabatan]',
  );
  bab('FORMULIR PAKTA INTEGRITAS');
  p(
    d,
    'Saya yang bertanda tangan di bawah ini:\nNama : ____________\nJabatan : ____________\nBertindak untuk dan atas nama : ____________\n\ndalam rangka pengadaan ini, dengan ini menyatakan bahwa saya:\n1. tidak akan melakukan praktik Korupsi, Kolusi, dan Nepotisme (KKN);\n2. akan melaporkan kepada APIP yang bersangkutan dan/atau LKPP apabila mengetahui ada indikasi KKN di dalam proses pengadaan ini;\n3. akan mengikuti proses pengadaan secara bersih, transparan, dan profesional untuk memberikan hasil kerja terbaik sesuai ketentuan peraturan perundang-undangan; dan\n4. apabila melanggar hal-hal yang dinyatakan dalam angka 1, 2 dan/atau 3 maka bersedia menerima sanksi sesuai dengan peraturan perundang-undangan.\n\n[tempat, tanggal]\n[tanda tangan dan nama jelas]',
  );
  skip(d, 2);
  h('Bentuk Surat Kuasa (apabila dikuasakan)');
  p(
    d,
    'Yang bertanda tangan di bawah ini ______ selaku ______ [jabatan dalam akta] dari ______ [nama badan usaha], memberi kuasa kepada ______ [nama pegawai tetap] untuk menandatangani dokumen penawaran dan mewakili dalam proses pemilihan paket ______.\n\nPenerima Kuasa,                                   Pemberi Kuasa,\n[tanda tangan]                                      [meterai, tanda tangan]',
  );
  bab('FORMULIR ISIAN KUALIFIKASI');
  p(
    d,
    'Yang bertanda tangan di bawah ini menyatakan dengan sesungguhnya bahwa: yang bersangkutan berwenang menandatangani kontrak; tidak sedang menjalani sanksi pidana; badan usaha tidak dalam pengawasan pengadilan, tidak pailit dan kegiatan usahanya tidak sedang dihentikan; tidak masuk dalam Daftar Hitam; serta data kualifikasi berikut adalah benar.',
    { align: 'justify' },
  );
  skip(d, 0.5);
  const blanks = (rows: string[]) =>
    grid(
      d,
      [200, 269],
      null,
      rows.map((r) => [r, '']),
      { font: R, size: 9.5, pad: 5 },
    );
  h('A. Data Administrasi');
  blanks(['Nama Badan Usaha', 'Status (Pusat/Cabang)', 'Alamat', 'No. Telepon / E-mail']);
  h('B. Izin Usaha');
  blanks(
    s.year === 2019
      ? ['No. SIUP / NIB', 'Masa berlaku izin usaha', 'Instansi pemberi izin', 'No. Surat Keterangan Domisili']
      : ['Nomor Induk Berusaha (NIB)', 'Sertifikat Standar / SBU', 'Kualifikasi dan Subklasifikasi', 'Masa berlaku SBU'],
  );
  h('C. Landasan Hukum');
  blanks(['Akta Pendirian (Nomor, Tanggal, Notaris)', 'Akta Perubahan Terakhir (Nomor, Tanggal, Notaris)']);
  h('D. Pengurus');
  grid(
    d,
    [30, 160, 140, 139],
    ['No', 'Nama', 'No. KTP', 'Jabatan'],
    [
      ['1', '', '', ''],
      ['2', '', '', ''],
    ],
    { font: R, headFont: B, size: 9.5, pad: 5 },
  );
  h('E. Data Keuangan / Pajak');
  blanks(['NPWP', 'Bukti laporan pajak tahun terakhir (SPT Tahunan)', 'Status KSWP']);

  // footer on every page
  const { start, count } = d.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    d.switchToPage(i);
    const keep = { ...d.page.margins };
    d.page.margins = { ...keep, top: 0, bottom: 0 };
    const y = d.page.height - 40;
    d.lineWidth(0.5)
      .moveTo(left(d), y - 4)
      .lineTo(right(d), y - 4)
      .stroke();
    const foot =
      s.year === 2019
        ? `Dokumen Pemilihan ${s.code} - ${s.pokja}`
        : `${s.lpse.replace(/^https?:\/\//, '')} | Dokumen Pemilihan Tender ${s.code}`;
    f(d, R, 7.5).text(foot, left(d), y, { lineBreak: false });
    d.text(s.year === 2019 ? `Halaman ${i + 1}` : `${i + 1} / ${count}`, right(d) - 60, y, { width: 60, align: 'right', lineBreak: false });
    d.page.margins = keep;
  }
  d.end();
  await ended;
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR + s.name}.pdf`, Buffer.concat(parts));

  const sectionTitle = (sec: string) =>
    sec === s.secIds[0] ? s.adminTitle : sec === s.secIds[1] ? s.teknisTitle : (s.keuanganTitle ?? '');
  const exp = [
    `# Truth for ${s.name}.pdf (${count} pages), written with the document by scripts/independent-2/make.ts.`,
    `# Dates are ISO; 'printed' is the text as it appears. Items: the LDK requirements in printed order.`,
    `document: ${s.name}.pdf`,
    `pages: ${count}`,
    `kode_tender: { value: ${yq(s.code)}, page: ${at.code} }`,
    `nama_paket: { value: ${yq(s.paket)}, page: ${at.paket} }`,
    `jenis_pengadaan: { value: ${s.jenis}, printed: ${yq(s.jenisPrinted)}, page: ${at.jenis} }`,
    `announced: { value: ${s.announce[0]}, printed: ${yq(s.announce[1])}, page: ${at.schedule} }`,
    `bid_deadline: { value: ${s.deadline[0]}, time: "10.00 WIB", printed: ${yq(`${s.deadline[1]} pukul 10.00 WIB`)}, page: ${at.schedule} }`,
    `hps: { value: ${s.hps}, printed: ${yq(rupiah(s.hps))}, page: ${at.hps} }`,
    `qualification:`,
    ...items.flatMap((it) => [
      `  - section: ${yq(it.section)}`,
      `    section_title: ${yq(sectionTitle(it.section))}`,
      `    id: ${yq(it.id)}`,
      `    text: ${yq(it.text)}`,
      `    page: ${it.page}`,
    ]),
  ];
  writeFileSync(`${DIR + s.name}.expected.yaml`, `${exp.join('\n')}\n`);
  const ten = [
    `# ${s.paket} (${s.year}): the tender of ${s.name}.pdf in the fixtures/tenders format, from the same generator.`,
    `tender:`,
    `  code: ${yq(s.code)}`,
    `  name: ${yq(s.paket)}`,
    `  procurement_type: ${s.jenis}`,
    `  announced: ${s.announce[0]}`,
    `  deadline: ${s.deadline[0]}`,
    `requirements:`,
    ...items.flatMap((it) => [`  - id: ${yq(`${it.section}.${it.id.replace(/\.$/, '')}`)}`, `    text: ${yq(it.text)}`]),
  ];
  writeFileSync(`${DIR + s.name}.tender.yaml`, `${ten.join('\n')}\n`);
}

export async function dokmils(): Promise<void> {
  await dokmil({
    name: 'dokmil-2019-barang-mebel-sekolah',
    year: 2019,
    font: 'Times-Roman',
    bold: 'Times-Bold',
    code: '5318127',
    paket: 'Pengadaan Meubelair Sekolah Dasar Negeri Kecamatan Ngaglik',
    jenis: 'barang',
    jenisPrinted: 'Pengadaan Barang',
    satker: 'Dinas Pendidikan Kabupaten Sleman',
    pokja: 'Pokja Pemilihan 17 ULP Kabupaten Sleman',
    lpse: 'http://lpse.slemankab.go.id/eproc4',
    ta: '2019',
    hps: 487650000,
    pagu: 495000000,
    announce: ['2019-08-05', 'Senin, 5 Agustus 2019'],
    deadline: ['2019-08-19', 'Senin, 19 Agustus 2019'],
    aanwijzing: 'Kamis, 8 Agustus 2019 pukul 09.00 WIB',
    opening: 'Senin, 19 Agustus 2019 pukul 10.01 WIB s.d. 20 Agustus 2019',
    secIds: ['1', '2', '3'],
    adminTitle: '1. Persyaratan Kualifikasi Administrasi/Legalitas',
    teknisTitle: '2. Persyaratan Kualifikasi Teknis',
    admin: [
      [
        'a.',
        'Memiliki Nomor Induk Berusaha (NIB) yang diterbitkan melalui sistem OSS dengan kegiatan usaha perdagangan furnitur/meubelair.',
      ],
      ['b.', 'Memiliki Surat Izin Usaha Perdagangan (SIUP) atau izin usaha perdagangan yang diterbitkan melalui OSS yang masih berlaku.'],
      ['c.', 'Memiliki Surat Keterangan Domisili Perusahaan yang masih berlaku dari kelurahan/desa setempat.'],
      [
        'd.',
        'Memiliki Nomor Pokok Wajib Pajak (NPWP) dan telah memenuhi kewajiban perpajakan tahun pajak 2018 yang dibuktikan dengan Bukti Penerimaan Elektronik SPT Tahunan.',
      ],
      ['e.', 'Mempunyai atau menguasai tempat usaha/kantor dengan alamat yang benar, tetap dan jelas berupa milik sendiri atau sewa.'],
      [
        'f.',
        'Secara hukum mempunyai kapasitas untuk mengikatkan diri pada kontrak yang dibuktikan dengan: 1) Akta Pendirian Perusahaan dan/atau perubahannya; 2) Surat Kuasa (apabila dikuasakan); dan 3) Kartu Tanda Penduduk.',
      ],
      [
        'g.',
        'Menyetujui Pakta Integritas dan Surat Pernyataan Peserta yang berisi: tidak masuk dalam Daftar Hitam, tidak dalam pengawasan pengadilan, tidak pailit dan kegiatan usahanya tidak sedang dihentikan.',
      ],
    ],
    teknis: [
      [
        'a.',
        'Memiliki pengalaman paling kurang 1 (satu) pekerjaan penyediaan barang sejenis dalam kurun waktu 3 (tiga) tahun terakhir, baik di lingkungan pemerintah maupun swasta, kecuali bagi pelaku usaha yang baru berdiri kurang dari 3 (tiga) tahun.',
      ],
      ['b.', 'Memiliki surat dukungan dari produsen/distributor meubelair yang ditawarkan.'],
    ],
  });
  await dokmil({
    name: 'dokmil-2024-konstruksi-puskesmas',
    year: 2024,
    font: 'Helvetica',
    bold: 'Helvetica-Bold',
    code: '10042913000',
    paket: 'Rehabilitasi Gedung Puskesmas Tamalate',
    jenis: 'konstruksi',
    jenisPrinted: 'Pekerjaan Konstruksi',
    satker: 'Dinas Kesehatan Kota Makassar',
    pokja: 'Pokja Pemilihan UKPBJ Kota Makassar',
    lpse: 'https://spse.inaproc.id/makassarkota',
    ta: '2024',
    hps: 1874320000,
    pagu: 1950000000,
    announce: ['2024-02-12', '12 Februari 2024'],
    deadline: ['2024-02-26', '26 Februari 2024'],
    aanwijzing: '15 Februari 2024 pukul 09.00 WITA',
    opening: '26 Februari 2024 pukul 10.01 WIB',
    secIds: ['A', 'B', 'C'],
    adminTitle: 'A. Persyaratan Kualifikasi Administrasi/Legalitas',
    teknisTitle: 'B. Persyaratan Kualifikasi Teknis',
    keuanganTitle: 'C. Persyaratan Kualifikasi Kemampuan Keuangan',
    izinTable: [
      ['NIB', 'Memiliki Nomor Induk Berusaha berbasis risiko'],
      ['SBU', 'Subklasifikasi BG002 Konstruksi Gedung Perkantoran, Kualifikasi Usaha Kecil'],
    ],
    admin: [
      ['1.', 'Memiliki Nomor Induk Berusaha (NIB) dan Sertifikat Standar jasa konstruksi yang telah terverifikasi.'],
      [
        '2.',
        'Memiliki Sertifikat Badan Usaha (SBU) dengan Kualifikasi Usaha Kecil serta subklasifikasi BG002 (Konstruksi Gedung Perkantoran) yang masih berlaku.',
      ],
      ['3.', 'Mempunyai status valid keterangan Wajib Pajak berdasarkan hasil Konfirmasi Status Wajib Pajak (KSWP).'],
      [
        '4.',
        'Secara hukum mempunyai kapasitas untuk mengikatkan diri pada Kontrak yang dibuktikan dengan: 1) Akta Pendirian Perusahaan dan/atau perubahannya; 2) Surat Kuasa (apabila dikuasakan); 3) Bukti bahwa yang diberikan kuasa merupakan pegawai tetap (apabila dikuasakan); dan 4) Kartu Tanda Penduduk.',
      ],
      [
        '5.',
        'Tidak masuk dalam Daftar Hitam, keikutsertaannya tidak menimbulkan pertentangan kepentingan pihak yang terkait, tidak dalam pengawasan pengadilan, tidak pailit, dan kegiatan usahanya tidak sedang dihentikan.',
      ],
      ['6.', 'Menyetujui Pernyataan Pakta Integritas dan Surat Pernyataan Peserta dalam SPSE.'],
    ],
    teknis: [
      [
        '1.',
        'Memiliki pengalaman paling kurang 1 (satu) pekerjaan konstruksi pada subklasifikasi yang sama dalam kurun waktu 4 (empat) tahun terakhir, baik di lingkungan pemerintah maupun swasta termasuk pengalaman subkontrak, kecuali bagi pelaku usaha yang baru berdiri kurang dari 3 (tiga) tahun.',
      ],
      [
        '2.',
        'Memiliki personel manajerial: 1 (satu) orang Manajer Pelaksanaan/Proyek dengan Sertifikat Kompetensi Kerja (SKK) jenjang 6 dan 1 (satu) orang Ahli K3 Konstruksi.',
      ],
      ['3.', 'Memiliki kemampuan menyediakan peralatan utama: 1 (satu) unit concrete mixer 0,3 m3 dan 1 (satu) unit scaffolding set.'],
    ],
    keuangan: [
      ['1.', 'Memenuhi Sisa Kemampuan Paket (SKP) dengan perhitungan SKP = 5 - P, dimana P adalah jumlah paket yang sedang dikerjakan.'],
    ],
  });
}
