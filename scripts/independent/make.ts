// Generator of the independent test corpus (fixtures/independent). Run: npx tsx scripts/independent/make.ts
// Written from shared/reference/real-layouts.md only, without looking at the project's parsers or fixtures.
import PDFDocument from "pdfkit";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export type Doc = PDFKit.PDFDocument;

const FIXED_DATE = new Date(Date.UTC(2025, 0, 15, 8, 0, 0));

export const OUT = new URL("../../fixtures/independent/", import.meta.url).pathname;

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
export async function make(
  name: string,
  exp: Expectation,
  note: string,
  opts: MakeOpts,
  draw: (d: Doc) => void,
): Promise<void> {
  const doc = new PDFDocument({
    size: "A4",
    margins: opts.margins ?? { top: 60, bottom: 60, left: 60, right: 60 },
    bufferPages: true,
    compress: true,
    info: {
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
      Producer: "independent-corpus",
      Creator: "independent-corpus",
      Title: opts.title ?? name,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res) => doc.on("end", () => res()));
  doc.font(opts.font ?? "Helvetica").fontSize(opts.size ?? 10.5);
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
  const file = OUT + name + ".pdf";
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

export function center(d: Doc, text: string, f = "Helvetica-Bold", s = 12): void {
  const of = (d as any)._font?.name;
  const os = (d as any)._fontSize;
  d.font(f).fontSize(s).text(text, L(d), d.y, { width: W(d), align: "center" });
  d.font(of ?? "Helvetica").fontSize(os);
  d.x = L(d);
}

export function para(d: Doc, text: string, o: PDFKit.Mixins.TextOptions & { indent?: number } = {}): void {
  const x = L(d) + (o.indent ?? 0);
  d.text(text, x, d.y, { width: R(d) - x, align: "justify", ...o });
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
  const cur = (d as any)._font?.name ?? "Helvetica";
  const lh = d.heightOfString(value || " ", { width: R(d) - (x + lw + 10) });
  ensure(d, lh + 2);
  const y = d.y;
  if (o.lfont) d.font(o.lfont);
  d.text(label, x, y, { width: lw - 6 });
  const y1 = d.y;
  d.font(cur);
  d.text(o.colon ?? ":", x + lw, y, { lineBreak: false });
  if (o.vfont) d.font(o.vfont);
  d.text(value, x + lw + 10, y, { width: R(d) - (x + lw + 10) });
  d.font(cur);
  d.y = Math.max(y1, d.y) + 1;
  d.x = L(d);
}

/** Label on one line, value indented on the next line. */
export function nextLine(d: Doc, label: string, value: string, o: { indent?: number; vfont?: string } = {}): void {
  ensure(d, 30);
  const cur = (d as any)._font?.name ?? "Helvetica";
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
  align?: "left" | "center" | "right";
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
    if (fill) d.rect(x0, y, total, h).fill(fill).fillColor("black");
    let x = x0;
    cells.forEach((c, i) => {
      d.text(c, x + pad, y + pad, { width: cols[i]!.width - 2 * pad, align: cols[i]!.align ?? "left" });
      if (o.borders !== false) d.rect(x, y, cols[i]!.width, h).lineWidth(0.6).stroke();
      x += cols[i]!.width;
    });
    if (o.borders === false && fill === undefined && f === (o.headFont ?? "Helvetica-Bold")) {
      d.moveTo(x0, y + h).lineTo(x0 + total, y + h).lineWidth(0.6).stroke();
    }
    d.y = y + h;
    return h;
  };
  const rowHeight = (cells: string[]) => {
    d.font(o.bodyFont ?? "Helvetica").fontSize(size);
    return Math.max(...cells.map((c, i) => d.heightOfString(c, { width: cols[i]!.width - 2 * pad }))) + 2 * pad;
  };
  const head = () => drawRow(cols.map((c) => c.title), o.headFont ?? "Helvetica-Bold", o.headFill);
  head();
  for (const r of rows) {
    if (d.y + rowHeight(r) > BOTTOM(d)) {
      d.addPage();
      d.y = d.page.margins.top;
      if (o.repeatHead !== false) head();
    }
    drawRow(r, o.bodyFont ?? "Helvetica");
  }
  d.font("Helvetica").fontSize(10.5);
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
    d.rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell).fill("black");
    d.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell).fill("white");
    d.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell).fill("black");
  };
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const inFinder = (i < 8 && j < 8) || (i < 8 && j >= n - 8) || (i >= n - 8 && j < 8);
      if (!inFinder && rnd()) d.rect(x + i * cell, y + j * cell, cell, cell).fill("black");
    }
  finder(0, 0);
  finder(n - 7, 0);
  finder(0, n - 7);
  d.fillColor("black");
}

/** Notarial text: Courier, wrapped at a fixed count and padded with dashes to the margin. */
export function notarial(d: Doc, text: string, o: { cols?: number; indent?: number; size?: number } = {}): void {
  const size = o.size ?? 11;
  d.font("Courier").fontSize(size);
  const charW = size * 0.6;
  const indent = o.indent ?? 0;
  const cols = o.cols ?? Math.floor((W(d) - indent) / charW) - 1;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    if (cur.length === 0) cur = w;
    else if (cur.length + 1 + w.length <= cols) cur += " " + w;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  for (const ln of lines) {
    ensure(d, size * 1.6);
    const padded = ln.length < cols - 1 ? ln + "-".repeat(cols - ln.length) : ln;
    d.text(padded, L(d) + indent, d.y, { lineBreak: false });
    d.y += size * 0.45;
    d.x = L(d);
  }
}

/** Signature block at a given x. */
export function signBlock(d: Doc, x: number, lines: string[], o: { underlineIndex?: number; gapAt?: number; gapH?: number; width?: number } = {}): void {
  let y = d.y;
  const width = o.width ?? 200;
  lines.forEach((ln, i) => {
    if (i === o.gapAt) y += o.gapH ?? 50;
    d.text(ln, x, y, { width, align: "center", underline: i === o.underlineIndex });
    y = d.y;
  });
  d.x = L(d);
}

// ---------------------------------------------------------------------------------------------
// Shared text
// ---------------------------------------------------------------------------------------------
const OSS_FOOTER = [
  "1. Dokumen ini diterbitkan sistem OSS berdasarkan data dari Pelaku Usaha, tersimpan dalam sistem OSS, yang menjadi tanggung jawab Pelaku Usaha.",
  "2. Dalam hal terjadi kekeliruan isi dokumen ini akan dilakukan perbaikan sebagaimana mestinya.",
  "3. Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE-BSSN.",
  "4. Data lengkap Perizinan Berusaha dapat diperoleh melalui sistem OSS menggunakan hak akses.",
];

function ossFooterBox(d: Doc, compact = false): void {
  const size = compact ? 6.5 : 7.2;
  d.font("Helvetica").fontSize(size);
  const text = OSS_FOOTER.join("\n");
  const h = d.heightOfString(text, { width: W(d) - 12 }) + 10;
  const y = d.page.height - 30 - h;
  d.rect(L(d), y, W(d), h).lineWidth(0.5).stroke();
  d.text(text, L(d) + 6, y + 5, { width: W(d) - 12 });
}

const NIB_CLAUSE =
  "NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan kegiatan usaha dan berlaku sebagai Angka Pengenal Impor (API-U), hak akses kepabeanan, pendaftaran kepesertaan jaminan sosial kesehatan dan jaminan sosial ketenagakerjaan, serta bukti pemenuhan laporan pertama Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP).";

type Kbli = [code: string, title: string, risk: string];

interface NibRba {
  name: string;
  nib: string;
  company: string;
  address: string[];
  skala: string;
  phone: string;
  email: string;
  uu: "11/2020" | "6/2023";
  issued: string; // as printed
  printed: string; // as printed
  kbli: Kbli[];
  mode: "table" | "comma" | "kodejudul";
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
          d.font("Helvetica").fontSize(8).text(`Halaman ${p} dari ${n}`, L(d), d.page.height - 24, { width: W(d), align: "right" });
        }
      },
      header: (d) => {
        if (o.printedOnTop) {
          d.font("Helvetica").fontSize(8).text(`Dicetak tanggal: ${o.printed}`, L(d), 30, { width: W(d), align: "right" });
        }
      },
    },
    (d) => {
      d.fontSize(o.fontSize ?? 10.5);
      center(d, "PEMERINTAH REPUBLIK INDONESIA", "Helvetica-Bold", 13);
      center(d, "PERIZINAN BERUSAHA BERBASIS RISIKO", "Helvetica-Bold", 12);
      center(d, `NOMOR INDUK BERUSAHA: ${o.nib}`, "Helvetica-Bold", 12);
      gap(d, 1);
      d.font("Helvetica").fontSize(o.fontSize ?? 10.5);
      const uu = o.uu === "11/2020" ? "Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja" : "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang";
      para(d, `Berdasarkan ${uu}, Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:`);
      gap(d, 0.6);
      const lw = 215;
      kv(d, cap("1. Nama Pelaku Usaha"), o.company, { lw });
      kv(d, cap("2. Alamat Kantor"), o.address.join("\n"), { lw });
      kv(d, cap("3. Status Penanaman Modal"), "PMDN", { lw });
      if (o.mode === "comma") {
        kv(d, cap("4. Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI)"), o.kbli.map((k) => k[0]).join(", "), { lw });
      } else {
        kv(d, cap("4. Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI)"), "Lihat Lampiran", { lw });
      }
      kv(d, cap("5. Skala Usaha"), o.skala, { lw });
      kv(d, cap("6. Nomor Telepon Seluler"), o.phone, { lw });
      kv(d, cap("7. Email"), o.email, { lw });
      gap(d, 0.8);
      para(d, NIB_CLAUSE);
      gap(d, 1.2);
      const sx = R(d) - 230;
      d.text(`Diterbitkan di Jakarta, tanggal: ${o.issued}`, sx, d.y, { width: 230 });
      d.moveDown(0.4);
      d.text("Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal,", sx, d.y, { width: 230 });
      d.moveDown(0.4);
      fakeQr(d, sx + 70, d.y, 70, o.nib);
      d.y += 76;
      d.text("Ditandatangani secara elektronik", sx, d.y, { width: 230, align: "center" });
      d.x = L(d);
      if (!o.printedOnTop) {
        d.moveDown(1.5);
        d.fontSize(8.5).text(`Dicetak tanggal: ${o.printed}`, L(d), d.y);
        d.fontSize(o.fontSize ?? 10.5);
      }
      if (o.mode === "comma") return;
      // Lampiran
      d.addPage();
      center(d, "LAMPIRAN", "Helvetica-Bold", 12);
      center(d, "PERIZINAN BERUSAHA BERBASIS RISIKO", "Helvetica-Bold", 11);
      center(d, `NOMOR INDUK BERUSAHA: ${o.nib}`, "Helvetica-Bold", 11);
      gap(d, 0.8);
      d.font("Helvetica").fontSize(o.fontSize ?? 10.5);
      para(d, "Lampiran berikut ini memuat daftar bidang usaha untuk :");
      kv(d, cap("Nama Pelaku Usaha"), o.company, { lw: 150 });
      gap(d, 0.5);
      if (o.mode === "table") {
        table(
          d,
          [
            { title: "No", width: 30, align: "center" },
            { title: "Kode", width: 52, align: "center" },
            { title: "Judul KBLI", width: o.narrowRisk ? 330 : 285 },
            { title: "Risiko", width: o.narrowRisk ? 59 : 104 },
          ],
          o.kbli.map((k, i) => [String(i + 1), k[0], o.caps ? k[1].toUpperCase() : k[1], k[2]]),
          { borders: o.borders !== false, headFill: o.borders === false ? undefined : "#dddddd", size: o.tableSize ?? 9.5, pad: o.tablePad ?? 4 },
        );
      } else {
        o.kbli.forEach((k, i) => {
          ensure(d, 34);
          d.font("Helvetica-Bold").text(`${i + 1}. ${k[0]} - ${k[1]}`, L(d), d.y, { width: W(d) });
          d.font("Helvetica").text(`Tingkat Risiko : ${k[2]}`, L(d) + 16, d.y);
          d.moveDown(0.4);
          d.x = L(d);
        });
      }
      ensure(d, 60);
      para(d, "Dengan ketentuan bahwa NIB tersebut hanya berlaku untuk kode dan judul KBLI yang tercantum dalam lampiran ini.");
      gap(d, 0.5);
      para(d, "Lampiran ini merupakan bagian tidak terpisah dari dokumen NIB tersebut.");
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
  ["41011", "Konstruksi Gedung Hunian", "Menengah Tinggi"],
  ["41012", "Konstruksi Gedung Perkantoran", "Menengah Tinggi"],
  ["41013", "Konstruksi Gedung Industri", "Tinggi"],
  ["41014", "Konstruksi Gedung Perbelanjaan", "Menengah Tinggi"],
  ["41015", "Konstruksi Gedung Kesehatan", "Tinggi"],
  ["41016", "Konstruksi Gedung Pendidikan", "Menengah Tinggi"],
  ["41017", "Konstruksi Gedung Penginapan", "Menengah Tinggi"],
  ["41018", "Konstruksi Gedung Tempat Hiburan dan Olahraga", "Menengah Tinggi"],
  ["41019", "Konstruksi Gedung Lainnya", "Menengah Rendah"],
  ["42101", "Konstruksi Bangunan Sipil Jalan", "Tinggi"],
  ["42102", "Konstruksi Bangunan Sipil Jembatan, Jalan Layang, Fly Over, dan Underpass", "Tinggi"],
  ["42201", "Konstruksi Jaringan Irigasi, Komunikasi, dan Limbah", "Menengah Tinggi"],
  ["42911", "Konstruksi Bangunan Sipil Pengolahan Air Bersih", "Menengah Tinggi"],
  ["43110", "Pembongkaran", "Menengah Rendah"],
  ["43120", "Penyiapan Lahan", "Menengah Rendah"],
  ["43211", "Instalasi Listrik", "Menengah Rendah"],
  ["43221", "Instalasi Saluran Air (Plambing)", "Menengah Rendah"],
  ["43222", "Instalasi Pemanas dan Geotermal", "Menengah Tinggi"],
  ["43302", "Pengerjaan Lantai, Dinding, Peralatan Saniter dan Plafon", "Rendah"],
  ["43303", "Pengecatan", "Rendah"],
  ["43304", "Pengerjaan Interior", "Rendah"],
  ["43901", "Pemasangan Pondasi dan Tiang Pancang", "Menengah Tinggi"],
  ["46630", "Perdagangan Besar Bahan dan Barang Konstruksi", "Rendah"],
  ["71102", "Aktivitas Keinsinyuran dan Konsultasi Teknis Yang Berhubungan Dengan Itu", "Menengah Rendah"],
];

const TI: Kbli[] = [
  ["62019", "Aktivitas Pemrograman Komputer Lainnya", "Rendah"],
  ["62021", "Aktivitas Konsultasi Keamanan Informasi", "Rendah"],
  ["62029", "Aktivitas Konsultasi Komputer dan Manajemen Fasilitas Komputer Lainnya", "Rendah"],
  ["62090", "Aktivitas Teknologi Informasi dan Jasa Komputer Lainnya", "Rendah"],
  ["63111", "Aktivitas Pengolahan Data", "Menengah Rendah"],
  ["63112", "Aktivitas Hosting dan Yang Berhubungan Dengan Itu", "Menengah Rendah"],
  ["63122", "Portal Web dan/atau Platform Digital Dengan Tujuan Komersial", "Menengah Tinggi"],
  ["46511", "Perdagangan Besar Komputer dan Perlengkapan Komputer", "Rendah"],
  ["46512", "Perdagangan Besar Piranti Lunak", "Rendah"],
  ["46521", "Perdagangan Besar Peralatan Telekomunikasi", "Rendah"],
  ["47413", "Perdagangan Eceran Alat Telekomunikasi", "Rendah"],
  ["61100", "Aktivitas Telekomunikasi Dengan Kabel", "Tinggi"],
  ["61200", "Aktivitas Telekomunikasi Tanpa Kabel", "Tinggi"],
  ["73100", "Periklanan", "Rendah"],
  ["74100", "Aktivitas Perancangan Khusus", "Rendah"],
  ["82110", "Aktivitas Penyedia Gabungan Jasa Penunjang Fasilitas", "Rendah"],
  ["85499", "Pendidikan Lainnya Swasta", "Menengah Rendah"],
  ["95110", "Reparasi Komputer dan Peralatan Sejenisnya", "Rendah"],
  ["95120", "Reparasi Peralatan Komunikasi", "Rendah"],
  ["33120", "Reparasi Mesin Untuk Keperluan Umum", "Rendah"],
  ["43211", "Instalasi Listrik", "Menengah Rendah"],
  ["58200", "Penerbitan Piranti Lunak (Software)", "Rendah"],
];

const TEKNIK: Kbli[] = [
  ["42101", "Konstruksi Bangunan Sipil Jalan", "Tinggi"],
  ["42102", "Konstruksi Bangunan Sipil Jembatan, Jalan Layang, Fly Over, dan Underpass", "Tinggi"],
  ["42201", "Konstruksi Jaringan Irigasi, Komunikasi, dan Limbah", "Menengah Tinggi"],
  ["42919", "Konstruksi Bangunan Sipil Lainnya YTDL", "Menengah Tinggi"],
  ["43120", "Penyiapan Lahan", "Menengah Rendah"],
  ["43211", "Instalasi Listrik", "Menengah Rendah"],
  ["43212", "Instalasi Telekomunikasi", "Menengah Rendah"],
  ["43291", "Instalasi Navigasi Laut dan Sungai", "Menengah Tinggi"],
  ["43299", "Instalasi Lainnya YTDL", "Menengah Rendah"],
  ["43303", "Pengecatan", "Rendah"],
  ["43901", "Pemasangan Pondasi dan Tiang Pancang", "Menengah Tinggi"],
  ["43902", "Pemasangan Perancah (Steiger)", "Menengah Rendah"],
  ["46630", "Perdagangan Besar Bahan dan Barang Konstruksi", "Rendah"],
  ["46691", "Perdagangan Besar Pupuk dan Produk Agrokimia", "Menengah Rendah"],
  ["49431", "Angkutan Bermotor Untuk Barang Umum", "Menengah Rendah"],
  ["77100", "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mobil, Bus, Truk dan Sejenisnya", "Rendah"],
  ["77392", "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mesin dan Peralatan Konstruksi dan Teknik Sipil", "Rendah"],
  ["71101", "Aktivitas Arsitektur", "Menengah Rendah"],
  ["71102", "Aktivitas Keinsinyuran dan Konsultasi Teknis Yang Berhubungan Dengan Itu", "Menengah Rendah"],
  ["71201", "Uji Laboratorium Teknik", "Menengah Rendah"],
];

const DAGANG: Kbli[] = [
  ["46201", "Perdagangan Besar Padi dan Palawija", "Rendah"],
  ["46311", "Perdagangan Besar Beras", "Rendah"],
  ["46319", "Perdagangan Besar Bahan Makanan dan Minuman Hasil Pertanian Lainnya", "Rendah"],
  ["46900", "Perdagangan Besar Berbagai Macam Barang", "Rendah"],
  ["47111", "Perdagangan Eceran Berbagai Macam Barang Yang Utamanya Makanan, Minuman Atau Tembakau Di Minimarket/Supermarket/Hypermarket", "Menengah Rendah"],
  ["49431", "Angkutan Bermotor Untuk Barang Umum", "Menengah Rendah"],
  ["52101", "Pergudangan dan Penyimpanan", "Menengah Tinggi"],
  ["10611", "Industri Penggilingan Padi dan Penyosohan Beras", "Tinggi"],
];

async function nibs(): Promise<void> {
  const k1 = KONSTRUKSI;
  await nibRba(
    {
      name: "nib-rba-lampiran-2hal",
      nib: "2103230004517",
      company: "PT GRAHA RAYA KONSTRUKSI",
      address: ["Jl. Raya Kalimalang No. 88", "Desa/Kelurahan Cipinang Melayu, Kec. Makasar,", "Kota Adm. Jakarta Timur, Provinsi DKI Jakarta"],
      skala: "Usaha Kecil",
      phone: "081310045517",
      email: "admin@grahakonstruksi.co.id",
      uu: "11/2020",
      issued: "21 Maret 2023",
      printed: "5 Februari 2025",
      kbli: k1,
      mode: "table",
      tableSize: 10.5,
      tablePad: 8,
    },
    { type: "nib", fields: { nib: "2103230004517", company_name: "PT GRAHA RAYA KONSTRUKSI", issued_on: "2023-03-21", kbli: codes(k1), kbli_risk: risks(k1) } },
    "OSS-RBA, UU 11/2020, mixed-case numbered colon fields; 24-row bordered Lampiran table that continues onto a third page with the header repeated; issue date and a later print date.",
  );
  await nibRba(
    {
      name: "nib-rba-kapital-uu6",
      nib: "0702240013392",
      company: "PT MITRA DATA INFORMATIKA",
      address: ["GEDUNG MENARA SENTOSA LT. 7, JL. JEND. SUDIRMAN KAV. 12", "DESA/KELURAHAN KARET TENGSIN, KEC. TANAH ABANG,", "KOTA ADM. JAKARTA PUSAT, PROVINSI DKI JAKARTA"],
      skala: "USAHA MENENGAH",
      phone: "081977013392",
      email: "legal@mitradata.id",
      uu: "6/2023",
      issued: "7 Februari 2024",
      printed: "19 Agustus 2025",
      kbli: TI,
      mode: "table",
      caps: true,
      pageNumbers: true,
      fontSize: 11,
      tableSize: 11,
      tablePad: 8,
    },
    { type: "nib", fields: { nib: "0702240013392", company_name: "PT MITRA DATA INFORMATIKA", issued_on: "2024-02-07", kbli: codes(TI), kbli_risk: risks(TI) } },
    "OSS-RBA citing UU 6/2023; ALL-CAPS labels and KBLI titles; 'Halaman x dari y' footer; 22 KBLI rows over two Lampiran pages; NIB starts with 0.",
  );
  const comma: Kbli[] = [
    ["36000", "", ""],
    ["42201", "", ""],
    ["43221", "", ""],
    ["46521", "", ""],
  ];
  await nibRba(
    {
      name: "nib-rba-kbli-koma",
      nib: "1105220031176",
      company: "CV TIRTA KENCANA",
      address: ["Jl. Gatot Subroto No. 17 RT 003 RW 005", "Desa/Kelurahan Sei Sikambing B, Kec. Medan Sunggal,", "Kota Medan, Provinsi Sumatera Utara"],
      skala: "Usaha Mikro",
      phone: "081260031176",
      email: "tirtakencana.mdn@gmail.com",
      uu: "11/2020",
      issued: "11 Mei 2022",
      printed: "3 Januari 2024",
      kbli: comma,
      mode: "comma",
    },
    { type: "nib", fields: { nib: "1105220031176", company_name: "CV TIRTA KENCANA", issued_on: "2022-05-11", kbli: codes(comma) } },
    "OSS-RBA single page, KBLI printed as a comma list on the field line (no Lampiran, so no risk levels).",
  );
  await nibRba(
    {
      name: "nib-rba-kode-judul",
      nib: "2809210045023",
      company: "CV SINAR PADI LESTARI",
      address: ["Dusun Krajan RT 002 RW 001", "Desa/Kelurahan Sukorejo, Kec. Gending,", "Kab. Probolinggo, Provinsi Jawa Timur"],
      skala: "Usaha Kecil",
      phone: "085233045023",
      email: "sinarpadi.lestari@yahoo.co.id",
      uu: "11/2020",
      issued: "28 September 2021",
      printed: "14 Juni 2024",
      kbli: DAGANG,
      mode: "kodejudul",
    },
    { type: "nib", fields: { nib: "2809210045023", company_name: "CV SINAR PADI LESTARI", issued_on: "2021-09-28", kbli: codes(DAGANG), kbli_risk: risks(DAGANG) } },
    "OSS-RBA whose Lampiran lists 'kode - judul' lines with 'Tingkat Risiko : ...' on the following line instead of a table.",
  );
  await nibRba(
    {
      name: "nib-rba-cetak-atas",
      nib: "0410230007781",
      company: "PT CAHAYA NUSA TEKNIK",
      address: ["Jl. Rungkut Industri III No. 45", "Desa/Kelurahan Kali Rungkut, Kec. Rungkut,", "Kota Surabaya, Provinsi Jawa Timur"],
      skala: "Usaha Kecil",
      phone: "082140007781",
      email: "cahayanusa.teknik@gmail.com",
      uu: "11/2020",
      issued: "4 Oktober 2023",
      printed: "30 Januari 2025",
      kbli: TEKNIK,
      mode: "table",
      printedOnTop: true,
      narrowRisk: true,
      borders: false,
    },
    { type: "nib", fields: { nib: "0410230007781", company_name: "PT CAHAYA NUSA TEKNIK", issued_on: "2023-10-04", kbli: codes(TEKNIK), kbli_risk: risks(TEKNIK) } },
    "OSS-RBA with 'Dicetak tanggal' in the running page header of every page; borderless Lampiran table with a narrow Risiko column so 'Menengah Rendah'/'Menengah Tinggi' wrap onto two lines; 20 rows over two pages.",
  );
}


// ---------------------------------------------------------------------------------------------
// OSS 1.1 NIB, izin usaha, TDP, domisili
// ---------------------------------------------------------------------------------------------
async function oss11(): Promise<void> {
  const k11: [string, string][] = [
    ["46100", "Perdagangan Besar Atas Dasar Balas Jasa (Fee) Atau Kontrak"],
    ["46491", "Perdagangan Besar Alat Tulis dan Gambar"],
    ["46591", "Perdagangan Besar Mesin, Peralatan dan Perlengkapannya"],
    ["47592", "Perdagangan Eceran Perabot Rumah Tangga"],
    ["82190", "Aktivitas Fotokopi, Penyiapan Dokumen dan Aktivitas Khusus Penunjang Kantor Lainnya"],
  ];
  await make(
    "nib-oss11-pt",
    {
      type: "nib",
      fields: { nib: "9120203651884", npwp: "02.715.883.4-431.000", company_name: "PT BINTANG TIGA SEMESTA", issued_on: "2019-07-22", kbli: k11.map((k) => k[0]) },
    },
    "OSS 1.1 'FORMAT NIB NON PERSEORANGAN' (PP 24/2018 preamble), colon fields with NPWP in dotted form, KBLI on a second page as 'kode : nama' list without risk, note that NIB is also TDP/API.",
    { margins: { top: 60, bottom: 60, left: 70, right: 70 }, font: "Times-Roman", size: 11.5 },
    (d) => {
      d.font("Times-Roman").fontSize(8).text("FORMAT NIB NON PERSEORANGAN", L(d), 40, { width: W(d), align: "right" });
      d.y = 70;
      center(d, "PEMERINTAH REPUBLIK INDONESIA", "Times-Bold", 14);
      center(d, "NOMOR INDUK BERUSAHA (NIB)", "Times-Bold", 14);
      center(d, "9120203651884", "Times-Bold", 16);
      gap(d, 1);
      d.font("Times-Roman").fontSize(11.5);
      para(d, "Berdasarkan ketentuan Pasal 24 ayat (1) Peraturan Pemerintah Nomor 24 Tahun 2018 tentang Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik, Lembaga OSS menerbitkan NIB kepada :");
      gap(d, 0.6);
      const lw = 190;
      kv(d, "Nama Perusahaan", "PT BINTANG TIGA SEMESTA", { lw });
      kv(d, "Alamat Kantor/Korespondensi", "Jl. Soekarno-Hatta No. 512, Kel. Batununggal, Kec. Bandung Kidul, Kota Bandung, Jawa Barat 40266", { lw });
      kv(d, "NPWP", "02.715.883.4-431.000", { lw });
      kv(d, "Nomor Telepon", "022-7512398", { lw });
      kv(d, "Email", "bintangtiga.smt@gmail.com", { lw });
      kv(d, "Kode dan Nama KBLI", "Lihat Lampiran", { lw });
      kv(d, "Status Penanaman Modal", "PMDN", { lw });
      kv(d, "Jenis API", "API-U", { lw });
      kv(d, "Akses Kepabeanan", "Ya", { lw });
      gap(d, 1);
      d.text("Diterbitkan di Jakarta, tanggal: 22 Juli 2019", R(d) - 240, d.y, { width: 240 });
      d.text("a.n. Menteri/Kepala Lembaga", R(d) - 240, d.y, { width: 240 });
      d.text("Lembaga Pengelola dan Penyelenggara OSS", R(d) - 240, d.y, { width: 240 });
      fakeQr(d, R(d) - 160, d.y + 6, 64, "9120203651884");
      d.y += 80;
      d.x = L(d);
      d.font("Times-Roman").fontSize(9);
      d.text("Keterangan:", L(d), d.y);
      para(d, "1. NIB ini berlaku selama Pelaku Usaha menjalankan kegiatan usaha sesuai ketentuan peraturan perundang-undangan.");
      para(d, "2. NIB adalah bukti Pendaftaran Penanaman Modal/Berusaha yang sekaligus merupakan pengesahan Tanda Daftar Perusahaan, Angka Pengenal Importir, hak akses kepabeanan, serta pendaftaran kepesertaan jaminan sosial.");
      para(d, "3. NIB terdaftar sebagai TDP, API-U dan hak akses kepabeanan.");
      d.addPage();
      center(d, "LAMPIRAN NIB: 9120203651884", "Times-Bold", 12);
      gap(d, 0.5);
      d.font("Times-Roman").fontSize(11);
      d.text("Kode dan Nama KBLI:", L(d), d.y);
      d.moveDown(0.3);
      k11.forEach((k, i) => {
        d.text(`${i + 1}.  ${k[0]} : ${k[1]}`, L(d) + 10, d.y, { width: W(d) - 10 });
        d.moveDown(0.2);
      });
    },
  );

  await make(
    "nib-oss11-cv-nilai-baris-bawah",
    { type: "nib", fields: { nib: "9120008712346", npwp: "82.451.306.7-512.000", company_name: "CV ANUGERAH BANGUN PERSADA", issued_on: "2020-03-03" } },
    "OSS 1.1 non-perseorangan, labels in bold with the value on the NEXT line (no colons), NPWP printed as 15 bare digits, KBLI only 'Lihat Lampiran' (no lampiran attached).",
    { margins: { top: 60, bottom: 60, left: 70, right: 70 } },
    (d) => {
      center(d, "PEMERINTAH REPUBLIK INDONESIA", "Helvetica-Bold", 13);
      center(d, "LEMBAGA PENGELOLA DAN PENYELENGGARA OSS", "Helvetica", 10);
      center(d, "NOMOR INDUK BERUSAHA (NIB)", "Helvetica-Bold", 13);
      gap(d, 0.3);
      center(d, "NIB 9120008712346", "Helvetica-Bold", 15);
      gap(d, 1);
      d.font("Helvetica").fontSize(10.5);
      para(d, "Berdasarkan ketentuan Pasal 24 ayat (1) Peraturan Pemerintah Nomor 24 Tahun 2018, Lembaga OSS menerbitkan NIB kepada :");
      gap(d, 0.6);
      const nl = (a: string, b: string) => {
        d.font("Helvetica-Bold");
        nextLine(d, a, b, { indent: 14, vfont: "Helvetica" });
        d.font("Helvetica");
      };
      nl("Nama Perusahaan", "CV ANUGERAH BANGUN PERSADA");
      nl("Alamat Kantor/Korespondensi", "Perum Griya Asri Blok C2 No. 9, Kel. Jatimulya, Kec. Tambun Selatan, Kab. Bekasi, Jawa Barat");
      nl("NPWP", "824513067512000");
      nl("Nomor Telepon", "021-88350012");
      nl("Email", "anugerahbangun.cv@gmail.com");
      nl("Kode dan Nama KBLI", "Lihat Lampiran");
      nl("Status Penanaman Modal", "PMDN");
      nl("Jenis API", "-");
      nl("Akses Kepabeanan", "Tidak");
      gap(d, 0.8);
      d.text("Diterbitkan di Jakarta", R(d) - 220, d.y, { width: 220 });
      d.text("tanggal : 3 Maret 2020", R(d) - 220, d.y, { width: 220 });
      d.moveDown(0.5);
      d.text("Lembaga Pengelola dan Penyelenggara OSS", R(d) - 220, d.y, { width: 220 });
      fakeQr(d, R(d) - 150, d.y + 6, 60, "9120008712346");
      d.y += 76;
      d.x = L(d);
      d.fontSize(8.5);
      para(d, "NIB adalah bukti Pendaftaran Penanaman Modal/Berusaha yang sekaligus merupakan pengesahan Tanda Daftar Perusahaan, Angka Pengenal Importir, hak akses kepabeanan sesuai ketentuan peraturan perundang-undangan. NIB terdaftar sebagai TDP.");
    },
  );

  await make(
    "siup-oss11",
    {
      type: "izin_usaha",
      fields: { nib: "9120307214459", company_name: "CV SINAR PADI LESTARI", issued_on: "2019-11-12", kbli: ["47111"] },
    },
    "OSS 1.1 Izin Usaha print: 'Nama Usaha', 'Tanggal Terbit Izin Usaha Proyek Pertama', 'KBLI: 47111 - judul', 'Nomor Proyek'; a later 'Dicetak tanggal' must not be taken as the issue date.",
    { margins: { top: 60, bottom: 60, left: 66, right: 66 } },
    (d) => {
      center(d, "PEMERINTAH REPUBLIK INDONESIA", "Helvetica-Bold", 13);
      center(d, "IZIN USAHA", "Helvetica-Bold", 13);
      center(d, "(Izin Usaha Perdagangan)", "Helvetica", 10.5);
      gap(d, 1);
      d.font("Helvetica").fontSize(10.5);
      para(d, "Berdasarkan Peraturan Pemerintah Nomor 24 Tahun 2018 tentang Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik, Lembaga OSS menerbitkan Izin Usaha kepada:");
      gap(d, 0.5);
      const lw = 230;
      kv(d, "Nama Usaha", "CV SINAR PADI LESTARI", { lw });
      kv(d, "Nomor Induk Berusaha", "9120307214459", { lw });
      kv(d, "Alamat Usaha", "Dusun Krajan RT 002 RW 001, Desa Sukorejo, Kec. Gending, Kab. Probolinggo", { lw });
      kv(d, "Nomor Proyek", "R-201911120930-0007214459", { lw });
      kv(d, "Tanggal Terbit Izin Usaha Proyek Pertama", "12 November 2019", { lw });
      kv(d, "KBLI", "47111 - Perdagangan Eceran Berbagai Macam Barang Yang Utamanya Makanan, Minuman Atau Tembakau Di Minimarket/Supermarket/Hypermarket", { lw });
      kv(d, "Lokasi Usaha", "Kab. Probolinggo, Jawa Timur", { lw });
      gap(d, 0.8);
      para(d, "Izin Usaha ini berlaku efektif setelah Pelaku Usaha menyelesaikan Komitmen dan melakukan pembayaran biaya Izin (jika ada) sesuai ketentuan peraturan perundang-undangan.");
      gap(d, 1);
      d.text("Lembaga Pengelola dan Penyelenggara OSS", R(d) - 230, d.y, { width: 230, align: "center" });
      fakeQr(d, R(d) - 150, d.y + 6, 60, "R-201911120930");
      d.y += 72;
      d.text("Ditandatangani secara elektronik", R(d) - 230, d.y, { width: 230, align: "center" });
      d.x = L(d);
      d.moveDown(2);
      d.fontSize(8).text("Dicetak tanggal: 30 Juni 2021", L(d), d.y);
    },
  );

  await make(
    "siup-dinas-2013",
    {
      type: "izin_usaha",
      fields: { company_name: "PT BINTANG TIGA SEMESTA", npwp: "02.715.883.4-431.000", issued_on: "2013-04-15", valid_until: "2018-04-15", kbli: ["46100", "46491"] },
    },
    "Regional SIUP Kecil (Dinas, 2013) in ALL CAPS with a bordered two-column table of fields, KBLI as comma list inside a cell, expiry sentence, signature of the head of office.",
    { margins: { top: 50, bottom: 50, left: 56, right: 56 } },
    (d) => {
      center(d, "PEMERINTAH KOTA BANDUNG", "Helvetica-Bold", 13);
      center(d, "BADAN PELAYANAN PERIZINAN TERPADU", "Helvetica-Bold", 12);
      center(d, "Jl. Cianjur No. 34 Bandung 40113 Telp. (022) 7208001", "Helvetica", 9);
      d.moveTo(L(d), d.y + 3).lineTo(R(d), d.y + 3).lineWidth(1.5).stroke();
      gap(d, 1);
      center(d, "SURAT IZIN USAHA PERDAGANGAN (SIUP) KECIL", "Helvetica-Bold", 12.5);
      center(d, "NOMOR : 510/2271/SIUP-K/BPPT/IV/2013", "Helvetica", 10.5);
      gap(d, 1);
      table(
        d,
        [
          { title: "URAIAN", width: 190 },
          { title: "KETERANGAN", width: W(d) - 190 },
        ],
        [
          ["NAMA PERUSAHAAN", "PT BINTANG TIGA SEMESTA"],
          ["NAMA PENANGGUNG JAWAB DAN JABATAN", "RUDI HARTONO / DIREKTUR UTAMA"],
          ["ALAMAT PERUSAHAAN", "JL. SOEKARNO-HATTA NO. 512 BANDUNG"],
          ["NOMOR TELEPON", "022-7512398"],
          ["NPWP", "02.715.883.4-431.000"],
          ["KEKAYAAN BERSIH PERUSAHAAN (TIDAK TERMASUK TANAH DAN BANGUNAN)", "RP. 350.000.000,-"],
          ["KELEMBAGAAN", "PEDAGANG BESAR"],
          ["KEGIATAN USAHA (KBLI)", "46100, 46491"],
          ["BARANG / JASA DAGANGAN UTAMA", "ALAT TULIS KANTOR, PERALATAN KANTOR"],
        ],
        { size: 10, pad: 6, headFill: "#e5e5e5" },
      );
      gap(d, 0.5);
      d.font("Helvetica").fontSize(10);
      para(d, "SIUP INI BERLAKU SAMPAI DENGAN TANGGAL 15 APRIL 2018 DAN WAJIB DIDAFTAR ULANG SESUAI KETENTUAN YANG BERLAKU.");
      gap(d, 1.5);
      const x = R(d) - 220;
      d.text("DIKELUARKAN DI : BANDUNG", x, d.y, { width: 220 });
      d.text("PADA TANGGAL   : 15 APRIL 2013", x, d.y, { width: 220 });
      d.moveDown(0.6);
      d.text("KEPALA BADAN PELAYANAN PERIZINAN TERPADU KOTA BANDUNG", x, d.y, { width: 220, align: "center" });
      d.moveDown(3.5);
      d.font("Helvetica-Bold").text("Drs. H. ASEP SAEPUL MILAH, M.Si", x, d.y, { width: 220, align: "center", underline: true });
      d.font("Helvetica").text("NIP. 19650312 198903 1 007", x, d.y, { width: 220, align: "center" });
    },
  );

  await make(
    "tdp-2016",
    {
      type: "tdp",
      fields: { company_name: "PT BINTANG TIGA SEMESTA", npwp: "02.715.883.4-431.000", issued_on: "2016-03-02", valid_until: "2021-03-02", kbli: ["46100"] },
    },
    "Legacy TDP (Perseroan Terbatas) with boxed header fields in two columns, 'BERLAKU S/D TANGGAL' with numeric date, issue date in words-month format.",
    { margins: { top: 50, bottom: 50, left: 56, right: 56 } },
    (d) => {
      center(d, "PEMERINTAH KOTA BANDUNG", "Helvetica-Bold", 12);
      center(d, "BADAN PELAYANAN PERIZINAN TERPADU", "Helvetica-Bold", 11);
      gap(d, 0.8);
      center(d, "TANDA DAFTAR PERUSAHAAN", "Helvetica-Bold", 14);
      center(d, "PERSEROAN TERBATAS", "Helvetica-Bold", 12);
      gap(d, 0.8);
      const y = d.y;
      const cw = W(d) / 2;
      d.rect(L(d), y, cw, 44).stroke();
      d.rect(L(d) + cw, y, cw, 44).stroke();
      d.font("Helvetica").fontSize(9).text("NOMOR TDP", L(d) + 6, y + 6);
      d.font("Helvetica-Bold").fontSize(12).text("10.11.1.46.27831", L(d) + 6, y + 22);
      d.font("Helvetica").fontSize(9).text("BERLAKU S/D TANGGAL", L(d) + cw + 6, y + 6);
      d.font("Helvetica-Bold").fontSize(12).text("02-03-2021", L(d) + cw + 6, y + 22);
      d.y = y + 56;
      d.x = L(d);
      d.font("Helvetica").fontSize(10.5);
      const lw = 200;
      kv(d, "NAMA PERUSAHAAN", "PT BINTANG TIGA SEMESTA", { lw });
      kv(d, "STATUS", "KANTOR TUNGGAL", { lw });
      kv(d, "NAMA PENGURUS / PENANGGUNG JAWAB", "RUDI HARTONO", { lw });
      kv(d, "ALAMAT", "JL. SOEKARNO-HATTA NO. 512, KEL. BATUNUNGGAL, KEC. BANDUNG KIDUL, KOTA BANDUNG", { lw });
      kv(d, "NPWP", "02.715.883.4-431.000", { lw });
      kv(d, "KEGIATAN USAHA POKOK", "PERDAGANGAN BESAR ATAS DASAR BALAS JASA (FEE) ATAU KONTRAK", { lw });
      kv(d, "KBLI", "46100", { lw });
      gap(d, 0.8);
      para(d, "PENGESAHAN PENDAFTARAN PERUSAHAAN INI BERLAKU SELAMA 5 (LIMA) TAHUN DAN WAJIB DIPERBAHARUI SEKURANG-KURANGNYA 3 (TIGA) BULAN SEBELUM MASA BERLAKUNYA BERAKHIR.");
      gap(d, 1.5);
      const x = R(d) - 230;
      d.text("Dikeluarkan di : Bandung", x, d.y, { width: 230 });
      d.text("Pada tanggal    : 2 Maret 2016", x, d.y, { width: 230 });
      d.moveDown(0.5);
      d.text("KEPALA BADAN PELAYANAN PERIZINAN TERPADU", x, d.y, { width: 230, align: "center" });
      d.moveDown(3.5);
      d.font("Helvetica-Bold").text("Drs. H. ASEP SAEPUL MILAH, M.Si", x, d.y, { width: 230, align: "center" });
    },
  );

  await make(
    "domisili-kelurahan-2018",
    {
      type: "surat_domisili",
      fields: {
        company_name: "CV TIRTA KENCANA",
        issued_on: "2018-12-27",
        valid_until: "2019-12-31",
        signatory_name: "MUHAMMAD RIDWAN SIREGAR, S.STP",
        signatory_role: "Lurah Sei Sikambing B",
      },
    },
    "Village-office domicile letter (SKDP) with letterhead, numbered reference, prose with the firm's data in a colon block, validity sentence, lurah signature with NIP.",
    { margins: { top: 50, bottom: 50, left: 64, right: 64 }, font: "Times-Roman", size: 12 },
    (d) => {
      center(d, "PEMERINTAH KOTA MEDAN", "Times-Bold", 13);
      center(d, "KECAMATAN MEDAN SUNGGAL", "Times-Bold", 13);
      center(d, "KELURAHAN SEI SIKAMBING B", "Times-Bold", 14);
      center(d, "Jl. Gatot Subroto Km. 4,5 Medan Kode Pos 20122", "Times-Italic", 10);
      d.moveTo(L(d), d.y + 3).lineTo(R(d), d.y + 3).lineWidth(2).stroke();
      gap(d, 1.2);
      center(d, "SURAT KETERANGAN DOMISILI PERUSAHAAN", "Times-Bold", 13);
      center(d, "Nomor : 503/1187/SSB/XII/2018", "Times-Roman", 12);
      gap(d, 1);
      d.font("Times-Roman").fontSize(12);
      para(d, "Yang bertanda tangan di bawah ini Lurah Sei Sikambing B Kecamatan Medan Sunggal Kota Medan, dengan ini menerangkan bahwa :");
      gap(d, 0.5);
      const lw = 170;
      kv(d, "Nama Perusahaan", "CV TIRTA KENCANA", { lw, x: L(d) + 20 });
      kv(d, "Nama Pimpinan", "RATNA DEWI", { lw, x: L(d) + 20 });
      kv(d, "Bidang Usaha", "Pengadaan Air Bersih dan Instalasi Plambing", { lw, x: L(d) + 20 });
      kv(d, "Alamat", "Jl. Gatot Subroto No. 17 RT 003 RW 005", { lw, x: L(d) + 20 });
      gap(d, 0.5);
      para(d, "Benar perusahaan tersebut di atas berdomisili dan menjalankan kegiatan usahanya di wilayah Kelurahan Sei Sikambing B Kecamatan Medan Sunggal Kota Medan.");
      gap(d, 0.5);
      para(d, "Surat Keterangan ini berlaku sampai dengan tanggal 31 Desember 2019. Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.");
      gap(d, 2);
      const x = R(d) - 230;
      d.text("Medan, 27 Desember 2018", x, d.y, { width: 230, align: "center" });
      d.text("LURAH SEI SIKAMBING B", x, d.y, { width: 230, align: "center" });
      d.moveDown(4);
      d.font("Times-Bold").text("MUHAMMAD RIDWAN SIREGAR, S.STP", x, d.y, { width: 230, align: "center", underline: true });
      d.font("Times-Roman").text("Penata Tk. I", x, d.y, { width: 230, align: "center" });
      d.text("NIP. 19840716 200312 1 002", x, d.y, { width: 230, align: "center" });
    },
  );
}

// MAIN-PLACEHOLDER
async function main(): Promise<void> {
  await nibs();
  await oss11();
  const sorted = Object.fromEntries(Object.keys(expected).sort().map((k) => [k, expected[k]]));
  writeFileSync(OUT + "expected.json", JSON.stringify(sorted, null, 2) + "\n");
  const nsorted = Object.fromEntries(Object.keys(notes).sort().map((k) => [k, notes[k]]));
  writeFileSync(OUT + "notes.json", JSON.stringify(nsorted, null, 2) + "\n");
}
main();
