// Deeds, letters, licences and non-documents for fixtures/independent-2.
import { ktpCard } from './docs-a.ts';
import { type Doc, deed, f, grid, kv, left, mid, p, pdf, qr, right, skip, stamp, width } from './lib.ts';

const pageMark = (d: Doc, n: number) => f(d, 'Courier', 9).text(`- ${n} -`, 0, 28, { width: d.page.width, align: 'center' });
const margin = (d: Doc) =>
  d
    .save()
    .lineWidth(0.4)
    .moveTo(left(d) - 10, 50)
    .lineTo(left(d) - 10, d.page.height - 50)
    .stroke()
    .restore();

// ------------------------------------------------------------------------------------------ akta
export async function deeds(): Promise<string[]> {
  const a1 = await pdf(
    'akta-pendirian-pt-satu-direktur-courier',
    {
      type: 'akta',
      fields: { deed_number: '21', company_name: 'PT SINAR KARYA MANDIRI', issued_on: '2017-08-14', director: ['ANDI MAPPANYUKKI'] },
    },
    "Akta pendirian PT typed in Courier, every line dash-padded, margin rule, '- n -' page marks; date '14-08-2017 (empat belas Agustus dua ribu tujuh belas)'; 'Direktur : Tuan' with the name and 'Sarjana Teknik' on the NEXT line; komisaris 'Nyonya' likewise; AHU pengesahan two days later in the closing.",
    {
      font: 'Courier',
      size: 10,
      margin: 64,
      head: (d, n) => {
        pageMark(d, n);
        margin(d);
      },
    },
    (d) => {
      f(d, 'Courier-Bold', 11);
      mid(d, 'AKTA PENDIRIAN PERSEROAN TERBATAS', 'Courier-Bold', 11);
      mid(d, 'PT SINAR KARYA MANDIRI', 'Courier-Bold', 11);
      mid(d, 'Nomor : 21', 'Courier-Bold', 11);
      skip(d);
      f(d, 'Courier', 10);
      const t = [
        'Pada hari ini, Senin, tanggal 14-08-2017 (empat belas Agustus dua ribu tujuh belas), pukul 10.00 WITA (sepuluh Waktu Indonesia Tengah).',
        'Berhadapan dengan saya, ANDI TENRI AJENG, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Makassar, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan disebutkan pada bagian akhir akta ini:',
        '1. Tuan ANDI MAPPANYUKKI, Sarjana Teknik, lahir di Bone, pada tanggal 02-01-1978 (dua Januari seribu sembilan ratus tujuh puluh delapan), Wiraswasta, bertempat tinggal di Kota Makassar, Jalan Pettarani Nomor 9, Rukun Tetangga 002, Rukun Warga 004, Kelurahan Tamamaung, Kecamatan Panakkukang, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 7371060201780003, Warga Negara Indonesia.',
        '2. Nyonya RAHMAWATI SAID, lahir di Makassar, pada tanggal 19-05-1981 (sembilan belas Mei seribu sembilan ratus delapan puluh satu), Mengurus Rumah Tangga, bertempat tinggal sama dengan penghadap tersebut di atas, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 7371065905810001, Warga Negara Indonesia.',
        'Para penghadap menerangkan bahwa dengan akta ini telah sepakat mendirikan suatu perseroan terbatas dengan anggaran dasar sebagai berikut:',
        'NAMA DAN TEMPAT KEDUDUKAN\nPasal 1\n1. Perseroan ini bernama PT SINAR KARYA MANDIRI (selanjutnya dalam anggaran dasar ini cukup disingkat dengan "Perseroan"), berkedudukan di Kota Makassar.',
        'MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3\nMaksud dan tujuan Perseroan ialah berusaha dalam bidang konstruksi gedung, konstruksi bangunan sipil, instalasi dan perdagangan bahan bangunan.',
        'MODAL\nPasal 4\n1. Modal dasar Perseroan berjumlah Rp 1.000.000.000,00 (satu miliar rupiah) terbagi atas 1.000 (seribu) saham, masing-masing saham bernilai nominal Rp 1.000.000,00 (satu juta rupiah).',
        '2. Dari modal dasar tersebut telah ditempatkan dan disetor 50% (lima puluh persen) atau sejumlah 500 (lima ratus) saham dengan nilai nominal seluruhnya sebesar Rp 500.000.000,00 (lima ratus juta rupiah) oleh para pendiri.',
        'DIREKSI\nPasal 11\n1. Perseroan diurus dan dipimpin oleh suatu Direksi yang terdiri dari seorang Direktur atau lebih.\n2. Anggota Direksi diangkat oleh Rapat Umum Pemegang Saham untuk jangka waktu 5 (lima) tahun.',
        'DEWAN KOMISARIS\nPasal 14\n1. Dewan Komisaris terdiri dari seorang Komisaris atau lebih.',
        'Akhirnya para penghadap bertindak dalam kedudukannya sebagaimana tersebut di atas menerangkan bahwa:',
        'a. Modal yang ditempatkan telah diambil bagian dan disetor penuh oleh para pendiri, yaitu: Tuan ANDI MAPPANYUKKI sebanyak 300 (tiga ratus) saham; Nyonya RAHMAWATI SAID sebanyak 200 (dua ratus) saham.',
        'b. Menyimpang dari ketentuan dalam Pasal 11 dan Pasal 14 anggaran dasar ini, untuk pertama kalinya telah diangkat sebagai anggota Direksi dan Dewan Komisaris Perseroan:',
        'Direktur : Tuan\nANDI MAPPANYUKKI, Sarjana Teknik, tersebut;',
        'Komisaris : Nyonya\nRAHMAWATI SAID, tersebut;',
        'Pengangkatan tersebut telah diterima oleh masing-masing yang bersangkutan.',
        'c. Penghadap Tuan ANDI MAPPANYUKKI diberi kuasa untuk memohon pengesahan atas akta ini kepada Menteri Hukum dan Hak Asasi Manusia Republik Indonesia.',
        'DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Kota Makassar, pada hari dan tanggal sebagaimana disebutkan pada bagian awal akta ini, dengan dihadiri oleh SUKMAWATI dan IRWAN LATIF, keduanya karyawan kantor Notaris, sebagai saksi-saksi.',
        'Segera setelah akta ini dibacakan oleh saya, Notaris, kepada para penghadap dan para saksi, maka akta ini ditandatangani oleh para penghadap, para saksi dan saya, Notaris.',
        'Dilangsungkan dengan tanpa perubahan.\nMinuta akta ini telah ditandatangani dengan sempurna.\nDiberikan sebagai SALINAN yang sama bunyinya.',
        'Catatan: Akta ini telah memperoleh pengesahan dari Menteri Hukum dan Hak Asasi Manusia Republik Indonesia berdasarkan Keputusan Nomor AHU-0038471.AH.01.01.TAHUN 2017 tanggal 16-08-2017 (enam belas Agustus dua ribu tujuh belas).',
      ];
      for (const s of t) deed(d, s);
      skip(d);
      p(d, 'Notaris di Kota Makassar,\n\n\n\nANDI TENRI AJENG, S.H., M.Kn.', { x: left(d) + 250 });
    },
  );

  const a2 = await pdf(
    'akta-pendirian-pt-dua-direktur-times',
    {
      type: 'akta',
      fields: {
        deed_number: '05',
        company_name: 'PT KENCANA BUANA LESTARI',
        issued_on: '2016-02-03',
        director: ['GUNAWAN SETIADI', 'LINDA KUSUMAWATI'],
      },
    },
    "Akta pendirian PT in Times with two directors: 'Direktur Utama : Tuan Insinyur' and 'Direktur : Nyonya', each name on the next line, the second with 'Sarjana Ekonomi'; deed number '05' with a leading zero; date spelled out only in words in the opening ('hari Rabu, tanggal tiga Februari dua ribu enam belas (03-02-2016)'); AHU decree dated later; 'Halaman n dari m' marks.",
    {
      font: 'Times-Roman',
      size: 11,
      margin: 70,
      foot: (d, n, of) =>
        f(d, 'Times-Italic', 9).text(`Halaman ${n} dari ${of}`, 0, d.page.height - 40, { width: d.page.width, align: 'center' }),
    },
    (d) => {
      mid(d, 'AKTA PENDIRIAN', 'Times-Bold', 13);
      mid(d, 'PERSEROAN TERBATAS "PT KENCANA BUANA LESTARI"', 'Times-Bold', 12);
      mid(d, 'NOMOR: 05', 'Times-Bold', 12);
      skip(d);
      f(d, 'Times-Roman', 11);
      const t = [
        'Pada hari ini, hari Rabu, tanggal tiga Februari dua ribu enam belas (03-02-2016), pukul 13.30 WIB (tiga belas lewat tiga puluh menit Waktu Indonesia Barat).',
        'Menghadap kepada saya, MARGARETHA SUSILO, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Surabaya, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan nama-namanya akan disebut pada bagian akhir akta ini:',
        'I. Tuan Insinyur GUNAWAN SETIADI, lahir di Malang, pada tanggal 11-11-1970 (sebelas November seribu sembilan ratus tujuh puluh), Wiraswasta, bertempat tinggal di Kota Surabaya, Jalan Ketintang Madya Nomor 30, Rukun Tetangga 001, Rukun Warga 003, Kelurahan Ketintang, Kecamatan Gayungan, pemegang Kartu Tanda Penduduk Nomor 3578101111700004, Warga Negara Indonesia;',
        'II. Nyonya LINDA KUSUMAWATI, Sarjana Ekonomi, lahir di Kediri, pada tanggal 25-06-1975 (dua puluh lima Juni seribu sembilan ratus tujuh puluh lima), Karyawan Swasta, bertempat tinggal di Kota Surabaya, Jalan Gayungsari Barat Nomor 4, pemegang Kartu Tanda Penduduk Nomor 3578106506750002, Warga Negara Indonesia;',
        'III. Tuan HARTONO WIBISONO, lahir di Surabaya, pada tanggal 07-03-1950 (tujuh Maret seribu sembilan ratus lima puluh), Pensiunan, bertempat tinggal di Kota Surabaya, pemegang Kartu Tanda Penduduk Nomor 3578100703500001, Warga Negara Indonesia.',
        'Para penghadap dengan ini sepakat untuk mendirikan sebuah perseroan terbatas dengan anggaran dasar sebagaimana termuat dalam akta ini.',
        'Pasal 1. Perseroan terbatas ini bernama PT KENCANA BUANA LESTARI, berkedudukan di Kota Surabaya.',
        'Pasal 3. Maksud dan tujuan Perseroan ialah berusaha di bidang perdagangan besar, pengadaan barang, jasa kebersihan gedung dan jasa penunjang kantor.',
        'Pasal 4. Modal dasar Perseroan berjumlah Rp 2.000.000.000,00 (dua miliar rupiah), terbagi atas 2.000 (dua ribu) saham, masing-masing bernilai nominal Rp 1.000.000,00 (satu juta rupiah).',
        'Pasal 11. Direksi terdiri dari 1 (satu) orang Direktur Utama dan 1 (satu) orang Direktur atau lebih.',
        'Pasal 14. Dewan Komisaris terdiri dari 1 (satu) orang Komisaris atau lebih.',
        'Selanjutnya para penghadap menerangkan bahwa untuk pertama kalinya telah diangkat sebagai:',
        'Direktur Utama : Tuan Insinyur\nGUNAWAN SETIADI tersebut;',
        'Direktur : Nyonya\nLINDA KUSUMAWATI, Sarjana Ekonomi, tersebut;',
        'Komisaris : Tuan\nHARTONO WIBISONO tersebut;',
        'Pengangkatan anggota Direksi dan Dewan Komisaris tersebut telah diterima oleh masing-masing yang bersangkutan.',
        'Para penghadap memberi kuasa kepada Nyonya LINDA KUSUMAWATI, Sarjana Ekonomi, tersebut, untuk memohon pengesahan badan hukum Perseroan kepada Menteri Hukum dan Hak Asasi Manusia Republik Indonesia.',
        'DEMIKIAN AKTA INI dibuat dan diselesaikan di Surabaya pada hari dan tanggal tersebut dalam kepala akta ini, dengan dihadiri oleh Tuan BAMBANG IRAWAN dan Nona NOVITA SARI, keduanya pegawai kantor Notaris, sebagai saksi-saksi.',
        'Setelah akta ini dibacakan oleh saya, Notaris, kepada para penghadap dan saksi-saksi, maka segera akta ini ditandatangani.',
        'Keterangan: pengesahan badan hukum Perseroan telah diberikan dengan Keputusan Menteri Hukum dan Hak Asasi Manusia Republik Indonesia Nomor AHU-0006215.AH.01.01.Tahun 2016 tanggal 08-02-2016.',
      ];
      for (const s of t) {
        for (const ln of s.split('\n')) p(d, ln, { align: 'justify' });
        d.moveDown(0.4);
      }
      skip(d);
      p(d, 'Salinan sesuai aslinya\nNotaris di Kota Surabaya\n\n\n\nMARGARETHA SUSILO, S.H., M.Kn.', { x: left(d) + 240 });
    },
  );

  const a3 = await pdf(
    'akta-perubahan-cv-persero-pengurus',
    {
      type: 'akta',
      fields: { deed_number: '9', company_name: 'CV MEKAR JAYA ABADI', issued_on: '2021-09-20', director: ['BAYU PRASETYO'] },
    },
    "Akta perubahan of a CV (Persekutuan Komanditer): the old Persero Pengurus (SUPARDI) withdraws, the new 'Persero Pengurus (Direktur) : Tuan' with the name on the next line; the 2015 founding deed and its date cited first; CV registration 'AHU-0051120-AH.01.14 Tahun 2021'; Courier, dash-padded.",
    {
      font: 'Courier',
      size: 10,
      margin: 64,
      head: (d, n) => pageMark(d, n),
    },
    (d) => {
      mid(d, 'PERUBAHAN ANGGARAN DASAR', 'Courier-Bold', 11);
      mid(d, 'PERSEKUTUAN KOMANDITER', 'Courier-Bold', 11);
      mid(d, 'CV MEKAR JAYA ABADI', 'Courier-Bold', 11);
      mid(d, 'Nomor : 9.-', 'Courier-Bold', 11);
      skip(d);
      f(d, 'Courier', 10);
      const t = [
        'Pada hari ini, Senin, tanggal 20-09-2021 (dua puluh September dua ribu dua puluh satu).',
        'Menghadap kepada saya, RR. SITI NURHAYATI, Sarjana Hukum, Notaris di Kabupaten Sleman, dengan dihadiri oleh saksi-saksi yang akan disebut pada akhir akta ini:',
        '1. Tuan SUPARDI, lahir di Sleman, pada tanggal 12-04-1962 (dua belas April seribu sembilan ratus enam puluh dua), Wiraswasta, bertempat tinggal di Kabupaten Sleman, pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan 3404041204620001;',
        '2. Tuan BAYU PRASETYO, lahir di Sleman, pada tanggal 03-09-1979 (tiga September seribu sembilan ratus tujuh puluh sembilan), Wiraswasta, bertempat tinggal di Kabupaten Sleman, Perum Griya Persada Blok C-12, pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan 3404040309790005;',
        '3. Nyonya SRI WAHYUNI, lahir di Klaten, pada tanggal 30-10-1965 (tiga puluh Oktober seribu sembilan ratus enam puluh lima), Mengurus Rumah Tangga, pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan 3404047010650002.',
        'Para penghadap menerangkan terlebih dahulu bahwa:',
        '- Tuan SUPARDI dan Nyonya SRI WAHYUNI adalah para sekutu dari persekutuan komanditer CV MEKAR JAYA ABADI, berkedudukan di Kabupaten Sleman, yang didirikan dengan akta Nomor 14 tanggal 02-03-2015 (dua Maret dua ribu lima belas), dibuat di hadapan saya, Notaris;',
        '- Tuan SUPARDI hendak mengundurkan diri sebagai Persero Pengurus dan menjual serta menyerahkan seluruh bagiannya dalam persekutuan kepada Tuan BAYU PRASETYO, dan Tuan BAYU PRASETYO menyatakan masuk sebagai persero baru.',
        'Sehubungan dengan hal tersebut para penghadap sepakat mengubah ketentuan anggaran dasar persekutuan sehingga selanjutnya para persero dalam persekutuan adalah:',
        'Persero Pengurus (Direktur) : Tuan\nBAYU PRASETYO tersebut;',
        'Persero Komanditer : Nyonya\nSRI WAHYUNI tersebut;',
        'Tuan SUPARDI dengan ini dibebaskan dari tanggung jawabnya sebagai Persero Pengurus dan diberikan pelunasan dan pembebasan sepenuhnya (acquit et de charge) atas tindakan pengurusan yang dijalankannya.',
        'Ketentuan lain dalam anggaran dasar persekutuan yang tidak diubah dengan akta ini tetap berlaku.',
        'Demikian akta ini dibuat di Kabupaten Sleman pada hari dan tanggal tersebut di atas, dihadiri oleh Nona ANINDITA dan Tuan YOGA PAMUNGKAS, keduanya pegawai kantor Notaris, sebagai saksi.',
        'Perubahan ini telah didaftarkan pada Sistem Administrasi Badan Usaha dengan Surat Keterangan Terdaftar Nomor AHU-0051120-AH.01.14 Tahun 2021 tanggal 22-09-2021.',
      ];
      for (const s of t) deed(d, s);
      skip(d);
      p(d, 'Notaris di Kabupaten Sleman,\n\n\n\nRR. SITI NURHAYATI, S.H.', { x: left(d) + 240 });
    },
  );

  await pdf(
    'akta-perubahan-pt-direksi-dua',
    {
      type: 'akta',
      fields: {
        deed_number: '33',
        company_name: 'PT DELTA SARANA INFORMATIKA',
        issued_on: '2023-01-26',
        director: ['RICKY SANTOSO', 'FITRIANI NASUTION'],
      },
    },
    "Akta Pernyataan Keputusan Para Pemegang Saham (perubahan direksi) in Helvetica: cites the 2018 founding deed and an AHU approval, the meeting date (a day before) in the text, old director HENRY GUNADI honourably discharged; new 'Direktur Utama : Tuan RICKY SANTOSO' on one line, 'Direktur : Nyonya' then 'Doktoranda FITRIANI NASUTION' on the next line; perubahan-data receipt AHU-AH.01.09 dated a day later.",
    {
      margin: 66,
      foot: (d, n) =>
        f(d, 'Helvetica', 8).text(`Akta Nomor 33 / 26-01-2023 - hal. ${n}`, left(d), d.page.height - 36, {
          width: width(d),
          align: 'right',
        }),
    },
    (d) => {
      mid(d, 'PERNYATAAN KEPUTUSAN PARA PEMEGANG SAHAM', 'Helvetica-Bold', 11.5);
      mid(d, 'PT DELTA SARANA INFORMATIKA', 'Helvetica-Bold', 11.5);
      mid(d, 'Nomor : 33', 'Helvetica-Bold', 11);
      skip(d);
      f(d, 'Helvetica', 10);
      const t = [
        'Pada hari ini, Kamis, tanggal 26-01-2023 (dua puluh enam Januari dua ribu dua puluh tiga), pukul 09.00 WIB.',
        'Berhadapan dengan saya, YOHANES KRISTIANTO, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Administrasi Jakarta Selatan, dengan dihadiri saksi-saksi yang telah saya, Notaris, kenal:',
        'Tuan RICKY SANTOSO, lahir di Jakarta, pada tanggal 15-08-1983, Karyawan Swasta, bertempat tinggal di Jakarta Selatan, pemegang Nomor Induk Kependudukan 3174051508830007, Warga Negara Indonesia, menurut keterangannya dalam hal ini bertindak berdasarkan kuasa yang diberikan oleh Keputusan Para Pemegang Saham yang diambil di luar Rapat tertanggal 25-01-2023 (dua puluh lima Januari dua ribu dua puluh tiga), selaku kuasa dari para pemegang saham PT DELTA SARANA INFORMATIKA, berkedudukan di Jakarta Selatan, yang anggaran dasarnya dimuat dalam akta Nomor 12 tanggal 09-10-2018 dibuat di hadapan Notaris YOHANES KRISTIANTO, yang telah memperoleh pengesahan berdasarkan Keputusan Menteri Hukum dan Hak Asasi Manusia Nomor AHU-0049921.AH.01.01.Tahun 2018 tanggal 11-10-2018.',
        'Penghadap menerangkan bahwa para pemegang saham Perseroan telah mengambil keputusan sebagai berikut:',
        '1. Menerima pengunduran diri Tuan HENRY GUNADI dari jabatannya selaku Direktur Utama Perseroan, dengan ucapan terima kasih dan pembebasan tanggung jawab sepenuhnya (acquit et de charge);',
        '2. Mengangkat susunan anggota Direksi dan Dewan Komisaris Perseroan yang baru untuk masa jabatan 5 (lima) tahun terhitung sejak ditutupnya keputusan, sehingga untuk selanjutnya susunan anggota Direksi dan Dewan Komisaris Perseroan adalah sebagai berikut:',
        'DIREKSI\nDirektur Utama : Tuan RICKY SANTOSO tersebut;\nDirektur : Nyonya\nDoktoranda FITRIANI NASUTION, lahir di Medan, pada tanggal 21-04-1976, bertempat tinggal di Jakarta Selatan, pemegang Nomor Induk Kependudukan 3174056104760003;',
        'DEWAN KOMISARIS\nKomisaris : Tuan HENRY GUNADI, lahir di Bandung, pada tanggal 02-02-1960, bertempat tinggal di Jakarta Selatan;',
        '3. Memberi kuasa kepada Direksi Perseroan untuk memberitahukan perubahan data Perseroan kepada Menteri Hukum dan Hak Asasi Manusia Republik Indonesia.',
        'DEMIKIANLAH akta ini dibuat sebagai minuta dan dilangsungkan di Jakarta Selatan pada hari dan tanggal tersebut pada kepala akta ini.',
        'Perubahan data Perseroan ini telah diterima dan dicatat berdasarkan Surat Penerimaan Pemberitahuan Perubahan Data Perseroan Nomor AHU-AH.01.09-0019274 tanggal 27-01-2023.',
      ];
      for (const s of t) {
        for (const ln of s.split('\n')) p(d, ln, { align: 'justify' });
        d.moveDown(0.5);
      }
    },
  );
  return [a1, a2, a3];
}

// ------------------------------------------------------------------------------------------ letters
const kop = (d: Doc, name: string, sub: string) => {
  mid(d, name, 'Helvetica-Bold', 15);
  mid(d, sub, 'Helvetica', 8.5);
  const y = d.y + 3;
  d.lineWidth(2)
    .moveTo(left(d), y)
    .lineTo(right(d), y)
    .stroke()
    .lineWidth(0.6)
    .moveTo(left(d), y + 3)
    .lineTo(right(d), y + 3)
    .stroke();
  d.y = y + 14;
};
const meterai = (d: Doc, x: number, y: number) => {
  d.save().lineWidth(0.5).dash(2, { space: 2 }).rect(x, y, 58, 40).stroke().undash().restore();
  f(d, 'Helvetica', 6).text('METERAI\nTEMPEL\n10000', x, y + 8, { width: 58, align: 'center' });
};

export async function letters(): Promise<string[]> {
  await pdf(
    'surat-kuasa-pt-andalas',
    {
      type: 'surat_kuasa',
      fields: {
        signatory_name: 'YULIANTI SYAFRUDDIN',
        signatory_role: 'Direktur Utama',
        attorney_name: 'RAHMAT HIDAYAT',
        company_name: 'PT ANDALAS TEKNIK UTAMA',
        issued_on: '2025-05-19',
      },
    },
    "Surat kuasa on letterhead: grantor block with 'Ir.' and 'M.T.' around the name, attorney block with employee number, purpose listing a tender code, the akta date cited; signatures side by side, grantor (with meterai) on the LEFT, attorney on the RIGHT; place-date line 'Padang, 19 Mei 2025'.",
    {},
    (d) => {
      kop(d, 'PT ANDALAS TEKNIK UTAMA', 'Konsultan Teknik & Perencanaan  |  Jl. Khatib Sulaiman No. 45 B, Padang  |  Telp. 0751-7055123');
      mid(d, 'SURAT KUASA', 'Helvetica-Bold', 13);
      mid(d, 'No. 041/ATU/SK/V/2025', 'Helvetica', 9.5);
      skip(d);
      f(d, 'Helvetica', 10);
      p(d, 'Yang bertanda tangan di bawah ini:');
      for (const [a, b] of [
        ['Nama', 'Ir. YULIANTI SYAFRUDDIN, M.T.'],
        ['Jabatan', 'Direktur Utama'],
        ['Alamat', 'Jl. Veteran No. 12, Padang'],
      ] as [string, string][])
        kv(d, a, b, { x: left(d) + 20, colon: 100 });
      p(
        d,
        'dalam hal ini bertindak untuk dan atas nama PT ANDALAS TEKNIK UTAMA berdasarkan Akta Pendirian Nomor 3 tanggal 12 Januari 2012, selanjutnya disebut PEMBERI KUASA.',
        { align: 'justify' },
      );
      skip(d, 0.5);
      p(d, 'Dengan ini memberikan kuasa kepada:');
      for (const [a, b] of [
        ['Nama', 'RAHMAT HIDAYAT, S.T.'],
        ['Jabatan', 'Manajer Teknik (pegawai tetap, NIK Karyawan 0117)'],
        ['Alamat', 'Komp. Filano Blok D/4, Padang'],
      ] as [string, string][])
        kv(d, a, b, { x: left(d) + 20, colon: 100 });
      p(d, 'selanjutnya disebut PENERIMA KUASA.', {});
      skip(d, 0.5);
      p(d, '------------------------------------------ K H U S U S ------------------------------------------', { align: 'center' });
      skip(d, 0.5);
      p(
        d,
        'Untuk mewakili Pemberi Kuasa dalam mengikuti Seleksi paket Perencanaan Teknis Gedung Laboratorium (kode tender 10284731000) pada LPSE Provinsi Sumatera Barat, termasuk menandatangani dan menyampaikan dokumen penawaran, menghadiri pembuktian kualifikasi dan klarifikasi, serta melakukan segala tindakan yang diperlukan untuk keperluan tersebut.',
        { align: 'justify' },
      );
      skip(d, 0.5);
      p(d, 'Surat kuasa ini berlaku sejak ditandatangani sampai dengan selesainya proses pemilihan tersebut.');
      skip(d);
      p(d, 'Padang, 19 Mei 2025', { x: left(d) + 300 });
      skip(d);
      const y = d.y;
      f(d, 'Helvetica-Bold', 10).text('Pemberi Kuasa,', left(d), y);
      d.text('Penerima Kuasa,', left(d) + 300, y);
      meterai(d, left(d) + 10, y + 18);
      f(d, 'Helvetica-Bold', 10).text('Ir. YULIANTI SYAFRUDDIN, M.T.', left(d), y + 80, { underline: true });
      f(d, 'Helvetica', 10).text('Direktur Utama', left(d), y + 94);
      f(d, 'Helvetica-Bold', 10).text('RAHMAT HIDAYAT, S.T.', left(d) + 300, y + 80, { underline: true });
      f(d, 'Helvetica', 10).text('Manajer Teknik', left(d) + 300, y + 94);
    },
  );

  const kuasaCv = await pdf(
    'surat-kuasa-cv-tabel',
    {
      type: 'surat_kuasa',
      fields: {
        signatory_name: 'SLAMET RIYADI',
        signatory_role: 'Direktur',
        attorney_name: 'AGUS PRIYANTO',
        company_name: 'CV TUNAS HARAPAN MAKMUR',
        issued_on: '2025-03-03',
      },
    },
    "Short surat kuasa whose two parties sit in one bordered table (columns PEMBERI KUASA / PENERIMA KUASA, rows Nama/Jabatan/NIK/Alamat) with 'Sdr.' before the attorney; date line 'Purwokerto, 3 Maret 2025' above right-aligned signatures (attorney left, grantor right) and a company stamp.",
    {},
    (d) => {
      mid(d, 'CV TUNAS HARAPAN MAKMUR', 'Times-Bold', 14);
      mid(d, 'Jl. Jend. Gatot Subroto No. 27 Purwokerto - Banyumas  Telp. (0281) 631889', 'Times-Roman', 9);
      d.lineWidth(1)
        .moveTo(left(d), d.y + 3)
        .lineTo(right(d), d.y + 3)
        .stroke();
      skip(d, 1.5);
      mid(d, 'SURAT KUASA', 'Times-Bold', 13);
      skip(d);
      f(d, 'Times-Roman', 11);
      p(d, 'Kami yang bertanda tangan di bawah ini memberikan kuasa sebagaimana tersebut dalam tabel berikut:');
      skip(d, 0.5);
      grid(
        d,
        [90, 196, 197],
        ['', 'PEMBERI KUASA', 'PENERIMA KUASA'],
        [
          ['Nama', 'SLAMET RIYADI', 'Sdr. AGUS PRIYANTO'],
          ['Jabatan', 'Direktur', 'Staf Administrasi Penawaran'],
          ['NIK', '3302141705740002', '3302142208900004'],
          ['Alamat', 'Jl. Kober Gg. Mawar No. 3, Purwokerto Barat', 'Desa Karangsalam RT 02/RW 01, Baturraden'],
        ],
        { font: 'Times-Roman', headFont: 'Times-Bold', size: 10.5, pad: 4 },
      );
      skip(d);
      p(
        d,
        'Untuk dan atas nama CV TUNAS HARAPAN MAKMUR, Penerima Kuasa diberi wewenang untuk mengunggah dokumen penawaran dan dokumen kualifikasi, menandatangani surat penawaran, serta menghadiri klarifikasi dan pembuktian kualifikasi pada tender Pengadaan Mebel dan Peralatan Kantor Dinas Pendidikan Kabupaten Banyumas Tahun Anggaran 2025.',
        { align: 'justify' },
      );
      skip(d);
      p(d, 'Purwokerto, 3 Maret 2025', { x: left(d) + 290 });
      skip(d, 0.5);
      const y = d.y;
      f(d, 'Times-Roman', 11).text('Yang Menerima Kuasa,', left(d) + 20, y);
      d.text('Yang Memberi Kuasa,', left(d) + 290, y);
      meterai(d, left(d) + 290, y + 18);
      stamp(d, left(d) + 380, y + 40, 'CV TUNAS HARAPAN MAKMUR', 'PURWOKERTO');
      f(d, 'Times-Bold', 11).text('AGUS PRIYANTO', left(d) + 20, y + 85, { underline: true });
      d.text('SLAMET RIYADI', left(d) + 290, y + 85, { underline: true });
      f(d, 'Times-Roman', 11).text('Direktur', left(d) + 290, y + 99);
    },
  );

  const domisili = await pdf(
    'domisili-desa-2019',
    {
      type: 'surat_domisili',
      fields: {
        company_name: 'CV BERKAH TANI NUSANTARA',
        issued_on: '2019-06-04',
        valid_until: '2020-06-03',
        signatory_name: 'SUGENG WIDODO',
        signatory_role: 'Kepala Desa Sukorejo',
      },
    },
    "Village domicile letter (Surat Keterangan Domisili Usaha) with the village letterhead in capitals, reference number, the firm's data in a colon block incl. the director's name (a second person, not the signer), validity 'berlaku sampai dengan tanggal 3 Juni 2020', signer with round stamp.",
    { font: 'Times-Roman', size: 11 },
    (d) => {
      mid(d, 'PEMERINTAH KABUPATEN JEMBER', 'Times-Bold', 12);
      mid(d, 'KECAMATAN BANGSALSARI', 'Times-Bold', 12);
      mid(d, 'DESA SUKOREJO', 'Times-Bold', 14);
      mid(d, 'Jalan Raya Sukorejo No. 1 Kode Pos 68154', 'Times-Italic', 9);
      d.lineWidth(2)
        .moveTo(left(d), d.y + 3)
        .lineTo(right(d), d.y + 3)
        .stroke();
      skip(d, 1.5);
      mid(d, 'SURAT KETERANGAN DOMISILI USAHA', 'Times-Bold', 12.5);
      mid(d, 'Nomor : 474.4/117/35.09.13.2004/2019', 'Times-Roman', 11);
      skip(d);
      f(d, 'Times-Roman', 11);
      p(d, 'Yang bertanda tangan di bawah ini Kepala Desa Sukorejo, Kecamatan Bangsalsari, Kabupaten Jember, menerangkan bahwa:', {
        align: 'justify',
      });
      skip(d, 0.5);
      for (const [a, b] of [
        ['Nama Perusahaan', 'CV BERKAH TANI NUSANTARA'],
        ['Bidang Usaha', 'Perdagangan hasil pertanian dan sarana produksi pertanian'],
        ['Penanggung Jawab', 'MOHAMMAD FAISAL'],
        ['Jabatan', 'Direktur'],
        ['Alamat Usaha', 'Dusun Krajan RT 003 RW 001, Desa Sukorejo, Kecamatan Bangsalsari, Kabupaten Jember'],
      ] as [string, string][])
        kv(d, a, b, { x: left(d) + 20, colon: 140 });
      skip(d, 0.5);
      p(
        d,
        'Berdasarkan penelitian dan sepengetahuan kami, perusahaan tersebut di atas benar berdomisili dan menjalankan usahanya di alamat tersebut.',
        { align: 'justify' },
      );
      skip(d, 0.5);
      p(
        d,
        'Surat keterangan ini berlaku sampai dengan tanggal 3 Juni 2020 dan diberikan untuk melengkapi persyaratan administrasi perusahaan.',
        { align: 'justify' },
      );
      skip(d, 0.5);
      p(d, 'Demikian surat keterangan ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.', { align: 'justify' });
      skip(d);
      const x = left(d) + 270;
      p(d, 'Sukorejo, 4 Juni 2019\nKepala Desa Sukorejo', { x });
      stamp(d, x + 30, d.y + 30, 'PEMERINTAH KAB. JEMBER', 'DESA SUKOREJO');
      d.y += 62;
      f(d, 'Times-Bold', 11);
      p(d, 'SUGENG WIDODO', { x, underline: true });
    },
  );
  return [kuasaCv, domisili];
}

// ------------------------------------------------------------------------------------------ licences
export async function licences(): Promise<string[]> {
  const sbu = await pdf(
    'sbu-konstruksi-dua-halaman',
    {
      type: 'iujk_sbu',
      fields: {
        nib: '2106230045127',
        company_name: 'PT SINAR KARYA MANDIRI',
        kbli: ['41011'],
        issued_on: '2023-07-25',
        valid_until: '2026-07-24',
      },
    },
    "SBU konstruksi (PB-UMKU) cover with numbered fields incl. NIB and KBLI code+title, 'Telah memenuhi persyaratan', 'Diterbitkan tanggal: 25 Juli 2023', OSS footer; page 2 a bordered table with subklasifikasi BG001, kualifikasi Kecil and a 'Masa Berlaku' column '25-07-2023 s.d. 24-07-2026'.",
    {},
    (d) => {
      mid(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 11);
      mid(d, 'PERIZINAN BERUSAHA UNTUK MENUNJANG KEGIATAN USAHA', 'Helvetica-Bold', 11);
      mid(d, 'SERTIFIKAT BADAN USAHA (SBU) KONSTRUKSI', 'Helvetica-Bold', 12);
      mid(d, 'PB-UMKU: 210623004512700010004', 'Helvetica', 10);
      skip(d);
      f(d, 'Helvetica', 10);
      p(
        d,
        'Pemerintah Republik Indonesia menerbitkan Perizinan Berusaha Untuk Menunjang Kegiatan Usaha (PB-UMKU), yang merupakan Sertifikat Badan Usaha (SBU) konstruksi kepada Pelaku Usaha berikut ini:',
        { align: 'justify' },
      );
      skip(d, 0.5);
      for (const [a, b] of [
        ['1. Nama Pelaku Usaha', 'PT SINAR KARYA MANDIRI'],
        ['2. Nomor Induk Berusaha (NIB)', '2106230045127'],
        ['3. Alamat Kantor', 'Jl. Urip Sumoharjo No. 118, Karuwisi, Panakkukang, Kota Makassar'],
        ['4. Status Penanaman Modal', 'PMDN'],
        ['5. Kode KBLI', '41011 - Konstruksi Gedung Hunian'],
        ['6. Lokasi Usaha', 'Kota Makassar, Sulawesi Selatan'],
      ] as [string, string][])
        kv(d, a, b, { colon: 200 });
      skip(d);
      p(
        d,
        'Telah memenuhi persyaratan:\n1. Standar Penetapan Kemampuan Badan Usaha Jasa Konstruksi (Klasifikasi, Kualifikasi dan Subklasifikasi sebagaimana tercantum dalam lampiran).',
      );
      skip(d);
      const x = left(d) + 260;
      p(d, 'Diterbitkan tanggal: 25 Juli 2023\na.n. Menteri Pekerjaan Umum dan Perumahan Rakyat\nKetua Lembaga Sertifikasi Badan Usaha', {
        x,
      });
      qr(d, x, d.y + 4, 52, 'SBU-2106230045127');
      d.y += 62;
      f(d, 'Helvetica', 7.5);
      p(d, 'Dokumen ini diterbitkan sistem OSS berdasarkan data dari Pelaku Usaha dan ditandatangani secara elektronik.', { x: left(d) });
      d.addPage();
      mid(d, 'LAMPIRAN SERTIFIKAT BADAN USAHA', 'Helvetica-Bold', 11);
      mid(d, 'PT SINAR KARYA MANDIRI  -  NIB 2106230045127', 'Helvetica', 10);
      skip(d);
      grid(
        d,
        [24, 70, 60, 150, 60, 119],
        ['No', 'Klasifikasi', 'Kode', 'Subklasifikasi', 'Kualifikasi', 'Masa Berlaku'],
        [['1', 'Bangunan Gedung', 'BG001', 'Konstruksi Gedung Hunian (KBLI 41011)', 'Kecil', '25-07-2023 s.d. 24-07-2026']],
        { size: 9, pad: 4 },
      );
      skip(d);
      f(d, 'Helvetica', 9);
      p(d, 'Nomor Registrasi: 1-7371-04-001-1-10-004512\nSertifikat ini wajib diperpanjang sebelum masa berlaku berakhir.');
    },
  );

  await pdf(
    'sertifikat-standar-perdagangan',
    {
      type: 'izin_usaha',
      fields: { nib: '1411240087352', company_name: 'CV TUNAS HARAPAN MAKMUR', issued_on: '2024-12-02', kbli: ['46591'] },
    },
    "OSS-RBA 'Sertifikat Standar' for one KBLI of Menengah Rendah risk (scored as izin_usaha, the licence it replaces): header, certificate number with the NIB as prefix, fields incl. NIB, KBLI, Tingkat Risiko, 'Status : Telah Terverifikasi', issue line 'Diterbitkan di Jakarta, tanggal: 2 Desember 2024' and a reference to the NIB issue date (14 November 2024) in the text.",
    {},
    (d) => {
      mid(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 11);
      mid(d, 'PERIZINAN BERUSAHA BERBASIS RISIKO', 'Helvetica-Bold', 11);
      skip(d, 0.5);
      mid(d, 'SERTIFIKAT STANDAR', 'Helvetica-Bold', 14);
      mid(d, 'Nomor: 14112400873520001', 'Helvetica', 10);
      skip(d);
      f(d, 'Helvetica', 10);
      p(
        d,
        'Berdasarkan Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko, Pemerintah Republik Indonesia menerbitkan Sertifikat Standar kepada:',
        { align: 'justify' },
      );
      skip(d, 0.5);
      for (const [a, b] of [
        ['1. Nama Pelaku Usaha', 'CV TUNAS HARAPAN MAKMUR'],
        ['2. Nomor Induk Berusaha', '1411240087352 (diterbitkan 14 November 2024)'],
        ['3. Alamat Kantor', 'Jl. Jend. Gatot Subroto No. 27, Sokanegara, Purwokerto Timur, Kab. Banyumas'],
        ['4. KBLI', '46591 - Perdagangan Besar Mesin Kantor Dan Industri, Suku Cadang Dan Perlengkapannya'],
        ['5. Lokasi Usaha', 'Kab. Banyumas, Jawa Tengah'],
        ['6. Tingkat Risiko', 'Menengah Rendah'],
        ['7. Status', 'Telah Terverifikasi'],
      ] as [string, string][])
        kv(d, a, b, { colon: 170 });
      skip(d);
      p(
        d,
        'Sertifikat Standar ini merupakan pernyataan Pelaku Usaha untuk memenuhi standar usaha dalam rangka melakukan kegiatan usaha dan berlaku selama Pelaku Usaha menjalankan kegiatan usahanya.',
        { align: 'justify' },
      );
      skip(d);
      const x = left(d) + 260;
      p(d, 'Diterbitkan di Jakarta, tanggal: 2 Desember 2024\nMenteri Investasi dan Hilirisasi/\nKepala Badan Koordinasi Penanaman Modal', {
        x,
      });
      qr(d, x, d.y + 4, 54, '14112400873520001');
      d.y += 62;
      p(d, 'Ditandatangani secara elektronik', { x });
    },
  );

  await pdf(
    'siup-kecil-2015',
    {
      type: 'izin_usaha',
      fields: {
        company_name: 'CV MEKAR JAYA ABADI',
        npwp: '84.902.113.5-542.000',
        issued_on: '2015-03-25',
        valid_until: '2020-03-25',
        kbli: ['46100', '47111'],
      },
    },
    "Legacy regional SIUP KECIL (Kab. Sleman, 2015): regency letterhead, numbered colon rows in capitals incl. NPWP and 'KEGIATAN USAHA (KBLI)' with two codes and titles on separate lines, 'BERLAKU SAMPAI DENGAN : 25 MARET 2020', place-date with the head of office and NIP.",
    { size: 10 },
    (d) => {
      mid(d, 'PEMERINTAH KABUPATEN SLEMAN', 'Helvetica-Bold', 12);
      mid(d, 'DINAS PENANAMAN MODAL DAN PELAYANAN PERIZINAN TERPADU', 'Helvetica-Bold', 10.5);
      mid(d, 'Jl. Parasamya No. 1 Beran, Tridadi, Sleman', 'Helvetica', 8.5);
      d.lineWidth(1.5)
        .moveTo(left(d), d.y + 3)
        .lineTo(right(d), d.y + 3)
        .stroke();
      skip(d, 1.5);
      mid(d, 'SURAT IZIN USAHA PERDAGANGAN (SIUP) KECIL', 'Helvetica-Bold', 12);
      mid(d, 'NOMOR : 503/0412/SIUP-K/III/2015', 'Helvetica', 10);
      skip(d);
      f(d, 'Helvetica', 9.5);
      for (const [a, b] of [
        ['1. NAMA PERUSAHAAN', 'CV MEKAR JAYA ABADI'],
        ['2. NAMA PENANGGUNG JAWAB', 'SUPARDI'],
        ['3. ALAMAT PERUSAHAAN', 'JL. MAGELANG KM 9,5 NO. 21, SARIHARJO, NGAGLIK, SLEMAN'],
        ['4. NOMOR TELEPON', '(0274) 865310'],
        ['5. NPWP', '84.902.113.5-542.000'],
        ['6. MODAL DAN KEKAYAAN BERSIH PERUSAHAAN (TIDAK TERMASUK TANAH DAN BANGUNAN TEMPAT USAHA)', 'Rp 250.000.000,-'],
        ['7. KELEMBAGAAN', 'PEDAGANG BESAR'],
        [
          '8. KEGIATAN USAHA (KBLI)',
          '46100 - PERDAGANGAN BESAR ATAS DASAR BALAS JASA (FEE) ATAU KONTRAK\n47111 - PERDAGANGAN ECERAN BERBAGAI MACAM BARANG YANG UTAMANYA MAKANAN, MINUMAN ATAU TEMBAKAU DI MINIMARKET',
        ],
        ['9. BARANG/JASA DAGANGAN UTAMA', 'ALAT TULIS KANTOR, BAHAN BANGUNAN, SEMBAKO'],
      ] as [string, string][])
        kv(d, a, b, { colon: 200 });
      skip(d);
      f(d, 'Helvetica-Bold', 10);
      p(d, 'SIUP INI BERLAKU SAMPAI DENGAN : 25 MARET 2020');
      f(d, 'Helvetica', 9.5);
      p(d, 'dan wajib didaftar ulang setelah masa berlaku berakhir.');
      skip(d);
      const x = left(d) + 260;
      p(
        d,
        'Dikeluarkan di : Sleman\nPada tanggal   : 25 Maret 2015\n\nKEPALA DINAS PENANAMAN MODAL DAN\nPELAYANAN PERIZINAN TERPADU\n\n\n\nDrs. HARYANTO SUKMONO, M.Si.\nNIP. 19640812 199003 1 008',
        { x },
      );
    },
  );

  await pdf(
    'tdp-cv-2015',
    {
      type: 'tdp',
      fields: {
        company_name: 'CV MEKAR JAYA ABADI',
        npwp: '84.902.113.5-542.000',
        issued_on: '2015-04-02',
        valid_until: '2020-04-02',
        kbli: ['46100'],
      },
    },
    "Legacy TDP (Persekutuan Komanditer) with a bordered 4-cell header (NOMOR TDP / BERLAKU S/D; AGENDA / PEMBAHARUAN KE), field list below with KBLI and NPWP, 'BERLAKU S/D TANGGAL : 02-04-2020' in the header cell, issue date '2 April 2015' at the foot.",
    {},
    (d) => {
      mid(d, 'TANDA DAFTAR PERUSAHAAN', 'Helvetica-Bold', 14);
      mid(d, 'PERSEKUTUAN KOMANDITER (CV)', 'Helvetica-Bold', 11);
      mid(d, 'BERDASARKAN UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 3 TAHUN 1982 TENTANG WAJIB DAFTAR PERUSAHAAN', 'Helvetica', 8.5);
      skip(d);
      grid(
        d,
        [120, 122, 120, 121],
        null,
        [
          ['NOMOR TDP', '12.04.3.46.01983', 'BERLAKU S/D TANGGAL', '02-04-2020'],
          ['AGENDA PENDAFTARAN', '0388/12.04/IV/2015', 'PEMBAHARUAN KE', '-'],
        ],
        { size: 9, pad: 5, font: 'Helvetica-Bold' },
      );
      skip(d);
      f(d, 'Helvetica', 10);
      for (const [a, b] of [
        ['NAMA PERUSAHAAN', 'CV MEKAR JAYA ABADI'],
        ['STATUS', 'KANTOR TUNGGAL'],
        ['ALAMAT', 'JL. MAGELANG KM 9,5 NO. 21, SARIHARJO, NGAGLIK, KABUPATEN SLEMAN'],
        ['NPWP', '84.902.113.5-542.000'],
        ['NOMOR TELEPON', '(0274) 865310'],
        ['KEGIATAN USAHA POKOK', 'PERDAGANGAN BESAR ATAS DASAR BALAS JASA (FEE) ATAU KONTRAK'],
        ['KBLI', '46100'],
      ] as [string, string][])
        kv(d, a, b, { colon: 170 });
      skip(d, 2);
      const x = left(d) + 260;
      p(
        d,
        'Sleman, 2 April 2015\na.n. BUPATI SLEMAN\nKEPALA DINAS PENANAMAN MODAL DAN\nPELAYANAN PERIZINAN TERPADU\n\n\n\nDrs. HARYANTO SUKMONO, M.Si.',
        { x },
      );
    },
  );
  return [sbu];
}

// ------------------------------------------------------------------------------------------ non-documents
export async function others(): Promise<string> {
  const inv = await pdf(
    'invoice-alat-tulis',
    { type: null, fields: {} },
    'NOT a qualification document: a supplier invoice from PT KENCANA BUANA LESTARI with its NPWP (16 digits), a date, an item table and bank details.',
    {},
    (d) => {
      f(d, 'Helvetica-Bold', 16).text('INVOICE', left(d), d.y, { align: 'right', width: width(d) });
      f(d, 'Helvetica-Bold', 11).text('PT KENCANA BUANA LESTARI', left(d), 56);
      f(d, 'Helvetica', 8.5).text('Jl. Ketintang Baru Selatan I No. 14, Surabaya 60231\nNPWP 0628904517609000', left(d), d.y);
      skip(d, 2);
      f(d, 'Helvetica', 9.5);
      for (const [a, b] of [
        ['No. Invoice', 'INV/KBL/2025/0917'],
        ['Tanggal', '18 September 2025'],
        ['Jatuh Tempo', '18 Oktober 2025'],
        ['Kepada', 'Bagian Umum, Dinas Perhubungan Kota Surabaya'],
      ] as [string, string][])
        kv(d, a, b, { colon: 90 });
      skip(d);
      grid(
        d,
        [26, 230, 50, 80, 97],
        ['No', 'Uraian Barang', 'Qty', 'Harga Satuan', 'Jumlah'],
        [
          ['1', 'Kertas HVS A4 80 gsm (rim)', '120', '58.000', '6.960.000'],
          ['2', 'Tinta printer hitam 003', '40', '95.000', '3.800.000'],
          ['3', 'Map plastik kancing', '300', '4.500', '1.350.000'],
          ['4', 'Ordner folio 7 cm', '60', '32.500', '1.950.000'],
          ['', 'Subtotal', '', '', '14.060.000'],
          ['', 'PPN 11%', '', '', '1.546.600'],
          ['', 'TOTAL', '', '', '15.606.600'],
        ],
      );
      skip(d);
      p(d, 'Pembayaran ke rekening Bank Jatim No. 0012 7781 903 a.n. PT KENCANA BUANA LESTARI.\nTerima kasih atas kepercayaan Anda.');
    },
  );

  await pdf(
    'surat-pengantar-penawaran',
    { type: null, fields: {} },
    'NOT a qualification document: a cover letter (surat pengantar) for a bid that names the NIB, the akta and the tender code and lists the enclosed documents; it is signed by a director with a date.',
    {},
    (d) => {
      kop(
        d,
        'PT SINAR KARYA MANDIRI',
        'General Contractor  |  Jl. Urip Sumoharjo No. 118, Makassar 90232  |  admin@sinarkaryamandiri.co.id',
      );
      f(d, 'Helvetica', 10);
      for (const [a, b] of [
        ['Nomor', '027/SKM/PNW/VIII/2025'],
        ['Lampiran', '1 (satu) berkas'],
        ['Perihal', 'Penyampaian Dokumen Penawaran dan Kualifikasi'],
      ] as [string, string][])
        kv(d, a, b, { colon: 70 });
      skip(d);
      p(d, 'Kepada Yth.\nPokja Pemilihan UKPBJ Kota Makassar\ndi -\n      Makassar');
      skip(d);
      p(
        d,
        'Dengan hormat,\n\nBersama surat ini kami sampaikan dokumen penawaran dan dokumen kualifikasi untuk paket Rehabilitasi Gedung Puskesmas Tamalate (kode tender 88412025) dengan rincian sebagai berikut:',
        { align: 'justify' },
      );
      for (const s of [
        '1. Nomor Induk Berusaha (NIB) 2106230045127 beserta lampiran KBLI;',
        '2. Sertifikat Badan Usaha (SBU) subklasifikasi BG001;',
        '3. Akta Pendirian Nomor 21 tanggal 14 Agustus 2017;',
        '4. Bukti Penerimaan Elektronik SPT Tahunan tahun pajak 2024;',
        '5. Keterangan Status Wajib Pajak (KSWP);',
        '6. Daftar pengalaman, personel dan peralatan.',
      ])
        p(d, s, { x: left(d) + 20 });
      skip(d);
      p(d, 'Besar harapan kami agar penawaran ini dapat dipertimbangkan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.', {
        align: 'justify',
      });
      skip(d);
      p(d, 'Makassar, 11 Agustus 2025\nHormat kami,\nPT SINAR KARYA MANDIRI\n\n\n\nANDI MAPPANYUKKI, S.T.\nDirektur', { x: left(d) + 280 });
    },
  );
  return inv;
}

// ------------------------------------------------------------------------------------------ sources that exist only as scans
export async function scanSources(): Promise<Record<string, string>> {
  const ktp = await pdf('src-ktp-makassar', { type: 'ktp', fields: {} }, '', { scanOnly: true }, (d) => {
    ktpCard(d, {
      prov: 'PROVINSI SULAWESI SELATAN',
      kab: 'KOTA MAKASSAR',
      nik: '7371062912920001',
      nama: 'MUHAMMAD ARIFUDDIN',
      lahir: 'MAKASSAR, 29-12-1992',
      jk: 'LAKI-LAKI',
      darah: 'O',
      alamat: 'JL. TODDOPULI X NO. 33',
      rtrw: '002/005',
      kel: 'BORONG',
      kec: 'MANGGALA',
      agama: 'ISLAM',
      kawin: 'BELUM KAWIN',
      kerja: 'KARYAWAN SWASTA',
      berlaku: 'SEUMUR HIDUP',
      kota: 'KOTA MAKASSAR',
      tgl: '22-01-2018',
    });
  });
  const kswp = await pdf('src-kswp-kencana', { type: 'kswp', fields: {} }, '', { scanOnly: true }, (d) => {
    f(d, 'Helvetica-Bold', 10).text('KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK', left(d), d.y);
    skip(d, 2);
    mid(d, 'SURAT KETERANGAN STATUS WAJIB PAJAK', 'Helvetica-Bold', 12.5);
    mid(d, 'Nomor : KET-02114/KSWP-CT/KPP.6091/2025', 'Helvetica', 10.5);
    skip(d);
    f(d, 'Helvetica', 11);
    p(d, 'Berdasarkan hasil konfirmasi status Wajib Pajak melalui Coretax DJP, dengan ini diterangkan bahwa Wajib Pajak:', {
      align: 'justify',
    });
    skip(d, 0.5);
    for (const [a, b] of [
      ['Nama', 'PT KENCANA BUANA LESTARI'],
      ['NPWP', '0628904517609000'],
      ['Alamat', 'JL. KETINTANG BARU SELATAN I NO. 14, SURABAYA'],
      ['Keperluan', 'Pengadaan Barang/Jasa Pemerintah'],
    ] as [string, string][])
      kv(d, a, b, { colon: 110, x: left(d) + 20 });
    skip(d);
    p(d, 'memiliki status:');
    skip(d, 0.5);
    mid(d, 'VALID', 'Helvetica-Bold', 20);
    skip(d);
    f(d, 'Helvetica', 11);
    p(d, 'Keterangan ini diterbitkan berdasarkan data administrasi perpajakan pada saat konfirmasi dilakukan.');
    skip(d, 2);
    p(d, 'Diterbitkan pada tanggal 2 September 2025\na.n. Direktur Jenderal Pajak', { x: left(d) + 250 });
    qr(d, left(d) + 250, d.y + 6, 54, 'KET-02114');
  });
  const siup = await pdf(
    'src-siup-jember-2012',
    { type: 'izin_usaha', fields: {} },
    '',
    { scanOnly: true, font: 'Times-Roman', size: 11 },
    (d) => {
      mid(d, 'PEMERINTAH KABUPATEN JEMBER', 'Times-Bold', 13);
      mid(d, 'BADAN PELAYANAN PERIJINAN TERPADU', 'Times-Bold', 12);
      d.lineWidth(1.5)
        .moveTo(left(d), d.y + 3)
        .lineTo(right(d), d.y + 3)
        .stroke();
      skip(d, 1.5);
      mid(d, 'SURAT IZIN USAHA PERDAGANGAN (SIUP) KECIL', 'Times-Bold', 13);
      mid(d, 'NOMOR : 510/2231/35.09/SIUP-K/VII/2012', 'Times-Roman', 11);
      skip(d);
      grid(
        d,
        [190, 293],
        null,
        [
          ['NAMA PERUSAHAAN', 'CV BERKAH TANI NUSANTARA'],
          ['NAMA PEMILIK / PENANGGUNG JAWAB', 'MOHAMMAD FAISAL'],
          ['ALAMAT PERUSAHAAN', 'DUSUN KRAJAN RT 003 RW 001 DESA SUKOREJO KEC. BANGSALSARI'],
          ['NOMOR POKOK WAJIB PAJAK (NPWP)', '31.775.204.6-626.000'],
          ['KEKAYAAN BERSIH PERUSAHAAN', 'Rp 150.000.000,-'],
          ['KELEMBAGAAN', 'PEDAGANG PENGUMPUL'],
          ['KEGIATAN USAHA (KBLI)', '46201, 46312'],
          ['BARANG / JASA DAGANGAN UTAMA', 'GABAH, BERAS, PUPUK, BIBIT'],
        ],
        { font: 'Times-Roman', size: 10.5, pad: 5 },
      );
      skip(d);
      f(d, 'Times-Roman', 11);
      p(d, 'SIUP ini berlaku sampai dengan tanggal 16 Juli 2017 dan wajib didaftar ulang.');
      skip(d);
      p(
        d,
        'Dikeluarkan di : JEMBER\nPada tanggal : 16 JULI 2012\n\nKEPALA BADAN PELAYANAN PERIJINAN TERPADU\nKABUPATEN JEMBER\n\n\n\nIr. SUTRISNO HADI\nNIP. 19610504 198803 1 012',
        { x: left(d) + 230 },
      );
    },
  );
  const dom = await pdf('src-domisili-ketintang-2017', { type: 'surat_domisili', fields: {} }, '', { scanOnly: true }, (d) => {
    mid(d, 'PEMERINTAH KOTA SURABAYA', 'Helvetica-Bold', 12);
    mid(d, 'KECAMATAN GAYUNGAN', 'Helvetica-Bold', 11);
    mid(d, 'KELURAHAN KETINTANG', 'Helvetica-Bold', 13);
    d.lineWidth(2)
      .moveTo(left(d), d.y + 3)
      .lineTo(right(d), d.y + 3)
      .stroke();
    skip(d, 1.5);
    mid(d, 'SURAT KETERANGAN DOMISILI PERUSAHAAN', 'Helvetica-Bold', 12);
    mid(d, 'Nomor : 503/212/436.11.11.4/2017', 'Helvetica', 10);
    skip(d);
    f(d, 'Helvetica', 10.5);
    p(
      d,
      'Yang bertanda tangan di bawah ini Lurah Ketintang Kecamatan Gayungan Kota Surabaya dengan ini menerangkan bahwa PT KENCANA BUANA LESTARI, yang dipimpin oleh GUNAWAN SETIADI selaku Direktur Utama, berdomisili di Jl. Ketintang Baru Selatan I No. 14, Kelurahan Ketintang, Kecamatan Gayungan, Kota Surabaya.',
      { align: 'justify' },
    );
    skip(d, 0.5);
    p(
      d,
      'Surat keterangan ini berlaku selama 1 (satu) tahun sejak tanggal dikeluarkan, yaitu sampai dengan 9 Oktober 2018, dan dapat diperpanjang.',
      { align: 'justify' },
    );
    skip(d, 0.5);
    p(d, 'Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.');
    skip(d, 1.5);
    p(d, 'Surabaya, 10 Oktober 2017\nLURAH KETINTANG', { x: left(d) + 270 });
    stamp(d, left(d) + 300, d.y + 30, 'KOTA SURABAYA', 'KEL. KETINTANG');
    d.y += 64;
    f(d, 'Helvetica-Bold', 10.5);
    p(d, 'ERNAWATI PUSPITASARI, S.STP\nPenata Tk. I / NIP. 19830322 200212 2 004', { x: left(d) + 270 });
  });
  return { ktp, kswp, siup, dom };
}
