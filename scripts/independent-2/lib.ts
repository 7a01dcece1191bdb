// Drawing helpers and the scan pipeline for the second held-out corpus (fixtures/independent-2).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFDocument as LibDoc } from 'pdf-lib';
import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;
export const STAMP = new Date(Date.UTC(2025, 9, 1, 3, 30, 0));
export const ROOT = new URL('../../', import.meta.url).pathname;
export const OUT = join(ROOT, 'fixtures/independent-2/');
export const SRC = join(tmpdir(), 'indep2-sources/');

export interface Truth {
  type: string | null;
  fields: Record<string, unknown>;
}
export const truth: Record<string, Truth> = {};
export const about: Record<string, string> = {};

export interface PageDeco {
  head?: (d: Doc, n: number, of: number) => void;
  foot?: (d: Doc, n: number, of: number) => void;
}
export interface Opts extends PageDeco {
  font?: string;
  size?: number;
  margin?: number;
  producer?: string;
  scanOnly?: boolean;
}

/** Render one PDF (into the corpus, or into a scratch dir when it is only the source of a scan). */
export async function pdf(name: string, t: Truth, note: string, o: Opts, draw: (d: Doc) => void): Promise<string> {
  const m = o.margin ?? 56;
  const d = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    compress: true,
    margins: { top: m, bottom: m, left: m, right: m },
    info: { CreationDate: STAMP, ModDate: STAMP, Producer: o.producer ?? 'indep2', Creator: 'indep2', Title: name },
  });
  const parts: Buffer[] = [];
  d.on('data', (b: Buffer) => parts.push(b));
  const ended = new Promise<void>((r) => d.on('end', () => r()));
  d.font(o.font ?? 'Helvetica').fontSize(o.size ?? 10);
  draw(d);
  const { start, count } = d.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    d.switchToPage(i);
    const keep = { ...d.page.margins };
    d.page.margins = { ...keep, top: 0, bottom: 0 };
    o.head?.(d, i + 1, count);
    o.foot?.(d, i + 1, count);
    d.page.margins = keep;
  }
  d.end();
  await ended;
  const file = `${(o.scanOnly ? SRC : OUT) + name}.pdf`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat(parts));
  if (!o.scanOnly) {
    truth[name] = t;
    about[name] = note;
  }
  return file;
}

export const left = (d: Doc) => d.page.margins.left;
export const right = (d: Doc) => d.page.width - d.page.margins.right;
export const width = (d: Doc) => right(d) - left(d);
export const floor = (d: Doc) => d.page.height - d.page.margins.bottom;

export function f(d: Doc, name: string, size?: number): Doc {
  d.font(name);
  if (size) d.fontSize(size);
  return d;
}
export function mid(d: Doc, s: string, font = 'Helvetica-Bold', size = 12): void {
  f(d, font, size).text(s, left(d), d.y, { width: width(d), align: 'center' });
}
export function p(d: Doc, s: string, o: PDFKit.Mixins.TextOptions & { x?: number } = {}): void {
  const x = o.x ?? left(d);
  d.text(s, x, d.y, { width: right(d) - x, ...o });
}
export function skip(d: Doc, n = 1): void {
  d.moveDown(n);
}
export function room(d: Doc, h: number): void {
  if (d.y + h > floor(d)) d.addPage();
}

/** "Label : value" with the colon at a fixed column; returns nothing, moves y under the taller side. */
export function kv(
  d: Doc,
  label: string,
  value: string,
  o: { x?: number; colon?: number; lf?: string; vf?: string; sep?: string } = {},
): void {
  const x = o.x ?? left(d);
  const c = x + (o.colon ?? 150);
  const base = (d as any)._font?.name ?? 'Helvetica';
  room(d, 14);
  const y = d.y;
  f(d, o.lf ?? base).text(label, x, y, { width: c - x - 4 });
  const yl = d.y;
  f(d, base).text(o.sep ?? ':', c, y, { lineBreak: false });
  f(d, o.vf ?? base).text(value, c + 10, y, { width: right(d) - c - 10 });
  const yv = d.y;
  f(d, base);
  d.y = Math.max(yl, yv);
  d.x = left(d);
}

/** A table with optional borders; repeats the head row after a page break. */
export function grid(
  d: Doc,
  widths: number[],
  head: string[] | null,
  rows: string[][],
  o: {
    border?: boolean;
    size?: number;
    headFont?: string;
    font?: string;
    pad?: number;
    x?: number;
    shade?: string;
    onBreak?: () => void;
  } = {},
): void {
  const size = o.size ?? 9;
  const pad = o.pad ?? 3;
  const x0 = o.x ?? left(d);
  const font = o.font ?? 'Helvetica';
  const heightOf = (cells: string[], fn: string) =>
    Math.max(...cells.map((c, i) => f(d, fn, size).heightOfString(c, { width: widths[i]! - 2 * pad }))) + 2 * pad;
  const draw = (cells: string[], fn: string, shade?: string) => {
    const h = heightOf(cells, fn);
    const y = d.y;
    let x = x0;
    cells.forEach((c, i) => {
      const w = widths[i]!;
      if (shade) d.save().rect(x, y, w, h).fill(shade).restore();
      if (o.border !== false) d.lineWidth(0.6).rect(x, y, w, h).stroke();
      f(d, fn, size)
        .fillColor('black')
        .text(c, x + pad, y + pad, { width: w - 2 * pad });
      x += w;
    });
    d.y = y + h;
  };
  if (head) draw(head, o.headFont ?? 'Helvetica-Bold', o.shade);
  for (const r of rows) {
    if (d.y + heightOf(r, font) > floor(d)) {
      d.addPage();
      o.onBreak?.();
      if (head) draw(head, o.headFont ?? 'Helvetica-Bold', o.shade);
    }
    draw(r, font);
  }
  d.x = left(d);
}

/** Break text into lines that fit `w` (explicit "\n" forces a break). */
export function lines(d: Doc, text: string, w: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const word of para.split(/ +/)) {
      const next = cur ? `${cur} ${word}` : word;
      if (d.widthOfString(next) > w && cur) {
        out.push(cur);
        cur = word;
      } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

/** Notarial style: every line filled up to the right margin with dashes. */
export function deed(d: Doc, text: string, o: { indent?: number; lead?: number } = {}): void {
  const x = left(d) + (o.indent ?? 0);
  const w = right(d) - x;
  for (const ln of lines(d, text, w - 12)) {
    room(d, 14);
    let s = ln;
    while (d.widthOfString(`${s}-`) <= w) s += '-';
    d.text(s, x, d.y, { lineBreak: false });
    d.y += d.currentLineHeight(true) + (o.lead ?? 2);
  }
  d.x = left(d);
}

/** A square pseudo QR code from a seed string. */
export function qr(d: Doc, x: number, y: number, size: number, seed: string): void {
  let s = 7;
  for (const ch of seed) s = (Math.imul(s, 131) + ch.charCodeAt(0)) >>> 0;
  const n = 25;
  const c = size / n;
  d.save();
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const corner = (i < 7 && j < 7) || (i < 7 && j > n - 8) || (i > n - 8 && j < 7);
      const on = corner ? i % 6 === 0 || j % 6 === 0 || (i % 6 >= 2 && i % 6 <= 4 && j % 6 >= 2 && j % 6 <= 4) : (s >> 16) % 2 === 0;
      if (on) d.rect(x + j * c, y + i * c, c, c).fill('black');
    }
  d.restore();
}

/** A round rubber stamp drawn with text around a circle-ish layout. */
export function stamp(d: Doc, cx: number, cy: number, top: string, middle: string): void {
  d.save().lineWidth(1.2).strokeColor('#333').circle(cx, cy, 34).stroke().circle(cx, cy, 26).stroke();
  f(d, 'Helvetica-Bold', 5.5)
    .fillColor('#333')
    .text(top, cx - 34, cy - 31, { width: 68, align: 'center' });
  f(d, 'Helvetica-Bold', 6.5).text(middle, cx - 24, cy - 4, { width: 48, align: 'center' });
  d.restore().fillColor('black').strokeColor('black');
}

// ---------------------------------------------------------------------------------------------
// Image-only scans: poppler renders each page in grey, the real ImageMagick degrades it, pdf-lib
// wraps the images into a PDF without a text layer.
export interface Scan {
  name: string;
  src: string;
  dpi: number;
  tilt?: number;
  dust?: number;
  png?: boolean;
  q?: number;
  why: string;
}
const MAGICK = process.env.IM_CONVERT ?? '/usr/bin/convert';

export async function scan(s: Scan, t: Truth): Promise<void> {
  const tmp = join(tmpdir(), `indep2-scan-${s.name.replace(/\W/g, '_')}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  execFileSync('pdftoppm', ['-r', String(s.dpi), '-gray', '-png', s.src, join(tmp, 'pg')]);
  const pngs = readdirSync(tmp)
    .filter((x) => x.startsWith('pg'))
    .sort();
  const out = await LibDoc.create({ updateMetadata: false });
  out.setCreationDate(STAMP);
  out.setModificationDate(STAMP);
  out.setProducer('indep2 scanner');
  out.setCreator('indep2 scanner');
  for (const [i, png] of pngs.entries()) {
    const dst = join(tmp, `out${i}.${s.png ? 'png' : 'jpg'}`);
    const a = [join(tmp, png), '-colorspace', 'Gray', '-background', 'white'];
    // a feeder skews sheets differently; vary sign and size per page
    if (s.tilt) a.push('-rotate', String(i % 2 ? -s.tilt * 0.7 : s.tilt), '+repage');
    a.push('-gaussian-blur', '0x0.6', '-level', '8%,92%');
    if (s.dust) a.push('-seed', String(77 + i), '-attenuate', String(s.dust), '+noise', 'Impulse');
    if (s.png) a.push('-threshold', '60%', '-type', 'Bilevel');
    else a.push('-quality', String(s.q ?? 60));
    a.push('-strip', dst);
    execFileSync(MAGICK, a);
    const bytes = readFileSync(dst);
    const img = s.png ? await out.embedPng(bytes) : await out.embedJpg(bytes);
    const w = (img.width * 72) / s.dpi;
    const h = (img.height * 72) / s.dpi;
    out.addPage([w, h]).drawImage(img, { x: 0, y: 0, width: w, height: h });
  }
  mkdirSync(`${OUT}scans`, { recursive: true });
  writeFileSync(`${OUT}scans/${s.name}.pdf`, await out.save({ useObjectStreams: false }));
  rmSync(tmp, { recursive: true, force: true });
  truth[`scans/${s.name}`] = JSON.parse(JSON.stringify(t));
  const how = [
    `${s.dpi} dpi`,
    s.tilt ? `skew ${s.tilt} deg (alternating per page)` : 'straight',
    s.dust ? `impulse speckle ${s.dust}` : 'clean',
    s.png ? 'bilevel PNG' : `grey JPEG q${s.q ?? 60}`,
  ];
  about[`scans/${s.name}`] = `${s.why} ${pngs.length} page(s); ${how.join(', ')}; no text layer.`;
}
