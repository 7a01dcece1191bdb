// Generator of the independent test corpus (fixtures/independent). Run: npx tsx scripts/independent/make.ts
// Written from shared/reference/real-layouts.md only, without looking at the project's parsers or fixtures.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { PDFDocument as LibDoc } from 'pdf-lib';
import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;

const FIXED_DATE = new Date(Date.UTC(2025, 0, 15, 8, 0, 0));

export const OUT = new URL('../../fixtures/independent/', import.meta.url).pathname;

export interface Expectation {
  type: string;
  fields: Record<string, unknown>;
}
export const expected: Record<string, Expectation> = {};
export const notes: Record<string, string> = {};

export interface MakeOpts {
  margins?: { top: number; bottom: number; left: number; right: number };
  font?: string;
  size?: number;
  header?: (d: Doc, page: number, pages: number) => void;
  footer?: (d: Doc, page: number, pages: number) => void;
  title?: string;
}

/** Build one PDF and write it; record its expectation. */
export async function make(name: string, exp: Expectation, note: string, opts: MakeOpts, draw: (d: Doc) => void): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: opts.margins ?? { top: 60, bottom: 60, left: 60, right: 60 },
    bufferPages: true,
    compress: true,
    info: {
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
      Producer: 'independent-corpus',
      Creator: 'independent-corpus',
      Title: opts.title ?? name,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res) => doc.on('end', () => res()));
  doc.font(opts.font ?? 'Helvetica').fontSize(opts.size ?? 10.5);
  draw(doc);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: saved.left, right: saved.right };
    if (opts.header) opts.header(doc, i + 1, range.count);
    if (opts.footer) opts.footer(doc, i + 1, range.count);
    doc.page.margins = saved;
  }
  doc.end();
  await done;
  const file = `${OUT + name}.pdf`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat(chunks));
  expected[name] = exp;
  notes[name] = note;
}

export const L = (d: Doc) => d.page.margins.left;
export const R = (d: Doc) => d.page.width - d.page.margins.right;
export const W = (d: Doc) => R(d) - L(d);
export const BOTTOM = (d: Doc) => d.page.height - d.page.margins.bottom;

export function font(d: Doc, f: string, s?: number): Doc {
  d.font(f);
  if (s) d.fontSize(s);
  return d;
}

export function center(d: Doc, text: string, f = 'Helvetica-Bold', s = 12): void {
  const of = (d as any)._font?.name;
  const os = (d as any)._fontSize;
  d.font(f)
    .fontSize(s)
    .text(text, L(d), d.y, { width: W(d), align: 'center' });
  d.font(of ?? 'Helvetica').fontSize(os);
  d.x = L(d);
}

export function para(d: Doc, text: string, o: PDFKit.Mixins.TextOptions & { indent?: number } = {}): void {
  const x = L(d) + (o.indent ?? 0);
  d.text(text, x, d.y, { width: R(d) - x, align: 'justify', ...o });
  d.x = L(d);
}

export function gap(d: Doc, n = 1): void {
  d.moveDown(n);
  d.x = L(d);
}

export function ensure(d: Doc, h: number): void {
  if (d.y + h > BOTTOM(d)) {
    d.addPage();
    d.x = L(d);
  }
}

/** Colon-aligned label/value line. */
export function kv(
  d: Doc,
  label: string,
  value: string,
  o: { x?: number; lw?: number; colon?: string; vfont?: string; lfont?: string } = {},
): void {
  const x = o.x ?? L(d);
  const lw = o.lw ?? 170;
  const cur = (d as any)._font?.name ?? 'Helvetica';
  const lh = d.heightOfString(value || ' ', { width: R(d) - (x + lw + 10) });
  ensure(d, lh + 2);
  const y = d.y;
  if (o.lfont) d.font(o.lfont);
  d.text(label, x, y, { width: lw - 6 });
  const y1 = d.y;
  d.font(cur);
  d.text(o.colon ?? ':', x + lw, y, { lineBreak: false });
  if (o.vfont) d.font(o.vfont);
  d.text(value, x + lw + 10, y, { width: R(d) - (x + lw + 10) });
  d.font(cur);
  d.y = Math.max(y1, d.y) + 1;
  d.x = L(d);
}

/** Label on one line, value indented on the next line. */
export function nextLine(d: Doc, label: string, value: string, o: { indent?: number; vfont?: string } = {}): void {
  ensure(d, 30);
  const cur = (d as any)._font?.name ?? 'Helvetica';
  d.text(label, L(d), d.y);
  if (o.vfont) d.font(o.vfont);
  d.text(value, L(d) + (o.indent ?? 0), d.y, { width: W(d) - (o.indent ?? 0) });
  d.font(cur);
  d.moveDown(0.3);
  d.x = L(d);
}

export interface Col {
  title: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A table that breaks across pages and repeats its header. */
export function table(
  d: Doc,
  cols: Col[],
  rows: string[][],
  o: { borders?: boolean; headFont?: string; bodyFont?: string; size?: number; pad?: number; repeatHead?: boolean; headFill?: string } = {},
): void {
  const pad = o.pad ?? 4;
  const size = o.size ?? 9.5;
  const x0 = L(d);
  const total = cols.reduce((a, c) => a + c.width, 0);
  const drawRow = (cells: string[], f: string, fill?: string) => {
    d.font(f).fontSize(size);
    const hs = cells.map((c, i) => d.heightOfString(c, { width: cols[i]!.width - 2 * pad }));
    const h = Math.max(...hs) + 2 * pad;
    const y = d.y;
    if (fill) d.rect(x0, y, total, h).fill(fill).fillColor('black');
    let x = x0;
    cells.forEach((c, i) => {
      d.text(c, x + pad, y + pad, { width: cols[i]!.width - 2 * pad, align: cols[i]!.align ?? 'left' });
      if (o.borders !== false) d.rect(x, y, cols[i]!.width, h).lineWidth(0.6).stroke();
      x += cols[i]!.width;
    });
    if (o.borders === false && fill === undefined && f === (o.headFont ?? 'Helvetica-Bold')) {
      d.moveTo(x0, y + h)
        .lineTo(x0 + total, y + h)
        .lineWidth(0.6)
        .stroke();
    }
    d.y = y + h;
    return h;
  };
  const rowHeight = (cells: string[]) => {
    d.font(o.bodyFont ?? 'Helvetica').fontSize(size);
    return Math.max(...cells.map((c, i) => d.heightOfString(c, { width: cols[i]!.width - 2 * pad }))) + 2 * pad;
  };
  const head = () =>
    drawRow(
      cols.map((c) => c.title),
      o.headFont ?? 'Helvetica-Bold',
      o.headFill,
    );
  head();
  for (const r of rows) {
    if (d.y + rowHeight(r) > BOTTOM(d)) {
      d.addPage();
      d.y = d.page.margins.top;
      if (o.repeatHead !== false) head();
    }
    drawRow(r, o.bodyFont ?? 'Helvetica');
  }
  d.font('Helvetica').fontSize(10.5);
  d.x = L(d);
  d.moveDown(0.5);
}

/** Deterministic QR-like square. */
export function fakeQr(d: Doc, x: number, y: number, size: number, seedText: string): void {
  let s = 0;
  for (const ch of seedText) s = (s * 31 + ch.charCodeAt(0)) >>> 0;
  const n = 25;
  const cell = size / n;
  const rnd = () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return (s >>> 16) & 1;
  };
  const finder = (fx: number, fy: number) => {
    d.rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell).fill('black');
    d.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell).fill('white');
    d.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell).fill('black');
  };
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const inFinder = (i < 8 && j < 8) || (i < 8 && j >= n - 8) || (i >= n - 8 && j < 8);
      if (!inFinder && rnd()) d.rect(x + i * cell, y + j * cell, cell, cell).fill('black');
    }
  finder(0, 0);
  finder(n - 7, 0);
  finder(0, n - 7);
  d.fillColor('black');
}

/** Notarial text: Courier, wrapped at a fixed count and padded with dashes to the margin. */
export function notarial(d: Doc, text: string, o: { cols?: number; indent?: number; size?: number } = {}): void {
  const size = o.size ?? 11;
  d.font('Courier').fontSize(size);
  const charW = size * 0.6;
  const indent = o.indent ?? 0;
  const cols = o.cols ?? Math.floor((W(d) - indent) / charW) - 1;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur.length === 0) cur = w;
    else if (cur.length + 1 + w.length <= cols) cur += ` ${w}`;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  for (const ln of lines) {
    ensure(d, size * 1.6);
    const padded = ln.length < cols - 1 ? ln + '-'.repeat(cols - ln.length) : ln;
    d.text(padded, L(d) + indent, d.y, { lineBreak: false });
    d.y += size * 0.45;
    d.x = L(d);
  }
}

/** Signature block at a given x. */
export function signBlock(
  d: Doc,
  x: number,
  lines: string[],
  o: { underlineIndex?: number; gapAt?: number; gapH?: number; width?: number } = {},
): void {
  let y = d.y;
  const width = o.width ?? 200;
  lines.forEach((ln, i) => {
    if (i === o.gapAt) y += o.gapH ?? 50;
    d.text(ln, x, y, { width, align: 'center', underline: i === o.underlineIndex });
    y = d.y;
  });
  d.x = L(d);
}

// ---------------------------------------------------------------------------------------------
// Shared text
// ---------------------------------------------------------------------------------------------
const OSS_FOOTER = [
  '1. Dokumen ini diterbitkan sistem OSS berdasarkan data dari Pelaku Usaha, tersimpan dalam sistem OSS, yang menjadi tanggung jawab Pelaku Usaha.',
  '2. Dalam hal terjadi kekeliruan isi dokumen ini akan dilakukan perbaikan sebagaimana mestinya.',
  '3. Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE-BSSN.',
  '4. Data lengkap Perizinan Berusaha dapat diperoleh melalui sistem OSS menggunakan hak akses.',
];

function ossFooterBox(d: Doc, compact = false): void {
  const size = compact ? 6.5 : 7.2;
  d.font('Helvetica').fontSize(size);
  const text = OSS_FOOTER.join('\n');
  const h = d.heightOfString(text, { width: W(d) - 12 }) + 10;
  const y = d.page.height - 30 - h;
  d.rect(L(d), y, W(d), h).lineWidth(0.5).stroke();
  d.text(text, L(d) + 6, y + 5, { width: W(d) - 12 });
}

const NIB_CLAUSE =
  'NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan kegiatan usaha dan berlaku sebagai Angka Pengenal Impor (API-U), hak akses kepabeanan, pendaftaran kepesertaan jaminan sosial kesehatan dan jaminan sosial ketenagakerjaan, serta bukti pemenuhan laporan pertama Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP).';

type Kbli = [code: string, title: string, risk: string];

interface NibRba {
  name: string;
  nib: string;
  company: string;
  address: string[];
  skala: string;
  phone: string;
  email: string;
  uu: '11/2020' | '6/2023';
  issued: string; // as printed
  printed: string; // as printed
  kbli: Kbli[];
  mode: 'table' | 'comma' | 'kodejudul';
  caps?: boolean;
  printedOnTop?: boolean;
  narrowRisk?: boolean;
  borders?: boolean;
  pageNumbers?: boolean;
  fontSize?: number;
  tableSize?: number;
  tablePad?: number;
}

async function nibRba(o: NibRba, exp: Expectation, note: string): Promise<void> {
  const cap = (s: string) => (o.caps ? s.toUpperCase() : s);
  await make(
    o.name,
    exp,
    note,
    {
      margins: { top: 70, bottom: 110, left: 62, right: 62 },
      footer: (d, p, n) => {
        ossFooterBox(d, true);
        if (o.pageNumbers) {
          d.font('Helvetica')
            .fontSize(8)
            .text(`Halaman ${p} dari ${n}`, L(d), d.page.height - 24, { width: W(d), align: 'right' });
        }
      },
      header: (d) => {
        if (o.printedOnTop) {
          d.font('Helvetica')
            .fontSize(8)
            .text(`Dicetak tanggal: ${o.printed}`, L(d), 30, { width: W(d), align: 'right' });
        }
      },
    },
    (d) => {
      d.fontSize(o.fontSize ?? 10.5);
      center(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 13);
      center(d, 'PERIZINAN BERUSAHA BERBASIS RISIKO', 'Helvetica-Bold', 12);
      center(d, `NOMOR INDUK BERUSAHA: ${o.nib}`, 'Helvetica-Bold', 12);
      gap(d, 1);
      d.font('Helvetica').fontSize(o.fontSize ?? 10.5);
      const uu =
        o.uu === '11/2020'
          ? 'Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja'
          : 'Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang';
      para(d, `Berdasarkan ${uu}, Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:`);
      gap(d, 0.6);
      const lw = 215;
      kv(d, cap('1. Nama Pelaku Usaha'), o.company, { lw });
      kv(d, cap('2. Alamat Kantor'), o.address.join('\n'), { lw });
      kv(d, cap('3. Status Penanaman Modal'), 'PMDN', { lw });
      if (o.mode === 'comma') {
        kv(d, cap('4. Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI)'), o.kbli.map((k) => k[0]).join(', '), { lw });
      } else {
        kv(d, cap('4. Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI)'), 'Lihat Lampiran', { lw });
      }
      kv(d, cap('5. Skala Usaha'), o.skala, { lw });
      kv(d, cap('6. Nomor Telepon Seluler'), o.phone, { lw });
      kv(d, cap('7. Email'), o.email, { lw });
      gap(d, 0.8);
      para(d, NIB_CLAUSE);
      gap(d, 1.2);
      const sx = R(d) - 230;
      d.text(`Diterbitkan di Jakarta, tanggal: ${o.issued}`, sx, d.y, { width: 230 });
      d.moveDown(0.4);
      d.text('Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal,', sx, d.y, { width: 230 });
      d.moveDown(0.4);
      fakeQr(d, sx + 70, d.y, 70, o.nib);
      d.y += 76;
      d.text('Ditandatangani secara elektronik', sx, d.y, { width: 230, align: 'center' });
      d.x = L(d);
      if (!o.printedOnTop) {
        d.moveDown(1.5);
        d.fontSize(8.5).text(`Dicetak tanggal: ${o.printed}`, L(d), d.y);
        d.fontSize(o.fontSize ?? 10.5);
      }
      if (o.mode === 'comma') return;
      // Lampiran
      d.addPage();
      center(d, 'LAMPIRAN', 'Helvetica-Bold', 12);
      center(d, 'PERIZINAN BERUSAHA BERBASIS RISIKO', 'Helvetica-Bold', 11);
      center(d, `NOMOR INDUK BERUSAHA: ${o.nib}`, 'Helvetica-Bold', 11);
      gap(d, 0.8);
      d.font('Helvetica').fontSize(o.fontSize ?? 10.5);
      para(d, 'Lampiran berikut ini memuat daftar bidang usaha untuk :');
      kv(d, cap('Nama Pelaku Usaha'), o.company, { lw: 150 });
      gap(d, 0.5);
      if (o.mode === 'table') {
        table(
          d,
          [
            { title: 'No', width: 34, align: 'center' },
            { title: 'Kode', width: 52, align: 'center' },
            { title: 'Judul KBLI', width: o.narrowRisk ? 326 : 281 },
            { title: 'Risiko', width: o.narrowRisk ? 59 : 104 },
          ],
          o.kbli.map((k, i) => [String(i + 1), k[0], o.caps ? k[1].toUpperCase() : k[1], k[2]]),
          {
            borders: o.borders !== false,
            headFill: o.borders === false ? undefined : '#dddddd',
            size: o.tableSize ?? 9.5,
            pad: o.tablePad ?? 4,
          },
        );
      } else {
        o.kbli.forEach((k, i) => {
          ensure(d, 34);
          d.font('Helvetica-Bold').text(`${i + 1}. ${k[0]} - ${k[1]}`, L(d), d.y, { width: W(d) });
          d.font('Helvetica').text(`Tingkat Risiko : ${k[2]}`, L(d) + 16, d.y);
          d.moveDown(0.4);
          d.x = L(d);
        });
      }
      ensure(d, 60);
      para(d, 'Dengan ketentuan bahwa NIB tersebut hanya berlaku untuk kode dan judul KBLI yang tercantum dalam lampiran ini.');
      gap(d, 0.5);
      para(d, 'Lampiran ini merupakan bagian tidak terpisah dari dokumen NIB tersebut.');
      if (!o.printedOnTop) {
        d.moveDown(0.8);
        d.fontSize(8.5).text(`Dicetak tanggal: ${o.printed}`, L(d), d.y);
      }
    },
  );
}

const risks = (k: Kbli[]) => Object.fromEntries(k.map((x) => [x[0], x[2]]));
const codes = (k: Kbli[]) => k.map((x) => x[0]);

const KONSTRUKSI: Kbli[] = [
  ['41011', 'Konstruksi Gedung Hunian', 'Menengah Tinggi'],
  ['41012', 'Konstruksi Gedung Perkantoran', 'Menengah Tinggi'],
  ['41013', 'Konstruksi Gedung Industri', 'Tinggi'],
  ['41014', 'Konstruksi Gedung Perbelanjaan', 'Menengah Tinggi'],
  ['41015', 'Konstruksi Gedung Kesehatan', 'Tinggi'],
  ['41016', 'Konstruksi Gedung Pendidikan', 'Menengah Tinggi'],
  ['41017', 'Konstruksi Gedung Penginapan', 'Menengah Tinggi'],
  ['41018', 'Konstruksi Gedung Tempat Hiburan dan Olahraga', 'Menengah Tinggi'],
  ['41019', 'Konstruksi Gedung Lainnya', 'Menengah Rendah'],
  ['42101', 'Konstruksi Bangunan Sipil Jalan', 'Tinggi'],
  ['42102', 'Konstruksi Bangunan Sipil Jembatan, Jalan Layang, Fly Over, dan Underpass', 'Tinggi'],
  ['42201', 'Konstruksi Jaringan Irigasi, Komunikasi, dan Limbah', 'Menengah Tinggi'],
  ['42911', 'Konstruksi Bangunan Sipil Pengolahan Air Bersih', 'Menengah Tinggi'],
  ['43110', 'Pembongkaran', 'Menengah Rendah'],
  ['43120', 'Penyiapan Lahan', 'Menengah Rendah'],
  ['43211', 'Instalasi Listrik', 'Menengah Rendah'],
  ['43221', 'Instalasi Saluran Air (Plambing)', 'Menengah Rendah'],
  ['43222', 'Instalasi Pemanas dan Geotermal', 'Menengah Tinggi'],
  ['43302', 'Pengerjaan Lantai, Dinding, Peralatan Saniter dan Plafon', 'Rendah'],
  ['43303', 'Pengecatan', 'Rendah'],
  ['43304', 'Pengerjaan Interior', 'Rendah'],
  ['43901', 'Pemasangan Pondasi dan Tiang Pancang', 'Menengah Tinggi'],
  ['46630', 'Perdagangan Besar Bahan dan Barang Konstruksi', 'Rendah'],
  ['71102', 'Aktivitas Keinsinyuran dan Konsultasi Teknis Yang Berhubungan Dengan Itu', 'Menengah Rendah'],
];

const TI: Kbli[] = [
  ['62019', 'Aktivitas Pemrograman Komputer Lainnya', 'Rendah'],
  ['62021', 'Aktivitas Konsultasi Keamanan Informasi', 'Rendah'],
  ['62029', 'Aktivitas Konsultasi Komputer dan Manajemen Fasilitas Komputer Lainnya', 'Rendah'],
  ['62090', 'Aktivitas Teknologi Informasi dan Jasa Komputer Lainnya', 'Rendah'],
  ['63111', 'Aktivitas Pengolahan Data', 'Menengah Rendah'],
  ['63112', 'Aktivitas Hosting dan Yang Berhubungan Dengan Itu', 'Menengah Rendah'],
  ['63122', 'Portal Web dan/atau Platform Digital Dengan Tujuan Komersial', 'Menengah Tinggi'],
  ['46511', 'Perdagangan Besar Komputer dan Perlengkapan Komputer', 'Rendah'],
  ['46512', 'Perdagangan Besar Piranti Lunak', 'Rendah'],
  ['46521', 'Perdagangan Besar Peralatan Telekomunikasi', 'Rendah'],
  ['47413', 'Perdagangan Eceran Alat Telekomunikasi', 'Rendah'],
  ['61100', 'Aktivitas Telekomunikasi Dengan Kabel', 'Tinggi'],
  ['61200', 'Aktivitas Telekomunikasi Tanpa Kabel', 'Tinggi'],
  ['73100', 'Periklanan', 'Rendah'],
  ['74100', 'Aktivitas Perancangan Khusus', 'Rendah'],
  ['82110', 'Aktivitas Penyedia Gabungan Jasa Penunjang Fasilitas', 'Rendah'],
  ['85499', 'Pendidikan Lainnya Swasta', 'Menengah Rendah'],
  ['95110', 'Reparasi Komputer dan Peralatan Sejenisnya', 'Rendah'],
  ['95120', 'Reparasi Peralatan Komunikasi', 'Rendah'],
  ['33120', 'Reparasi Mesin Untuk Keperluan Umum', 'Rendah'],
  ['43211', 'Instalasi Listrik', 'Menengah Rendah'],
  ['58200', 'Penerbitan Piranti Lunak (Software)', 'Rendah'],
];

const TEKNIK: Kbli[] = [
  ['42101', 'Konstruksi Bangunan Sipil Jalan', 'Tinggi'],
  ['42102', 'Konstruksi Bangunan Sipil Jembatan, Jalan Layang, Fly Over, dan Underpass', 'Tinggi'],
  ['42201', 'Konstruksi Jaringan Irigasi, Komunikasi, dan Limbah', 'Menengah Tinggi'],
  ['42919', 'Konstruksi Bangunan Sipil Lainnya YTDL', 'Menengah Tinggi'],
  ['43120', 'Penyiapan Lahan', 'Menengah Rendah'],
  ['43211', 'Instalasi Listrik', 'Menengah Rendah'],
  ['43212', 'Instalasi Telekomunikasi', 'Menengah Rendah'],
  ['43291', 'Instalasi Navigasi Laut dan Sungai', 'Menengah Tinggi'],
  ['43299', 'Instalasi Lainnya YTDL', 'Menengah Rendah'],
  ['43303', 'Pengecatan', 'Rendah'],
  ['43901', 'Pemasangan Pondasi dan Tiang Pancang', 'Menengah Tinggi'],
  ['43902', 'Pemasangan Perancah (Steiger)', 'Menengah Rendah'],
  ['46630', 'Perdagangan Besar Bahan dan Barang Konstruksi', 'Rendah'],
  ['46691', 'Perdagangan Besar Pupuk dan Produk Agrokimia', 'Menengah Rendah'],
  ['49431', 'Angkutan Bermotor Untuk Barang Umum', 'Menengah Rendah'],
  ['77100', 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mobil, Bus, Truk dan Sejenisnya', 'Rendah'],
  ['77392', 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mesin dan Peralatan Konstruksi dan Teknik Sipil', 'Rendah'],
  ['71101', 'Aktivitas Arsitektur', 'Menengah Rendah'],
  ['71102', 'Aktivitas Keinsinyuran dan Konsultasi Teknis Yang Berhubungan Dengan Itu', 'Menengah Rendah'],
  ['71201', 'Uji Laboratorium Teknik', 'Menengah Rendah'],
];

const DAGANG: Kbli[] = [
  ['46201', 'Perdagangan Besar Padi dan Palawija', 'Rendah'],
  ['46311', 'Perdagangan Besar Beras', 'Rendah'],
  ['46319', 'Perdagangan Besar Bahan Makanan dan Minuman Hasil Pertanian Lainnya', 'Rendah'],
  ['46900', 'Perdagangan Besar Berbagai Macam Barang', 'Rendah'],
  [
    '47111',
    'Perdagangan Eceran Berbagai Macam Barang Yang Utamanya Makanan, Minuman Atau Tembakau Di Minimarket/Supermarket/Hypermarket',
    'Menengah Rendah',
  ],
  ['49431', 'Angkutan Bermotor Untuk Barang Umum', 'Menengah Rendah'],
  ['52101', 'Pergudangan dan Penyimpanan', 'Menengah Tinggi'],
  ['10611', 'Industri Penggilingan Padi dan Penyosohan Beras', 'Tinggi'],
];

async function nibs(): Promise<void> {
  const k1 = KONSTRUKSI;
  await nibRba(
    {
      name: 'nib-rba-lampiran-2hal',
      nib: '2103230004517',
      company: 'PT GRAHA RAYA KONSTRUKSI',
      address: [
        'Jl. Raya Kalimalang No. 88',
        'Desa/Kelurahan Cipinang Melayu, Kec. Makasar,',
        'Kota Adm. Jakarta Timur, Provinsi DKI Jakarta',
      ],
      skala: 'Usaha Kecil',
      phone: '081310045517',
      email: 'admin@grahakonstruksi.co.id',
      uu: '11/2020',
      issued: '21 Maret 2023',
      printed: '5 Februari 2025',
      kbli: k1,
      mode: 'table',
      tableSize: 10.5,
      tablePad: 8,
    },
    {
      type: 'nib',
      fields: {
        nib: '2103230004517',
        company_name: 'PT GRAHA RAYA KONSTRUKSI',
        issued_on: '2023-03-21',
        kbli: codes(k1),
        kbli_risk: risks(k1),
      },
    },
    'OSS-RBA, UU 11/2020, mixed-case numbered colon fields; 24-row bordered Lampiran table that continues onto a third page with the header repeated; issue date and a later print date.',
  );
  await nibRba(
    {
      name: 'nib-rba-kapital-uu6',
      nib: '0702240013392',
      company: 'PT MITRA DATA INFORMATIKA',
      address: [
        'GEDUNG MENARA SENTOSA LT. 7, JL. JEND. SUDIRMAN KAV. 12',
        'DESA/KELURAHAN KARET TENGSIN, KEC. TANAH ABANG,',
        'KOTA ADM. JAKARTA PUSAT, PROVINSI DKI JAKARTA',
      ],
      skala: 'USAHA MENENGAH',
      phone: '081977013392',
      email: 'legal@mitradata.id',
      uu: '6/2023',
      issued: '7 Februari 2024',
      printed: '19 Agustus 2025',
      kbli: TI,
      mode: 'table',
      caps: true,
      pageNumbers: true,
      fontSize: 11,
      tableSize: 11,
      tablePad: 8,
    },
    {
      type: 'nib',
      fields: {
        nib: '0702240013392',
        company_name: 'PT MITRA DATA INFORMATIKA',
        issued_on: '2024-02-07',
        kbli: codes(TI),
        kbli_risk: risks(TI),
      },
    },
    "OSS-RBA citing UU 6/2023; ALL-CAPS labels and KBLI titles; 'Halaman x dari y' footer; 22 KBLI rows over two Lampiran pages; NIB starts with 0.",
  );
  const comma: Kbli[] = [
    ['36000', '', ''],
    ['42201', '', ''],
    ['43221', '', ''],
    ['46521', '', ''],
  ];
  await nibRba(
    {
      name: 'nib-rba-kbli-koma',
      nib: '1105220031176',
      company: 'CV TIRTA KENCANA',
      address: [
        'Jl. Gatot Subroto No. 17 RT 003 RW 005',
        'Desa/Kelurahan Sei Sikambing B, Kec. Medan Sunggal,',
        'Kota Medan, Provinsi Sumatera Utara',
      ],
      skala: 'Usaha Mikro',
      phone: '081260031176',
      email: 'tirtakencana.mdn@gmail.com',
      uu: '11/2020',
      issued: '11 Mei 2022',
      printed: '3 Januari 2024',
      kbli: comma,
      mode: 'comma',
    },
    { type: 'nib', fields: { nib: '1105220031176', company_name: 'CV TIRTA KENCANA', issued_on: '2022-05-11', kbli: codes(comma) } },
    'OSS-RBA single page, KBLI printed as a comma list on the field line (no Lampiran, so no risk levels).',
  );
  await nibRba(
    {
      name: 'nib-rba-kode-judul',
      nib: '2809210045023',
      company: 'CV SINAR PADI LESTARI',
      address: ['Dusun Krajan RT 002 RW 001', 'Desa/Kelurahan Sukorejo, Kec. Gending,', 'Kab. Probolinggo, Provinsi Jawa Timur'],
      skala: 'Usaha Kecil',
      phone: '085233045023',
      email: 'sinarpadi.lestari@yahoo.co.id',
      uu: '11/2020',
      issued: '28 September 2021',
      printed: '14 Juni 2024',
      kbli: DAGANG,
      mode: 'kodejudul',
    },
    {
      type: 'nib',
      fields: {
        nib: '2809210045023',
        company_name: 'CV SINAR PADI LESTARI',
        issued_on: '2021-09-28',
        kbli: codes(DAGANG),
        kbli_risk: risks(DAGANG),
      },
    },
    "OSS-RBA whose Lampiran lists 'kode - judul' lines with 'Tingkat Risiko : ...' on the following line instead of a table.",
  );
  await nibRba(
    {
      name: 'nib-rba-cetak-atas',
      nib: '0410230007781',
      company: 'PT CAHAYA NUSA TEKNIK',
      address: ['Jl. Rungkut Industri III No. 45', 'Desa/Kelurahan Kali Rungkut, Kec. Rungkut,', 'Kota Surabaya, Provinsi Jawa Timur'],
      skala: 'Usaha Kecil',
      phone: '082140007781',
      email: 'cahayanusa.teknik@gmail.com',
      uu: '11/2020',
      issued: '4 Oktober 2023',
      printed: '30 Januari 2025',
      kbli: TEKNIK,
      mode: 'table',
      printedOnTop: true,
      narrowRisk: true,
      borders: false,
    },
    {
      type: 'nib',
      fields: {
        nib: '0410230007781',
        company_name: 'PT CAHAYA NUSA TEKNIK',
        issued_on: '2023-10-04',
        kbli: codes(TEKNIK),
        kbli_risk: risks(TEKNIK),
      },
    },
    "OSS-RBA with 'Dicetak tanggal' in the running page header of every page; borderless Lampiran table with a narrow Risiko column so 'Menengah Rendah'/'Menengah Tinggi' wrap onto two lines; 20 rows over two pages.",
  );
}

// ---------------------------------------------------------------------------------------------
// OSS 1.1 NIB, izin usaha, TDP, domisili
// ---------------------------------------------------------------------------------------------
async function oss11(): Promise<void> {
  const k11: [string, string][] = [
    ['46100', 'Perdagangan Besar Atas Dasar Balas Jasa (Fee) Atau Kontrak'],
    ['46491', 'Perdagangan Besar Alat Tulis dan Gambar'],
    ['46591', 'Perdagangan Besar Mesin, Peralatan dan Perlengkapannya'],
    ['47592', 'Perdagangan Eceran Perabot Rumah Tangga'],
    ['82190', 'Aktivitas Fotokopi, Penyiapan Dokumen dan Aktivitas Khusus Penunjang Kantor Lainnya'],
  ];
  await make(
    'nib-oss11-pt',
    {
      type: 'nib',
      fields: {
        nib: '9120203651884',
        npwp: '02.715.883.4-431.000',
        company_name: 'PT BINTANG TIGA SEMESTA',
        issued_on: '2019-07-22',
        kbli: k11.map((k) => k[0]),
      },
    },
    "OSS 1.1 'FORMAT NIB NON PERSEORANGAN' (PP 24/2018 preamble), colon fields with NPWP in dotted form, KBLI on a second page as 'kode : nama' list without risk, note that NIB is also TDP/API.",
    { margins: { top: 60, bottom: 60, left: 70, right: 70 }, font: 'Times-Roman', size: 11.5 },
    (d) => {
      d.font('Times-Roman')
        .fontSize(8)
        .text('FORMAT NIB NON PERSEORANGAN', L(d), 40, { width: W(d), align: 'right' });
      d.y = 70;
      center(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Times-Bold', 14);
      center(d, 'NOMOR INDUK BERUSAHA (NIB)', 'Times-Bold', 14);
      center(d, '9120203651884', 'Times-Bold', 16);
      gap(d, 1);
      d.font('Times-Roman').fontSize(11.5);
      para(
        d,
        'Berdasarkan ketentuan Pasal 24 ayat (1) Peraturan Pemerintah Nomor 24 Tahun 2018 tentang Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik, Lembaga OSS menerbitkan NIB kepada :',
      );
      gap(d, 0.6);
      const lw = 190;
      kv(d, 'Nama Perusahaan', 'PT BINTANG TIGA SEMESTA', { lw });
      kv(
        d,
        'Alamat Kantor/Korespondensi',
        'Jl. Soekarno-Hatta No. 512, Kel. Batununggal, Kec. Bandung Kidul, Kota Bandung, Jawa Barat 40266',
        { lw },
      );
      kv(d, 'NPWP', '02.715.883.4-431.000', { lw });
      kv(d, 'Nomor Telepon', '022-7512398', { lw });
      kv(d, 'Email', 'bintangtiga.smt@gmail.com', { lw });
      kv(d, 'Kode dan Nama KBLI', 'Lihat Lampiran', { lw });
      kv(d, 'Status Penanaman Modal', 'PMDN', { lw });
      kv(d, 'Jenis API', 'API-U', { lw });
      kv(d, 'Akses Kepabeanan', 'Ya', { lw });
      gap(d, 1);
      d.text('Diterbitkan di Jakarta, tanggal: 22 Juli 2019', R(d) - 240, d.y, { width: 240 });
      d.text('a.n. Menteri/Kepala Lembaga', R(d) - 240, d.y, { width: 240 });
      d.text('Lembaga Pengelola dan Penyelenggara OSS', R(d) - 240, d.y, { width: 240 });
      fakeQr(d, R(d) - 160, d.y + 6, 64, '9120203651884');
      d.y += 80;
      d.x = L(d);
      d.font('Times-Roman').fontSize(9);
      d.text('Keterangan:', L(d), d.y);
      para(d, '1. NIB ini berlaku selama Pelaku Usaha menjalankan kegiatan usaha sesuai ketentuan peraturan perundang-undangan.');
      para(
        d,
        '2. NIB adalah bukti Pendaftaran Penanaman Modal/Berusaha yang sekaligus merupakan pengesahan Tanda Daftar Perusahaan, Angka Pengenal Importir, hak akses kepabeanan, serta pendaftaran kepesertaan jaminan sosial.',
      );
      para(d, '3. NIB terdaftar sebagai TDP, API-U dan hak akses kepabeanan.');
      d.addPage();
      center(d, 'LAMPIRAN NIB: 9120203651884', 'Times-Bold', 12);
      gap(d, 0.5);
      d.font('Times-Roman').fontSize(11);
      d.text('Kode dan Nama KBLI:', L(d), d.y);
      d.moveDown(0.3);
      k11.forEach((k, i) => {
        d.text(`${i + 1}.  ${k[0]} : ${k[1]}`, L(d) + 10, d.y, { width: W(d) - 10 });
        d.moveDown(0.2);
      });
    },
  );

  await make(
    'nib-oss11-cv-nilai-baris-bawah',
    {
      type: 'nib',
      fields: { nib: '9120008712346', npwp: '82.451.306.7-512.000', company_name: 'CV ANUGERAH BANGUN PERSADA', issued_on: '2020-03-03' },
    },
    "OSS 1.1 non-perseorangan, labels in bold with the value on the NEXT line (no colons), NPWP printed as 15 bare digits, KBLI only 'Lihat Lampiran' (no lampiran attached).",
    { margins: { top: 60, bottom: 60, left: 70, right: 70 } },
    (d) => {
      center(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 13);
      center(d, 'LEMBAGA PENGELOLA DAN PENYELENGGARA OSS', 'Helvetica', 10);
      center(d, 'NOMOR INDUK BERUSAHA (NIB)', 'Helvetica-Bold', 13);
      gap(d, 0.3);
      center(d, 'NIB 9120008712346', 'Helvetica-Bold', 15);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      para(d, 'Berdasarkan ketentuan Pasal 24 ayat (1) Peraturan Pemerintah Nomor 24 Tahun 2018, Lembaga OSS menerbitkan NIB kepada :');
      gap(d, 0.6);
      const nl = (a: string, b: string) => {
        d.font('Helvetica-Bold');
        nextLine(d, a, b, { indent: 14, vfont: 'Helvetica' });
        d.font('Helvetica');
      };
      nl('Nama Perusahaan', 'CV ANUGERAH BANGUN PERSADA');
      nl('Alamat Kantor/Korespondensi', 'Perum Griya Asri Blok C2 No. 9, Kel. Jatimulya, Kec. Tambun Selatan, Kab. Bekasi, Jawa Barat');
      nl('NPWP', '824513067512000');
      nl('Nomor Telepon', '021-88350012');
      nl('Email', 'anugerahbangun.cv@gmail.com');
      nl('Kode dan Nama KBLI', 'Lihat Lampiran');
      nl('Status Penanaman Modal', 'PMDN');
      nl('Jenis API', '-');
      nl('Akses Kepabeanan', 'Tidak');
      gap(d, 0.8);
      d.text('Diterbitkan di Jakarta', R(d) - 220, d.y, { width: 220 });
      d.text('tanggal : 3 Maret 2020', R(d) - 220, d.y, { width: 220 });
      d.moveDown(0.5);
      d.text('Lembaga Pengelola dan Penyelenggara OSS', R(d) - 220, d.y, { width: 220 });
      fakeQr(d, R(d) - 150, d.y + 6, 60, '9120008712346');
      d.y += 76;
      d.x = L(d);
      d.fontSize(8.5);
      para(
        d,
        'NIB adalah bukti Pendaftaran Penanaman Modal/Berusaha yang sekaligus merupakan pengesahan Tanda Daftar Perusahaan, Angka Pengenal Importir, hak akses kepabeanan sesuai ketentuan peraturan perundang-undangan. NIB terdaftar sebagai TDP.',
      );
    },
  );

  await make(
    'siup-oss11',
    {
      type: 'izin_usaha',
      fields: { nib: '9120307214459', company_name: 'CV SINAR PADI LESTARI', issued_on: '2019-11-12', kbli: ['47111'] },
    },
    "OSS 1.1 Izin Usaha print: 'Nama Usaha', 'Tanggal Terbit Izin Usaha Proyek Pertama', 'KBLI: 47111 - judul', 'Nomor Proyek'; a later 'Dicetak tanggal' must not be taken as the issue date.",
    { margins: { top: 60, bottom: 60, left: 66, right: 66 } },
    (d) => {
      center(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 13);
      center(d, 'IZIN USAHA', 'Helvetica-Bold', 13);
      center(d, '(Izin Usaha Perdagangan)', 'Helvetica', 10.5);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      para(
        d,
        'Berdasarkan Peraturan Pemerintah Nomor 24 Tahun 2018 tentang Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik, Lembaga OSS menerbitkan Izin Usaha kepada:',
      );
      gap(d, 0.5);
      const lw = 230;
      kv(d, 'Nama Usaha', 'CV SINAR PADI LESTARI', { lw });
      kv(d, 'Nomor Induk Berusaha', '9120307214459', { lw });
      kv(d, 'Alamat Usaha', 'Dusun Krajan RT 002 RW 001, Desa Sukorejo, Kec. Gending, Kab. Probolinggo', { lw });
      kv(d, 'Nomor Proyek', 'R-201911120930-0007214459', { lw });
      kv(d, 'Tanggal Terbit Izin Usaha Proyek Pertama', '12 November 2019', { lw });
      kv(
        d,
        'KBLI',
        '47111 - Perdagangan Eceran Berbagai Macam Barang Yang Utamanya Makanan, Minuman Atau Tembakau Di Minimarket/Supermarket/Hypermarket',
        { lw },
      );
      kv(d, 'Lokasi Usaha', 'Kab. Probolinggo, Jawa Timur', { lw });
      gap(d, 0.8);
      para(
        d,
        'Izin Usaha ini berlaku efektif setelah Pelaku Usaha menyelesaikan Komitmen dan melakukan pembayaran biaya Izin (jika ada) sesuai ketentuan peraturan perundang-undangan.',
      );
      gap(d, 1);
      d.text('Lembaga Pengelola dan Penyelenggara OSS', R(d) - 230, d.y, { width: 230, align: 'center' });
      fakeQr(d, R(d) - 150, d.y + 6, 60, 'R-201911120930');
      d.y += 72;
      d.text('Ditandatangani secara elektronik', R(d) - 230, d.y, { width: 230, align: 'center' });
      d.x = L(d);
      d.moveDown(2);
      d.fontSize(8).text('Dicetak tanggal: 30 Juni 2021', L(d), d.y);
    },
  );

  await make(
    'siup-dinas-2013',
    {
      type: 'izin_usaha',
      fields: {
        company_name: 'PT BINTANG TIGA SEMESTA',
        npwp: '02.715.883.4-431.000',
        issued_on: '2013-04-15',
        valid_until: '2018-04-15',
        kbli: ['46100', '46491'],
      },
    },
    'Regional SIUP Kecil (Dinas, 2013) in ALL CAPS with a bordered two-column table of fields, KBLI as comma list inside a cell, expiry sentence, signature of the head of office.',
    { margins: { top: 50, bottom: 50, left: 56, right: 56 } },
    (d) => {
      center(d, 'PEMERINTAH KOTA BANDUNG', 'Helvetica-Bold', 13);
      center(d, 'BADAN PELAYANAN PERIZINAN TERPADU', 'Helvetica-Bold', 12);
      center(d, 'Jl. Cianjur No. 34 Bandung 40113 Telp. (022) 7208001', 'Helvetica', 9);
      d.moveTo(L(d), d.y + 3)
        .lineTo(R(d), d.y + 3)
        .lineWidth(1.5)
        .stroke();
      gap(d, 1);
      center(d, 'SURAT IZIN USAHA PERDAGANGAN (SIUP) KECIL', 'Helvetica-Bold', 12.5);
      center(d, 'NOMOR : 510/2271/SIUP-K/BPPT/IV/2013', 'Helvetica', 10.5);
      gap(d, 1);
      table(
        d,
        [
          { title: 'URAIAN', width: 190 },
          { title: 'KETERANGAN', width: W(d) - 190 },
        ],
        [
          ['NAMA PERUSAHAAN', 'PT BINTANG TIGA SEMESTA'],
          ['NAMA PENANGGUNG JAWAB DAN JABATAN', 'RUDI HARTONO / DIREKTUR UTAMA'],
          ['ALAMAT PERUSAHAAN', 'JL. SOEKARNO-HATTA NO. 512 BANDUNG'],
          ['NOMOR TELEPON', '022-7512398'],
          ['NPWP', '02.715.883.4-431.000'],
          ['KEKAYAAN BERSIH PERUSAHAAN (TIDAK TERMASUK TANAH DAN BANGUNAN)', 'RP. 350.000.000,-'],
          ['KELEMBAGAAN', 'PEDAGANG BESAR'],
          ['KEGIATAN USAHA (KBLI)', '46100, 46491'],
          ['BARANG / JASA DAGANGAN UTAMA', 'ALAT TULIS KANTOR, PERALATAN KANTOR'],
        ],
        { size: 10, pad: 6, headFill: '#e5e5e5' },
      );
      gap(d, 0.5);
      d.font('Helvetica').fontSize(10);
      para(d, 'SIUP INI BERLAKU SAMPAI DENGAN TANGGAL 15 APRIL 2018 DAN WAJIB DIDAFTAR ULANG SESUAI KETENTUAN YANG BERLAKU.');
      gap(d, 1.5);
      const x = R(d) - 220;
      d.text('DIKELUARKAN DI : BANDUNG', x, d.y, { width: 220 });
      d.text('PADA TANGGAL   : 15 APRIL 2013', x, d.y, { width: 220 });
      d.moveDown(0.6);
      d.text('KEPALA BADAN PELAYANAN PERIZINAN TERPADU KOTA BANDUNG', x, d.y, { width: 220, align: 'center' });
      d.moveDown(3.5);
      d.font('Helvetica-Bold').text('Drs. H. ASEP SAEPUL MILAH, M.Si', x, d.y, { width: 220, align: 'center', underline: true });
      d.font('Helvetica').text('NIP. 19650312 198903 1 007', x, d.y, { width: 220, align: 'center' });
    },
  );

  await make(
    'tdp-2016',
    {
      type: 'tdp',
      fields: {
        company_name: 'PT BINTANG TIGA SEMESTA',
        npwp: '02.715.883.4-431.000',
        issued_on: '2016-03-02',
        valid_until: '2021-03-02',
        kbli: ['46100'],
      },
    },
    "Legacy TDP (Perseroan Terbatas) with boxed header fields in two columns, 'BERLAKU S/D TANGGAL' with numeric date, issue date in words-month format.",
    { margins: { top: 50, bottom: 50, left: 56, right: 56 } },
    (d) => {
      center(d, 'PEMERINTAH KOTA BANDUNG', 'Helvetica-Bold', 12);
      center(d, 'BADAN PELAYANAN PERIZINAN TERPADU', 'Helvetica-Bold', 11);
      gap(d, 0.8);
      center(d, 'TANDA DAFTAR PERUSAHAAN', 'Helvetica-Bold', 14);
      center(d, 'PERSEROAN TERBATAS', 'Helvetica-Bold', 12);
      gap(d, 0.8);
      const y = d.y;
      const cw = W(d) / 2;
      d.rect(L(d), y, cw, 44).stroke();
      d.rect(L(d) + cw, y, cw, 44).stroke();
      d.font('Helvetica')
        .fontSize(9)
        .text('NOMOR TDP', L(d) + 6, y + 6);
      d.font('Helvetica-Bold')
        .fontSize(12)
        .text('10.11.1.46.27831', L(d) + 6, y + 22);
      d.font('Helvetica')
        .fontSize(9)
        .text('BERLAKU S/D TANGGAL', L(d) + cw + 6, y + 6);
      d.font('Helvetica-Bold')
        .fontSize(12)
        .text('02-03-2021', L(d) + cw + 6, y + 22);
      d.y = y + 56;
      d.x = L(d);
      d.font('Helvetica').fontSize(10.5);
      const lw = 200;
      kv(d, 'NAMA PERUSAHAAN', 'PT BINTANG TIGA SEMESTA', { lw });
      kv(d, 'STATUS', 'KANTOR TUNGGAL', { lw });
      kv(d, 'NAMA PENGURUS / PENANGGUNG JAWAB', 'RUDI HARTONO', { lw });
      kv(d, 'ALAMAT', 'JL. SOEKARNO-HATTA NO. 512, KEL. BATUNUNGGAL, KEC. BANDUNG KIDUL, KOTA BANDUNG', { lw });
      kv(d, 'NPWP', '02.715.883.4-431.000', { lw });
      kv(d, 'KEGIATAN USAHA POKOK', 'PERDAGANGAN BESAR ATAS DASAR BALAS JASA (FEE) ATAU KONTRAK', { lw });
      kv(d, 'KBLI', '46100', { lw });
      gap(d, 0.8);
      para(
        d,
        'PENGESAHAN PENDAFTARAN PERUSAHAAN INI BERLAKU SELAMA 5 (LIMA) TAHUN DAN WAJIB DIPERBAHARUI SEKURANG-KURANGNYA 3 (TIGA) BULAN SEBELUM MASA BERLAKUNYA BERAKHIR.',
      );
      gap(d, 1.5);
      const x = R(d) - 230;
      d.text('Dikeluarkan di : Bandung', x, d.y, { width: 230 });
      d.text('Pada tanggal    : 2 Maret 2016', x, d.y, { width: 230 });
      d.moveDown(0.5);
      d.text('KEPALA BADAN PELAYANAN PERIZINAN TERPADU', x, d.y, { width: 230, align: 'center' });
      d.moveDown(3.5);
      d.font('Helvetica-Bold').text('Drs. H. ASEP SAEPUL MILAH, M.Si', x, d.y, { width: 230, align: 'center' });
    },
  );

  await make(
    'domisili-kelurahan-2018',
    {
      type: 'surat_domisili',
      fields: {
        company_name: 'CV TIRTA KENCANA',
        issued_on: '2018-12-27',
        valid_until: '2019-12-31',
        signatory_name: 'MUHAMMAD RIDWAN SIREGAR',
        signatory_role: 'LURAH SEI SIKAMBING B',
      },
    },
    "Village-office domicile letter (SKDP) with letterhead, numbered reference, prose with the firm's data in a colon block, validity sentence, lurah signature with NIP.",
    { margins: { top: 50, bottom: 50, left: 64, right: 64 }, font: 'Times-Roman', size: 12 },
    (d) => {
      center(d, 'PEMERINTAH KOTA MEDAN', 'Times-Bold', 13);
      center(d, 'KECAMATAN MEDAN SUNGGAL', 'Times-Bold', 13);
      center(d, 'KELURAHAN SEI SIKAMBING B', 'Times-Bold', 14);
      center(d, 'Jl. Gatot Subroto Km. 4,5 Medan Kode Pos 20122', 'Times-Italic', 10);
      d.moveTo(L(d), d.y + 3)
        .lineTo(R(d), d.y + 3)
        .lineWidth(2)
        .stroke();
      gap(d, 1.2);
      center(d, 'SURAT KETERANGAN DOMISILI PERUSAHAAN', 'Times-Bold', 13);
      center(d, 'Nomor : 503/1187/SSB/XII/2018', 'Times-Roman', 12);
      gap(d, 1);
      d.font('Times-Roman').fontSize(12);
      para(d, 'Yang bertanda tangan di bawah ini Lurah Sei Sikambing B Kecamatan Medan Sunggal Kota Medan, dengan ini menerangkan bahwa :');
      gap(d, 0.5);
      const lw = 170;
      kv(d, 'Nama Perusahaan', 'CV TIRTA KENCANA', { lw, x: L(d) + 20 });
      kv(d, 'Nama Pimpinan', 'RATNA DEWI', { lw, x: L(d) + 20 });
      kv(d, 'Bidang Usaha', 'Pengadaan Air Bersih dan Instalasi Plambing', { lw, x: L(d) + 20 });
      kv(d, 'Alamat', 'Jl. Gatot Subroto No. 17 RT 003 RW 005', { lw, x: L(d) + 20 });
      gap(d, 0.5);
      para(
        d,
        'Benar perusahaan tersebut di atas berdomisili dan menjalankan kegiatan usahanya di wilayah Kelurahan Sei Sikambing B Kecamatan Medan Sunggal Kota Medan.',
      );
      gap(d, 0.5);
      para(
        d,
        'Surat Keterangan ini berlaku sampai dengan tanggal 31 Desember 2019. Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.',
      );
      gap(d, 2);
      const x = R(d) - 230;
      d.text('Medan, 27 Desember 2018', x, d.y, { width: 230, align: 'center' });
      d.text('LURAH SEI SIKAMBING B', x, d.y, { width: 230, align: 'center' });
      d.moveDown(4);
      d.font('Times-Bold').text('MUHAMMAD RIDWAN SIREGAR, S.STP', x, d.y, { width: 230, align: 'center', underline: true });
      d.font('Times-Roman').text('Penata Tk. I', x, d.y, { width: 230, align: 'center' });
      d.text('NIP. 19840716 200312 1 002', x, d.y, { width: 230, align: 'center' });
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Tax: BPE, KSWP, SKT, NPWP
// ---------------------------------------------------------------------------------------------
function mailHeader(d: Doc, rows: [string, string][]): void {
  d.font('Helvetica').fontSize(9.5);
  for (const [k, v] of rows) {
    d.font('Helvetica-Bold').text(`${k} `, L(d), d.y, { continued: true });
    d.font('Helvetica').text(v);
  }
  d.moveTo(L(d), d.y + 4)
    .lineTo(R(d), d.y + 4)
    .lineWidth(0.4)
    .stroke();
  d.moveDown(1);
  d.x = L(d);
}

async function tax(): Promise<void> {
  await make(
    'bpe-email-1770s',
    { type: 'spt_tahunan', fields: { npwp: '58.123.456.9-423.000', tax_year: '2023', issued_on: '2024-03-14' } },
    "Plain e-mail from e-Filing: mail headers, one 'Label : value' per line with single-space colons (not aligned), NPWP as 15 bare digits, date dd/mm/yyyy, 21-digit NTTE, individual 1770 S.",
    { margins: { top: 50, bottom: 50, left: 50, right: 50 } },
    (d) => {
      mailHeader(d, [
        ['From:', 'pajak@pajak.go.id'],
        ['To:', 'arif.budiman84@gmail.com'],
        ['Date:', 'Thu, 14 Mar 2024 20:14:09 +0700'],
        ['Subject:', 'Bukti Penerimaan Elektronik'],
      ]);
      d.font('Helvetica').fontSize(10.5);
      const lines = [
        'Yth. ARIF BUDIMAN,',
        '',
        'Berikut ini adalah Bukti Penerimaan Elektronik Anda.',
        '',
        'Nama : ARIF BUDIMAN',
        'NPWP : 581234569423000',
        'Tahun Pajak : 2023',
        'Masa Pajak : -/-',
        'Jenis SPT : 1770 S',
        'Pembetulan ke : 0',
        'Status SPT : Nihil',
        'Nominal : 0',
        'Tanggal Penyampaian : 14/03/2024',
        'Nomor Tanda Terima Elektronik : 418230557190284736521',
        '',
        'Terima kasih atas penyampaian SPT Anda melalui e-Filing.',
        'Bukti Penerimaan Elektronik ini merupakan bukti penyampaian SPT yang sah.',
        '',
        'Hormat kami,',
        'Direktorat Jenderal Pajak',
        '',
        '-- ',
        'Email ini dikirim secara otomatis oleh sistem, mohon tidak membalas email ini. Pertanyaan terkait perpajakan dapat disampaikan melalui Kring Pajak 1500200.',
      ];
      for (const ln of lines) d.text(ln || ' ', L(d), d.y, { width: W(d) });
    },
  );

  await make(
    'bpe-1771-gmail-terusan',
    {
      type: 'spt_tahunan',
      fields: { npwp: '0812345671023000', tax_year: '2024', issued_on: '2025-04-28', company_name: 'PT MITRA DATA INFORMATIKA' },
    },
    "Webmail print of a FORWARDED BPE (badan, 1771, Kurang Bayar): browser header/footer on each page, forward date differs from filing date, 16-digit NPWP, the field list is cut by a page break after 'Jenis SPT'.",
    {
      margins: { top: 60, bottom: 60, left: 54, right: 54 },
      header: (d) => {
        d.font('Helvetica').fontSize(7.5).text('5/2/25, 9:14 AM', L(d), 22, { lineBreak: false });
        d.text('Gmail - Fwd: Bukti Penerimaan Elektronik', L(d), 22, { width: W(d), align: 'center' });
      },
      footer: (d, p, n) => {
        d.font('Helvetica')
          .fontSize(7.5)
          .text(
            'https://mail.google.com/mail/u/0/?ik=3fa90c21d7&view=pt&search=all&permthid=thread-f:1830744021936',
            L(d),
            d.page.height - 28,
            { lineBreak: false },
          );
        d.text(`${p}/${n}`, L(d), d.page.height - 28, { width: W(d), align: 'right' });
      },
    },
    (d) => {
      d.font('Helvetica-Bold').fontSize(13).text('Gmail', L(d), d.y);
      d.font('Helvetica').fontSize(9).text('Keuangan Mitra Data <finance@mitradata.id>', L(d), d.y);
      d.moveDown(0.6);
      d.font('Helvetica-Bold').fontSize(11.5).text('Fwd: Bukti Penerimaan Elektronik', L(d), d.y);
      d.font('Helvetica').fontSize(8.5).text('1 message', L(d), d.y);
      d.moveDown(0.5);
      d.font('Helvetica-Bold').fontSize(9.5).text('Keuangan Mitra Data <finance@mitradata.id>', L(d), d.y, { continued: true });
      d.font('Helvetica').text('                               Fri, May 2, 2025 at 9:12 AM');
      d.text('To: Tender Mitra Data <tender@mitradata.id>');
      d.moveDown(0.8);
      d.fontSize(10.5).text('Untuk lampiran dokumen kualifikasi, terlampir BPE SPT Tahunan PPh Badan.');
      d.moveDown(0.8);
      d.fontSize(9.5).text('---------- Forwarded message ---------');
      d.text('From: <pajak@pajak.go.id>');
      d.text('Date: Mon, Apr 28, 2025 at 4:47 PM');
      d.text('Subject: Bukti Penerimaan Elektronik');
      d.text('To: <finance@mitradata.id>');
      d.moveDown(1);
      d.fontSize(10.5);
      const a = [
        'Yth. PT MITRA DATA INFORMATIKA,',
        ' ',
        'Berikut ini adalah Bukti Penerimaan Elektronik Anda.',
        ' ',
        'Nama : PT MITRA DATA INFORMATIKA',
        'NPWP : 0812345671023000',
        'Tahun Pajak : 2024',
        'Masa Pajak : 01-12',
        'Jenis SPT : 1771',
      ];
      for (const ln of a) d.text(ln);
      d.addPage();
      const b = [
        'Pembetulan ke : 0',
        'Status SPT : Kurang Bayar',
        'Nominal : 1.250.000',
        'Tanggal Penyampaian : 28/04/2025',
        'Nomor Tanda Terima Elektronik : 190475528813602947155',
        ' ',
        'Terima kasih atas penyampaian SPT Anda melalui e-Filing.',
        ' ',
        'Hormat kami,',
        'Direktorat Jenderal Pajak',
      ];
      for (const ln of b) d.text(ln);
    },
  );

  await make(
    'bpe-tabel-pembetulan',
    {
      type: 'spt_tahunan',
      fields: { npwp: '03.187.654.2-614.000', tax_year: '2022', issued_on: '2023-06-05', company_name: 'PT CAHAYA NUSA TEKNIK' },
    },
    "Portal-style BPE in a two-column bordered table (no colons), Pembetulan ke 1, Lebih Bayar, date with time 'dd/mm/yyyy hh:mm:ss', dotted NPWP, a second date (print date) in the footer.",
    {
      margins: { top: 60, bottom: 60, left: 60, right: 60 },
      footer: (d) => {
        d.font('Helvetica')
          .fontSize(7.5)
          .text('Dicetak pada 12/01/2025 08:03:11 dari djponline.pajak.go.id', L(d), d.page.height - 30, { width: W(d), align: 'center' });
      },
    },
    (d) => {
      center(d, 'KEMENTERIAN KEUANGAN REPUBLIK INDONESIA', 'Helvetica-Bold', 11);
      center(d, 'DIREKTORAT JENDERAL PAJAK', 'Helvetica-Bold', 11);
      gap(d, 0.6);
      center(d, 'BUKTI PENERIMAAN ELEKTRONIK', 'Helvetica-Bold', 14);
      gap(d, 1);
      table(
        d,
        [
          { title: 'Uraian', width: 190 },
          { title: 'Keterangan', width: W(d) - 190 },
        ],
        [
          ['Nama Wajib Pajak', 'PT CAHAYA NUSA TEKNIK'],
          ['NPWP', '03.187.654.2-614.000'],
          ['Jenis SPT', 'SPT Tahunan PPh Wajib Pajak Badan (1771)'],
          ['Tahun Pajak', '2022'],
          ['Masa Pajak', '01 - 12'],
          ['Pembetulan ke', '1'],
          ['Status SPT', 'Lebih Bayar'],
          ['Nominal', 'Rp 4.318.500'],
          ['Tanggal dan Jam Penyampaian', '05/06/2023 10:41:22'],
          ['Nomor Tanda Terima Elektronik (NTTE)', '552093184467120938815'],
          ['NTPA', '7E2B0C4F19A3D611'],
          ['Penyedia Jasa Aplikasi Perpajakan (PJAP)', '-'],
        ],
        { size: 10.5, pad: 6, headFill: '#d9d9d9' },
      );
      gap(d, 0.5);
      d.font('Helvetica').fontSize(9.5);
      para(
        d,
        'Bukti Penerimaan Elektronik ini merupakan bukti penerimaan yang sah atas penyampaian SPT secara elektronik dan tidak memerlukan tanda tangan.',
      );
    },
  );

  await make(
    'kswp-surat-valid',
    {
      type: 'kswp',
      fields: { npwp: '0845123076008000', status: 'VALID', company_name: 'PT GRAHA RAYA KONSTRUKSI', issued_on: '2025-06-12' },
    },
    "Coretax-era 'Surat Keterangan Konfirmasi Status Wajib Pajak' letter: letterhead, KET number, colon fields with 16-digit NPWP and NITKU, status VALID in bold inside a box, e-signature note.",
    { margins: { top: 50, bottom: 60, left: 64, right: 64 } },
    (d) => {
      d.font('Helvetica-Bold').fontSize(10);
      d.text('KEMENTERIAN KEUANGAN REPUBLIK INDONESIA', L(d), d.y);
      d.text('DIREKTORAT JENDERAL PAJAK', L(d), d.y);
      d.font('Helvetica').fontSize(9).text('KANTOR PELAYANAN PAJAK PRATAMA JAKARTA DUREN SAWIT', L(d), d.y);
      d.moveTo(L(d), d.y + 4)
        .lineTo(R(d), d.y + 4)
        .lineWidth(1)
        .stroke();
      gap(d, 1.2);
      center(d, 'SURAT KETERANGAN', 'Helvetica-Bold', 12.5);
      center(d, 'KONFIRMASI STATUS WAJIB PAJAK', 'Helvetica-Bold', 12.5);
      center(d, 'Nomor KET-00218/KSWP-CT/KPP.0804/2025', 'Helvetica', 10);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      para(
        d,
        'Berdasarkan permohonan Konfirmasi Status Wajib Pajak dalam rangka Pengadaan Barang/Jasa Pemerintah, dengan ini diterangkan bahwa Wajib Pajak:',
      );
      gap(d, 0.5);
      const lw = 140;
      kv(d, 'Nama', 'PT GRAHA RAYA KONSTRUKSI', { lw, x: L(d) + 16 });
      kv(d, 'NPWP', '0845123076008000', { lw, x: L(d) + 16 });
      kv(d, 'NITKU', '0845123076008000000000', { lw, x: L(d) + 16 });
      kv(d, 'Alamat', 'JL. RAYA KALIMALANG NO. 88, CIPINANG MELAYU, MAKASAR, KOTA ADM. JAKARTA TIMUR', { lw, x: L(d) + 16 });
      kv(d, 'Keperluan', 'Pengadaan Barang/Jasa Pemerintah', { lw, x: L(d) + 16 });
      gap(d, 0.6);
      d.text('memiliki status:', L(d), d.y);
      const y = d.y + 6;
      d.rect(L(d) + 150, y, 150, 30)
        .lineWidth(1.2)
        .stroke();
      d.font('Helvetica-Bold')
        .fontSize(16)
        .text('VALID', L(d) + 150, y + 8, { width: 150, align: 'center' });
      d.y = y + 44;
      d.font('Helvetica').fontSize(10.5);
      para(
        d,
        'Surat Keterangan ini diterbitkan berdasarkan data yang tersedia dalam sistem administrasi Direktorat Jenderal Pajak pada saat surat ini diterbitkan dan dapat dibatalkan apabila di kemudian hari ditemukan data yang tidak sesuai.',
      );
      gap(d, 1.5);
      const x = R(d) - 240;
      d.text('Diterbitkan di Jakarta', x, d.y, { width: 240 });
      d.text('pada tanggal 12 Juni 2025', x, d.y, { width: 240 });
      d.text('a.n. Direktur Jenderal Pajak', x, d.y, { width: 240 });
      d.text('Kepala Kantor,', x, d.y, { width: 240 });
      d.moveDown(0.3);
      d.fontSize(8.5).text('Ditandatangani secara elektronik', x, d.y, { width: 240 });
      d.moveDown(0.3);
      d.fontSize(10.5).text('ANDRIANTO WIBOWO', x, d.y, { width: 240 });
    },
  );

  await make(
    'kswp-web-tidak-valid',
    {
      type: 'kswp',
      fields: { npwp: '76.552.190.3-113.000', status: 'TIDAK VALID', company_name: 'CV TIRTA KENCANA', issued_on: '2021-09-03' },
    },
    "Screen print of a KSWP result page (2021): small table 'Hasil Konfirmasi', status TIDAK VALID in a cell, then an explanatory legend that also contains the word VALID; date as dd-mm-yyyy hh:mm.",
    { margins: { top: 40, bottom: 50, left: 44, right: 44 } },
    (d) => {
      d.rect(L(d), 36, W(d), 26).fill('#1f3b64');
      d.fillColor('white')
        .font('Helvetica-Bold')
        .fontSize(11)
        .text('DJP Online  |  Layanan Konfirmasi Status Wajib Pajak', L(d) + 8, 44);
      d.fillColor('black');
      d.y = 80;
      d.font('Helvetica-Bold').fontSize(12).text('Hasil Konfirmasi Status Wajib Pajak', L(d), d.y);
      d.moveDown(0.6);
      table(
        d,
        [
          { title: 'NPWP', width: 130 },
          { title: 'Nama Wajib Pajak', width: 150 },
          { title: 'Tanggal Konfirmasi', width: 110 },
          { title: 'Status', width: W(d) - 390 },
        ],
        [['76.552.190.3-113.000', 'CV TIRTA KENCANA', '03-09-2021 14:22', 'TIDAK VALID']],
        { size: 10, pad: 6, headFill: '#e8e8e8' },
      );
      d.font('Helvetica').fontSize(10);
      d.text('Keterangan:', L(d), d.y);
      d.moveDown(0.2);
      para(d, '- SPT Tahunan PPh untuk 2 (dua) tahun pajak terakhir belum seluruhnya disampaikan.', { indent: 10 });
      gap(d, 0.6);
      d.font('Helvetica-Oblique').fontSize(8.5);
      para(
        d,
        'Catatan: Status VALID diberikan apabila nama dan NPWP sesuai dengan data dalam administrasi perpajakan dan Wajib Pajak telah menyampaikan SPT Tahunan untuk 2 (dua) tahun pajak terakhir. Status TIDAK VALID diberikan apabila salah satu kondisi tersebut tidak terpenuhi. Silakan hubungi Kantor Pelayanan Pajak terdaftar untuk informasi lebih lanjut.',
      );
    },
  );

  const skt = (
    d: Doc,
    o: {
      kanwil: string;
      kpp: string;
      nomor: string;
      nama: string;
      npwp: string;
      nik: string;
      klu: string;
      alamat: string;
      kategori: string;
      mulai: string;
      kota: string;
      tgl: string;
      kepala: string;
      extra?: [string, string][];
      checks: [string, boolean][];
    },
  ) => {
    d.font('Helvetica-Bold').fontSize(9.5);
    for (const h of ['KEMENTERIAN KEUANGAN REPUBLIK INDONESIA', 'DIREKTORAT JENDERAL PAJAK', o.kanwil, o.kpp]) d.text(h, L(d), d.y);
    d.moveTo(L(d), d.y + 3)
      .lineTo(R(d), d.y + 3)
      .lineWidth(0.8)
      .stroke();
    gap(d, 1);
    center(d, 'SURAT KETERANGAN TERDAFTAR', 'Helvetica-Bold', 13);
    center(d, `Nomor : ${o.nomor}`, 'Helvetica', 10);
    gap(d, 1);
    d.font('Helvetica').fontSize(10.5);
    para(
      d,
      'Berdasarkan permohonan pendaftaran Wajib Pajak dan data yang tercantum dalam administrasi perpajakan, dengan ini diterangkan bahwa :',
    );
    gap(d, 0.4);
    const lw = 250;
    const rows: [string, string][] = [
      ['1. Nama', o.nama],
      ['2. Nomor Pokok Wajib Pajak (NPWP)', o.npwp],
      ...(o.extra ?? []),
      ['3. Nomor Induk Kependudukan (NIK)', o.nik],
      ['4. Klasifikasi Lapangan Usaha (KLU) Utama', o.klu],
      ['5. Alamat', o.alamat],
      ['6. Kategori', o.kategori],
      ['7. Tanggal Mulai Terdaftar', o.mulai],
    ];
    for (const [a, b] of rows) kv(d, a, b, { lw });
    gap(d, 0.5);
    d.text('Kewajiban Pajak :', L(d), d.y);
    d.moveDown(0.2);
    for (const [c, on] of o.checks) {
      const y = d.y;
      d.rect(L(d) + 14, y + 1, 9, 9)
        .lineWidth(0.6)
        .stroke();
      if (on)
        d.font('Helvetica-Bold')
          .fontSize(9)
          .text('X', L(d) + 15.5, y + 1.5, { lineBreak: false });
      d.font('Helvetica')
        .fontSize(10.5)
        .text(c, L(d) + 30, y);
    }
    gap(d, 0.5);
    para(d, `Telah terdaftar pada administrasi kami terhitung sejak ${o.mulai}.`);
    gap(d, 1.2);
    const x = R(d) - 230;
    d.text(`${o.kota}, ${o.tgl}`, x, d.y, { width: 230 });
    d.text('a.n. Kepala Kantor', x, d.y, { width: 230 });
    d.text('Kepala Seksi Pelayanan', x, d.y, { width: 230 });
    d.moveDown(3);
    d.font('Helvetica-Bold').text(o.kepala, x, d.y, { width: 230, underline: true });
    d.font('Helvetica');
  };
  const CHECKS: [string, boolean][] = [
    ['PPh Pasal 21', true],
    ['PPh Pasal 23', true],
    ['PPh Pasal 25/29 Badan', true],
    ['PPh Final Pasal 4 ayat (2)', false],
    ['PPN', false],
  ];

  await make(
    'skt-npwp-titik',
    { type: 'npwp', fields: { npwp: '02.715.883.4-431.000', company_name: 'PT BINTANG TIGA SEMESTA', issued_on: '2014-02-03' } },
    "Re-issued SKT in the PER-20/PJ/2013 layout (letter dated 3 Februari 2014, registered since 21 Mei 2012), numbered fields 1-7 colon-aligned, NPWP in 15-digit dotted form, NIK '-', Kewajiban Pajak check boxes.",
    { margins: { top: 50, bottom: 50, left: 60, right: 60 } },
    (d) =>
      skt(d, {
        kanwil: 'KANTOR WILAYAH DJP JAWA BARAT I',
        kpp: 'KANTOR PELAYANAN PAJAK PRATAMA BANDUNG KARANGPANJANG',
        nomor: 'PEM-00417/WPJ.09/KP.0303/2014',
        nama: 'PT BINTANG TIGA SEMESTA',
        npwp: '02.715.883.4-431.000',
        nik: '-',
        klu: '46100 - PERDAGANGAN BESAR ATAS DASAR BALAS JASA (FEE) ATAU KONTRAK',
        alamat: 'JL. SOEKARNO-HATTA NO. 512 RT 004 RW 002, BATUNUNGGAL, BANDUNG KIDUL, KOTA BANDUNG, JAWA BARAT 40266',
        kategori: 'Badan',
        mulai: '21 Mei 2012',
        kota: 'Bandung',
        tgl: '3 Februari 2014',
        kepala: 'DEDI SUPRIADI',
        checks: CHECKS,
      }),
  );

  await make(
    'skt-npwp-polos-cv',
    { type: 'npwp', fields: { npwp: '82.451.306.7-512.000', company_name: 'CV ANUGERAH BANGUN PERSADA', issued_on: '2020-01-29' } },
    'SKT for a CV with the NPWP printed as 15 bare digits; registration date (28 Jan) differs from the letter date (29 Jan).',
    { margins: { top: 50, bottom: 50, left: 60, right: 60 } },
    (d) =>
      skt(d, {
        kanwil: 'KANTOR WILAYAH DJP JAWA BARAT II',
        kpp: 'KANTOR PELAYANAN PAJAK PRATAMA CIKARANG UTARA',
        nomor: 'S-0412KT/WPJ.22/KP.0503/2020',
        nama: 'CV ANUGERAH BANGUN PERSADA',
        npwp: '824513067512000',
        nik: '-',
        klu: '41012 - KONSTRUKSI GEDUNG PERKANTORAN',
        alamat: 'PERUM GRIYA ASRI BLOK C2 NO. 9, JATIMULYA, TAMBUN SELATAN, KAB. BEKASI, JAWA BARAT',
        kategori: 'Badan',
        mulai: '28 Januari 2020',
        kota: 'Cikarang',
        tgl: '29 Januari 2020',
        kepala: 'RINA KUSUMAWATI',
        checks: [
          ['PPh Pasal 21', true],
          ['PPh Pasal 23', true],
          ['PPh Pasal 25/29 Badan', true],
          ['PPh Final Pasal 4 ayat (2)', true],
          ['PPN', false],
        ],
      }),
  );

  await make(
    'skt-cabang-nitku',
    { type: 'npwp', fields: { npwp: '0031876542614000', company_name: 'PT CAHAYA NUSA TEKNIK', issued_on: '2024-08-02' } },
    '2024 SKT for a branch: NPWP as 16 digits plus a 22-digit NITKU (branch suffix 000001) on its own line, digits only (PER-06/PJ/2024).',
    { margins: { top: 50, bottom: 50, left: 60, right: 60 } },
    (d) =>
      skt(d, {
        kanwil: 'KANTOR WILAYAH DJP JAWA TIMUR I',
        kpp: 'KANTOR PELAYANAN PAJAK PRATAMA SURABAYA RUNGKUT',
        nomor: 'S-08815/SKT/KPP.0310/2024',
        nama: 'PT CAHAYA NUSA TEKNIK',
        npwp: '0031876542614000',
        extra: [['   NITKU', '0031876542614000000001']],
        nik: '-',
        klu: '42101 - KONSTRUKSI BANGUNAN SIPIL JALAN',
        alamat: 'JL. MAYJEN SUNGKONO NO. 21, KEBOMAS, KAB. GRESIK, JAWA TIMUR',
        kategori: 'Cabang',
        mulai: '1 Agustus 2024',
        kota: 'Surabaya',
        tgl: '2 Agustus 2024',
        kepala: 'YUDHA PRASETYO',
        checks: CHECKS,
      }),
  );

  const card = (d: Doc, rows: [string, string][], title: string) => {
    const x = L(d);
    const y = d.y;
    const w = 330;
    const h = 200;
    d.roundedRect(x, y, w, h, 10).lineWidth(1).stroke();
    d.rect(x, y, w, 34).fill('#dfe7f1').fillColor('black');
    d.font('Helvetica-Bold')
      .fontSize(9)
      .text('KEMENTERIAN KEUANGAN REPUBLIK INDONESIA', x + 10, y + 6, { width: w - 20 });
    d.text('DIREKTORAT JENDERAL PAJAK', x + 10, y + 18, { width: w - 20 });
    d.font('Helvetica-Bold')
      .fontSize(10)
      .text(title, x + 10, y + 44, { width: w - 20 });
    d.y = y + 64;
    for (const [a, b] of rows) {
      const yy = d.y;
      d.font('Helvetica')
        .fontSize(8.5)
        .text(a, x + 10, yy, { width: 100 });
      d.font('Helvetica-Bold')
        .fontSize(a.startsWith('NPWP') ? 12 : 9.5)
        .text(b, x + 110, yy, { width: w - 120 });
      d.moveDown(0.4);
    }
    d.y = y + h + 20;
    d.x = L(d);
  };

  await make(
    'npwp-badan-16digit',
    { type: 'npwp', fields: { npwp: '0812345671023000', company_name: 'PT MITRA DATA INFORMATIKA' } },
    "Electronic NPWP card (e-PDF) for a badan: card drawn in a rounded box, labels without colons, 16-digit NPWP digits only, 'Tanggal Terdaftar'.",
    { margins: { top: 60, bottom: 60, left: 60, right: 60 } },
    (d) => {
      card(
        d,
        [
          ['NPWP', '0812345671023000'],
          ['Nama', 'PT MITRA DATA INFORMATIKA'],
          ['Alamat', 'GEDUNG MENARA SENTOSA LT. 7, JL. JEND. SUDIRMAN KAV. 12, KARET TENGSIN, TANAH ABANG, JAKARTA PUSAT'],
          ['Tanggal Terdaftar', '15 Januari 2019'],
        ],
        'KARTU NOMOR POKOK WAJIB PAJAK',
      );
      d.font('Helvetica').fontSize(8.5);
      para(
        d,
        'Kartu NPWP elektronik ini diterbitkan berdasarkan Peraturan Direktur Jenderal Pajak Nomor PER-04/PJ/2020 dan tidak memerlukan tanda tangan basah. Sejak 1 Juli 2024 NPWP dicantumkan dalam format 16 digit.',
      );
    },
  );

  await make(
    'npwp-orang-pribadi-nik',
    { type: 'npwp', fields: { npwp: '3578012504840003', nik: '3578012504840003' } },
    "Individual NPWP card where the NPWP equals the NIK (PMK 112/2022), both printed as 16 digits; the old 15-digit number is also printed (dotted, 'NPWP lama') as a distractor.",
    { margins: { top: 60, bottom: 60, left: 60, right: 60 } },
    (d) => {
      card(
        d,
        [
          ['NPWP', '3578012504840003'],
          ['NIK', '3578012504840003'],
          ['Nama', 'ARIF BUDIMAN'],
          ['Alamat', 'JL. KUTISARI SELATAN IX/14, KUTISARI, TENGGILIS MEJOYO, SURABAYA'],
          ['Tanggal Terdaftar', '09 Februari 2012'],
        ],
        'KARTU NOMOR POKOK WAJIB PAJAK',
      );
      d.font('Helvetica').fontSize(8.5);
      para(
        d,
        'NPWP lama (15 digit): 58.123.456.9-423.000. Bagi Wajib Pajak orang pribadi penduduk, Nomor Induk Kependudukan digunakan sebagai Nomor Pokok Wajib Pajak.',
      );
    },
  );
}

// ---------------------------------------------------------------------------------------------
// KTP-el
// ---------------------------------------------------------------------------------------------
interface Ktp {
  prov: string;
  kab: string;
  nik: string;
  rows: [string, string][];
  tempat: string;
  tgl: string;
}

function ktpCard(d: Doc, k: Ktp): void {
  const x = L(d);
  const y = d.y;
  const w = 430;
  const h = 270;
  d.roundedRect(x, y, w, h, 12).lineWidth(1).stroke();
  d.rect(x + 1, y + 1, w - 2, 40)
    .fill('#e4eef8')
    .fillColor('black');
  d.font('Helvetica-Bold')
    .fontSize(11)
    .text(k.prov, x, y + 8, { width: w, align: 'center' });
  d.text(k.kab, x, y + 22, { width: w, align: 'center' });
  d.font('Helvetica-Bold')
    .fontSize(12)
    .text('NIK', x + 12, y + 50, { width: 80, lineBreak: false });
  d.text(':', x + 112, y + 50, { lineBreak: false });
  d.text(k.nik, x + 122, y + 50, { lineBreak: false });
  let yy = y + 72;
  for (const [a, b] of k.rows) {
    d.font('Helvetica')
      .fontSize(8.5)
      .text(a, x + 12, yy, { width: 100, lineBreak: false });
    d.text(':', x + 112, yy, { lineBreak: false });
    d.text(b, x + 122, yy, { width: 200 });
    yy = Math.max(d.y, yy + 11);
  }
  // photo
  d.rect(x + w - 100, y + 60, 82, 104)
    .lineWidth(0.6)
    .stroke();
  d.font('Helvetica')
    .fontSize(6)
    .fillColor('#888888')
    .text('PAS FOTO', x + w - 100, y + 108, { width: 82, align: 'center' });
  d.fillColor('black')
    .fontSize(8)
    .text(k.tempat, x + w - 110, y + 172, { width: 102, align: 'center' });
  d.text(k.tgl, x + w - 110, y + 183, { width: 102, align: 'center' });
  d.moveTo(x + w - 100, y + 230)
    .bezierCurveTo(x + w - 80, y + 205, x + w - 60, y + 245, x + w - 22, y + 222)
    .lineWidth(0.8)
    .stroke();
  d.y = y + h + 20;
  d.x = L(d);
}

async function ktps(): Promise<void> {
  await make(
    'ktp-laki-seumur-hidup',
    { type: 'ktp', fields: { nik: '3174051207850003', issued_on: '2021-03-16' } },
    "KTP-el card drawn as a box, colon-aligned, male NIK (birth date 12-07-1985 -> 120785), 'SEUMUR HIDUP', issue place/date under the photo frame.",
    { margins: { top: 70, bottom: 60, left: 80, right: 60 } },
    (d) =>
      ktpCard(d, {
        prov: 'PROVINSI DKI JAKARTA',
        kab: 'KOTA JAKARTA SELATAN',
        nik: '3174051207850003',
        rows: [
          ['Nama', 'HENDRA WIJAYA'],
          ['Tempat/Tgl Lahir', 'JAKARTA, 12-07-1985'],
          ['Jenis Kelamin', 'LAKI-LAKI          Gol. Darah : A'],
          ['Alamat', 'JL. TEBET BARAT DALAM VI NO. 21'],
          ['RT/RW', '007/004'],
          ['Kel/Desa', 'TEBET BARAT'],
          ['Kecamatan', 'TEBET'],
          ['Agama', 'ISLAM'],
          ['Status Perkawinan', 'KAWIN'],
          ['Pekerjaan', 'WIRASWASTA'],
          ['Kewarganegaraan', 'WNI'],
          ['Berlaku Hingga', 'SEUMUR HIDUP'],
        ],
        tempat: 'JAKARTA SELATAN',
        tgl: '16-03-2021',
      }),
  );

  await make(
    'ktp-perempuan-ocr-berantakan',
    { type: 'ktp', fields: { nik: '3578046311880001', issued_on: '2019-10-04' } },
    "Text layer imitating a poor OCR of a woman's KTP (birth 23-11-1988 -> day 63): labels run together ('TempatTgl Lahir', 'RTRW', 'KelDesa', 'StatusPerkawinan', 'BerlakuHingga'), most values on the NEXT line, no colons, header lower-case noise, issue place/date at the end.",
    { margins: { top: 60, bottom: 60, left: 70, right: 70 }, font: 'Courier', size: 11 },
    (d) => {
      d.font('Courier').fontSize(11);
      const lines = [
        'PROVINSI JAWA TIMUR',
        'KOTA SURABAYA',
        'NIK',
        '3578046311880001',
        'Nama',
        'MEGA LESTARI',
        'TempatTgl Lahir',
        'SURABAYA. 23-11-1988',
        'Jenis kelamin PEREMPUAN Gol Darah B',
        'Alamat',
        'JL. DARMO PERMAI III/27',
        'RTRW',
        '002/ 009',
        'KelDesa',
        'PRADAHKALIKENDAL',
        'Kecamatan',
        'DUKUH PAKIS',
        'Agama ISLAM',
        'StatusPerkawinan',
        'KAWIN',
        'Pekerjaan',
        'KARYAWAN SWASTA',
        'Kewarganegaraan WNI',
        'BerlakuHingga',
        'SEUMUR HIDUP',
        'SURABAYA',
        '04-10-2019',
      ];
      for (const ln of lines) d.text(ln, L(d), d.y);
    },
  );

  await make(
    'ktp-lama-nik-spasi',
    { type: 'ktp', fields: { nik: '3273016508900002', issued_on: '2012-03-12', valid_until: '2017-08-25' } },
    "Older KTP-el with an expiry date ('Berlaku Hingga : 25-08-2017') and the NIK printed in spaced groups of four; woman born 25-08-1990 (day 65).",
    { margins: { top: 70, bottom: 60, left: 80, right: 60 } },
    (d) =>
      ktpCard(d, {
        prov: 'PROVINSI JAWA BARAT',
        kab: 'KOTA BANDUNG',
        nik: '3273 0165 0890 0002',
        rows: [
          ['Nama', 'DEWI ANGGRAENI'],
          ['Tempat/Tgl Lahir', 'BANDUNG, 25-08-1990'],
          ['Jenis Kelamin', 'PEREMPUAN          Gol. Darah : O'],
          ['Alamat', 'JL. SUKAJADI GG. MESJID NO. 5'],
          ['RT/RW', '003/011'],
          ['Kel/Desa', 'SUKAWARNA'],
          ['Kecamatan', 'SUKAJADI'],
          ['Agama', 'KRISTEN'],
          ['Status Perkawinan', 'BELUM KAWIN'],
          ['Pekerjaan', 'PELAJAR/MAHASISWA'],
          ['Kewarganegaraan', 'WNI'],
          ['Berlaku Hingga', '25-08-2017'],
        ],
        tempat: 'KOTA BANDUNG',
        tgl: '12-03-2012',
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// Notarial deeds
// ---------------------------------------------------------------------------------------------
/** Wrap by measured width in the current font and pad every line with dashes to the right margin. */
function deedPara(d: Doc, text: string, o: { indent?: number; fontName: string; size: number; noPad?: boolean }): void {
  d.font(o.fontName).fontSize(o.size);
  const x = L(d) + (o.indent ?? 0);
  const width = R(d) - x;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const t = cur ? `${cur} ${w}` : w;
    if (d.widthOfString(t) <= width - 6) cur = t;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  const dashW = d.widthOfString('-');
  for (const ln of lines) {
    ensure(d, o.size * 1.5);
    let padded = ln;
    if (!o.noPad) {
      const n = Math.floor((width - d.widthOfString(`${ln} `)) / dashW);
      if (n > 0) padded = ln + (ln.endsWith('-') ? '' : ' ') + '-'.repeat(n);
    }
    d.text(padded, x, d.y, { lineBreak: false });
    d.y += o.size * 1.45;
    d.x = L(d);
  }
}

type DeedItem = string | { line: string; indent?: number } | { center: string } | { gap: number };

async function deed(
  name: string,
  exp: Expectation,
  note: string,
  o: { fontName: string; size: number; salinan?: boolean; pageMark?: 'dash' | 'halaman' },
  items: DeedItem[],
): Promise<void> {
  await make(
    name,
    exp,
    note,
    {
      margins: { top: 72, bottom: 72, left: 96, right: 56 },
      header: (d, p) => {
        d.moveTo(86, 40)
          .lineTo(86, d.page.height - 40)
          .lineWidth(0.4)
          .stroke();
        if (o.salinan && p === 1)
          d.font('Helvetica-Bold')
            .fontSize(10)
            .text('SALINAN', L(d), 40, { width: W(d), align: 'right' });
      },
      footer: (d, p, n) => {
        if (p === 1) return;
        const t = o.pageMark === 'halaman' ? `Halaman ${p} dari ${n}` : `- ${p} -`;
        d.font(o.fontName)
          .fontSize(9)
          .text(t, L(d), 46, { width: W(d), align: 'center' });
      },
    },
    (d) => {
      for (const it of items) {
        if (typeof it === 'string') deedPara(d, it, { fontName: o.fontName, size: o.size });
        else if ('line' in it) deedPara(d, it.line, { fontName: o.fontName, size: o.size, indent: it.indent ?? 0 });
        else if ('center' in it) {
          ensure(d, o.size * 1.6);
          d.font(o.fontName.replace('-Roman', '').replace(/^(Courier|Times|Helvetica)$/, '$1-Bold')).fontSize(o.size + 0.5);
          d.text(it.center, L(d), d.y, { width: W(d), align: 'center' });
          d.y += 2;
          d.x = L(d);
        } else d.y += it.gap;
      }
    },
  );
}

const BODY_PT = (nama: string, kota: string): DeedItem[] => [
  { center: 'NAMA DAN TEMPAT KEDUDUKAN' },
  { center: 'Pasal 1' },
  `1. Perseroan Terbatas ini bernama ${nama} (selanjutnya dalam anggaran dasar ini cukup disingkat dengan "Perseroan"), berkedudukan di ${kota}.`,
  '2. Perseroan dapat membuka kantor cabang atau kantor perwakilan, baik di dalam maupun di luar wilayah Republik Indonesia sebagaimana ditetapkan oleh Direksi.',
  { center: 'JANGKA WAKTU BERDIRINYA PERSEROAN' },
  { center: 'Pasal 2' },
  'Perseroan didirikan untuk jangka waktu yang tidak terbatas.',
  { center: 'MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA' },
  { center: 'Pasal 3' },
  '1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang konstruksi, perdagangan dan jasa.',
  '2. Untuk mencapai maksud dan tujuan tersebut di atas, Perseroan dapat melaksanakan kegiatan usaha sebagaimana tercantum dalam Klasifikasi Baku Lapangan Usaha Indonesia yang berlaku, sepanjang tidak bertentangan dengan peraturan perundang-undangan.',
  { center: 'MODAL' },
  { center: 'Pasal 4' },
  '1. Modal dasar Perseroan berjumlah Rp2.000.000.000,00 (dua miliar Rupiah), terbagi atas 2.000 (dua ribu) saham, masing-masing saham bernilai nominal Rp1.000.000,00 (satu juta Rupiah).',
  '2. Dari modal dasar tersebut telah ditempatkan dan disetor 25% (dua puluh lima persen) atau sejumlah 500 (lima ratus) saham dengan nilai nominal seluruhnya sebesar Rp500.000.000,00 (lima ratus juta Rupiah) oleh para pendiri.',
  { center: 'DIREKSI' },
  { center: 'Pasal 11' },
  '1. Perseroan diurus dan dipimpin oleh Direksi yang terdiri dari 1 (satu) orang anggota Direksi atau lebih. Apabila diangkat lebih dari seorang anggota Direksi, maka seorang di antaranya dapat diangkat sebagai Direktur Utama.',
  '2. Anggota Direksi diangkat oleh Rapat Umum Pemegang Saham untuk jangka waktu 5 (lima) tahun, dengan tidak mengurangi hak Rapat Umum Pemegang Saham untuk memberhentikannya sewaktu-waktu.',
  { center: 'DEWAN KOMISARIS' },
  { center: 'Pasal 14' },
  'Dewan Komisaris terdiri dari 1 (satu) orang anggota atau lebih dan melakukan pengawasan atas kebijakan pengurusan Perseroan serta memberi nasihat kepada Direksi.',
];

async function deeds(): Promise<void> {
  await deed(
    'akta-pendirian-pt-direktur-baris-bawah',
    {
      type: 'akta',
      fields: { deed_number: '12', company_name: 'PT GRAHA RAYA KONSTRUKSI', issued_on: '2018-10-10', director: ['HENDRA WIJAYA'] },
    },
    "Akta pendirian PT in Courier with dash-padded lines and a notarial margin rule; date '10-10-2018 (sepuluh Oktober dua ribu delapan belas)'; 'Direktur : Tuan' with the name on the NEXT line, 'Komisaris : Nyonya' likewise; AHU pengesahan (later date) in a closing note; 3+ pages with '- n -' page marks.",
    { fontName: 'Courier', size: 10.5, salinan: true, pageMark: 'dash' },
    [
      { center: 'AKTA PENDIRIAN PERSEROAN TERBATAS' },
      { center: 'PT GRAHA RAYA KONSTRUKSI' },
      { center: 'Nomor : 12' },
      { gap: 10 },
      'Pada hari ini, Rabu, tanggal 10-10-2018 (sepuluh Oktober dua ribu delapan belas), pukul 10.00 WIB (sepuluh Waktu Indonesia Barat).',
      'Hadir di hadapan saya, ANDI PRATAMA, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Bekasi, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan akan disebutkan nama-namanya pada bagian akhir akta ini:',
      'I. Tuan HENDRA WIJAYA, lahir di Jakarta, pada tanggal 12-07-1985 (dua belas Juli seribu sembilan ratus delapan puluh lima), Wiraswasta, bertempat tinggal di Jakarta Selatan, Jalan Tebet Barat Dalam VI Nomor 21, Rukun Tetangga 007, Rukun Warga 004, Kelurahan Tebet Barat, Kecamatan Tebet, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3174051207850003, Warga Negara Indonesia.',
      'II. Nyonya SRI WAHYUNI, Sarjana Ekonomi, lahir di Klaten, pada tanggal 03-02-1987 (tiga Februari seribu sembilan ratus delapan puluh tujuh), Karyawan Swasta, bertempat tinggal di Kota Bekasi, Jalan Cempaka Raya Nomor 3, Rukun Tetangga 002, Rukun Warga 008, Kelurahan Jakasampurna, Kecamatan Bekasi Barat, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3275024302870004, Warga Negara Indonesia.',
      'Para penghadap telah dikenal oleh saya, Notaris. Para penghadap menerangkan dengan ini mendirikan suatu perseroan terbatas dengan anggaran dasar sebagai berikut:',
      ...BODY_PT('PT GRAHA RAYA KONSTRUKSI', 'Kota Administrasi Jakarta Timur'),
      'Akhirnya, para penghadap bertindak dalam kedudukannya sebagaimana tersebut di atas menerangkan bahwa:',
      'a. Modal yang ditempatkan telah diambil bagian dan disetor penuh oleh para pendiri, yaitu Tuan HENDRA WIJAYA sebanyak 300 (tiga ratus) saham dan Nyonya SRI WAHYUNI sebanyak 200 (dua ratus) saham.',
      'b. Menyimpang dari ketentuan dalam Pasal 11 dan Pasal 14 anggaran dasar ini, telah diangkat untuk pertama kalinya sebagai anggota Direksi dan Dewan Komisaris Perseroan, yaitu:',
      { line: 'Direktur : Tuan', indent: 20 },
      { line: 'HENDRA WIJAYA tersebut;', indent: 20 },
      { line: 'Komisaris : Nyonya', indent: 20 },
      { line: 'SRI WAHYUNI, Sarjana Ekonomi tersebut;', indent: 20 },
      'c. Pengangkatan anggota Direksi dan Dewan Komisaris tersebut telah diterima oleh masing-masing yang bersangkutan.',
      'Para penghadap dengan ini memberi kuasa kepada saya, Notaris, untuk memohon pengesahan atas akta pendirian ini kepada Menteri Hukum dan Hak Asasi Manusia Republik Indonesia.',
      { center: 'DEMIKIANLAH AKTA INI' },
      'Dibuat sebagai minuta dan dilangsungkan di Kota Bekasi, pada hari dan tanggal tersebut pada bagian awal akta ini, dengan dihadiri oleh Nona PUTRI AYU LESTARI dan Tuan BAGUS SETIAWAN, keduanya karyawan kantor Notaris, sebagai saksi-saksi.',
      'Segera setelah akta ini dibacakan oleh saya, Notaris, kepada para penghadap dan saksi-saksi, maka ditandatanganilah akta ini oleh para penghadap, saksi-saksi dan saya, Notaris. Dilangsungkan dengan tanpa perubahan.',
      'Diberikan sebagai SALINAN yang sama bunyinya.',
      { gap: 8 },
      { line: 'Notaris di Kota Bekasi,', indent: 180 },
      { gap: 30 },
      { line: 'ANDI PRATAMA, SH., M.Kn.', indent: 180 },
      { gap: 12 },
      'Akta pendirian ini telah memperoleh pengesahan sebagai Badan Hukum dari Menteri Hukum dan Hak Asasi Manusia Republik Indonesia dengan Surat Keputusan tertanggal 15-10-2018 (lima belas Oktober dua ribu delapan belas) nomor AHU-0047811.AH.01.01.Tahun 2018.',
    ],
  );

  await deed(
    'akta-pendirian-pt-dua-direktur',
    {
      type: 'akta',
      fields: {
        deed_number: '7',
        company_name: 'PT BINTANG TIGA SEMESTA',
        issued_on: '2012-05-04',
        director: ['RUDI HARTONO', 'MEGA LESTARI'],
      },
    },
    "Akta pendirian PT in Times with dash padding; TWO directors, each name on the line after the honorific ('Direktur Utama : Tuan' / 'RUDI HARTONO tersebut;', 'Direktur : Nyonya' / 'MEGA LESTARI tersebut;'); komisaris with 'Insinyur'; AHU 'AHU-21577.AH.01.01.Tahun 2012' dated later; 'Halaman n dari m' marks.",
    { fontName: 'Times-Roman', size: 11.5, pageMark: 'halaman' },
    [
      { center: 'PENDIRIAN' },
      { center: 'PERSEROAN TERBATAS' },
      { center: 'PT BINTANG TIGA SEMESTA' },
      { center: 'Nomor : 7' },
      { gap: 8 },
      'Pada hari ini, Jumat, tanggal 04-05-2012 (empat Mei dua ribu dua belas), pukul 09.30 WIB (sembilan lewat tiga puluh menit Waktu Indonesia Barat).',
      'Berhadapan dengan saya, LINDA KUSUMA, Sarjana Hukum, Notaris di Kota Bandung, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan nama-namanya akan disebut pada bagian akhir akta ini:',
      '1. Tuan RUDI HARTONO, lahir di Cirebon, pada tanggal 19-06-1970 (sembilan belas Juni seribu sembilan ratus tujuh puluh), Wiraswasta, bertempat tinggal di Kota Bandung, Jalan Buah Batu Nomor 140, Rukun Tetangga 003, Rukun Warga 006, Kelurahan Turangga, Kecamatan Lengkong, pemegang Kartu Tanda Penduduk nomor 3273061906700007, Warga Negara Indonesia.',
      '2. Nyonya MEGA LESTARI, lahir di Surabaya, pada tanggal 23-11-1988 (dua puluh tiga Nopember seribu sembilan ratus delapan puluh delapan), Karyawan Swasta, bertempat tinggal di Kota Surabaya, Jalan Darmo Permai III/27, Rukun Tetangga 002, Rukun Warga 009, Kelurahan Pradahkalikendal, Kecamatan Dukuh Pakis, pemegang Kartu Tanda Penduduk nomor 3578046311880001, Warga Negara Indonesia.',
      '3. Tuan Insinyur TAUFIK HIDAYAT, lahir di Garut, pada tanggal 01-03-1965 (satu Maret seribu sembilan ratus enam puluh lima), Pensiunan Pegawai Negeri Sipil, bertempat tinggal di Kabupaten Bandung, Jalan Raya Banjaran Nomor 77, pemegang Kartu Tanda Penduduk nomor 3204050103650002, Warga Negara Indonesia.',
      'Para penghadap menerangkan bahwa mereka dengan ini sepakat mendirikan sebuah perseroan terbatas dengan anggaran dasar sebagaimana termuat dalam akta ini.',
      ...BODY_PT('PT BINTANG TIGA SEMESTA', 'Kota Bandung'),
      'Selanjutnya para penghadap menerangkan bahwa untuk pertama kali telah diangkat sebagai anggota Direksi dan Dewan Komisaris Perseroan:',
      { center: 'DIREKSI' },
      { line: 'Direktur Utama : Tuan', indent: 24 },
      { line: 'RUDI HARTONO tersebut;', indent: 24 },
      { line: 'Direktur : Nyonya', indent: 24 },
      { line: 'MEGA LESTARI tersebut;', indent: 24 },
      { center: 'DEWAN KOMISARIS' },
      { line: 'Komisaris : Tuan Insinyur', indent: 24 },
      { line: 'TAUFIK HIDAYAT tersebut.', indent: 24 },
      'Para pendiri memberi kuasa kepada Notaris untuk mengajukan permohonan pengesahan badan hukum Perseroan.',
      'DEMIKIAN AKTA INI dibuat sebagai minuta dan diselesaikan di Bandung, pada hari dan tanggal sebagaimana disebutkan pada kepala akta ini, dengan dihadiri oleh Tuan AHMAD FAUZI dan Nona RIKA AMELIA sebagai saksi-saksi.',
      'Diberikan sebagai salinan yang sama bunyinya.',
      { line: 'Notaris di Kota Bandung,', indent: 200 },
      { gap: 28 },
      { line: 'LINDA KUSUMA, S.H.', indent: 200 },
      { gap: 10 },
      'Catatan: Perseroan telah disahkan berdasarkan Keputusan Menteri Hukum dan Hak Asasi Manusia Republik Indonesia tanggal 22-05-2012 (dua puluh dua Mei dua ribu dua belas) Nomor AHU-21577.AH.01.01.Tahun 2012.',
    ],
  );

  await deed(
    'akta-pendirian-cv-persero',
    {
      type: 'akta',
      fields: { deed_number: '3', company_name: 'CV ANUGERAH BANGUN PERSADA', issued_on: '2020-01-20', director: ['YUSUF EFENDI'] },
    },
    "Akta pendirian CV (Persekutuan Komanditer): 'Persero Pengurus (Direktur) : Tuan Doktorandus' then the name on the next line, 'Persero Komanditer : Nyonya' likewise; CV registration number 'AHU-0004417-AH.01.14 Tahun 2020'; Courier, dash-padded.",
    { fontName: 'Courier', size: 10.5, salinan: true, pageMark: 'dash' },
    [
      { center: 'AKTA PENDIRIAN' },
      { center: 'PERSEKUTUAN KOMANDITER' },
      { center: 'CV ANUGERAH BANGUN PERSADA' },
      { center: 'Nomor : 3' },
      { gap: 8 },
      'Pada hari ini, Senin, tanggal 20-01-2020 (dua puluh Januari dua ribu dua puluh), pukul 13.00 WIB (tiga belas Waktu Indonesia Barat).',
      'Menghadap kepada saya, SITI AMINAH, Sarjana Hukum, Magister Kenotariatan, Notaris di Kabupaten Bekasi, dengan dihadiri oleh saksi-saksi yang nama-namanya akan disebut pada bagian akhir akta ini:',
      '1. Tuan Doktorandus YUSUF EFENDI, lahir di Tegal, pada tanggal 17-08-1968 (tujuh belas Agustus seribu sembilan ratus enam puluh delapan), Wiraswasta, bertempat tinggal di Kabupaten Bekasi, Perumahan Griya Asri Blok C2 Nomor 9, Rukun Tetangga 004, Rukun Warga 012, Desa Jatimulya, Kecamatan Tambun Selatan, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3216061708680009, Warga Negara Indonesia.',
      '2. Nyonya LINDA SARI, lahir di Bekasi, pada tanggal 30-05-1975 (tiga puluh Mei seribu sembilan ratus tujuh puluh lima), Mengurus Rumah Tangga, bertempat tinggal sama dengan penghadap tersebut di atas, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3216067005750003, Warga Negara Indonesia.',
      'Para penghadap menerangkan bahwa dengan ini mereka telah sepakat untuk mendirikan suatu Persekutuan Komanditer dengan memakai anggaran dasar sebagai berikut:',
      { center: 'NAMA DAN TEMPAT KEDUDUKAN' },
      { center: 'Pasal 1' },
      'Persekutuan ini bernama Persekutuan Komanditer CV ANUGERAH BANGUN PERSADA, berkedudukan di Kabupaten Bekasi, dengan cabang-cabang atau perwakilan di tempat lain yang dianggap perlu oleh Persero Pengurus.',
      { center: 'MAKSUD DAN TUJUAN' },
      { center: 'Pasal 3' },
      'Maksud dan tujuan persekutuan ini adalah menjalankan usaha di bidang konstruksi gedung, pekerjaan sipil, dan perdagangan bahan bangunan.',
      { center: 'PENGURUSAN DAN TANGGUNG JAWAB' },
      { center: 'Pasal 6' },
      '1. Persekutuan diurus dan dipimpin oleh Persero Pengurus yang bertanggung jawab secara pribadi dan tanggung renteng atas segala kewajiban persekutuan.',
      '2. Persero Komanditer hanya bertanggung jawab sebesar modal yang dimasukkannya ke dalam persekutuan dan tidak turut mengurus persekutuan.',
      '3. Para penghadap menerangkan bahwa kedudukan mereka dalam persekutuan adalah sebagai berikut:',
      { line: 'Persero Pengurus (Direktur) : Tuan Doktorandus', indent: 20 },
      { line: 'YUSUF EFENDI tersebut;', indent: 20 },
      { line: 'Persero Komanditer : Nyonya', indent: 20 },
      { line: 'LINDA SARI tersebut.', indent: 20 },
      { center: 'MODAL' },
      { center: 'Pasal 7' },
      'Modal persekutuan ditetapkan sebesar Rp300.000.000,00 (tiga ratus juta Rupiah), yang dimasukkan oleh Tuan Doktorandus YUSUF EFENDI sebesar Rp200.000.000,00 (dua ratus juta Rupiah) dan oleh Nyonya LINDA SARI sebesar Rp100.000.000,00 (seratus juta Rupiah).',
      { center: 'KEUNTUNGAN DAN KERUGIAN' },
      { center: 'Pasal 9' },
      'Keuntungan dan kerugian persekutuan dibagi di antara para persero menurut perbandingan modal yang dimasukkan, dengan ketentuan bahwa Persero Komanditer tidak menanggung kerugian melebihi modalnya.',
      'DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Kabupaten Bekasi pada hari dan tanggal tersebut pada kepala akta ini, dengan dihadiri oleh Nyonya WULAN SARI dan Tuan ARDI KURNIAWAN sebagai saksi-saksi.',
      'Diberikan sebagai SALINAN yang sama bunyinya.',
      { line: 'Notaris di Kabupaten Bekasi,', indent: 180 },
      { gap: 30 },
      { line: 'SITI AMINAH, S.H., M.Kn.', indent: 180 },
      { gap: 12 },
      'Persekutuan Komanditer ini telah terdaftar dalam Sistem Administrasi Badan Usaha dengan Surat Keterangan Terdaftar Nomor AHU-0004417-AH.01.14 Tahun 2020 tanggal 22-01-2020.',
    ],
  );

  await deed(
    'akta-perubahan-pt-ganti-direktur',
    {
      type: 'akta',
      fields: { deed_number: '45', company_name: 'PT CAHAYA NUSA TEKNIK', issued_on: '2021-06-14', director: ['BAMBANG SUTRISNO'] },
    },
    "Akta Pernyataan Keputusan RUPS LB (perubahan): cites the 2008 pendirian with a Sisminbakum number 'AHU . 90256 . AH . 01 . 01 TH 2008' and a 2010 change 'AHU-64347.AH.01.02.Tahun 2010'; the old director (AGUS SALIM) is discharged and becomes komisaris, the new composition is 'Direktur : Tuan Insinyur BAMBANG SUTRISNO' on ONE line; pemberitahuan number AHU-AH.01.03-...; older deed dates appear before the deed's own date.",
    { fontName: 'Courier', size: 10, salinan: true, pageMark: 'dash' },
    [
      { center: 'PERNYATAAN KEPUTUSAN RAPAT UMUM PEMEGANG SAHAM LUAR BIASA' },
      { center: 'PT CAHAYA NUSA TEKNIK' },
      { center: 'Nomor : 45' },
      { gap: 8 },
      'Pada hari ini, Senin, tanggal 14-06-2021 (empat belas Juni dua ribu dua puluh satu), pukul 11.00 WIB (sebelas Waktu Indonesia Barat).',
      'Hadir di hadapan saya, Nyonya RETNO WULANDARI, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Surabaya, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan akan disebut pada akhir akta ini:',
      'Tuan AGUS SALIM, lahir di Lamongan, pada tanggal 02-01-1960 (dua Januari seribu sembilan ratus enam puluh), Wiraswasta, bertempat tinggal di Kota Surabaya, Jalan Rungkut Asri Timur Nomor 12, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3578100201600004, Warga Negara Indonesia.',
      'menurut keterangannya dalam hal ini bertindak berdasarkan kuasa dari Rapat Umum Pemegang Saham Luar Biasa PT CAHAYA NUSA TEKNIK, berkedudukan di Kota Surabaya, yang anggaran dasarnya dimuat dalam akta tanggal 17-03-2008 (tujuh belas Maret dua ribu delapan) Nomor 88, yang dibuat di hadapan HARYONO, Sarjana Hukum, Notaris di Surabaya, yang telah mendapat pengesahan dari Menteri Hukum dan Hak Asasi Manusia Republik Indonesia berdasarkan Surat Keputusan Nomor AHU . 90256 . AH . 01 . 01 TH 2008 tanggal 27-11-2008, dan telah diubah dengan akta tanggal 09-09-2010 Nomor 21 yang telah mendapat persetujuan Menteri Hukum dan Hak Asasi Manusia dengan Keputusan Nomor AHU-64347.AH.01.02.Tahun 2010.',
      'Penghadap menerangkan bahwa pada tanggal 10-06-2021 (sepuluh Juni dua ribu dua puluh satu) telah diadakan Rapat Umum Pemegang Saham Luar Biasa Perseroan yang dihadiri oleh seluruh pemegang saham, dan rapat tersebut dengan suara bulat telah mengambil keputusan sebagai berikut:',
      '1. Memberhentikan dengan hormat Tuan AGUS SALIM dari jabatannya selaku Direktur Perseroan, dengan ucapan terima kasih atas jasa-jasanya, dan memberikan pembebasan tanggung jawab sepenuhnya (acquit et de charge).',
      '2. Mengangkat Tuan Insinyur BAMBANG SUTRISNO sebagai Direktur Perseroan yang baru dan mengangkat Tuan AGUS SALIM sebagai Komisaris Perseroan, terhitung sejak ditutupnya rapat.',
      '3. Sehingga susunan anggota Direksi dan Dewan Komisaris Perseroan menjadi sebagai berikut:',
      { line: 'Direktur : Tuan Insinyur BAMBANG SUTRISNO;', indent: 20 },
      { line: 'Komisaris : Tuan AGUS SALIM.', indent: 20 },
      '4. Memberi kuasa kepada Direksi Perseroan, dengan hak substitusi, untuk menyatakan keputusan rapat ini dalam akta Notaris dan memberitahukannya kepada Menteri Hukum dan Hak Asasi Manusia Republik Indonesia.',
      'Tuan Insinyur BAMBANG SUTRISNO tersebut, lahir di Malang, pada tanggal 11-11-1979 (sebelas Nopember seribu sembilan ratus tujuh puluh sembilan), bertempat tinggal di Kota Surabaya, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3578111111790002, menerima pengangkatan tersebut.',
      'DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Kota Surabaya, pada hari dan tanggal tersebut dalam kepala akta ini, dengan dihadiri oleh Tuan HERU SANTOSO dan Nona DIAN PERMATA SARI, keduanya pegawai kantor Notaris, sebagai saksi-saksi.',
      'Diberikan sebagai SALINAN yang sama bunyinya.',
      { line: 'Notaris di Kota Surabaya,', indent: 180 },
      { gap: 28 },
      { line: 'RETNO WULANDARI, S.H., M.Kn.', indent: 180 },
      { gap: 12 },
      'Perubahan data Perseroan telah diterima dan dicatat dalam Sistem Administrasi Badan Hukum berdasarkan Surat Penerimaan Pemberitahuan Perubahan Data Perseroan Nomor AHU-AH.01.03-0381234 tanggal 16-06-2021.',
    ],
  );

  await deed(
    'akta-pendirian-pt-nik-modern',
    {
      type: 'akta',
      fields: {
        deed_number: '118',
        company_name: 'PT MITRA DATA INFORMATIKA',
        issued_on: '2019-01-15',
        director: ['ANISA PUTRI RAHMAWATI'],
      },
    },
    "Modern akta pendirian in Helvetica: person intros with 'Nomor Induk Kependudukan', a founder acting as \"Direktur Utama\" on one line followed by her degree ('Nona ANISA PUTRI RAHMAWATI, Sarjana Ekonomi;'), notary 'Doktor ... Sarjana Hukum, Magister Kenotariatan', AHU number without the space ('Tahun2019').",
    { fontName: 'Helvetica', size: 10, pageMark: 'halaman' },
    [
      { center: 'AKTA PENDIRIAN' },
      { center: 'PT MITRA DATA INFORMATIKA' },
      { center: 'NOMOR : 118' },
      { gap: 8 },
      'Pada hari ini, Selasa, tanggal 15-01-2019 (lima belas Januari dua ribu sembilan belas), pukul 14.15 WIB (empat belas lewat lima belas menit Waktu Indonesia Barat).',
      'Menghadap kepada saya, Doktor RAHMAT SANTOSO, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Administrasi Jakarta Pusat, dengan dihadiri oleh saksi-saksi yang saya, Notaris kenal dan akan disebutkan pada bagian akhir akta ini:',
      '1. Nona ANISA PUTRI RAHMAWATI, Sarjana Ekonomi, lahir di Jakarta, pada tanggal 09-09-1991 (sembilan September seribu sembilan ratus sembilan puluh satu), Karyawan Swasta, bertempat tinggal di Jakarta Pusat, Jalan Kramat Sentiong Nomor 8, Rukun Tetangga 010, Rukun Warga 002, Kelurahan Kramat, Kecamatan Senen, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3171054909910002, Warga Negara Indonesia.',
      '2. Tuan DIMAS ARYA NUGRAHA, Sarjana Komputer, lahir di Yogyakarta, pada tanggal 14-02-1990 (empat belas Februari seribu sembilan ratus sembilan puluh), Karyawan Swasta, bertempat tinggal di Jakarta Pusat, Jalan Cikini Raya Nomor 45, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3171011402900005, Warga Negara Indonesia.',
      'Para penghadap menerangkan dengan ini mendirikan suatu perseroan terbatas dengan anggaran dasar sebagai berikut:',
      ...BODY_PT('PT MITRA DATA INFORMATIKA', 'Kota Administrasi Jakarta Pusat'),
      'Akhirnya para penghadap menerangkan bahwa untuk pertama kalinya telah diangkat sebagai:',
      { line: 'Direktur Utama : Nona ANISA PUTRI RAHMAWATI, Sarjana Ekonomi;', indent: 16 },
      { line: 'Komisaris : Tuan DIMAS ARYA NUGRAHA, Sarjana Komputer.', indent: 16 },
      'Nona ANISA PUTRI RAHMAWATI tersebut di atas bertindak sebagai "Direktur Utama" dan dengan ini diberi kuasa untuk mengurus pendaftaran Perseroan pada instansi yang berwenang.',
      'DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Jakarta pada hari dan tanggal sebagaimana tersebut pada awal akta ini, dengan dihadiri oleh Nona SARI MELATI dan Tuan YOGA PRATAMA sebagai saksi-saksi.',
      { line: 'Notaris di Kota Administrasi Jakarta Pusat,', indent: 150 },
      { gap: 28 },
      { line: 'Dr. RAHMAT SANTOSO, S.H., M.Kn.', indent: 150 },
      { gap: 12 },
      'Catatan: Akta ini telah mendapat pengesahan Menteri Hukum dan Hak Asasi Manusia Republik Indonesia dengan Keputusan Nomor AHU-0003561.AH.01.01.Tahun2019 tanggal 17-01-2019.',
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// SBU, surat kuasa, pakta integritas, surat pernyataan, sewa
// ---------------------------------------------------------------------------------------------
function kop(d: Doc, name: string, lines: string[]): void {
  d.font('Helvetica-Bold')
    .fontSize(17)
    .text(name, L(d), 34, { width: W(d), align: 'center' });
  d.font('Helvetica').fontSize(8.5);
  for (const ln of lines) d.text(ln, L(d), d.y, { width: W(d), align: 'center' });
  d.moveTo(L(d), d.y + 3)
    .lineTo(R(d), d.y + 3)
    .lineWidth(2)
    .stroke();
  d.moveTo(L(d), d.y + 6)
    .lineTo(R(d), d.y + 6)
    .lineWidth(0.5)
    .stroke();
}

function materai(d: Doc, x: number, y: number): void {
  const f = (d as any)._font?.name ?? 'Helvetica';
  const fs = (d as any)._fontSize ?? 10.5;
  const keepY = d.y;
  d.save();
  d.rect(x, y, 58, 34).lineWidth(0.5).dash(2, { space: 2 }).stroke();
  d.undash();
  d.font('Helvetica')
    .fontSize(6)
    .text('METERAI TEMPEL', x, y + 8, { width: 58, align: 'center' });
  d.text('10000', x, y + 18, { width: 58, align: 'center' });
  d.restore();
  d.font(f).fontSize(fs);
  d.y = keepY;
  d.x = L(d);
}

async function others(): Promise<void> {
  const sbuCover = (
    d: Doc,
    o: { pb: string; nama: string; nib: string; alamat: string; kbli: string; lokasi: string; syarat: string; tgl: string },
  ) => {
    center(d, 'PEMERINTAH REPUBLIK INDONESIA', 'Helvetica-Bold', 12.5);
    center(d, 'PERIZINAN BERUSAHA UNTUK MENUNJANG KEGIATAN USAHA', 'Helvetica-Bold', 11.5);
    center(d, 'SERTIFIKAT BADAN USAHA (SBU) KONSTRUKSI', 'Helvetica-Bold', 11.5);
    center(d, `PB-UMKU: ${o.pb}`, 'Helvetica-Bold', 11.5);
    gap(d, 1);
    d.font('Helvetica').fontSize(10.5);
    para(
      d,
      'Pemerintah Republik Indonesia menerbitkan Perizinan Berusaha Untuk Menunjang Kegiatan Usaha (PB-UMKU), yang merupakan Sertifikat Badan Usaha (SBU) konstruksi kepada Pelaku Usaha berikut ini:',
    );
    gap(d, 0.5);
    const lw = 220;
    kv(d, '1. Nama Pelaku Usaha', o.nama, { lw });
    kv(d, '2. Nomor Induk Berusaha (NIB)', o.nib, { lw });
    kv(d, '3. Alamat Kantor', o.alamat, { lw });
    kv(d, '4. Status Penanaman Modal', 'PMDN', { lw });
    kv(d, '5. Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI)', o.kbli, { lw });
    kv(d, '6. Lokasi Usaha', o.lokasi, { lw });
    gap(d, 0.6);
    d.text('Telah memenuhi persyaratan:', L(d), d.y);
    para(d, `1. Standar Penetapan Kemampuan Badan Usaha Jasa Konstruksi (${o.syarat})`, { indent: 12 });
    gap(d, 1);
    const x = R(d) - 250;
    d.text(`Diterbitkan tanggal: ${o.tgl}`, x, d.y, { width: 250 });
    d.text('a.n. Menteri Pekerjaan Umum dan Perumahan Rakyat', x, d.y, { width: 250 });
    d.text('Direktur Jenderal Bina Konstruksi,', x, d.y, { width: 250 });
    fakeQr(d, x + 90, d.y + 6, 64, o.pb);
    d.y += 78;
    d.text('Ditandatangani secara elektronik', x, d.y, { width: 250, align: 'center' });
    d.x = L(d);
  };

  await make(
    'sbu-pbumku-sampul',
    {
      type: 'iujk_sbu',
      fields: { nib: '2103230004517', company_name: 'PT GRAHA RAYA KONSTRUKSI', kbli: ['41012'], issued_on: '2023-08-22' },
    },
    "SBU konstruksi cover page only (PB-UMKU): numbered colon fields incl. NIB and 'KBLI' with code and title, 'Telah memenuhi persyaratan', 'Diterbitkan tanggal:', OSS footer box; no validity printed.",
    { margins: { top: 60, bottom: 110, left: 62, right: 62 }, footer: (d) => ossFooterBox(d, true) },
    (d) =>
      sbuCover(d, {
        pb: '210323000451700010003',
        nama: 'PT GRAHA RAYA KONSTRUKSI',
        nib: '2103230004517',
        alamat: 'Jl. Raya Kalimalang No. 88, Cipinang Melayu, Makasar, Kota Adm. Jakarta Timur, DKI Jakarta',
        kbli: '41012 - Konstruksi Gedung Perkantoran',
        lokasi: 'Kota Adm. Jakarta Timur, DKI Jakarta',
        syarat: 'Kualifikasi Kecil, Subklasifikasi BG002',
        tgl: '22 Agustus 2023',
      }),
  );

  await make(
    'sbu-pbumku-lampiran-masa-berlaku',
    {
      type: 'iujk_sbu',
      fields: {
        nib: '0410230007781',
        company_name: 'PT CAHAYA NUSA TEKNIK',
        kbli: ['42101'],
        issued_on: '2023-11-10',
        valid_until: '2026-11-09',
      },
    },
    "SBU cover plus a second page with a bordered table of subklasifikasi/kualifikasi and a 'Masa Berlaku' range (issue and expiry dates both present; the expiry is the later one).",
    { margins: { top: 60, bottom: 110, left: 62, right: 62 }, footer: (d) => ossFooterBox(d, true) },
    (d) => {
      sbuCover(d, {
        pb: '041023000778100020001',
        nama: 'PT CAHAYA NUSA TEKNIK',
        nib: '0410230007781',
        alamat: 'Jl. Rungkut Industri III No. 45, Kali Rungkut, Rungkut, Kota Surabaya, Jawa Timur',
        kbli: '42101 - Konstruksi Bangunan Sipil Jalan',
        lokasi: 'Kota Surabaya, Jawa Timur',
        syarat: 'Kualifikasi Kecil',
        tgl: '10 November 2023',
      });
      d.addPage();
      center(d, 'LAMPIRAN SERTIFIKAT BADAN USAHA (SBU) KONSTRUKSI', 'Helvetica-Bold', 11.5);
      center(d, 'PB-UMKU: 041023000778100020001', 'Helvetica', 10);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      kv(d, 'Nomor Sertifikat', '1-3578-02-042-1-09-000781', { lw: 150 });
      kv(d, 'Nama Badan Usaha', 'PT CAHAYA NUSA TEKNIK', { lw: 150 });
      kv(d, 'Asosiasi', 'Gabungan Pelaksana Konstruksi Nasional Indonesia', { lw: 150 });
      gap(d, 0.6);
      table(
        d,
        [
          { title: 'No', width: 28, align: 'center' },
          { title: 'Kode', width: 52 },
          { title: 'Subklasifikasi', width: 210 },
          { title: 'Kualifikasi', width: 70 },
          { title: 'Masa Berlaku', width: W(d) - 360 },
        ],
        [['1', 'SI001', 'Konstruksi Bangunan Sipil Jalan', 'Kecil', '10 November 2023 s.d. 9 November 2026']],
        { size: 10, pad: 6, headFill: '#e3e3e3' },
      );
      d.font('Helvetica').fontSize(10);
      para(
        d,
        'Sertifikat ini berlaku selama 3 (tiga) tahun sejak tanggal diterbitkan dan wajib dilakukan pemeliharaan sesuai ketentuan peraturan perundang-undangan.',
      );
    },
  );

  await make(
    'surat-kuasa-blok-isian',
    {
      type: 'surat_kuasa',
      fields: {
        signatory_name: 'HENDRA WIJAYA',
        signatory_role: 'Direktur',
        attorney_name: 'DEWI ANGGRAENI',
        company_name: 'PT GRAHA RAYA KONSTRUKSI',
        issued_on: '2025-06-02',
      },
    },
    'Surat kuasa with letterhead, two colon blocks (PEMBERI KUASA / PENERIMA KUASA), purpose paragraph, signatures side by side with the attorney on the LEFT and the grantor (with meterai) on the RIGHT.',
    {
      margins: { top: 110, bottom: 60, left: 64, right: 64 },
      header: (d) =>
        kop(d, 'PT GRAHA RAYA KONSTRUKSI', [
          'Jl. Raya Kalimalang No. 88, Cipinang Melayu, Makasar, Jakarta Timur 13620',
          'Telp. (021) 8631 0455  |  Email: admin@grahakonstruksi.co.id',
        ]),
    },
    (d) => {
      center(d, 'SURAT KUASA', 'Helvetica-Bold', 13);
      center(d, 'Nomor : 017/GRK/SK/VI/2025', 'Helvetica', 10);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      d.text('Yang bertanda tangan di bawah ini:', L(d), d.y);
      d.moveDown(0.3);
      const lw = 120;
      const x = L(d) + 16;
      kv(d, 'Nama', 'HENDRA WIJAYA', { lw, x });
      kv(d, 'Jabatan', 'Direktur', { lw, x });
      kv(d, 'NIK', '3174051207850003', { lw, x });
      kv(d, 'Alamat', 'Jl. Tebet Barat Dalam VI No. 21, Tebet, Jakarta Selatan', { lw, x });
      para(d, 'dalam hal ini bertindak untuk dan atas nama PT GRAHA RAYA KONSTRUKSI, selanjutnya disebut PEMBERI KUASA.');
      gap(d, 0.6);
      d.text('Dengan ini memberikan kuasa kepada:', L(d), d.y);
      d.moveDown(0.3);
      kv(d, 'Nama', 'DEWI ANGGRAENI', { lw, x });
      kv(d, 'Jabatan', 'Manajer Teknik', { lw, x });
      kv(d, 'NIK', '3273016508900002', { lw, x });
      kv(d, 'Alamat', 'Jl. Sukajadi Gg. Mesjid No. 5, Sukajadi, Kota Bandung', { lw, x });
      para(d, 'selanjutnya disebut PENERIMA KUASA.');
      gap(d, 0.6);
      center(d, '------------------------------ K H U S U S ------------------------------', 'Helvetica-Bold', 10.5);
      gap(d, 0.4);
      d.font('Helvetica').fontSize(10.5);
      para(
        d,
        'Untuk mewakili PEMBERI KUASA dalam mengikuti Tender Pembangunan Gedung Kantor Kelurahan Cipinang Melayu Tahun Anggaran 2025 (Kode Tender 10023456000), termasuk mengunggah dokumen penawaran dan kualifikasi, menghadiri klarifikasi dan pembuktian kualifikasi, serta menandatangani dokumen yang diperlukan sehubungan dengan tender tersebut.',
      );
      gap(d, 0.4);
      para(
        d,
        'Surat kuasa ini diberikan dengan hak substitusi dan berlaku sejak tanggal ditandatangani sampai dengan berakhirnya proses pemilihan.',
      );
      gap(d, 1.2);
      d.text('Jakarta, 2 Juni 2025', R(d) - 200, d.y, { width: 200, align: 'center' });
      d.moveDown(0.4);
      const y = d.y;
      d.text('PENERIMA KUASA,', L(d), y, { width: 200, align: 'center' });
      d.text('PEMBERI KUASA,', R(d) - 200, y, { width: 200, align: 'center' });
      materai(d, R(d) - 150, y + 18);
      d.y = y + 70;
      const y2 = d.y;
      d.font('Helvetica-Bold').text('DEWI ANGGRAENI', L(d), y2, { width: 200, align: 'center', underline: true });
      d.text('HENDRA WIJAYA', R(d) - 200, y2, { width: 200, align: 'center', underline: true });
      d.font('Helvetica');
      const y3 = d.y;
      d.text('Manajer Teknik', L(d), y3, { width: 200, align: 'center' });
      d.text('Direktur', R(d) - 200, y3, { width: 200, align: 'center' });
    },
  );

  await make(
    'surat-kuasa-prosa',
    {
      type: 'surat_kuasa',
      fields: {
        signatory_name: 'RUDI HARTONO',
        signatory_role: 'Direktur Utama',
        attorney_name: 'FAJAR NUGROHO',
        company_name: 'PT BINTANG TIGA SEMESTA',
        issued_on: '2025-02-17',
      },
    },
    "Surat kuasa written as running prose ('Saya, RUDI HARTONO, selaku Direktur Utama ... memberi kuasa kepada Sdr. FAJAR NUGROHO'), cites the akta date (2012) as a distractor date, Times font, page footer with company line; signature labels 'Yang Menerima Kuasa' / 'Yang Memberi Kuasa'.",
    {
      margins: { top: 64, bottom: 70, left: 72, right: 64 },
      font: 'Times-Roman',
      size: 12,
      footer: (d) => {
        d.moveTo(L(d), d.page.height - 48)
          .lineTo(R(d), d.page.height - 48)
          .lineWidth(0.4)
          .stroke();
        d.font('Times-Italic')
          .fontSize(8.5)
          .text('PT BINTANG TIGA SEMESTA  -  Jl. Soekarno-Hatta No. 512 Bandung 40266  -  Telp. 022-7512398', L(d), d.page.height - 42, {
            width: W(d),
            align: 'center',
          });
      },
    },
    (d) => {
      center(d, 'SURAT KUASA', 'Times-Bold', 14);
      gap(d, 1);
      d.font('Times-Roman').fontSize(12);
      para(
        d,
        'Saya, RUDI HARTONO, selaku Direktur Utama PT BINTANG TIGA SEMESTA, berkedudukan di Kota Bandung, berdasarkan Akta Pendirian Nomor 7 tanggal 4 Mei 2012 yang dibuat di hadapan LINDA KUSUMA, S.H., Notaris di Kota Bandung, dalam hal ini bertindak untuk dan atas nama perseroan tersebut, dengan ini memberi kuasa kepada Sdr. FAJAR NUGROHO, Kepala Bagian Pemasaran pada perseroan yang sama, pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan 3273062210880003,',
      );
      gap(d, 0.6);
      center(d, 'KHUSUS', 'Times-Bold', 12);
      gap(d, 0.4);
      d.font('Times-Roman').fontSize(12);
      para(
        d,
        'untuk dan atas nama pemberi kuasa mengikuti seluruh tahapan Pengadaan Alat Tulis Kantor dan Bahan Cetak pada Sekretariat Daerah Kota Bandung Tahun Anggaran 2025, termasuk menandatangani surat penawaran, dokumen kualifikasi, berita acara klarifikasi dan negosiasi, serta dokumen lain yang diperlukan.',
      );
      gap(d, 0.4);
      para(d, 'Penerima kuasa adalah pegawai tetap PT BINTANG TIGA SEMESTA. Kuasa ini tidak dapat dialihkan kepada pihak lain.');
      gap(d, 0.4);
      para(d, 'Demikian surat kuasa ini dibuat untuk dipergunakan sebagaimana mestinya.');
      gap(d, 1.5);
      d.text('Bandung, 17 Februari 2025', L(d), d.y);
      d.moveDown(0.6);
      const y = d.y;
      d.text('Yang Menerima Kuasa,', L(d), y, { width: 190 });
      d.text('Yang Memberi Kuasa,', R(d) - 190, y, { width: 190 });
      materai(d, R(d) - 190, y + 18);
      d.y = y + 74;
      const y2 = d.y;
      d.text('FAJAR NUGROHO', L(d), y2, { width: 190 });
      d.text('RUDI HARTONO', R(d) - 190, y2, { width: 190 });
      const y3 = d.y;
      d.text('Kepala Bagian Pemasaran', L(d), y3, { width: 190 });
      d.text('Direktur Utama', R(d) - 190, y3, { width: 190 });
    },
  );

  const PAKTA_POINTS = [
    'tidak akan melakukan praktik Korupsi, Kolusi, dan/atau Nepotisme (KKN);',
    'akan melaporkan kepada PA/KPA/APIP dan/atau LKPP apabila mengetahui terjadinya praktik KKN dalam proses pengadaan ini;',
    'akan mengikuti proses pengadaan secara bersih, transparan, dan profesional untuk memberikan hasil kerja terbaik sesuai ketentuan peraturan perundang-undangan; dan',
    'apabila melanggar hal-hal yang dinyatakan dalam angka 1, 2 dan/atau 3 maka bersedia menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan.',
  ];

  await make(
    'pakta-integritas-spse',
    {
      type: 'pakta_integritas',
      fields: {
        signatory_name: 'ANISA PUTRI RAHMAWATI',
        signatory_role: 'Direktur Utama',
        company_name: 'PT MITRA DATA INFORMATIKA',
        issued_on: '2025-03-03',
      },
    },
    'Pakta integritas in the SPSE-generated style: colon block (Nama/Jabatan/Bertindak untuk dan atas nama) at the top, four numbered undertakings, place-date, company, name and role at the bottom.',
    { margins: { top: 64, bottom: 60, left: 66, right: 66 } },
    (d) => {
      center(d, 'PAKTA INTEGRITAS', 'Helvetica-Bold', 14);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      d.text('Saya yang bertanda tangan di bawah ini:', L(d), d.y);
      d.moveDown(0.3);
      const lw = 200;
      kv(d, 'Nama', 'ANISA PUTRI RAHMAWATI', { lw, x: L(d) + 14 });
      kv(d, 'Jabatan', 'Direktur Utama', { lw, x: L(d) + 14 });
      kv(d, 'Bertindak untuk dan atas nama', 'PT MITRA DATA INFORMATIKA', { lw, x: L(d) + 14 });
      gap(d, 0.5);
      para(
        d,
        'dalam rangka pengadaan Pengadaan Perangkat Jaringan Kantor pada Dinas Komunikasi, Informatika dan Statistik Provinsi DKI Jakarta, dengan ini menyatakan bahwa saya:',
      );
      gap(d, 0.3);
      PAKTA_POINTS.forEach((t, i) => {
        const y = d.y;
        d.text(`${i + 1}.`, L(d) + 14, y);
        d.text(t, L(d) + 32, y, { width: W(d) - 32, align: 'justify' });
        d.moveDown(0.2);
      });
      gap(d, 1.2);
      const x = R(d) - 230;
      d.text('Jakarta, 3 Maret 2025', x, d.y, { width: 230, align: 'center' });
      d.text('PT MITRA DATA INFORMATIKA', x, d.y, { width: 230, align: 'center' });
      d.moveDown(4);
      d.font('Helvetica-Bold').text('ANISA PUTRI RAHMAWATI', x, d.y, { width: 230, align: 'center', underline: true });
      d.font('Helvetica').text('Direktur Utama', x, d.y, { width: 230, align: 'center' });
    },
  );

  await make(
    'pakta-integritas-kop-ttd-bawah',
    {
      type: 'pakta_integritas',
      fields: {
        signatory_name: 'YUSUF EFENDI',
        signatory_role: 'Direktur',
        company_name: 'CV ANUGERAH BANGUN PERSADA',
        issued_on: '2025-01-10',
      },
    },
    "Pakta integritas on company letterhead with NO name block: the signer is identified only by the signature block (academic title 'Drs.' before the name, role below) and in prose as 'Persero Pengurus'; date line 'Bekasi, 10 Januari 2025'; letterhead repeats the CV name.",
    {
      margins: { top: 110, bottom: 60, left: 66, right: 66 },
      header: (d) =>
        kop(d, 'CV ANUGERAH BANGUN PERSADA', [
          'KONTRAKTOR UMUM - SIPIL - BANGUNAN GEDUNG',
          'Perum Griya Asri Blok C2 No. 9, Jatimulya, Tambun Selatan, Kab. Bekasi  |  Telp. 021-88350012',
        ]),
    },
    (d) => {
      center(d, 'PAKTA INTEGRITAS', 'Helvetica-Bold', 13);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      para(
        d,
        'Saya yang bertanda tangan di bawah ini, selaku Persero Pengurus yang bertindak untuk dan atas nama CV ANUGERAH BANGUN PERSADA, dalam rangka Tender Rehabilitasi Gedung Sekolah Dasar Negeri Jatimulya 03 pada Dinas Pendidikan Kabupaten Bekasi Tahun Anggaran 2025, dengan ini menyatakan bahwa saya:',
      );
      gap(d, 0.3);
      PAKTA_POINTS.forEach((t, i) => {
        para(d, `${String.fromCharCode(97 + i)}. ${t}`, { indent: 14 });
        d.moveDown(0.2);
      });
      gap(d, 1.5);
      const x = L(d);
      d.text('Bekasi, 10 Januari 2025', x, d.y);
      d.text('CV ANUGERAH BANGUN PERSADA', x, d.y);
      materai(d, x + 10, d.y + 8);
      d.y += 60;
      d.font('Helvetica-Bold').text('Drs. YUSUF EFENDI', x, d.y, { underline: true });
      d.font('Helvetica').text('Direktur', x, d.y);
    },
  );

  await make(
    'surat-pernyataan-dua-halaman',
    {
      type: 'surat_pernyataan',
      fields: {
        signatory_name: 'BAMBANG SUTRISNO',
        signatory_role: 'Direktur',
        company_name: 'PT CAHAYA NUSA TEKNIK',
        issued_on: '2025-07-21',
      },
    },
    "Surat pernyataan peserta whose lettered list runs onto a second page; signature block (with 'Ir.' before the name) only on page 2; deed date and number cited in the body as distractors.",
    {
      margins: { top: 64, bottom: 64, left: 70, right: 64 },
      font: 'Times-Roman',
      size: 12.5,
      footer: (d, p, n) => {
        d.font('Times-Roman')
          .fontSize(9)
          .text(`Halaman ${p} / ${n}`, L(d), d.page.height - 40, { width: W(d), align: 'right' });
      },
    },
    (d) => {
      center(d, 'SURAT PERNYATAAN', 'Times-Bold', 14);
      gap(d, 1);
      d.font('Times-Roman').fontSize(12.5);
      d.text('Yang bertanda tangan di bawah ini:', L(d), d.y);
      const lw = 130;
      kv(d, 'Nama', 'Ir. BAMBANG SUTRISNO', { lw, x: L(d) + 14 });
      kv(d, 'Jabatan', 'Direktur', { lw, x: L(d) + 14 });
      kv(d, 'Nama Perusahaan', 'PT CAHAYA NUSA TEKNIK', { lw, x: L(d) + 14 });
      kv(d, 'Alamat', 'Jl. Rungkut Industri III No. 45, Surabaya', { lw, x: L(d) + 14 });
      kv(d, 'Dasar Pengangkatan', 'Akta Nomor 45 tanggal 14 Juni 2021', { lw, x: L(d) + 14 });
      gap(d, 0.5);
      para(
        d,
        'dalam rangka mengikuti Tender Peningkatan Jalan Lingkar Timur Kabupaten Gresik Tahun Anggaran 2025, dengan ini menyatakan dengan sebenarnya bahwa:',
      );
      const items = [
        'yang bersangkutan dan manajemen/pengurus perusahaan tidak dalam pengawasan pengadilan, tidak pailit, dan kegiatan usahanya tidak sedang dihentikan;',
        'yang bersangkutan berikut pengurus perusahaan tidak sedang dikenakan sanksi daftar hitam;',
        'yang bertindak untuk dan atas nama perusahaan tidak sedang dalam menjalani sanksi pidana;',
        'pengurus/pegawai perusahaan tidak berstatus Aparatur Sipil Negara, kecuali yang bersangkutan mengambil cuti di luar tanggungan negara;',
        'pernyataan lain yang menjadi syarat kualifikasi dalam Dokumen Pemilihan telah dipenuhi;',
        'data kualifikasi yang dimuat dalam Sistem Informasi Kinerja Penyedia (SIKaP) adalah benar, dan apabila dikemudian hari ditemukan bahwa data/dokumen yang kami sampaikan tidak benar dan ada pemalsuan, maka kami bersedia dikenakan sanksi administratif, sanksi pencantuman dalam Daftar Hitam, gugatan secara perdata, dan/atau pelaporan secara pidana kepada pihak berwenang sesuai dengan ketentuan peraturan perundang-undangan;',
        'perusahaan kami tidak memiliki hubungan afiliasi dengan peserta lain dalam tender ini, baik berupa kepemilikan saham, kepengurusan, maupun hubungan keluarga sampai derajat kedua;',
        'kami bersedia menyediakan personel manajerial dan peralatan utama sebagaimana tercantum dalam dokumen penawaran, dan tidak akan menggantinya tanpa persetujuan Pejabat Penandatangan Kontrak;',
        'kami sanggup memenuhi Sisa Kemampuan Paket (SKP) sebagaimana dipersyaratkan dan saat ini tidak sedang mengerjakan lebih dari 4 (empat) paket pekerjaan konstruksi;',
        'kami telah mempelajari seluruh isi Dokumen Pemilihan beserta adendumnya dan menerima seluruh ketentuan di dalamnya.',
      ];
      items.forEach((t, i) => {
        para(d, `${String.fromCharCode(97 + i)}. ${t}`, { indent: 14 });
        d.moveDown(0.25);
      });
      gap(d, 0.5);
      para(d, 'Demikian pernyataan ini dibuat dengan sebenar-benarnya untuk dapat dipergunakan sebagaimana mestinya.');
      gap(d, 1.2);
      ensure(d, 150);
      const x = R(d) - 230;
      d.text('Surabaya, 21 Juli 2025', x, d.y, { width: 230, align: 'center' });
      d.text('PT CAHAYA NUSA TEKNIK', x, d.y, { width: 230, align: 'center' });
      materai(d, x + 20, d.y + 8);
      d.y += 64;
      d.font('Times-Bold').text('Ir. BAMBANG SUTRISNO', x, d.y, { width: 230, align: 'center', underline: true });
      d.font('Times-Roman').text('Direktur', x, d.y, { width: 230, align: 'center' });
    },
  );

  await make(
    'surat-pernyataan-tabel',
    {
      type: 'surat_pernyataan',
      fields: { signatory_name: 'Ratna Dewi', signatory_role: 'Direktur', company_name: 'CV TIRTA KENCANA', issued_on: '2025-08-05' },
    },
    'Short declaration (tidak pailit / tidak dalam pengawasan pengadilan) whose identity block is a bordered two-column table without colons; mixed case; signature block right-aligned.',
    { margins: { top: 64, bottom: 60, left: 66, right: 66 } },
    (d) => {
      center(d, 'SURAT PERNYATAAN', 'Helvetica-Bold', 13);
      center(d, 'TIDAK PAILIT DAN TIDAK DALAM PENGAWASAN PENGADILAN', 'Helvetica-Bold', 11);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      d.text('Saya yang bertanda tangan di bawah ini:', L(d), d.y);
      d.moveDown(0.4);
      table(
        d,
        [
          { title: 'Uraian', width: 150 },
          { title: 'Keterangan', width: W(d) - 150 },
        ],
        [
          ['Nama', 'Ratna Dewi'],
          ['Jabatan', 'Direktur'],
          ['Bertindak untuk dan atas nama', 'CV TIRTA KENCANA'],
          ['Alamat Perusahaan', 'Jl. Gatot Subroto No. 17, Sei Sikambing B, Medan Sunggal, Kota Medan'],
        ],
        { size: 10.5, pad: 5, headFill: '#eeeeee' },
      );
      d.font('Helvetica').fontSize(10.5);
      para(
        d,
        'menyatakan dengan sesungguhnya bahwa CV TIRTA KENCANA tidak sedang dinyatakan pailit, tidak dalam pengawasan pengadilan, dan kegiatan usahanya tidak sedang dihentikan, serta tidak sedang menjalani sanksi daftar hitam dari instansi mana pun.',
      );
      gap(d, 0.5);
      para(
        d,
        'Apabila di kemudian hari pernyataan ini terbukti tidak benar, saya bersedia menerima sanksi sesuai ketentuan peraturan perundang-undangan.',
      );
      gap(d, 1.5);
      const x = R(d) - 200;
      d.text('Medan, 5 Agustus 2025', x, d.y, { width: 200, align: 'right' });
      d.text('Hormat saya,', x, d.y, { width: 200, align: 'right' });
      materai(d, R(d) - 90, d.y + 8);
      d.y += 60;
      d.font('Helvetica-Bold').text('Ratna Dewi', x, d.y, { width: 200, align: 'right' });
      d.font('Helvetica').text('Direktur', x, d.y, { width: 200, align: 'right' });
    },
  );

  await make(
    'sewa-kantor-pasal',
    { type: 'sewa_kantor', fields: { company_name: 'PT MITRA DATA INFORMATIKA', issued_on: '2023-12-20', valid_until: '2025-12-31' } },
    "Office lease agreement in articles (Pasal): parties block, period 'terhitung sejak tanggal 1 Januari 2024 ... sampai dengan tanggal 31 Desember 2025' with spelled-out dates in brackets, extension clause mentioning another date window, signatures PIHAK PERTAMA/PIHAK KEDUA; two pages.",
    {
      margins: { top: 64, bottom: 64, left: 72, right: 64 },
      font: 'Times-Roman',
      size: 12,
      footer: (d, p) => {
        d.font('Times-Italic')
          .fontSize(8.5)
          .text(`Paraf: PIHAK PERTAMA ____   PIHAK KEDUA ____        hlm. ${p}`, L(d), d.page.height - 40, { width: W(d), align: 'right' });
      },
    },
    (d) => {
      center(d, 'PERJANJIAN SEWA MENYEWA RUANG KANTOR', 'Times-Bold', 13.5);
      center(d, 'Nomor: 012/SMK/XII/2023', 'Times-Roman', 11);
      gap(d, 1);
      d.font('Times-Roman').fontSize(12);
      para(
        d,
        'Pada hari ini, Rabu, tanggal dua puluh bulan Desember tahun dua ribu dua puluh tiga (20-12-2023), bertempat di Jakarta, kami yang bertanda tangan di bawah ini:',
      );
      gap(d, 0.4);
      para(
        d,
        '1. HARIS MUNANDAR, pemilik ruang kantor, bertempat tinggal di Jl. Pegangsaan Timur No. 30, Menteng, Jakarta Pusat, selanjutnya disebut PIHAK PERTAMA;',
        { indent: 12 },
      );
      para(
        d,
        '2. ANISA PUTRI RAHMAWATI, selaku Direktur Utama, bertindak untuk dan atas nama PT MITRA DATA INFORMATIKA, berkedudukan di Jakarta Pusat, selanjutnya disebut PIHAK KEDUA.',
        { indent: 12 },
      );
      gap(d, 0.4);
      para(d, 'Kedua belah pihak sepakat untuk mengadakan perjanjian sewa menyewa ruang kantor dengan ketentuan sebagai berikut:');
      const pasal = (n: number, judul: string, isi: string[]) => {
        gap(d, 0.5);
        ensure(d, 60);
        center(d, `Pasal ${n}`, 'Times-Bold', 12);
        center(d, judul, 'Times-Bold', 12);
        d.font('Times-Roman').fontSize(12);
        for (const t of isi) para(d, t);
      };
      pasal(1, 'OBJEK SEWA', [
        'PIHAK PERTAMA menyewakan kepada PIHAK KEDUA sebuah ruang kantor seluas 120 m2 (seratus dua puluh meter persegi) yang terletak di Gedung Menara Sentosa Lantai 7, Jl. Jend. Sudirman Kav. 12, Karet Tengsin, Tanah Abang, Jakarta Pusat, untuk digunakan sebagai kantor PIHAK KEDUA.',
      ]);
      pasal(2, 'JANGKA WAKTU SEWA', [
        'Perjanjian sewa ini berlangsung selama 2 (dua) tahun, terhitung sejak tanggal 1 Januari 2024 (satu Januari dua ribu dua puluh empat) sampai dengan tanggal 31 Desember 2025 (tiga puluh satu Desember dua ribu dua puluh lima).',
      ]);
      pasal(3, 'HARGA SEWA DAN CARA PEMBAYARAN', [
        '1. Harga sewa disepakati sebesar Rp150.000.000,00 (seratus lima puluh juta Rupiah) per tahun, belum termasuk biaya layanan gedung, listrik, dan telepon.',
        '2. Pembayaran dilakukan di muka untuk setiap tahun sewa paling lambat tanggal 5 Januari tahun berjalan melalui transfer ke rekening PIHAK PERTAMA.',
      ]);
      pasal(4, 'PERPANJANGAN', [
        'Apabila PIHAK KEDUA bermaksud memperpanjang masa sewa, PIHAK KEDUA wajib memberitahukan secara tertulis kepada PIHAK PERTAMA paling lambat 3 (tiga) bulan sebelum berakhirnya jangka waktu sewa, yaitu sebelum tanggal 30 September 2025.',
      ]);
      pasal(5, 'KEWAJIBAN PARA PIHAK', [
        '1. PIHAK PERTAMA menjamin bahwa ruang kantor yang disewakan adalah miliknya yang sah dan bebas dari sengketa.',
        '2. PIHAK KEDUA wajib memelihara ruang kantor dengan baik dan tidak mengubah konstruksi tanpa persetujuan tertulis PIHAK PERTAMA.',
        '3. PIHAK KEDUA dilarang menyewakan kembali ruang kantor kepada pihak lain.',
      ]);
      pasal(6, 'PENYELESAIAN PERSELISIHAN', [
        'Perselisihan yang timbul dari perjanjian ini diselesaikan secara musyawarah; apabila tidak tercapai mufakat, para pihak memilih domisili hukum yang tetap di Kepaniteraan Pengadilan Negeri Jakarta Pusat.',
      ]);
      gap(d, 0.6);
      para(
        d,
        'Demikian perjanjian ini dibuat dalam rangkap 2 (dua), masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama.',
      );
      gap(d, 1.2);
      ensure(d, 130);
      const y = d.y;
      d.text('PIHAK PERTAMA,', L(d), y, { width: 200, align: 'center' });
      d.text('PIHAK KEDUA,', R(d) - 200, y, { width: 200, align: 'center' });
      d.text('PT MITRA DATA INFORMATIKA', R(d) - 200, d.y, { width: 200, align: 'center' });
      materai(d, L(d) + 70, y + 22);
      d.y = y + 80;
      const y2 = d.y;
      d.font('Times-Bold').text('HARIS MUNANDAR', L(d), y2, { width: 200, align: 'center', underline: true });
      d.text('ANISA PUTRI RAHMAWATI', R(d) - 200, y2, { width: 200, align: 'center', underline: true });
      d.font('Times-Roman').text('Direktur Utama', R(d) - 200, d.y, { width: 200, align: 'center' });
    },
  );

  await make(
    'sewa-ruko-tabel-periode',
    { type: 'sewa_kantor', fields: { company_name: 'CV TIRTA KENCANA', issued_on: '2023-06-26', valid_until: '2026-06-30' } },
    "Shop-house (ruko) lease in a short form: the terms sit in a bordered table ('Periode Sewa | 01-07-2023 s/d 30-06-2026', numeric dates), signed 'Medan, 26-06-2023'.",
    { margins: { top: 64, bottom: 60, left: 66, right: 66 } },
    (d) => {
      center(d, 'SURAT PERJANJIAN SEWA RUKO', 'Helvetica-Bold', 13);
      gap(d, 1);
      d.font('Helvetica').fontSize(10.5);
      para(
        d,
        'Kami yang bertanda tangan di bawah ini, SUTRISNO LUBIS selaku pemilik (Pihak Yang Menyewakan) dan RATNA DEWI selaku Direktur CV TIRTA KENCANA (Pihak Penyewa), sepakat mengadakan sewa menyewa dengan ketentuan berikut:',
      );
      gap(d, 0.5);
      table(
        d,
        [
          { title: 'Ketentuan', width: 150 },
          { title: 'Isi', width: W(d) - 150 },
        ],
        [
          ['Pihak Yang Menyewakan', 'SUTRISNO LUBIS'],
          ['Penyewa', 'CV TIRTA KENCANA, diwakili oleh RATNA DEWI (Direktur)'],
          ['Objek Sewa', '1 (satu) unit ruko 2 lantai, Jl. Gatot Subroto No. 17, Kel. Sei Sikambing B, Kec. Medan Sunggal, Kota Medan'],
          ['Peruntukan', 'Kantor dan gudang usaha'],
          ['Periode Sewa', '01-07-2023 s/d 30-06-2026 (3 tahun)'],
          ['Harga Sewa', 'Rp45.000.000,- per tahun, dibayar di muka'],
          ['Jaminan', 'Rp5.000.000,- dikembalikan pada akhir masa sewa'],
        ],
        { size: 10.5, pad: 6, headFill: '#e9e9e9' },
      );
      d.font('Helvetica').fontSize(10.5);
      para(
        d,
        'Biaya listrik, air, dan kebersihan selama masa sewa menjadi tanggung jawab Penyewa. Perjanjian ini dapat diperpanjang atas kesepakatan kedua belah pihak.',
      );
      gap(d, 1.5);
      d.text('Medan, 26-06-2023', L(d), d.y, { width: W(d), align: 'center' });
      d.moveDown(0.5);
      const y = d.y;
      d.text('Yang Menyewakan', L(d), y, { width: 200, align: 'center' });
      d.text('Penyewa', R(d) - 200, y, { width: 200, align: 'center' });
      d.text('CV TIRTA KENCANA', R(d) - 200, d.y, { width: 200, align: 'center' });
      d.y = y + 80;
      const y2 = d.y;
      d.text('SUTRISNO LUBIS', L(d), y2, { width: 200, align: 'center' });
      d.text('RATNA DEWI', R(d) - 200, y2, { width: 200, align: 'center' });
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Image-only scans: pdftoppm -> ImageMagick (the real one, /usr/bin/convert) -> pdf-lib
// ---------------------------------------------------------------------------------------------
interface Scan {
  name: string; // under scans/
  from: string;
  dpi: number;
  rotate?: number; // degrees
  speckle?: number; // 0..1 attenuate for impulse noise
  format: 'jpg' | 'png';
  quality?: number;
}

const IM = process.env.IM_CONVERT ?? '/usr/bin/convert';

async function scan(sc: Scan): Promise<void> {
  const work = `${tmpdir()}/independent-scan-${sc.name.replace(/[^a-z0-9-]/g, '_')}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  execFileSync('pdftoppm', ['-r', String(sc.dpi), '-gray', '-png', `${OUT + sc.from}.pdf`, `${work}/p`]);
  const pages = readdirSync(work)
    .filter((f) => f.startsWith('p') && f.endsWith('.png'))
    .sort();
  const out = await LibDoc.create({ updateMetadata: false });
  out.setCreationDate(FIXED_DATE);
  out.setModificationDate(FIXED_DATE);
  out.setProducer('independent-corpus scan');
  out.setCreator('independent-corpus scan');
  let n = 0;
  for (const pg of pages) {
    n++;
    const dst = `${work}/s${n}.${sc.format}`;
    const args = [`${work}/${pg}`, '-colorspace', 'Gray', '-background', 'white'];
    // alternate the skew direction a little between pages, as a sheet feeder does
    if (sc.rotate) args.push('-rotate', String(n % 2 === 1 ? sc.rotate : -sc.rotate * 0.6), '+repage');
    args.push('-blur', '0x0.5', '-level', '6%,94%');
    if (sc.speckle) args.push('-seed', String(1000 + n), '-attenuate', String(sc.speckle), '+noise', 'Impulse');
    if (sc.format === 'png') args.push('-threshold', '62%', '-type', 'Bilevel');
    else args.push('-quality', String(sc.quality ?? 60), '-sampling-factor', '1x1');
    args.push('-strip', dst);
    execFileSync(IM, args);
    const bytes = readFileSync(dst);
    const img = sc.format === 'png' ? await out.embedPng(bytes) : await out.embedJpg(bytes);
    const w = (img.width * 72) / sc.dpi;
    const h = (img.height * 72) / sc.dpi;
    const page = out.addPage([w, h]);
    page.drawImage(img, { x: 0, y: 0, width: w, height: h });
  }
  const bytes = await out.save({ useObjectStreams: false });
  mkdirSync(`${OUT}scans`, { recursive: true });
  writeFileSync(`${OUT}scans/${sc.name}.pdf`, bytes);
  rmSync(work, { recursive: true, force: true });
  const src = expected[sc.from];
  if (!src) throw new Error(`no expectation for ${sc.from}`);
  expected[`scans/${sc.name}`] = { type: src.type, fields: JSON.parse(JSON.stringify(src.fields)) };
  const how = [
    `${sc.dpi} dpi`,
    sc.rotate ? `skewed ${sc.rotate} deg` : 'straight',
    sc.speckle ? `impulse speckle ${sc.speckle}` : 'no speckle',
    sc.format === 'png' ? 'bilevel PNG' : `grey JPEG q${sc.quality ?? 60}`,
  ];
  notes[`scans/${sc.name}`] =
    `Image-only scan of ${sc.from}.pdf (${pages.length} page${pages.length > 1 ? 's' : ''}): ${how.join(', ')}. No text layer.`;
}

const SCANS: Scan[] = [
  { name: 'ktp-150dpi', from: 'ktp-laki-seumur-hidup', dpi: 150, speckle: 0.15, format: 'jpg', quality: 65 },
  { name: 'ktp-lama-200dpi-miring', from: 'ktp-lama-nik-spasi', dpi: 200, rotate: -1.5, speckle: 0.3, format: 'jpg', quality: 55 },
  { name: 'nib-rba-lampiran-120dpi-miring', from: 'nib-rba-lampiran-2hal', dpi: 120, rotate: 1, format: 'jpg', quality: 60 },
  { name: 'nib-oss11-150dpi', from: 'nib-oss11-pt', dpi: 150, speckle: 0.2, format: 'jpg', quality: 55 },
  {
    name: 'akta-pt-150dpi-miring-bintik',
    from: 'akta-pendirian-pt-direktur-baris-bawah',
    dpi: 150,
    rotate: -1,
    speckle: 0.35,
    format: 'jpg',
    quality: 50,
  },
  { name: 'akta-cv-100dpi', from: 'akta-pendirian-cv-persero', dpi: 100, format: 'jpg', quality: 70 },
  { name: 'skt-130dpi-miring-2', from: 'skt-npwp-titik', dpi: 130, rotate: 2, format: 'jpg', quality: 60 },
  { name: 'kswp-valid-200dpi', from: 'kswp-surat-valid', dpi: 200, rotate: 0.8, speckle: 0.25, format: 'jpg', quality: 55 },
  { name: 'bpe-email-100dpi', from: 'bpe-email-1770s', dpi: 100, format: 'jpg', quality: 65 },
  { name: 'surat-kuasa-150dpi-bintik', from: 'surat-kuasa-blok-isian', dpi: 150, rotate: -2, speckle: 0.5, format: 'jpg', quality: 50 },
  { name: 'pakta-180dpi-bilevel', from: 'pakta-integritas-spse', dpi: 180, rotate: 1.2, format: 'png' },
  { name: 'sbu-sampul-130dpi', from: 'sbu-pbumku-sampul', dpi: 130, rotate: -0.7, speckle: 0.2, format: 'jpg', quality: 60 },
];

// MAIN-PLACEHOLDER
const README_HEAD = `# Independent test corpus

Documents laid out **independently of the project's parsers**: the author of this set did not read
\`src/\`, \`rules/\`, \`scripts/fixtures/\`, \`test/\` or \`fixtures/corpus/*.pdf\`. The layouts come only from
the facts in \`shared/reference/real-layouts.md\` (with \`domain.md\` for context), in the author's own
wording. All people, firms and numbers are fictitious (NIKs and NIBs are internally consistent:
NIK = area + DDMMYY with women's day + 40; an OSS-RBA NIB starts with its issue date DDMMYY).

Use it to measure how well the field readers do on documents they were not tuned on.

## Files

- \`*.pdf\`: text-layer PDFs made with pdfkit (standard fonts, no embedded fonts), several multi-page.
- \`scans/*.pdf\`: image-only PDFs (no text layer) made from some of the above: \`pdftoppm -gray\` at
  100-200 dpi, then ImageMagick (grey, slight blur, levels, optional 0.7-2 degree skew alternating per
  page, optional seeded impulse speckle, JPEG or bilevel PNG), wrapped into a PDF with pdf-lib.
- \`expected.json\`: for each document (key = path without \`.pdf\`, e.g. \`scans/ktp-150dpi\`)
  \`{ "type": ..., "fields": { ... } }\`: what a careful human reads from the page.

Regenerate with \`npx tsx scripts/independent/make.ts\` (needs \`pdftoppm\` from poppler-utils and the real
ImageMagick \`convert\` at \`/usr/bin/convert\`, or set \`IM_CONVERT\`). The output is deterministic: fixed
PDF dates and IDs, seeded noise; the committed bytes are the reference.

## Conventions in expected.json

- Only fields really printed on the document are listed. A missing field means "not printed"
  (e.g. no \`kbli_risk\` when KBLI codes are a bare comma list; no \`valid_until\` on a KTP "SEUMUR HIDUP").
- \`npwp\`: a 15-digit NPWP is given in the dotted form \`99.999.999.9-999.999\` whether it is printed dotted or
  as 15 bare digits; 16-digit NPWPs (badan with leading 0, or NIK) are given as digits. Where a 22-digit
  NITKU is printed beside the NPWP, \`npwp\` is the 16-digit NPWP (the NITKU is not a field).
- \`nik\`: 16 digits without spaces even when printed in groups.
- \`kbli\`: 5-digit codes in printed order; \`kbli_risk\`: code -> risk level as printed (Rendah / Menengah
  Rendah / Menengah Tinggi / Tinggi), also when the level wraps over two lines in a narrow column.
- Names (\`director\`, \`signatory_name\`, \`attorney_name\`): without the honorific (Tuan, Nyonya, Nona, Sdr.)
  **and without academic titles or degrees** (Ir./Insinyur, Drs./Doktorandus, Sarjana Ekonomi, S.H., S.STP),
  in the case printed. \`director\` lists the directors in office after the deed (for an amendment deed: the
  new board, not the discharged director; komisaris and persero komanditer are not directors; for a CV the
  Persero Pengurus (Direktur)).
- \`issued_on\` is the issue date of the document itself, never a print date, forward date, or an older
  date cited in the text:
  NIB/SBU: "Diterbitkan ... tanggal"; akta: the deed date in the opening (not the AHU decree date);
  BPE: "Tanggal Penyampaian"; KSWP: the letter / confirmation date; SKT: the letter date (not "Tanggal
  Mulai Terdaftar", which differs by a day in \`skt-npwp-polos-cv\` and by two years in \`skt-npwp-titik\`); KTP: the date under the photo;
  letters (kuasa, pakta, pernyataan, domisili): the place-date line; leases: the signing date.
  NPWP cards print only "Tanggal Terdaftar", which is not taken as an issue date.
- \`valid_until\`: the last day of validity when printed (lease end date, SIUP/TDP/domisili expiry, old KTP
  "Berlaku Hingga", SBU "Masa Berlaku" end).
- \`company_name\`: the firm the document is about or acts for (for a lease: the tenant). Not given for
  documents about a natural person (KTP, individual BPE/NPWP).
- \`signatory_role\`: as printed under the signature.

## Documents
`;

async function main(): Promise<void> {
  await nibs();
  await oss11();
  await tax();
  await ktps();
  await deeds();
  await others();
  for (const sc of SCANS) await scan(sc);
  const keys = Object.keys(expected).sort();
  const sorted = Object.fromEntries(keys.map((k) => [k, expected[k]]));
  writeFileSync(`${OUT}expected.json`, `${JSON.stringify(sorted, null, 2)}\n`);
  const rows = keys.map(
    (k) => `| \`${k}\` | ${expected[k]!.type} | ${Object.keys(expected[k]!.fields).join(', ')} | ${notes[k]!.replace(/\|/g, '/')} |`,
  );
  const text =
    README_HEAD +
    `\n${keys.filter((k) => !k.startsWith('scans/')).length} text-layer documents and ${keys.filter((k) => k.startsWith('scans/')).length} scans.\n\n| Document | Type | Fields | What it varies |\n|---|---|---|---|\n` +
    rows.join('\n') +
    '\n';
  writeFileSync(`${OUT}README.md`, text);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
