// Rebuilds fixtures/bundles/: realistic bidder bundles printed by three independent PDF producers
// (PDFKit, pdf-lib, LibreOffice), plus a scan without a text layer, a truncated PDF and a file that only
// pretends to be a PDF. Run with `npm run fixtures`; needs poppler-utils (pdftoppm) for the scan and
// LibreOffice (soffice) for the LibreOffice bundle; bundles whose tool is missing are left as they are.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import * as d from './fixtures/documents.js';
import { renderPdfkit, renderPdfLib, type Sheet, sheetHtml } from './fixtures/sheet.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLES = path.join(ROOT, 'fixtures', 'bundles');

type Producer = 'pdfkit' | 'pdf-lib' | 'libreoffice';

async function render(sheet: Sheet, producer: Producer): Promise<Uint8Array> {
  if (producer === 'pdfkit') return renderPdfkit(sheet);
  if (producer === 'pdf-lib') return renderPdfLib(sheet);
  const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-lo-'));
  try {
    writeFileSync(path.join(dir, 'doc.html'), sheetHtml(sheet));
    execFileSync(
      'soffice',
      ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, path.join(dir, 'doc.html')],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(path.join(dir, 'doc.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A scan: the page rasterised (pdftoppm) and embedded as an image, with no text layer at all. */
async function scanned(sheet: Sheet, dpi = 100): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-scan-'));
  try {
    writeFileSync(path.join(dir, 'src.pdf'), await renderPdfkit(sheet));
    execFileSync(
      'pdftoppm',
      ['-r', String(dpi), '-gray', '-png', '-f', '1', '-l', '1', path.join(dir, 'src.pdf'), path.join(dir, 'page')],
      { stdio: 'ignore' },
    );
    const png = readFileSync(path.join(dir, 'page-1.png'));
    const pdf = await PDFDocument.create();
    pdf.setProducer('Canon iR-ADV C3520 (simulated scan)');
    const image = await pdf.embedPng(png);
    const page = pdf.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    return pdf.save();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A poor scan without a text layer: rasterised at `dpi`, turned by `skew` degrees, speckled and saved as a JPEG
 * (ImageMagick), then wrapped into a PDF by pdf-lib (ImageMagick's own PDF writer is disabled by policy here).
 */
async function noisyScan(sheet: Sheet, o: { dpi: number; skew: number }): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-scan-'));
  try {
    writeFileSync(path.join(dir, 'src.pdf'), await renderPdfkit(sheet));
    execFileSync(
      'pdftoppm',
      ['-r', String(o.dpi), '-gray', '-png', '-f', '1', '-l', '1', path.join(dir, 'src.pdf'), path.join(dir, 'page')],
      { stdio: 'ignore' },
    );
    const jpg = path.join(dir, 'page.jpg');
    execFileSync(
      'convert',
      [
        path.join(dir, 'page-1.png'),
        '-background',
        'white',
        '-rotate',
        String(o.skew),
        '-seed',
        '14',
        '-attenuate',
        '0.25',
        '+noise',
        'Impulse',
        '-quality',
        '70',
        jpg,
      ],
      { stdio: 'ignore' },
    );
    const pdf = await PDFDocument.create();
    pdf.setProducer('EPSON Scan (simulated)');
    const image = await pdf.embedJpg(readFileSync(jpg));
    const page = pdf.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    return pdf.save();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function has(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Bundle {
  dir: string;
  needs?: string;
  bidder?: { name: string; form: string };
  files: Array<[string, () => Promise<Uint8Array> | Uint8Array]>;
}

const person = (name: string, nik: string, born: string, address: string[], job = 'Karyawan Swasta'): d.Person => ({
  name,
  nik,
  born,
  address,
  job,
});
const SBY = ['Jl. Kedungdoro No. 54', 'Kedungdoro', 'Tegalsari'];
const KBLI_KOMPUTER: Array<[string, string]> = [
  ['46512', 'Perdagangan Besar Piranti Lunak'],
  ['47413', 'Perdagangan Eceran Peralatan Telekomunikasi'],
  ['62019', 'Aktivitas Pemrograman Komputer Lainnya'],
];
const TENDER_2019 = 'Pengadaan Perangkat Komputer dan Jaringan Kantor Dinas Komunikasi dan Informatika';

function company(
  name: string,
  nib: string | undefined,
  npwp: string,
  street: string,
  director: d.Person,
  form: d.Company['form'] = 'PT',
): d.Company {
  return {
    name,
    form,
    nib,
    npwp,
    address: `${street}, Kota Surabaya, Jawa Timur 60261`,
    city: 'Surabaya',
    director,
    directorTitle: form === 'CV' ? 'Persero Pengurus' : 'Direktur Utama',
    kbli: KBLI_KOMPUTER,
  };
}

const budi = person('Budi Santoso', '3578181203750002', 'Surabaya, 12-03-1975', SBY, 'Wiraswasta');
const lengkap = company('PT Sinar Data Nusantara', '8120114180194', '93.421.295.2-609.000', 'Jl. Raya Darmo No. 112', budi);

const hendra = person(
  'Hendra Wijaya',
  '3578062511800003',
  'Malang, 25-11-1980',
  ['Jl. Ngagel Jaya Selatan No. 8', 'Baratajaya', 'Gubeng'],
  'Wiraswasta',
);
const salahTahun = company(
  'PT Cahaya Komputindo Mandiri',
  '9120408931525',
  '02.248.853.0-614.000',
  'Jl. Ngagel Jaya Selatan No. 21',
  hendra,
);

const agus = person(
  'Agus Prasetyo',
  '3578100707780001',
  'Sidoarjo, 07-07-1978',
  ['Jl. Manyar Kertoarjo No. 3', 'Mojo', 'Gubeng'],
  'Wiraswasta',
);
const tanpaNib = company('PT Mitra Teknologi Abadi', undefined, '71.205.118.3-609.000', 'Jl. Manyar Kertoarjo No. 77', agus);

const dewi = person(
  'Dewi Lestari',
  '3578154304820004',
  'Kediri, 03-04-1982',
  ['Jl. Kertajaya Indah No. 19', 'Manyar Sabrangan', 'Mulyorejo'],
  'Wiraswasta',
);
const scan = company('PT Global Inovasi Sarana', '9120206821346', '85.564.807.7-532.000', 'Jl. Kertajaya Indah No. 40', dewi);

const rina = person(
  'Rina Puspitasari',
  '3578106908870014',
  'Malang, 29-08-1987',
  ['Jl. Ngagel Madya No. 8', 'Baratajaya', 'Gubeng'],
  'Wiraswasta',
);
const ktpScan = company('PT Cahaya Mandiri Teknik', '9120514260183', '62.418.307.5-609.000', 'Jl. Ngagel Madya No. 101', rina);

const yusuf = person(
  'Yusuf Maulana',
  '3578031009790005',
  'Surabaya, 10-09-1979',
  ['Jl. Rungkut Asri No. 12', 'Rungkut Kidul', 'Rungkut'],
  'Wiraswasta',
);
const rudi = person('Rudi Hartono', '3578122808850006', 'Gresik, 28-08-1985', [
  'Jl. Tenggilis Mejoyo No. 5',
  'Tenggilis Mejoyo',
  'Tenggilis Mejoyo',
]);
const acak = company('PT Andalan Prima Solusi', '9120312152126', '31.877.402.6-615.000', 'Jl. Rungkut Industri III No. 9', yusuf);

const wahyu = person(
  'Wahyu Hidayat',
  '3578011501770007',
  'Lamongan, 15-01-1977',
  ['Jl. Dukuh Kupang No. 30', 'Dukuh Kupang', 'Dukuh Pakis'],
  'Wiraswasta',
);
const rusak = company('PT Bintang Timur Elektronika', '9120019021406', '66.301.552.9-604.000', 'Jl. Mayjen Sungkono No. 88', wahyu);

const siti = person(
  'Siti Rahmawati',
  '3578165208860008',
  'Jombang, 12-08-1986',
  ['Jl. Jemursari No. 14', 'Jemur Wonosari', 'Wonocolo'],
  'Wiraswasta',
);
const bersih: d.Company = {
  ...company('CV Berkah Bersih Mandiri', '2203230004512', '72.118.905.4-609.000', 'Jl. Jemursari No. 140', siti, 'CV'),
  kbli: [
    ['81210', 'Aktivitas Kebersihan Umum Bangunan'],
    ['81290', 'Aktivitas Kebersihan Bangunan dan Industri Lainnya'],
  ],
};

const ahmad = person(
  'Ahmad Fauzi',
  '3578152106840009',
  'Surabaya, 21-06-1984',
  ['Jl. Kutisari Utara No. 6', 'Kutisari', 'Tenggilis Mejoyo'],
  'Konsultan',
);

const joko = person(
  'Joko Susilo',
  '3578092203720010',
  'Tuban, 22-03-1972',
  ['Jl. Pucang Anom No. 21', 'Kertajaya', 'Gubeng'],
  'Wiraswasta',
);
const rejeki: d.Company = {
  ...company('CV Sumber Rejeki Abadi', undefined, '01.344.520.8-606.000', 'Jl. Pucang Anom Timur No. 5', joko, 'CV'),
  kbli: [['46691', 'Perdagangan Besar Alat Tulis dan Gambar']],
};

/** The documents of a complete 2019 PT bundle, with per-bundle variations. */
function pt2019(
  c: d.Company,
  producer: Producer,
  o: {
    sptYear?: number;
    nib?: 'text' | 'scan' | 'none';
    /** The director's KTP as a 150-dpi scan without a text layer (read by OCR). */
    ktpScan?: boolean;
    /** Akta, KTP and NIB as 150-dpi image-only scans. */
    scans150?: boolean;
    siupOss?: boolean;
    names?: string[];
    signer?: [d.Person, string];
    /** Signed by someone without a surat kuasa (no kuasa document is added). */
    unauthorisedSigner?: [d.Person, string];
    aktaCorrupt?: boolean;
    /** What the tax documents print instead of the company's own name and NPWP. */
    taxName?: string;
    sptNpwp?: string;
    /** The deed as another notary lays it out. */
    akta?: Sheet;
  } = {},
): Bundle['files'] {
  const signer = o.signer ?? o.unauthorisedSigner ?? [c.director, c.directorTitle];
  const r = (s: Sheet) => () => render(s, producer);
  const names = o.names ?? [
    '01-nib.pdf',
    '02-siup.pdf',
    '03-npwp.pdf',
    '04-spt-tahunan.pdf',
    '05-sewa-kantor.pdf',
    '06-akta-pendirian.pdf',
    '07-ktp-direktur.pdf',
    '08-pakta-integritas.pdf',
    '09-surat-pernyataan.pdf',
    '10-surat-kuasa.pdf',
  ];
  const n = (i: number) => names[i] as string;
  const year = o.sptYear ?? 2018;
  const files: Bundle['files'] = [];
  if (o.nib !== 'none')
    files.push([
      n(0),
      o.nib === 'scan'
        ? () => scanned(d.nibOss1(c, '8 Januari 2019'))
        : o.scans150
          ? () => scanned(d.nibOss1(c, '8 Januari 2019'), 150)
          : r(d.nibOss1(c, '8 Januari 2019')),
    ]);
  files.push([
    n(1),
    r(d.siup(c, c.nib ?? '503/2218/436.7.17/2017', c.nib ? '8 Januari 2019' : '14 Februari 2017', o.siupOss ?? c.nib !== undefined)),
  ]);
  files.push([n(2), r(d.npwpSkt(o.taxName ? { ...c, name: o.taxName } : c, '2 Februari 2017', 'KPP PRATAMA SURABAYA TEGALSARI'))]);
  files.push([
    n(3),
    r(
      d.sptBpe(
        o.taxName ?? c.name,
        o.sptNpwp ?? c.npwp,
        year,
        '1771',
        year === 2018 ? '26 April 2019' : '27 April 2018',
        year === 2018 ? '0183274920190426' : '0172215320180427',
      ),
    ),
  ]);
  files.push([n(4), r(d.sewa(c, 'H. Abdul Karim', '2 Januari 2018', '1 Januari 2021', c.address))]);
  const aktaSheet =
    o.akta ?? d.akta(c, '12', 'Senin, tanggal 5 Maret 2018', 'Anita Kusumawardani, S.H., M.Kn.', 'AHU-0012345.AH.01.01.TAHUN 2018');
  files.push([
    n(5),
    o.aktaCorrupt ? async () => truncate(await render(aktaSheet, producer)) : o.scans150 ? () => scanned(aktaSheet, 150) : r(aktaSheet),
  ]);
  const ktp = d.ktp(signer[0], 'Jawa Timur', 'Kota Surabaya');
  files.push([n(6), o.ktpScan || o.scans150 ? () => scanned(ktp, 150) : r(ktp)]);
  files.push([n(7), r(d.pakta(c, signer[0], signer[1], TENDER_2019, '10 Oktober 2019'))]);
  files.push([n(8), r(d.pernyataan(c, signer[0], signer[1], '10 Oktober 2019'))]);
  if (o.signer) files.push([n(9), r(d.suratKuasa(c, signer[0], signer[1], TENDER_2019, '9 Oktober 2019'))]);
  return files;
}

/** A download cut off part-way: the header is there, the cross-reference table and most objects are not. */
function truncate(pdf: Uint8Array): Uint8Array {
  return pdf.slice(0, Math.floor(pdf.length * 0.35));
}

const anita = person(
  'Anita Rahayu',
  '3578065107830011',
  'Surabaya, 11-07-1983',
  ['Jl. Dharmahusada Indah No. 2', 'Mojo', 'Gubeng'],
  'Wiraswasta',
);
const bambang = person(
  'Bambang Sutrisno',
  '3578040303680012',
  'Madiun, 03-03-1968',
  ['Jl. Klampis Jaya No. 17', 'Klampis Ngasem', 'Sukolilo'],
  'Wiraswasta',
);
const direkturBaru = company('PT Karya Sentosa Teknik', '9120413121192', '45.881.209.1-615.000', 'Jl. Klampis Jaya No. 60', anita);
const namaBeda = company(
  'PT Nusantara Data Prima',
  '9120019021499',
  '53.219.604.8-609.000',
  'Jl. Raya Gubeng No. 15',
  person('Eko Wibowo', '3578021905790013', 'Blitar, 19-05-1979', ['Jl. Raya Gubeng No. 3', 'Gubeng', 'Gubeng'], 'Wiraswasta'),
);

// Real layouts (reference/real-layouts.md): a deed naming its director on the line after the honorific, and an
// OSS-RBA bidder whose deed names two directors and whose NIB lists its KBLI in a Lampiran over two pages.
const wijaya = company('PT Wijaya Data Mandiri', '9120511230871', '02.517.834.4-609.000', 'Jl. Kapas Krampung No. 45', hendra);
const aktaTerlipat = d.aktaNotaris(wijaya, {
  number: '29',
  dayDate: 'Rabu, tanggal 10-10-2018',
  dateWords: 'sepuluh Oktober dua ribu delapan belas',
  notary: 'Ratna Dewi Kusuma, Sarjana Hukum, Magister Kenotariatan',
  city: 'Kota Surabaya',
  ahu: 'AHU-0047711.AH.01.01.Tahun 2018',
  appointees: [
    { role: 'Direktur', honorific: 'Tuan', name: hendra.name },
    { role: 'Komisaris', honorific: 'Nyonya', name: 'Sri Wahyuningsih' },
  ],
});

const rudiHartono = person(
  'Rudi Hartono',
  '3578012808850031',
  'Gresik, 28-08-1985',
  ['Jl. Tenggilis Mejoyo No. 5', 'Tenggilis Mejoyo', 'Tenggilis Mejoyo'],
  'Wiraswasta',
);
const mega = person(
  'Mega Lestari',
  '3578055402870021',
  'Surabaya, 14-02-1987',
  ['Jl. Manyar Tirtoyoso No. 9', 'Manyar Sabrangan', 'Mulyorejo'],
  'Wiraswasta',
);
const cemerlang: d.Company = {
  ...company('PT Cemerlang Bersih Nusantara', '1208240003316', '03.194.426.7-614.000', 'Jl. Raya Kertajaya No. 77', rudiHartono),
  kbli: [
    ['46900', 'Perdagangan Besar Berbagai Macam Barang'],
    ['47591', 'Perdagangan Eceran Furnitur'],
    ['81290', 'Aktivitas Kebersihan Bangunan dan Industri Lainnya'],
    ['81300', 'Aktivitas Perawatan dan Pemeliharaan Taman'],
    ['82110', 'Aktivitas Penyedia Gabungan Jasa Penunjang Fasilitas'],
    ['96200', 'Aktivitas Binatu'],
    ['81210', 'Aktivitas Kebersihan Umum Bangunan'],
    ['38110', 'Pengumpulan Limbah Tidak Berbahaya'],
  ],
};
const RISKS: d.Risk[] = ['Rendah', 'Rendah', 'Menengah Rendah', 'Rendah', 'Rendah', 'Rendah', 'Menengah Rendah', 'Menengah Tinggi'];
const cemerlangRows = cemerlang.kbli.map(([k, t], i) => [k, t, RISKS[i] ?? 'Rendah'] as [string, string, d.Risk]);
const aktaDuaDirektur = d.aktaNotaris(cemerlang, {
  number: '7',
  dayDate: 'Senin, tanggal 15-05-2023',
  dateWords: 'lima belas Mei dua ribu dua puluh tiga',
  notary: 'Lina Marlina, Sarjana Hukum, Magister Kenotariatan',
  city: 'Kota Surabaya',
  ahu: 'AHU-0038821.AH.01.01.Tahun 2023',
  appointees: [
    { role: 'Direktur Utama', honorific: 'Tuan', name: rudiHartono.name },
    { role: 'Direktur', honorific: 'Nyonya', name: mega.name },
    { role: 'Komisaris Utama', honorific: 'Tuan', name: 'Bambang Sutrisno' },
    { role: 'Komisaris', honorific: 'Nona', name: 'Ratna Sari' },
  ],
});
const TENDER_2024 = 'Jasa Kebersihan Gedung Kantor Badan Pendapatan Daerah';

const BUNDLE_LIST: Bundle[] = [
  {
    dir: 'pt-lengkap',
    files: pt2019(lengkap, 'pdfkit').map(([f, mk], i) => [f, i % 3 === 2 ? () => render(sheetOf(lengkap, i), 'pdf-lib') : mk]),
  },
  { dir: 'pt-spt-salah-tahun', files: pt2019(salahTahun, 'pdf-lib', { sptYear: 2017 }) },
  { dir: 'pt-tanpa-nib', files: pt2019(tanpaNib, 'pdfkit', { nib: 'none' }) },
  { dir: 'pt-nib-scan', needs: 'pdftoppm', files: pt2019(scan, 'pdf-lib', { nib: 'scan' }) },
  { dir: 'pt-ktp-scan', needs: 'pdftoppm', files: pt2019(ktpScan, 'pdfkit', { ktpScan: true }) },
  // A typical real bundle: the NIB, the akta and the KTP scanned at 150 dpi, no text layer.
  { dir: 'pt-scan-150', needs: 'pdftoppm', files: pt2019(ktpScan, 'pdfkit', { scans150: true }) },
  {
    dir: 'pt-nama-acak',
    files: pt2019(acak, 'pdfkit', {
      signer: [rudi, 'Manajer Pemasaran'],
      names: [
        'scan0001.pdf',
        'IMG_20191011_0932.pdf',
        'Dokumen (3).pdf',
        'final FIX revisi.pdf',
        'untitled.pdf',
        'WhatsApp Document 2019-10-12.pdf',
        'KTP.pdf',
        'scan0002.pdf',
        'lampiran.pdf',
        'doc20191009.pdf',
      ],
    }),
  },
  {
    dir: 'pt-pdf-rusak',
    files: [
      ...pt2019(rusak, 'pdfkit', { aktaCorrupt: true }),
      [
        'catatan-penawaran.pdf',
        () => new TextEncoder().encode('Catatan internal: jangan lupa unggah akta perubahan terbaru sebelum batas akhir.\n'),
      ],
    ],
  },
  // Domain edge case 6: the deed names a new director, but the old one signs, with no surat kuasa.
  { dir: 'pt-direktur-baru', files: pt2019(direkturBaru, 'pdfkit', { unauthorisedSigner: [bambang, 'Direktur Utama'] }) },
  // The tax documents belong to someone else: another company name on the NPWP, another NPWP on the SPT.
  { dir: 'pt-nama-beda', files: pt2019(namaBeda, 'pdf-lib', { taxName: 'PT Nusantara Data Persada', sptNpwp: '53.219.604.8-611.000' }) },
  {
    dir: 'cv-nib-saja',
    files: [
      ['nib-oss-rba.pdf', () => render(d.nibRba(bersih, '22 Maret 2023'), 'pdfkit')],
      [
        'npwp.pdf',
        () =>
          render(
            d.npwpCard(bersih.name, bersih.npwp, undefined, bersih.address, 'KPP PRATAMA SURABAYA WONOCOLO', '3 Maret 2023'),
            'pdf-lib',
          ),
      ],
      ['bpe-spt-2023.pdf', () => render(d.sptBpe(bersih.name, bersih.npwp, 2023, '1771', '29 April 2024', '0231180520240429'), 'pdf-lib')],
      ['kswp.pdf', () => render(d.kswp(bersih.name, bersih.npwp, 'KET-04412/KSWP/WPJ.11/KP.0403/2024', '9 Agustus 2024'), 'pdfkit')],
      [
        'akta-pendirian-cv.pdf',
        () =>
          render(
            d.akta(bersih, '7', 'Rabu, tanggal 15 Maret 2023', 'Lina Marlina, S.H., M.Kn.', 'AHU-0030038-AH.01.14 Tahun 2023'),
            'pdfkit',
          ),
      ],
      ['ktp.pdf', () => render(d.ktp(siti, 'Jawa Timur', 'Kota Surabaya'), 'pdf-lib')],
      [
        'pakta-integritas.pdf',
        () =>
          render(
            d.pakta(bersih, siti, 'Persero Pengurus', 'Jasa Kebersihan Gedung Kantor Badan Pendapatan Daerah', '12 Agustus 2024'),
            'pdfkit',
          ),
      ],
      ['surat-pernyataan.pdf', () => render(d.pernyataan(bersih, siti, 'Persero Pengurus', '12 Agustus 2024'), 'pdf-lib')],
    ],
  },
  { dir: 'pt-akta-terlipat', files: pt2019(wijaya, 'pdf-lib', { akta: aktaTerlipat }) },
  {
    dir: 'pt-rba-dua-direktur',
    files: [
      ['nib-oss-rba.pdf', () => render(d.nibRbaLampiran(cemerlang, '16 Agustus 2023', '2 Agustus 2024', cemerlangRows), 'pdfkit')],
      ['skt.pdf', () => render(d.sktNitku(cemerlang, '0031944267614000', 'KPP PRATAMA SURABAYA MULYOREJO', '22-05-2023'), 'pdf-lib')],
      [
        'bpe-2023.pdf',
        () => render(d.bpeEmail(cemerlang.name, '031944267614000', 2023, '1771', '25/04/2024', '727863063981894143411'), 'pdfkit'),
      ],
      ['kswp.pdf', () => render(d.kswp(cemerlang.name, cemerlang.npwp, 'KET-05120/KSWP/WPJ.11/KP.0403/2024', '9 Agustus 2024'), 'pdf-lib')],
      ['akta.pdf', () => render(aktaDuaDirektur, 'pdf-lib')],
      ['ktp-mega.pdf', () => render(d.ktpCard(mega, 'Jawa Timur', 'Kota Surabaya', 'PEREMPUAN', '16-03-2021'), 'pdfkit')],
      ['pakta.pdf', () => render(d.pakta(cemerlang, mega, 'Direktur', TENDER_2024, '12 Agustus 2024'), 'pdfkit')],
      ['pernyataan.pdf', () => render(d.pernyataan(cemerlang, mega, 'Direktur', '12 Agustus 2024'), 'pdf-lib')],
    ],
  },
  {
    // An OSS-RBA CV for tenders of 2023 and 2026: every document issued before the 2023 deadline.
    dir: 'cv-oss-rba',
    files: [
      ['nib-oss-rba.pdf', () => render(d.nibRba(bersih, '22 Maret 2023'), 'pdfkit')],
      [
        'npwp.pdf',
        () =>
          render(
            d.npwpCard(bersih.name, bersih.npwp, undefined, bersih.address, 'KPP PRATAMA SURABAYA WONOCOLO', '3 Maret 2023'),
            'pdf-lib',
          ),
      ],
      ['bpe-spt-2022.pdf', () => render(d.sptBpe(bersih.name, bersih.npwp, 2022, '1771', '27 April 2023', '0221180520230427'), 'pdf-lib')],
      ['kswp.pdf', () => render(d.kswp(bersih.name, bersih.npwp, 'KET-02117/KSWP/WPJ.11/KP.0403/2023', '5 Juni 2023'), 'pdfkit')],
      [
        'akta-pendirian-cv.pdf',
        () =>
          render(
            d.akta(bersih, '7', 'Rabu, tanggal 15 Maret 2023', 'Lina Marlina, S.H., M.Kn.', 'AHU-0030038-AH.01.14 Tahun 2023'),
            'pdfkit',
          ),
      ],
      ['ktp.pdf', () => render(d.ktp(siti, 'Jawa Timur', 'Kota Surabaya'), 'pdf-lib')],
      ['pakta-integritas.pdf', () => render(d.pakta(bersih, siti, 'Persero Pengurus', 'Jasa Kebersihan Gedung', '10 Juli 2023'), 'pdfkit')],
      ['surat-pernyataan.pdf', () => render(d.pernyataan(bersih, siti, 'Persero Pengurus', '10 Juli 2023'), 'pdf-lib')],
    ],
  },
  {
    dir: 'perorangan-tanpa-izin',
    bidder: { name: 'Ahmad Fauzi', form: 'perorangan' },
    files: [
      ['ktp.pdf', () => render(d.ktp(ahmad, 'Jawa Timur', 'Kota Surabaya'), 'pdfkit')],
      [
        'npwp.pdf',
        () =>
          render(
            d.npwpCard(
              ahmad.name,
              ahmad.nik,
              ahmad.nik,
              'Jl. Kutisari Utara No. 6, Surabaya',
              'KPP PRATAMA SURABAYA RUNGKUT',
              '11 Januari 2016',
            ),
            'pdfkit',
          ),
      ],
      ['bpe-spt-2022.pdf', () => render(d.sptBpe(ahmad.name, ahmad.nik, 2022, '1770 S', '20 Maret 2023', '0221093120230320'), 'pdf-lib')],
      [
        'pakta.pdf',
        () =>
          render(
            d.pakta(
              { ...lengkap, name: ahmad.name, city: 'Surabaya' },
              ahmad,
              'Perorangan',
              'Jasa Konsultansi Perorangan Penyusunan Sistem Informasi Arsip Daerah',
              '15 Mei 2023',
            ),
            'pdf-lib',
          ),
      ],
      [
        'pernyataan.pdf',
        () =>
          render(
            d.pernyataan(
              { ...lengkap, name: ahmad.name, address: 'Jl. Kutisari Utara No. 6, Surabaya', city: 'Surabaya' },
              ahmad,
              'Perorangan',
              '15 Mei 2023',
            ),
            'pdfkit',
          ),
      ],
    ],
  },
  {
    dir: 'cv-libreoffice',
    needs: 'soffice',
    files: [
      ['tdp.pdf', () => render(d.tdp(rejeki, '13.01.3.46.12345', '20 Juni 2016', '20 Juni 2021'), 'libreoffice')],
      ['siup.pdf', () => render(d.siup(rejeki, '503/1417/436.7.17/2016', '20 Juni 2016', false), 'libreoffice')],
      ['skdp.pdf', () => render(d.domisili(rejeki, '474/112/436.11.12/2019', '7 Januari 2019', '31 Desember 2019'), 'libreoffice')],
      ['npwp.pdf', () => render(d.npwpSkt(rejeki, '1 Juni 2016', 'KPP PRATAMA SURABAYA GUBENG'), 'libreoffice')],
      ['spt-2017.pdf', () => render(d.sptBpe(rejeki.name, rejeki.npwp, 2017, '1771', '25 April 2018', '0171449820180425'), 'libreoffice')],
      [
        'akta.pdf',
        () =>
          render(
            d.akta(rejeki, '3', 'Kamis, tanggal 12 Mei 2016', 'Hartini Setyowati, S.H.', 'AHU-0018171-AH.01.14 Tahun 2016'),
            'libreoffice',
          ),
      ],
      ['ktp.pdf', () => render(d.ktp(joko, 'Jawa Timur', 'Kota Surabaya'), 'libreoffice')],
      [
        'pakta.pdf',
        () =>
          render(
            d.pakta(rejeki, joko, 'Persero Pengurus', 'Pengadaan Alat Tulis Kantor dan Barang Cetakan Sekretariat DPRD', '11 Maret 2019'),
            'libreoffice',
          ),
      ],
    ],
  },
];

/**
 * fixtures/layouts/: single documents in the real layouts, each with the type and the field values it must give
 * (a list for fields read several times). `npm run accuracy` scores them apart from the corpus.
 */
const joko2 = person(
  'Joko Susilo',
  '3578092203720010',
  'Tuban, 22-03-1972',
  ['Jl. Pucang Anom No. 21', 'Kertajaya', 'Gubeng'],
  'Wiraswasta',
);
const cvMaju: d.Company = {
  ...company('CV Maju Karya Sentosa', '9120102233445', '01.877.203.8-606.000', 'Jl. Pucang Anom Timur No. 12', joko2, 'CV'),
};
const LAYOUTS: Array<{
  name: string;
  producer: Producer | 'scan';
  scan?: { dpi: number; skew: number };
  sheet: Sheet;
  type: string;
  fields: Record<string, string | string[]>;
}> = [
  {
    name: 'nib-rba-lampiran',
    producer: 'pdfkit',
    sheet: d.nibRbaLampiran(cemerlang, '16 Agustus 2023', '2 Agustus 2024', cemerlangRows),
    type: 'nib',
    fields: {
      nib: '1208240003316',
      issued_on: '2023-08-16',
      kbli: cemerlang.kbli.map(([k]) => k),
      kbli_risk: cemerlangRows.map(([k, , r]) => `${k}:${r.toLowerCase().replace(' ', '_')}`),
    },
  },
  {
    name: 'nib-rba-lampiran-pdflib',
    producer: 'pdf-lib',
    sheet: d.nibRbaLampiran(cemerlang, '16 Agustus 2023', '2 Agustus 2024', cemerlangRows, 5),
    type: 'nib',
    fields: { nib: '1208240003316', issued_on: '2023-08-16', kbli: cemerlang.kbli.map(([k]) => k) },
  },
  {
    name: 'nib-oss11-kode-judul',
    producer: 'pdf-lib',
    sheet: d.nibOss11(wijaya, '0025178344609000', '3 Desember 2020'),
    type: 'nib',
    fields: { nib: '9120511230871', npwp: '02.517.834.4-609.000', kbli: wijaya.kbli.map(([k]) => k), issued_on: '2020-12-03' },
  },
  {
    name: 'nib-kbli-koma',
    producer: 'pdfkit',
    sheet: d.nibOss1(wijaya, '8 Januari 2019'),
    type: 'nib',
    fields: { nib: '9120511230871', kbli: wijaya.kbli.map(([k]) => k) },
  },
  {
    name: 'akta-direktur-terlipat',
    producer: 'pdfkit',
    sheet: aktaTerlipat,
    type: 'akta',
    fields: { director: ['HENDRA WIJAYA'], deed_date: '2018-10-10', deed_number: '29' },
  },
  {
    name: 'akta-dua-direktur',
    producer: 'pdf-lib',
    sheet: aktaDuaDirektur,
    type: 'akta',
    fields: { director: ['RUDI HARTONO', 'MEGA LESTARI'], deed_date: '2023-05-15' },
  },
  {
    name: 'akta-cv-persero-pengurus',
    producer: 'pdfkit',
    sheet: d.aktaNotaris(cvMaju, {
      number: '3',
      dayDate: 'Kamis, tanggal 12-05-2016',
      dateWords: 'dua belas Mei dua ribu enam belas',
      notary: 'Hartini Setyowati, Sarjana Hukum',
      city: 'Kota Surabaya',
      ahu: 'AHU-0018171-AH.01.14 Tahun 2016',
      appointees: [
        { role: 'Persero Pengurus (Direktur)', honorific: 'Tuan', name: joko2.name },
        { role: 'Persero Komanditer', honorific: 'Nyonya', name: 'Ratna Sari' },
      ],
    }),
    type: 'akta',
    fields: { director: ['JOKO SUSILO'], deed_date: '2016-05-12' },
  },
  {
    name: 'bpe-email',
    producer: 'pdf-lib',
    sheet: d.bpeEmail(wijaya.name, '025178344609000', 2017, '1771', '14/03/2018', '727863063981894143410'),
    type: 'spt_tahunan',
    fields: { tax_year: '2017', npwp: '02.517.834.4-609.000', filed_on: '2018-03-14' },
  },
  {
    name: 'skt-nitku',
    producer: 'pdfkit',
    sheet: d.sktNitku(cemerlang, '0031944267614000', 'KPP PRATAMA SURABAYA MULYOREJO', '22-05-2023'),
    type: 'npwp',
    fields: { npwp: '03.194.426.7-614.000' },
  },
  {
    name: 'nib-rba-ocr-noise',
    producer: 'pdfkit',
    sheet: d.ocrNoise(d.nibRbaLampiran(cemerlang, '16 Agustus 2023', '2 Agustus 2024', cemerlangRows)),
    type: 'nib',
    fields: { nib: '1208240003316', address: 'Jl. Raya Kertajaya No. 77, Kota Surabaya, Jawa', kbli: cemerlang.kbli.map(([k]) => k) },
  },
  {
    name: 'ktp-ocr-noise',
    producer: 'pdf-lib',
    sheet: d.ocrNoise(d.ktpCard(mega, 'Jawa Timur', 'Kota Surabaya', 'PEREMPUAN', '16-03-2021')),
    type: 'ktp',
    fields: { nik: '3578055402870021', holder_name: 'RNEGA LESTARI' },
  },
  {
    name: 'ktp-perempuan',
    producer: 'pdf-lib',
    sheet: d.ktpCard(mega, 'Jawa Timur', 'Kota Surabaya', 'PEREMPUAN', '16-03-2021'),
    type: 'ktp',
    fields: { nik: '3578055402870021', birth_date: '1987-02-14', holder_name: 'MEGA LESTARI' },
  }, // Second round (issue 14): layouts the last held-out measure showed as misread, written again from the references.
  {
    name: 'siup-oss11',
    producer: 'pdfkit',
    sheet: d.siupOss11(wijaya, 'R-201909120012345', '12 September 2019'),
    type: 'izin_usaha',
    fields: { nib: '9120511230871', company_name: 'PT WIJAYA DATA MANDIRI' },
  },
  {
    name: 'akta-pernyataan-keputusan',
    producer: 'pdf-lib',
    sheet: d.aktaPernyataanKeputusan(cemerlang, {
      number: '14',
      dayDate: 'Kamis, tanggal 07-03-2024',
      dateWords: 'tujuh Maret dua ribu dua puluh empat',
      notary: 'Lina Marlina, Sarjana Hukum, Magister Kenotariatan',
      ahu: 'AHU-0016255.AH.01.02.TAHUN 2024',
      board: [
        ['Direktur Utama', `Tuan ${rudiHartono.name.toUpperCase()}`],
        ['Direktur', `Nyonya ${mega.name.toUpperCase()}`],
        ['Komisaris', 'Tuan BAMBANG SUGIHARTO'],
      ],
    }),
    type: 'akta',
    fields: { director: ['RUDI HARTONO', 'MEGA LESTARI'], deed_number: '14', deed_date: '2024-03-07' },
  },
  {
    name: 'akta-perubahan-identitas',
    producer: 'pdfkit',
    sheet: d.aktaPerubahanIdentitas(cemerlang, {
      number: '22',
      dayDate: 'Selasa, tanggal 16-07-2024',
      notary: 'Lina Marlina, S.H., M.Kn.',
      people: [
        { honorific: 'Tuan', person: rudiHartono, sex: 'LAKI-LAKI', role: 'Direktur Utama' },
        { honorific: 'Nyonya', person: mega, sex: 'PEREMPUAN', role: 'Direktur' },
      ],
    }),
    type: 'akta',
    fields: { director: ['RUDI HARTONO', 'MEGA LESTARI'], deed_number: '22', deed_date: '2024-07-16' },
  },
  {
    name: 'kswp-coretax',
    producer: 'pdf-lib',
    sheet: d.kswpCoretax(cemerlang.name, '0031944267614000', 'KET-00342/KSWP-CT/KPP.0611/2025', '14 Mei 2025', [2023, 2024]),
    type: 'kswp',
    fields: { status: 'VALID', npwp: '03.194.426.7-614.000' },
  },
  {
    name: 'sbu-oss',
    producer: 'pdfkit',
    sheet: d.sbuOss(
      { ...cemerlang, name: 'PT Cemerlang Bangun Nusantara' },
      '81202011234560001',
      '26 Juli 2024',
      [
        ['BG001', 'Konstruksi Gedung Hunian'],
        ['BG002', 'Konstruksi Gedung Perkantoran'],
      ],
      '26-07-2024 s.d. 25-07-2027',
    ),
    type: 'iujk_sbu',
    fields: { valid_until: '2027-07-25', subclassification: ['BG001', 'BG002'] },
  },
  {
    name: 'surat-kuasa-prosa',
    producer: 'pdf-lib',
    sheet: d.suratKuasaProsa(wijaya, mega, 'Manajer Pemasaran', 'Pengadaan Perangkat Komputer', '9 Oktober 2024'),
    type: 'surat_kuasa',
    fields: { attorney_name: 'MEGA LESTARI' },
  },
  {
    name: 'nib-kbli-kurung',
    producer: 'pdf-lib',
    sheet: d.nibKbliBerjudul(wijaya, '8 Januari 2019', 'kurung'),
    type: 'nib',
    fields: { nib: '9120511230871', kbli: wijaya.kbli.map(([k]) => k) },
  },
  {
    name: 'nib-kbli-baris-baru',
    producer: 'pdfkit',
    sheet: d.nibKbliBerjudul(wijaya, '8 Januari 2019', 'baris-baru'),
    type: 'nib',
    fields: { nib: '9120511230871', kbli: wijaya.kbli.map(([k]) => k) },
  },
  {
    name: 'ktp-scan-200-miring',
    producer: 'scan',
    scan: { dpi: 200, skew: 1.5 },
    sheet: d.ktpCard(hendra, 'Jawa Timur', 'Kota Surabaya', 'LAKI-LAKI', '03-02-2020'),
    type: 'ktp',
    fields: { nik: '3578062511800003' },
  },
  {
    name: 'ktp-scan-120-bintik',
    producer: 'scan',
    scan: { dpi: 120, skew: -1 },
    sheet: d.ktpCard(mega, 'Jawa Timur', 'Kota Surabaya', 'PEREMPUAN', '16-03-2021'),
    type: 'ktp',
    fields: { nik: '3578055402870021' },
  },
];

async function writeLayouts(): Promise<void> {
  const dir = path.join(ROOT, 'fixtures', 'layouts');
  rmSync(dir, { recursive: true, force: true });
  for (const l of LAYOUTS) {
    mkdirSync(path.join(dir, l.producer), { recursive: true });
    writeFileSync(
      path.join(dir, l.producer, `${l.name}.pdf`),
      l.producer === 'scan' ? await noisyScan(l.sheet, l.scan ?? { dpi: 150, skew: 1 }) : await render(l.sheet, l.producer),
    );
  }
  const expected = Object.fromEntries(LAYOUTS.map((l) => [l.name, { type: l.type, fields: l.fields }]));
  writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`layouts: ${LAYOUTS.length} documents`);
}

/** pt-lengkap mixes producers inside one bundle: every third document comes from pdf-lib. */
function sheetOf(c: d.Company, i: number): Sheet {
  const sheets = [
    () => d.nibOss1(c, '8 Januari 2019'),
    () => d.siup(c, c.nib as string, '8 Januari 2019', true),
    () => d.npwpSkt(c, '2 Februari 2017', 'KPP PRATAMA SURABAYA TEGALSARI'),
    () => d.sptBpe(c.name, c.npwp, 2018, '1771', '26 April 2019', '0183274920190426'),
    () => d.sewa(c, 'H. Abdul Karim', '2 Januari 2018', '1 Januari 2021', c.address),
    () => d.akta(c, '12', 'Senin, tanggal 5 Maret 2018', 'Anita Kusumawardani, S.H., M.Kn.', 'AHU-0012345.AH.01.01.TAHUN 2018'),
    () => d.ktp(c.director, 'Jawa Timur', 'Kota Surabaya'),
    () => d.pakta(c, c.director, c.directorTitle, TENDER_2019, '10 Oktober 2019'),
    () => d.pernyataan(c, c.director, c.directorTitle, '10 Oktober 2019'),
  ];
  return (sheets[i] as () => Sheet)();
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (only.length === 0 || only.includes('layouts')) await writeLayouts();
  for (const b of BUNDLE_LIST) {
    if (only.length > 0 && !only.includes(b.dir)) continue;
    if (b.needs && !has(b.needs)) {
      console.warn(`skipped ${b.dir}: ${b.needs} is not installed (the committed files are kept)`);
      continue;
    }
    const dir = path.join(BUNDLES, b.dir);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, make] of b.files) writeFileSync(path.join(dir, name), await make());
    if (b.bidder)
      writeFileSync(
        path.join(dir, 'bundle.yaml'),
        `# Stated by the bidder: an individual has no deed or business licence to infer the form from.\nbidder:\n  name: ${b.bidder.name}\n  form: ${b.bidder.form}\n`,
      );
    console.log(`${b.dir}: ${b.files.length} files`);
  }
  if (!existsSync(BUNDLES)) throw new Error('no bundles written');
}

await main();
