// NIB, tax documents and KTP for fixtures/independent-2.
import { type Doc, f, floor, grid, kv, left, mid, p, pdf, qr, right, skip, width } from './lib.ts';

const ossBox = (d: Doc) => {
  const notes = [
    '1. Dokumen ini diterbitkan oleh sistem OSS berdasarkan data Pelaku Usaha, disimpan dalam sistem OSS, dan menjadi tanggung jawab Pelaku Usaha.',
    '2. Apabila terdapat kekeliruan isi dokumen, akan dilakukan perbaikan sebagaimana mestinya.',
    '3. Dokumen ini ditandatangani secara elektronik dengan sertifikat elektronik yang diterbitkan oleh BSrE-BSSN.',
    '4. Data Perizinan Berusaha selengkapnya dapat diakses pada sistem OSS dengan hak akses.',
  ];
  f(d, 'Helvetica', 7);
  const h = notes.reduce((a, n) => a + d.heightOfString(n, { width: width(d) - 12 }), 0) + 12;
  const y = Math.max(d.y + 10, floor(d) - h - 4);
  d.lineWidth(0.5).rect(left(d), y, width(d), h).stroke();
  d.y = y + 6;
  for (const n of notes) p(d, n, { x: left(d) + 6, width: width(d) - 12 });
};

type Row = [string, string, string];

// ------------------------------------------------------------------------------------------ NIB
export async function nibs(): Promise<void> {
  const k1: Row[] = [
    ['41011', 'Konstruksi Gedung Hunian', 'Menengah Tinggi'],
    ['41012', 'Konstruksi Gedung Perkantoran', 'Menengah Tinggi'],
    ['42101', 'Konstruksi Bangunan Sipil Jalan', 'Tinggi'],
    ['43211', 'Instalasi Listrik', 'Menengah Rendah'],
    ['46632', 'Perdagangan Besar Bahan Konstruksi Dari Kayu', 'Rendah'],
    ['68111', 'Real Estat Yang Dimiliki Sendiri Atau Disewa', 'Rendah'],
  ];
  await pdf(
    'nib-rba-pt-lampiran-lokasi',
    {
      type: 'nib',
      fields: {
        nib: '2106230045127',
        company_name: 'PT SINAR KARYA MANDIRI',
        issued_on: '2023-06-21',
        kbli: k1.map((r) => r[0]),
        kbli_risk: Object.fromEntries(k1.map((r) => [r[0], r[2]])),
      },
    },
    "OSS-RBA (UU 11/2020), numbered fields, QR + e-signature, footer box; Lampiran table No/Kode/Judul/Lokasi Usaha/Tingkat Risiko where the long Lokasi cell wraps over 3-4 lines; 'Dicetak tanggal' (later) under the issue date.",
    {
      foot: (d, n, of) => f(d, 'Helvetica', 7).text(`${n}/${of}`, left(d), d.page.height - 30, { width: width(d), align: 'right' }),
    },
    (d) => {
      mid(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 12);
      mid(d, 'PERIZINAN BERUSAHA BERBASIS RISIKO', 'Helvetica-Bold', 12);
      skip(d, 0.5);
      mid(d, 'NOMOR INDUK BERUSAHA: 2106230045127', 'Helvetica-Bold', 13);
      skip(d, 1.2);
      f(d, 'Helvetica', 10);
      p(
        d,
        'Berdasarkan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja, Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:',
        { align: 'justify' },
      );
      skip(d);
      kv(d, '1.  Nama Pelaku Usaha', 'PT SINAR KARYA MANDIRI', { colon: 200 });
      kv(
        d,
        '2.  Alamat Kantor',
        'Jl. Urip Sumoharjo No. 118, Desa/Kelurahan Karuwisi, Kec. Panakkukang, Kota Makassar, Provinsi Sulawesi Selatan',
        { colon: 200 },
      );
      kv(d, '3.  Nomor Telepon', '0411-4471205', { colon: 200 });
      kv(d, '4.  Email', 'admin@sinarkaryamandiri.co.id', { colon: 200 });
      kv(d, '5.  Status Penanaman Modal', 'PMDN', { colon: 200 });
      kv(d, '6.  Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI)', 'Lihat Lampiran', { colon: 200 });
      kv(d, '7.  Skala Usaha', 'Usaha Kecil', { colon: 200 });
      skip(d);
      p(
        d,
        'NIB ini berlaku di seluruh wilayah Republik Indonesia selama pelaku usaha menjalankan kegiatan usaha dan berlaku pula sebagai hak akses kepabeanan, pendaftaran kepesertaan jaminan sosial kesehatan dan ketenagakerjaan, serta bukti pemenuhan laporan pertama Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP).',
        { align: 'justify' },
      );
      skip(d);
      const x = left(d) + 270;
      p(d, 'Diterbitkan di Jakarta, tanggal: 21 Juni 2023', { x });
      p(d, 'Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal,', { x });
      const y = d.y + 4;
      qr(d, x, y, 62, '2106230045127');
      d.y = y + 68;
      f(d, 'Helvetica-Oblique', 8);
      p(d, 'Ditandatangani secara elektronik', { x });
      f(d, 'Helvetica', 8);
      p(d, 'Dicetak tanggal: 3 Februari 2025', { x });
      ossBox(d);
      d.addPage();
      mid(d, 'LAMPIRAN', 'Helvetica-Bold', 11);
      mid(d, 'NOMOR INDUK BERUSAHA: 2106230045127', 'Helvetica-Bold', 11);
      skip(d);
      f(d, 'Helvetica', 9.5);
      p(d, 'Lampiran ini memuat daftar bidang usaha untuk: PT SINAR KARYA MANDIRI');
      skip(d, 0.5);
      const lok = 'Jl. Urip Sumoharjo No. 118, Kel. Karuwisi, Kec. Panakkukang, Kota Makassar, Sulawesi Selatan 90232';
      grid(
        d,
        [26, 48, 150, 170, 89],
        ['No', 'Kode KBLI', 'Judul KBLI', 'Lokasi Usaha', 'Tingkat Risiko'],
        k1.map((r, i) => [String(i + 1), r[0], r[1], lok, r[2]]),
        { shade: '#e6e6e6' },
      );
      skip(d);
      f(d, 'Helvetica', 9);
      p(
        d,
        'NIB ini hanya berlaku untuk kode dan judul KBLI yang tercantum dalam lampiran ini. Lampiran ini merupakan satu kesatuan yang tidak terpisahkan dari dokumen NIB.',
        { align: 'justify' },
      );
    },
  );

  const k2: Row[] = [
    ['46591', 'Perdagangan Besar Mesin Kantor Dan Industri, Suku Cadang Dan Perlengkapannya', 'Menengah Rendah'],
    ['46510', 'Perdagangan Besar Komputer Dan Perlengkapan Komputer', 'Rendah'],
    ['47411', 'Perdagangan Eceran Komputer Dan Perlengkapannya', 'Rendah'],
    ['47591', 'Perdagangan Eceran Furnitur', 'Rendah'],
    ['46491', 'Perdagangan Besar Alat Tulis Dan Gambar', 'Rendah'],
    ['58130', 'Penerbitan Surat Kabar, Jurnal Dan Buletin Atau Majalah', 'Menengah Rendah'],
    ['18111', 'Industri Pencetakan Umum', 'Menengah Tinggi'],
    ['82190', 'Aktivitas Fotokopi, Penyiapan Dokumen Dan Aktivitas Khusus Penunjang Kantor Lainnya', 'Rendah'],
    ['77330', 'Aktivitas Penyewaan Dan Sewa Guna Usaha Tanpa Hak Opsi Mesin Kantor Dan Peralatannya', 'Rendah'],
    ['95110', 'Reparasi Komputer Dan Peralatan Sejenisnya', 'Rendah'],
  ];
  await pdf(
    'nib-rba-cv-status-perizinan',
    {
      type: 'nib',
      fields: {
        nib: '1411240087352',
        company_name: 'CV TUNAS HARAPAN MAKMUR',
        issued_on: '2024-11-14',
        kbli: k2.map((r) => r[0]),
        kbli_risk: Object.fromEntries(k2.map((r) => [r[0], r[2]])),
      },
    },
    "OSS-RBA citing UU 6/2023, 'Menteri Investasi dan Hilirisasi', fields without numbers; 10-row Lampiran over two pages with a Perizinan Berusaha column (Jenis/Status: 'Sertifikat Standar - Belum Terverifikasi', 'NIB - Terbit'), the head row repeated on the second lampiran page, 'Halaman x dari y'.",
    {
      foot: (d, n, of) =>
        f(d, 'Helvetica', 7.5).text(`Halaman ${n} dari ${of}`, left(d), d.page.height - 32, { width: width(d), align: 'center' }),
    },
    (d) => {
      mid(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 11);
      mid(d, 'PERIZINAN BERUSAHA BERBASIS RISIKO', 'Helvetica-Bold', 11);
      mid(d, 'NOMOR INDUK BERUSAHA: 1411240087352', 'Helvetica-Bold', 12);
      skip(d, 1.5);
      f(d, 'Helvetica', 10);
      p(
        d,
        'Berdasarkan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang, Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:',
        { align: 'justify' },
      );
      skip(d);
      kv(d, 'Nama Pelaku Usaha', 'CV TUNAS HARAPAN MAKMUR', { colon: 170, x: left(d) + 14 });
      kv(
        d,
        'Alamat Kantor',
        'Jl. Jend. Gatot Subroto No. 27 RT 003 RW 005, Kel. Sokanegara, Kec. Purwokerto Timur, Kab. Banyumas, Jawa Tengah 53115',
        { colon: 170, x: left(d) + 14 },
      );
      kv(d, 'Status Penanaman Modal', 'PMDN', { colon: 170, x: left(d) + 14 });
      kv(d, 'Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI)', 'Lihat Lampiran', { colon: 170, x: left(d) + 14 });
      kv(d, 'Skala Usaha', 'Usaha Mikro', { colon: 170, x: left(d) + 14 });
      skip(d);
      p(
        d,
        'NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan kegiatan usaha dan berlaku sebagai hak akses kepabeanan, pendaftaran kepesertaan jaminan sosial kesehatan dan ketenagakerjaan, serta bukti pemenuhan laporan pertama Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP) sesuai ketentuan peraturan perundang-undangan.',
        { align: 'justify' },
      );
      skip(d, 1.5);
      const x = left(d) + 250;
      p(d, 'Diterbitkan di Jakarta', { x });
      p(d, 'tanggal: 14 November 2024', { x });
      skip(d, 0.5);
      p(d, 'Menteri Investasi dan Hilirisasi/\nKepala Badan Koordinasi Penanaman Modal,', { x });
      qr(d, x, d.y + 6, 58, '1411240087352');
      d.y += 70;
      f(d, 'Helvetica-Oblique', 8);
      p(d, 'Ditandatangani secara elektronik', { x });
      ossBox(d);
      d.addPage();
      const lh = () => {
        mid(d, 'LAMPIRAN', 'Helvetica-Bold', 10);
        mid(d, 'NOMOR INDUK BERUSAHA: 1411240087352', 'Helvetica-Bold', 10);
        skip(d, 0.8);
      };
      lh();
      f(d, 'Helvetica', 9);
      p(d, 'Lampiran berikut ini memuat daftar bidang usaha untuk: CV TUNAS HARAPAN MAKMUR');
      skip(d, 0.5);
      const rows = k2.map((r, i) => [
        String(i + 1),
        r[0],
        r[1],
        'Kab. Banyumas',
        r[2],
        i === 6 ? 'Sertifikat Standar\nBelum Terverifikasi' : r[2] === 'Rendah' ? 'NIB\nTerbit' : 'Sertifikat Standar\nTerbit',
      ]);
      // force a page break after six rows so that the head row repeats
      grid(
        d,
        [24, 44, 170, 70, 72, 103],
        ['No', 'Kode', 'Judul KBLI', 'Lokasi', 'Risiko', 'Perizinan Berusaha\n(Jenis / Status)'],
        rows.slice(0, 6),
        { size: 8.5 },
      );
      d.addPage();
      lh();
      grid(
        d,
        [24, 44, 170, 70, 72, 103],
        ['No', 'Kode', 'Judul KBLI', 'Lokasi', 'Risiko', 'Perizinan Berusaha\n(Jenis / Status)'],
        rows.slice(6),
        { size: 8.5 },
      );
      skip(d);
      f(d, 'Helvetica', 8.5);
      p(
        d,
        'Dengan ketentuan bahwa NIB tersebut hanya berlaku untuk kode dan judul KBLI yang tercantum dalam lampiran ini. Lampiran ini merupakan bagian tidak terpisah dari dokumen NIB tersebut.',
      );
    },
  );

  const k3: Row[] = [
    ['71102', 'AKTIVITAS KEINSINYURAN DAN KONSULTASI TEKNIS YBDI', 'Menengah Rendah'],
    ['71101', 'AKTIVITAS ARSITEKTUR', 'Menengah Rendah'],
    ['71201', 'JASA PENGUJIAN LABORATORIUM', 'Menengah Tinggi'],
    ['74111', 'AKTIVITAS DESAIN INTERIOR', 'Rendah'],
    ['70209', 'AKTIVITAS KONSULTASI MANAJEMEN LAINNYA', 'Rendah'],
  ];
  await pdf(
    'nib-rba-cetak-browser',
    {
      type: 'nib',
      fields: {
        nib: '0903240112086',
        company_name: 'PT ANDALAS TEKNIK UTAMA',
        issued_on: '2024-03-09',
        kbli: k3.map((r) => r[0]),
        kbli_risk: Object.fromEntries(k3.map((r) => [r[0], r[2]])),
      },
    },
    "OSS-RBA printed from a browser: print timestamp and page title at the top, URL and 'n/m' at the bottom of each page; KBLI titles in capitals; borderless lampiran with the risk in the last column; NIB begins with 0.",
    {
      head: (d) => {
        f(d, 'Helvetica', 7.5).text('27/05/2025, 09.14', 30, 16, { lineBreak: false });
        d.text('OSS - Nomor Induk Berusaha', 0, 16, { width: d.page.width, align: 'center' });
      },
      foot: (d, n, of) => {
        f(d, 'Helvetica', 7.5).text('https://oss.go.id/portal/perizinan/dokumen/nib/cetak', 30, d.page.height - 22, { lineBreak: false });
        d.text(`${n}/${of}`, d.page.width - 60, d.page.height - 22, { lineBreak: false });
      },
    },
    (d) => {
      mid(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Times-Bold', 12);
      mid(d, 'PERIZINAN BERUSAHA BERBASIS RISIKO', 'Times-Bold', 12);
      mid(d, 'NOMOR INDUK BERUSAHA : 0903240112086', 'Times-Bold', 12);
      skip(d);
      f(d, 'Times-Roman', 11);
      p(
        d,
        'Berdasarkan Undang-Undang Nomor 6 Tahun 2023 tentang Cipta Kerja, Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:',
      );
      skip(d, 0.5);
      kv(d, '1. Nama Pelaku Usaha', 'PT ANDALAS TEKNIK UTAMA', { colon: 190 });
      kv(d, '2. Alamat Kantor', 'Jl. Khatib Sulaiman No. 45 B, Kel. Lolong Belanti, Kec. Padang Utara, Kota Padang, Sumatera Barat', {
        colon: 190,
      });
      kv(d, '3. Status Penanaman Modal', 'PMDN', { colon: 190 });
      kv(d, '4. Kode KBLI', 'Lihat Lampiran', { colon: 190 });
      kv(d, '5. Skala Usaha', 'Usaha Menengah', { colon: 190 });
      skip(d);
      p(
        d,
        'NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan kegiatan usaha dan berlaku sebagai Angka Pengenal Impor (API-U), hak akses kepabeanan, pendaftaran kepesertaan jaminan sosial kesehatan dan jaminan sosial ketenagakerjaan, serta bukti pemenuhan laporan pertama Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP).',
        { align: 'justify' },
      );
      skip(d);
      const x = left(d) + 260;
      p(d, 'Diterbitkan di Jakarta, tanggal: 9 Maret 2024', { x });
      p(d, 'Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal,', { x });
      qr(d, x, d.y + 4, 56, '0903240112086');
      d.y += 64;
      p(d, 'Ditandatangani secara elektronik', { x });
      d.addPage();
      mid(d, 'LAMPIRAN NOMOR INDUK BERUSAHA : 0903240112086', 'Times-Bold', 11);
      skip(d);
      f(d, 'Times-Roman', 10.5);
      p(d, 'Daftar bidang usaha PT ANDALAS TEKNIK UTAMA:');
      skip(d, 0.5);
      grid(
        d,
        [28, 60, 250, 145],
        ['NO', 'KBLI', 'JUDUL KBLI', 'TINGKAT RISIKO'],
        k3.map((r, i) => [`${i + 1}.`, r[0], r[1], r[2].toUpperCase()]),
        { border: false, font: 'Times-Roman', headFont: 'Times-Bold', size: 10 },
      );
      skip(d);
      p(d, 'NIB ini hanya berlaku untuk KBLI yang tercantum di atas.');
    },
  );

  await pdf(
    'nib-oss11-pt-lampiran',
    {
      type: 'nib',
      fields: {
        nib: '8120007314459',
        npwp: '02.418.765.3-017.000',
        company_name: 'PT DELTA SARANA INFORMATIKA',
        issued_on: '2018-10-17',
        kbli: ['62019', '62020', '63111', '46512'],
      },
    },
    "OSS 1.1 (PP 24/2018) NIB from 'Lembaga Pengelola dan Penyelenggara OSS': colon fields incl. dotted NPWP, 'Kode dan Nama KBLI : Lihat Lampiran', note that the NIB is also TDP/API/akses kepabeanan; Lampiran table 'No | Kode KBLI | Uraian' (no risk).",
    {},
    (d) => {
      mid(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 12);
      mid(d, 'LEMBAGA PENGELOLA DAN PENYELENGGARA OSS', 'Helvetica', 10);
      skip(d, 0.5);
      mid(d, 'NOMOR INDUK BERUSAHA (NIB)', 'Helvetica-Bold', 13);
      mid(d, '8120007314459', 'Helvetica-Bold', 15);
      skip(d);
      f(d, 'Helvetica', 10);
      p(
        d,
        'Berdasarkan ketentuan Pasal 24 ayat (1) Peraturan Pemerintah Nomor 24 Tahun 2018 tentang Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik, Lembaga OSS menerbitkan NIB kepada :',
        { align: 'justify' },
      );
      skip(d, 0.5);
      kv(d, 'Nama Perusahaan', 'PT DELTA SARANA INFORMATIKA');
      kv(
        d,
        'Alamat Kantor/Korespondensi',
        'Gedung Graha Sentosa Lt. 5, Jl. T.B. Simatupang Kav. 18, Cilandak Barat, Cilandak, Kota Adm. Jakarta Selatan',
      );
      kv(d, 'NPWP', '02.418.765.3-017.000');
      kv(d, 'Nomor Telepon', '021-78834410');
      kv(d, 'Email', 'legal@deltasarana.co.id');
      kv(d, 'Kode dan Nama KBLI', 'Lihat Lampiran');
      kv(d, 'Status Penanaman Modal', 'PMDN');
      kv(d, 'Jenis API', '-');
      kv(d, 'Akses Kepabeanan', 'Tidak');
      skip(d);
      f(d, 'Helvetica', 8.5);
      p(
        d,
        'Keterangan:\n1. NIB ini berlaku selama Pelaku Usaha menjalankan usaha dan/atau kegiatannya sesuai ketentuan peraturan perundang-undangan.\n2. NIB adalah bukti pendaftaran Penanaman Modal/Berusaha yang sekaligus merupakan pengesahan Tanda Daftar Perusahaan, Angka Pengenal Importir dan hak akses kepabeanan.',
        { align: 'justify' },
      );
      skip(d);
      f(d, 'Helvetica', 10);
      const x = left(d) + 280;
      p(d, 'Diterbitkan di Jakarta', { x });
      p(d, 'Tanggal : 17 Oktober 2018', { x });
      p(d, 'a.n. Lembaga Pengelola dan Penyelenggara OSS', { x });
      qr(d, x, d.y + 4, 54, '8120007314459');
      d.addPage();
      mid(d, 'LAMPIRAN NIB 8120007314459', 'Helvetica-Bold', 11);
      skip(d);
      grid(
        d,
        [30, 80, 373],
        ['No', 'Kode KBLI', 'Uraian'],
        [
          ['1', '62019', 'Aktivitas Pemrograman Komputer Lainnya'],
          ['2', '62020', 'Aktivitas Konsultasi Komputer Dan Manajemen Fasilitas Komputer'],
          ['3', '63111', 'Aktivitas Pengolahan Data'],
          ['4', '46512', 'Perdagangan Besar Piranti Lunak'],
        ],
      );
    },
  );

  await pdf(
    'nib-oss11-cv-kapital',
    {
      type: 'nib',
      fields: { nib: '9120105523871', npwp: '84.902.113.5-542.000', company_name: 'CV MEKAR JAYA ABADI', issued_on: '2019-11-05' },
    },
    "OSS 1.1 in ALL CAPS with labels in a left column and no colons, NPWP as 15 bare digits, KBLI 'LIHAT LAMPIRAN' with no lampiran attached, issue line 'DITERBITKAN DI JAKARTA PADA TANGGAL 05-11-2019', bottom line 'NIB terdaftar sebagai TDP ...'.",
    {},
    (d) => {
      mid(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 12);
      mid(d, 'NOMOR INDUK BERUSAHA', 'Helvetica-Bold', 12);
      skip(d, 1.5);
      f(d, 'Helvetica', 10);
      p(
        d,
        'BERDASARKAN PERATURAN PEMERINTAH NOMOR 24 TAHUN 2018 TENTANG PELAYANAN PERIZINAN BERUSAHA TERINTEGRASI SECARA ELEKTRONIK, LEMBAGA OSS MENERBITKAN NOMOR INDUK BERUSAHA KEPADA:',
        { align: 'justify' },
      );
      skip(d);
      const rows: [string, string][] = [
        ['NIB', '9120105523871'],
        ['NAMA PERUSAHAAN', 'CV MEKAR JAYA ABADI'],
        ['ALAMAT', 'JL. MAGELANG KM 9,5 NO. 21, SARIHARJO, NGAGLIK, KABUPATEN SLEMAN, DAERAH ISTIMEWA YOGYAKARTA'],
        ['NPWP', '849021135542000'],
        ['TELEPON', '0274-865310'],
        ['KODE DAN NAMA KBLI', 'LIHAT LAMPIRAN'],
        ['STATUS PENANAMAN MODAL', 'PMDN'],
      ];
      for (const [a, b] of rows) kv(d, a, b, { colon: 170, sep: ' ', lf: 'Helvetica-Bold' });
      skip(d, 2);
      p(d, 'DITERBITKAN DI JAKARTA PADA TANGGAL 05-11-2019', { x: left(d) + 220 });
      p(d, 'LEMBAGA PENGELOLA DAN PENYELENGGARA OSS', { x: left(d) + 220 });
      qr(d, left(d) + 220, d.y + 6, 60, '9120105523871');
      d.y = floor(d) - 30;
      f(d, 'Helvetica-Bold', 8.5);
      p(d, 'NIB TERDAFTAR SEBAGAI TANDA DAFTAR PERUSAHAAN (TDP), ANGKA PENGENAL IMPOR (API-U) DAN HAK AKSES KEPABEANAN.');
    },
  );
}

// ------------------------------------------------------------------------------------------ tax
const mail = (d: Doc, hdr: [string, string][]) => {
  f(d, 'Helvetica', 9.5);
  for (const [a, b] of hdr) kv(d, a, b, { colon: 60, lf: 'Helvetica-Bold' });
  d.moveTo(left(d), d.y + 4)
    .lineTo(right(d), d.y + 4)
    .lineWidth(0.5)
    .stroke();
  d.y += 12;
};

export async function tax(): Promise<string[]> {
  const bpe1771 = await pdf(
    'bpe-1771-pt-email',
    {
      type: 'spt_tahunan',
      fields: { npwp: '0712345678801000', tax_year: '2023', issued_on: '2024-04-22', company_name: 'PT SINAR KARYA MANDIRI' },
    },
    "e-Filing mail for a badan 1771 (Kurang Bayar), NPWP as 16 digits, mail header with a date a day later than the filing, 'Tanggal Penyampaian : 22/04/2024 15:02:41', 21-digit NTTE; a stamped company reference at the foot.",
    { font: 'Courier', size: 10 },
    (d) => {
      mail(d, [
        ['Dari', 'efiling@pajak.go.id'],
        ['Kepada', 'keuangan@sinarkaryamandiri.co.id'],
        ['Tanggal', 'Sel, 23 Apr 2024 08:11'],
        ['Subjek', 'Bukti Penerimaan Elektronik'],
      ]);
      f(d, 'Courier', 10);
      p(d, 'Yth. PT SINAR KARYA MANDIRI,\n\nBerikut ini adalah Bukti Penerimaan Elektronik Anda.\n');
      const rows: [string, string][] = [
        ['Nama', 'PT SINAR KARYA MANDIRI'],
        ['NPWP', '0712345678801000'],
        ['Tahun Pajak', '2023'],
        ['Masa Pajak', '01-12'],
        ['Jenis SPT', '1771'],
        ['Pembetulan ke', '0'],
        ['Status SPT', 'Kurang Bayar'],
        ['Nominal', 'Rp 4.318.000'],
        ['Tanggal Penyampaian', '22/04/2024 15:02:41'],
        ['Nomor Tanda Terima Elektronik', '118263044719520331742'],
      ];
      for (const [a, b] of rows) kv(d, a, b, { colon: 215 });
      skip(d);
      p(
        d,
        'Bukti Penerimaan Elektronik ini merupakan bukti yang sah atas penyampaian SPT Anda. Simpan e-mail ini sebagai arsip.\n\nTerima kasih,\nDirektorat Jenderal Pajak',
      );
    },
  );

  await pdf(
    'bpe-coretax-2025',
    {
      type: 'spt_tahunan',
      fields: { npwp: '0317650942201000', tax_year: '2024', issued_on: '2025-03-27', company_name: 'PT ANDALAS TEKNIK UTAMA' },
    },
    "Coretax-era BPE letter with a 'BPE-.../CT/KPP...' number, a bordered 2-column table (no colons) holding NPWP (16 digits) and a 22-digit NITKU, 'Tahun Pajak' given as period '01-2024 s.d. 12-2024', received date in words; a later print date in the footer.",
    {
      foot: (d) =>
        f(d, 'Helvetica', 7).text('Dokumen ini dicetak melalui Coretax DJP pada 02-06-2025 13:40 WIB', left(d), d.page.height - 34, {
          width: width(d),
          align: 'center',
        }),
    },
    (d) => {
      f(d, 'Helvetica-Bold', 10).text('KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK', left(d), d.y);
      skip(d, 1.5);
      mid(d, 'BUKTI PENERIMAAN ELEKTRONIK', 'Helvetica-Bold', 13);
      mid(d, 'Nomor: BPE-00231/CT/KPP.0914/2025', 'Helvetica', 10);
      skip(d);
      f(d, 'Helvetica', 10);
      p(d, 'Telah diterima Surat Pemberitahuan (SPT) dengan rincian sebagai berikut:');
      skip(d, 0.5);
      grid(
        d,
        [180, 303],
        null,
        [
          ['Nama Wajib Pajak', 'PT ANDALAS TEKNIK UTAMA'],
          ['NPWP', '0317650942201000'],
          ['NITKU', '0317650942201000000000'],
          ['Jenis SPT', 'SPT Tahunan PPh Badan'],
          ['Periode / Tahun Pajak', '01-2024 s.d. 12-2024'],
          ['Status', 'Normal'],
          ['Pembetulan Ke-', '0'],
          ['Jumlah', 'Nihil'],
          ['Tanggal Diterima', '27 Maret 2025 10:26:05 WIB'],
        ],
        { size: 10, pad: 5 },
      );
      skip(d);
      p(d, 'Bukti Penerimaan Elektronik ini diterbitkan oleh sistem dan tidak memerlukan tanda tangan basah.');
    },
  );

  await pdf(
    'bpe-1770s-terusan-outlook',
    {
      type: 'spt_tahunan',
      fields: { npwp: '3374035402870002', tax_year: '2023', issued_on: '2024-03-28' },
    },
    "Individual 1770 S BPE forwarded from Outlook: 'Forwarded message' headers dated June 2024 above the original mail of March 2024; NPWP = NIK (16 digits); 'Tanggal Penyampaian' as '28 Mar 2024 20:47:12'; the data as a run of 'Label: value' lines with no alignment.",
    {},
    (d) => {
      f(d, 'Helvetica', 10);
      p(
        d,
        'From: Dewi Kartika <dewi.kartika87@gmail.com>\nSent: Monday, June 10, 2024 9:03 AM\nTo: pengadaan@tunasharapan.id\nSubject: FW: Bukti Penerimaan Elektronik\n\nMohon diterima bukti lapor SPT saya. Terima kasih.\n\nSalam,\nDewi',
      );
      skip(d);
      p(d, '---------- Forwarded message ---------');
      p(
        d,
        'Dari: <efiling@pajak.go.id>\nDate: Kam, 28 Mar 2024 pukul 20.47\nSubject: Bukti Penerimaan Elektronik\nTo: <dewi.kartika87@gmail.com>',
      );
      skip(d);
      p(d, 'Yth. DEWI KARTIKA SARI\nBerikut ini adalah Bukti Penerimaan Elektronik Anda.\n');
      p(
        d,
        'Nama: DEWI KARTIKA SARI\nNPWP: 3374035402870002\nTahun Pajak: 2023\nMasa Pajak: -/-\nJenis SPT: 1770 S\nPembetulan ke: 0\nStatus SPT: Nihil\nNominal: 0\nTanggal Penyampaian: 28 Mar 2024 20:47:12\nNomor Tanda Terima Elektronik: 302418877126540912283\n',
      );
      p(d, 'Pesan ini dikirim secara otomatis oleh sistem, mohon tidak membalas e-mail ini.');
    },
  );

  await pdf(
    'kswp-coretax-valid-cv',
    {
      type: 'kswp',
      fields: { npwp: '0845219376521000', status: 'VALID', company_name: 'CV TUNAS HARAPAN MAKMUR', issued_on: '2025-07-08' },
    },
    "Coretax KSWP letter: DJP letterhead, 'Nomor: KET-...', a table of the applicant and the requested service (a distractor institution and an older NPWP-15 in a note), status 'Valid' in mixed case in a table cell, place-date 'Purwokerto, 8 Juli 2025'.",
    {},
    (d) => {
      f(d, 'Helvetica-Bold', 10).text(
        'KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nKANTOR WILAYAH DJP JAWA TENGAH II\nKANTOR PELAYANAN PAJAK PRATAMA PURWOKERTO',
        left(d),
        d.y,
      );
      d.moveTo(left(d), d.y + 4)
        .lineTo(right(d), d.y + 4)
        .lineWidth(1.5)
        .stroke();
      skip(d, 2);
      mid(d, 'KETERANGAN STATUS WAJIB PAJAK', 'Helvetica-Bold', 12);
      mid(d, 'Nomor: KET-00418/KSWP-CT/KPP.5217/2025', 'Helvetica', 10);
      skip(d);
      f(d, 'Helvetica', 10);
      p(
        d,
        'Dengan ini diberitahukan bahwa berdasarkan hasil konfirmasi status Wajib Pajak dalam rangka layanan publik sebagaimana permohonan Wajib Pajak:',
        { align: 'justify' },
      );
      skip(d, 0.5);
      grid(
        d,
        [170, 313],
        null,
        [
          ['Nama Wajib Pajak', 'CV TUNAS HARAPAN MAKMUR'],
          ['NPWP', '0845219376521000'],
          ['Alamat', 'JL. JEND. GATOT SUBROTO NO. 27, SOKANEGARA, PURWOKERTO TIMUR, BANYUMAS'],
          ['Instansi Pemberi Layanan', 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah'],
          ['Jenis Layanan', 'Pengadaan Barang/Jasa Pemerintah'],
          ['Status Wajib Pajak', 'Valid'],
        ],
        { size: 10, pad: 5 },
      );
      skip(d);
      p(
        d,
        'Status tersebut menunjukkan bahwa nama dan NPWP sesuai dengan data administrasi perpajakan dan Wajib Pajak telah menyampaikan SPT Tahunan PPh untuk 2 (dua) tahun pajak terakhir. (NPWP format lama: 84.521.937.6-521.000)',
        { align: 'justify' },
      );
      skip(d, 2);
      const x = left(d) + 280;
      p(d, 'Purwokerto, 8 Juli 2025', { x });
      p(d, 'a.n. Direktur Jenderal Pajak\nKepala Kantor', { x });
      qr(d, x, d.y + 4, 48, 'KET-00418');
      d.y += 56;
      p(d, 'Ditandatangani secara elektronik', { x });
    },
  );

  await pdf(
    'kswp-djponline-2023',
    {
      type: 'kswp',
      fields: { npwp: '71.234.567.8-801.000', status: 'VALID', company_name: 'PT SINAR KARYA MANDIRI', issued_on: '2023-08-15' },
    },
    "DJP Online screen print (2023): menu bar words, 'Informasi Konfirmasi Status Wajib Pajak' as label/value rows with the dotted 15-digit NPWP, 'Status Konfirmasi : VALID', date '15-08-2023 10:41:07'; browser footer with print date.",
    {
      foot: (d) =>
        f(d, 'Helvetica', 7).text(
          'https://djponline.pajak.go.id/kswp/cetak                                                   16/08/2023 08:12',
          left(d),
          d.page.height - 26,
          { lineBreak: false },
        ),
    },
    (d) => {
      f(d, 'Helvetica', 8.5)
        .fillColor('#444')
        .text('Beranda   |   Profil   |   Lapor   |   Bayar   |   Layanan   |   Keluar', left(d), d.y);
      d.fillColor('black');
      skip(d, 1.5);
      f(d, 'Helvetica-Bold', 12).text('Informasi Konfirmasi Status Wajib Pajak', left(d), d.y);
      skip(d);
      f(d, 'Helvetica', 10);
      for (const [a, b] of [
        ['Nama Wajib Pajak', 'PT SINAR KARYA MANDIRI'],
        ['NPWP', '71.234.567.8-801.000'],
        ['Tahun', '2023'],
        ['Kode KSWP', 'KSWP-7712-0831-AK'],
        ['Tanggal Konfirmasi', '15-08-2023 10:41:07'],
        ['Status Konfirmasi', 'VALID'],
      ] as [string, string][])
        kv(d, a, b, { colon: 160, lf: 'Helvetica-Bold' });
      skip(d);
      f(d, 'Helvetica-Oblique', 8.5);
      p(d, 'Keterangan: konfirmasi dinyatakan valid apabila nama dan NPWP sesuai serta SPT Tahunan dua tahun terakhir telah disampaikan.');
    },
  );

  await pdf(
    'skt-per20-cv-mekar',
    {
      type: 'npwp',
      fields: { npwp: '84.902.113.5-542.000', company_name: 'CV MEKAR JAYA ABADI', issued_on: '2015-03-12' },
    },
    "SKT in the PER-20/PJ/2013 layout with numbered fields 1-7 (NIK '-'), 'Tanggal Mulai Terdaftar' one day before the letter date, Kewajiban Pajak check list with [X], signature block of the KPP head with NIP.",
    { font: 'Times-Roman', size: 11 },
    (d) => {
      f(d, 'Times-Bold', 10).text(
        'KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nKANTOR WILAYAH DJP DAERAH ISTIMEWA YOGYAKARTA\nKANTOR PELAYANAN PAJAK PRATAMA SLEMAN',
        left(d),
        d.y,
      );
      skip(d, 1.5);
      mid(d, 'SURAT KETERANGAN TERDAFTAR', 'Times-Bold', 13);
      mid(d, 'Nomor : PEM-01277/WPJ.23/KP.0303/2015', 'Times-Roman', 11);
      skip(d);
      f(d, 'Times-Roman', 11);
      p(d, 'Berdasarkan permohonan Wajib Pajak, dengan ini diterangkan bahwa :');
      skip(d, 0.5);
      for (const [a, b] of [
        ['1.  Nama', 'CV MEKAR JAYA ABADI'],
        ['2.  NPWP', '84.902.113.5-542.000'],
        ['3.  NIK', '-'],
        ['4.  KLU Utama', '46100 - PERDAGANGAN BESAR ATAS DASAR BALAS JASA'],
        ['5.  Alamat', 'JL. MAGELANG KM 9,5 NO. 21, SARIHARJO, NGAGLIK, SLEMAN, DI YOGYAKARTA'],
        ['6.  Kategori', 'Badan'],
        ['7.  Tanggal Mulai Terdaftar', '11 Maret 2015'],
      ] as [string, string][])
        kv(d, a, b, { colon: 180 });
      skip(d, 0.5);
      p(d, 'Telah terdaftar pada administrasi kami terhitung sejak tanggal 11 Maret 2015 dengan kewajiban perpajakan:');
      for (const [a, on] of [
        ['PPh Pasal 21', true],
        ['PPh Pasal 23', true],
        ['PPh Pasal 25/29 Badan', true],
        ['PPh Final Pasal 4 ayat (2)', false],
        ['PPN', false],
      ] as [string, boolean][])
        p(d, `[${on ? 'X' : '  '}]  ${a}`, { x: left(d) + 20 });
      skip(d);
      p(d, 'Demikian Surat Keterangan Terdaftar ini dibuat untuk dipergunakan sebagaimana mestinya.');
      skip(d);
      const x = left(d) + 270;
      p(d, 'Sleman, 12 Maret 2015\nKepala Kantor,', { x });
      skip(d, 3);
      p(d, 'WAHYU NUGROHO\nNIP 197206141993031002', { x });
    },
  );

  const skt24 = await pdf(
    'skt-2024-pt-16digit',
    {
      type: 'npwp',
      fields: { npwp: '0628904517609000', company_name: 'PT KENCANA BUANA LESTARI', issued_on: '2024-08-19' },
    },
    "2024 SKT: 16-digit NPWP and 22-digit NITKU as bare digits (PER-06/PJ/2024), registration date in 2016 printed as 'Terdaftar sejak', letter date '19 Agustus 2024', electronic-signature note instead of a wet signature.",
    {},
    (d) => {
      f(d, 'Helvetica-Bold', 9.5).text(
        'KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nKANTOR WILAYAH DJP JAWA TIMUR I\nKPP PRATAMA SURABAYA GAYUNGAN',
        left(d),
        d.y,
      );
      skip(d, 1.5);
      mid(d, 'SURAT KETERANGAN TERDAFTAR', 'Helvetica-Bold', 13);
      mid(d, 'Nomor: S-18842KT/WPJ.11/KP.0603/2024', 'Helvetica', 10);
      skip(d);
      f(d, 'Helvetica', 10);
      p(d, 'Direktur Jenderal Pajak menerangkan bahwa Wajib Pajak berikut:');
      skip(d, 0.5);
      for (const [a, b] of [
        ['Nama Wajib Pajak', 'PT KENCANA BUANA LESTARI'],
        ['NPWP', '0628904517609000'],
        ['NITKU', '0628904517609000000000'],
        ['Alamat', 'JL. KETINTANG BARU SELATAN I NO. 14, KETINTANG, GAYUNGAN, KOTA SURABAYA, JAWA TIMUR 60231'],
        ['Jenis Wajib Pajak', 'Badan'],
        ['Terdaftar sejak', '04 Maret 2016'],
      ] as [string, string][])
        kv(d, a, b, { colon: 150 });
      skip(d);
      p(
        d,
        'telah terdaftar dalam administrasi Direktorat Jenderal Pajak. Surat keterangan ini diterbitkan sehubungan dengan penggunaan NPWP 16 digit sesuai PER-06/PJ/2024.',
        { align: 'justify' },
      );
      skip(d, 2);
      const x = left(d) + 270;
      p(d, 'Surabaya, 19 Agustus 2024\na.n. Direktur Jenderal Pajak\nKepala KPP Pratama Surabaya Gayungan', { x });
      qr(d, x, d.y + 4, 48, 'S-18842KT');
      d.y += 56;
      f(d, 'Helvetica-Oblique', 8);
      p(d, 'Dokumen ini ditandatangani secara elektronik', { x });
    },
  );

  await pdf(
    'npwp-kartu-badan-titik',
    {
      type: 'npwp',
      fields: { npwp: '02.418.765.3-017.000', company_name: 'PT DELTA SARANA INFORMATIKA' },
    },
    "NPWP card drawn in a box: DJP heading, dotted 15-digit number in large type, name and address below, KPP line, 'Tanggal Terdaftar 20-09-2018' (not an issue date).",
    {},
    (d) => {
      const x = left(d) + 40,
        y = d.y + 20;
      d.lineWidth(1).roundedRect(x, y, 330, 200, 10).stroke();
      f(d, 'Helvetica-Bold', 9).text('KEMENTERIAN KEUANGAN REPUBLIK INDONESIA', x + 14, y + 12);
      f(d, 'Helvetica', 8.5).text('DIREKTORAT JENDERAL PAJAK', x + 14, y + 24);
      f(d, 'Helvetica-Bold', 10).text('NPWP :', x + 14, y + 52);
      f(d, 'Courier-Bold', 16).text('02.418.765.3-017.000', x + 14, y + 66);
      f(d, 'Helvetica-Bold', 10.5).text('PT DELTA SARANA INFORMATIKA', x + 14, y + 96);
      f(d, 'Helvetica', 8.5).text(
        'GEDUNG GRAHA SENTOSA LT. 5 JL. T.B. SIMATUPANG KAV. 18\nCILANDAK BARAT, CILANDAK, JAKARTA SELATAN',
        x + 14,
        y + 112,
        { width: 300 },
      );
      f(d, 'Helvetica', 8.5).text('KPP PRATAMA JAKARTA CILANDAK', x + 14, y + 146);
      f(d, 'Helvetica', 8.5).text('Tanggal Terdaftar  20-09-2018', x + 14, y + 176);
      d.y = y + 230;
      d.x = left(d);
    },
  );

  return [bpe1771, skt24];
}

// ------------------------------------------------------------------------------------------ KTP
export interface Person {
  prov: string;
  kab: string;
  nik: string;
  nama: string;
  lahir: string;
  jk: string;
  darah: string;
  alamat: string;
  rtrw: string;
  kel: string;
  kec: string;
  agama: string;
  kawin: string;
  kerja: string;
  berlaku: string;
  kota: string;
  tgl: string;
}

export function ktpCard(d: Doc, k: Person, o: { spaced?: boolean } = {}): void {
  const x = left(d) + 10,
    y = d.y + 10,
    W = 440,
    H = 270;
  d.lineWidth(1.2).roundedRect(x, y, W, H, 12).stroke();
  f(d, 'Helvetica-Bold', 11).text(k.prov, x, y + 10, { width: W, align: 'center' });
  d.text(k.kab, x, y + 24, { width: W, align: 'center' });
  f(d, 'Helvetica', 9);
  let yy = y + 48;
  const row = (a: string, b: string, bold = false) => {
    f(d, 'Helvetica', bold ? 11 : 8.5).text(a, x + 12, yy, { width: 105, lineBreak: false });
    d.text(':', x + 118, yy, { lineBreak: false });
    f(d, bold ? 'Helvetica-Bold' : 'Helvetica', bold ? 11 : 8.5).text(b, x + 126, yy, { width: 200, lineBreak: false });
    yy += bold ? 17 : 13;
  };
  row('NIK', o.spaced ? k.nik.replace(/(\d{4})(?=\d)/g, '$1 ') : k.nik, true);
  for (const [a, b] of [
    ['Nama', k.nama],
    ['Tempat/Tgl Lahir', k.lahir],
    ['Jenis Kelamin', `${k.jk}      Gol. Darah : ${k.darah}`],
    ['Alamat', k.alamat],
    ['RT/RW', k.rtrw],
    ['Kel/Desa', k.kel],
    ['Kecamatan', k.kec],
    ['Agama', k.agama],
    ['Status Perkawinan', k.kawin],
    ['Pekerjaan', k.kerja],
    ['Kewarganegaraan', 'WNI'],
    ['Berlaku Hingga', k.berlaku],
  ] as [string, string][])
    row(a, b);
  d.lineWidth(0.6)
    .rect(x + 340, y + 52, 84, 104)
    .stroke();
  f(d, 'Helvetica', 7).text('FOTO', x + 340, y + 100, { width: 84, align: 'center' });
  f(d, 'Helvetica', 8.5).text(k.kota, x + 340, y + 166, { width: 84, align: 'center' });
  d.text(k.tgl, x + 340, y + 178, { width: 84, align: 'center' });
  d.moveTo(x + 350, y + 228)
    .bezierCurveTo(x + 370, y + 205, x + 390, y + 245, x + 415, y + 215)
    .stroke();
  d.y = y + H + 20;
  d.x = left(d);
}

export async function ktps(): Promise<void> {
  await pdf(
    'ktp-perempuan-semarang',
    { type: 'ktp', fields: { nik: '3374035402870002', issued_on: '2020-06-08' } },
    'KTP-el of a woman (born 14-02-1987, day 54), SEUMUR HIDUP, issue place/date under the photo frame; card on an otherwise blank page with a photocopy caption above it.',
    {},
    (d) => {
      f(d, 'Helvetica-Oblique', 8).text('Fotokopi sesuai dengan aslinya', left(d), d.y);
      ktpCard(d, {
        prov: 'PROVINSI JAWA TENGAH',
        kab: 'KOTA SEMARANG',
        nik: '3374035402870002',
        nama: 'DEWI KARTIKA SARI',
        lahir: 'SEMARANG, 14-02-1987',
        jk: 'PEREMPUAN',
        darah: 'A',
        alamat: 'JL. PAMULARSIH RAYA NO. 7',
        rtrw: '004/002',
        kel: 'BONGSARI',
        kec: 'SEMARANG BARAT',
        agama: 'ISLAM',
        kawin: 'KAWIN',
        kerja: 'KARYAWAN SWASTA',
        berlaku: 'SEUMUR HIDUP',
        kota: 'KOTA SEMARANG',
        tgl: '08-06-2020',
      });
    },
  );
  await pdf(
    'ktp-lama-berlaku-hingga',
    { type: 'ktp', fields: { nik: '3404040309790005', issued_on: '2011-04-11', valid_until: '2016-09-03' } },
    "Older KTP-el with 'Berlaku Hingga 03-09-2016', NIK printed in groups of four, issued at SLEMAN 11-04-2011; two cards (front and a blank back) on one page.",
    {},
    (d) => {
      ktpCard(
        d,
        {
          prov: 'PROVINSI DAERAH ISTIMEWA YOGYAKARTA',
          kab: 'KABUPATEN SLEMAN',
          nik: '3404040309790005',
          nama: 'BAYU PRASETYO',
          lahir: 'SLEMAN, 03-09-1979',
          jk: 'LAKI-LAKI',
          darah: '-',
          alamat: 'PERUM GRIYA PERSADA BLOK C-12',
          rtrw: '008/021',
          kel: 'SARIHARJO',
          kec: 'NGAGLIK',
          agama: 'KATOLIK',
          kawin: 'KAWIN',
          kerja: 'WIRASWASTA',
          berlaku: '03-09-2016',
          kota: 'SLEMAN',
          tgl: '11-04-2011',
        },
        { spaced: true },
      );
      const y = d.y;
      d.lineWidth(1)
        .roundedRect(left(d) + 10, y, 440, 270, 12)
        .stroke();
      f(d, 'Helvetica', 8).text('(halaman belakang)', left(d) + 10, y + 130, { width: 440, align: 'center' });
    },
  );
}
