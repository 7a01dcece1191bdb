// Broken and hostile input: the run keeps going, each bad file is reported with its problem, the
// requirements it might have met go to review, nothing given is modified, and no socket is ever opened.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, type JsonReport, networkHook, runCli } from './run-cli.js';

const TENDER = fixture('tenders', '2019-10-barang-komputer.yaml');

const scratch = () => mkdtempSync(path.join(tmpdir(), 'kualifikasi-hostile-'));

/** A copy of the complete PT bundle with extra files added, so every problem is seen beside good documents. */
function bundleWith(extra: Record<string, Uint8Array | string>): string {
  const dir = path.join(scratch(), 'pt');
  cpSync(fixture('bundles', 'pt-lengkap'), dir, { recursive: true });
  for (const [name, bytes] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

const problemsOf = (report: JsonReport) =>
  Object.fromEntries(
    report.bundles[0]?.documents.filter((d) => d.problems.length > 0).map((d) => [d.file, d.problems.map((p) => p.code)]) ?? [],
  );

/** A minimal PDF whose one page content stream is `content`, Flate-compressed; the xref is computed. */
function rawPdf(content: Buffer): Buffer {
  const stream = deflateSync(content, { level: 9 });
  return assemble([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
  ]);
}

/** Objects 1..n into a PDF with a correct cross-reference table. */
function assemble(objects: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    size += obj.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** Thousands of pages, each with a line of text (PDFKit). */
function manyPagesPdf(pages: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (let i = 1; i <= pages; i++) doc.addPage({ size: 'A5' }).text(`Lampiran halaman ${i}: daftar peralatan dan personel.`);
    doc.end();
  });
}

/** A page that draws one enormous image (20000 x 20000 grey pixels, 400 MB decoded, a few hundred KB stored). */
function hugeImagePdf(): Buffer {
  const pixels = deflateSync(Buffer.alloc(20000 * 20000, 0x80), { level: 9 });
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>'),
    (() => {
      const content = Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q');
      return Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]);
    })(),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`,
      ),
      pixels,
      Buffer.from('\nendstream'),
    ]),
  ];
  return assemble(objects);
}

function encryptedPdf(options: { userPassword?: string } = { userPassword: 'rahasia' }): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ ...options, ownerPassword: 'pemilik', pdfVersion: '1.7' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('NOMOR INDUK BERUSAHA (NIB) 8120114180194 LEMBAGA PENGELOLA DAN PENYELENGGARA OSS');
    doc.end();
  });
}

describe('broken files beside good ones', () => {
  it('zero bytes, not a PDF, an image, a docx, an encrypted PDF: each reported, the rest still checked', async () => {
    const dir = bundleWith({
      'kosong.pdf': new Uint8Array(0),
      'bukan-pdf.pdf': 'ini hanya teks biasa, bukan PDF\n',
      'scan-ktp.png': Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
      'akta.docx': zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') }),
      'nib-terkunci.pdf': await encryptedPdf(),
    });
    const { code, report } = await checkJson([TENDER, dir]);
    // The good documents meet every requirement, so the unreadable extras change no verdict: they are listed.
    expect(code).toBe(0);
    expect(problemsOf(report)).toEqual({
      'akta.docx': ['unsupported_format'],
      'bukan-pdf.pdf': ['not_pdf'],
      'kosong.pdf': ['empty_file'],
      'nib-terkunci.pdf': ['encrypted'],
      'scan-ktp.png': ['image_not_supported'],
    });
    // Everything the good documents show still passes; nothing can fail while unread files might hold it.
    const statuses = report.bundles[0]?.requirements.map((r) => r.status) ?? [];
    expect(statuses.filter((s) => s === 'fail')).toEqual([]);
    expect(statuses.filter((s) => s === 'pass').length).toBe(9);
  });

  it('thousands of pages, a 400 MB image, an owner-password-only PDF and a rar: each handled, none sinks the run', async () => {
    const rar = Buffer.concat([Buffer.from('Rar!\x1a\x07\x00', 'latin1'), Buffer.alloc(64)]);
    const dir = bundleWith({
      'lampiran-3000-halaman.pdf': await manyPagesPdf(3000),
      'gambar-raksasa.pdf': hugeImagePdf(),
      'nib-hanya-kunci-pemilik.pdf': await encryptedPdf({}),
      'arsip.rar': rar,
    });
    const { code, report } = await checkJson([TENDER, dir, '--no-cache']);
    expect(code).toBe(0);
    const docs = Object.fromEntries(
      report.bundles[0]?.documents.map((d) => [d.file, { type: d.docType, pages: d.pages, problems: d.problems.map((p) => p.code) }]) ?? [],
    );
    // Read in full and not recognised as a qualification document.
    expect(docs['lampiran-3000-halaman.pdf']).toEqual({ type: null, pages: 3000, problems: ['unrecognised'] });
    // The image is never decoded: text extraction does not need it, and the page has no text.
    expect(docs['gambar-raksasa.pdf']?.problems).toEqual(['no_text_layer']);
    // Encrypted with an owner password only: anyone may open it, so it is read like any other PDF.
    expect(docs['nib-hanya-kunci-pemilik.pdf']?.type).toBe('nib');
    expect(docs['arsip.rar']?.problems).toEqual(['unsupported_format']);
  });

  it('a decompression bomb is stopped by the memory limit and reported; the run finishes', async () => {
    const dir = bundleWith({ 'bom.pdf': rawPdf(Buffer.alloc(400 * 1024 * 1024, 0x20)) });
    expect(statSync(path.join(dir, 'bom.pdf')).size).toBeLessThan(2 * 1024 * 1024);
    const r = await runCli(['check', TENDER, dir, '--format', 'json', '--no-cache'], { env: { KUALIFIKASI_EXTRACT_MAX_RSS_MB: '300' } });
    const report = JSON.parse(r.stdout) as JsonReport;
    const bomb = report.bundles[0]?.documents.find((d) => d.file === 'bom.pdf');
    expect(bomb?.problems).toEqual([{ code: 'too_large', detail: '> 300 MB' }]);
    expect(report.bundles[0]?.documents.filter((d) => d.docType !== null).length).toBe(9);
  });

  it('a document past the time limit is reported as timeout, never a silent pass or fail', async () => {
    const r = await runCli(['check', TENDER, fixture('bundles', 'pt-lengkap'), '--format', 'json', '--no-cache', '--jobs', '1'], {
      env: { KUALIFIKASI_EXTRACT_TIMEOUT_MS: '1' },
    });
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(new Set(report.bundles[0]?.documents.map((d) => d.problems[0]?.code))).toEqual(new Set(['timeout']));
    expect(report.bundles[0]?.requirements.filter((x) => x.status === 'pass' || x.status === 'fail')).toEqual([]);
  });
});

describe('bundle structure', () => {
  it('a symbolic link pointing outside the bundle is refused, not followed', async () => {
    const secret = path.join(scratch(), 'rahasia.pdf');
    cpSync(fixture('bundles', 'pt-lengkap', '01-nib.pdf'), secret);
    const dir = bundleWith({});
    symlinkSync(secret, path.join(dir, 'tautan.pdf'));
    const { report } = await checkJson([TENDER, dir]);
    expect(problemsOf(report)).toEqual({ 'tautan.pdf': ['refused'] });
  });

  it('nested folders, unicode and very long file names are read by content', async () => {
    const long = `${'dokumen-penawaran-'.repeat(12)}nib.pdf`;
    const dir = path.join(scratch(), 'cv');
    mkdirSync(path.join(dir, 'legalitas', 'ÖSS – 登録'), { recursive: true });
    cpSync(fixture('bundles', 'pt-lengkap', '01-nib.pdf'), path.join(dir, 'legalitas', 'ÖSS – 登録', long));
    cpSync(fixture('bundles', 'pt-lengkap', '03-npwp.pdf'), path.join(dir, 'pajak – NPWP ✓.pdf'));
    const { report } = await checkJson([TENDER, dir]);
    const types = Object.fromEntries(report.bundles[0]?.documents.map((d) => [d.file, d.docType]) ?? []);
    expect(types).toEqual({ [`legalitas/ÖSS – 登録/${long}`]: 'nib', 'pajak – NPWP ✓.pdf': 'npwp' });
  });

  it('an empty bundle is an input error (exit 2) that says the folder holds no PDF, not a failing bidder', async () => {
    const dir = path.join(scratch(), 'kosong');
    mkdirSync(dir);
    const r = await runCli(['check', TENDER, dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Tidak ada PDF di ${dir} (folder kosong).`);
  });

  it('a zip with path traversal and an oversized entry: those entries refused, the rest read', async () => {
    const good = readFileSync(fixture('bundles', 'pt-lengkap', '01-nib.pdf'));
    const zip = zipSync({ 'nib.pdf': good, '../../keluar.pdf': good, 'bom.pdf': [new Uint8Array(70 * 1024 * 1024), { level: 9 }] });
    const file = path.join(scratch(), 'pt-zip.zip');
    writeFileSync(file, zip);
    const { report } = await checkJson([TENDER, file]);
    const docs = Object.fromEntries(report.bundles[0]?.documents.map((d) => [d.file, d.docType ?? d.problems[0]?.code]) ?? []);
    expect(docs['nib.pdf']).toBe('nib');
    expect(Object.values(docs).filter((v) => v === 'refused').length).toBe(2);
    expect(existsSync(path.join(path.dirname(file), '..', 'keluar.pdf'))).toBe(false);
  });
});

describe('hand-typed files', () => {
  const tenderFile = (text: string) => {
    const file = path.join(scratch(), 'tender.yaml');
    writeFileSync(file, text);
    return file;
  };
  const HEADER = 'tender:\n  name: Pengadaan ATK\n  procurement_type: barang\n  announced: 2019-10-01\n  deadline: 2019-10-15\n';

  it.each([
    ['a YAML syntax error', `${HEADER}requirements:\n  - id: "1"\n    text: "NIB\n`, /tender\.yaml:\d+/],
    [
      'duplicate requirement ids',
      `${HEADER}requirements:\n  - id: "1"\n    text: NIB\n  - id: "1"\n    text: NPWP\n`,
      /tender\.yaml:9:.*id persyaratan "\d+" dipakai dua kali/,
    ],
    [
      'a date in the wrong format',
      `${HEADER.replace('2019-10-15', '15/10/2019')}requirements:\n  - id: "1"\n    text: NIB\n`,
      /tender\.yaml:5:/,
    ],
    [
      'a YAML alias bomb',
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
      /tender\.yaml/,
    ],
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}\n`, /tender\.yaml/],
    ['wrong types', `${HEADER}requirements: "semua dokumen"\n`, /tender\.yaml:6:/],
  ])('%s: exit 2, file:line, no stack trace', async (_name, text, where) => {
    const file = tenderFile(text);
    const before = readFileSync(file);
    const r = await runCli(['check', file, fixture('bundles', 'pt-lengkap')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(where);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('a broken bundle.yaml names its line', async () => {
    const dir = bundleWith({ 'bundle.yaml': 'bidder:\n  name: PT Sinar\n  from: pt\n' });
    const r = await runCli(['check', TENDER, dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bundle\.yaml:3:1: bidder: kunci "from" tidak dikenal \(maksud Anda "form"\?\)/);
  });
});

describe('nothing modified, no network', () => {
  it('opens no socket and resolves no host name, in the CLI or its extractor processes', async () => {
    const dir = scratch();
    const { hook, log } = networkHook(dir);
    const r = await runCli(['check', TENDER, fixture('bundles', 'pt-nama-acak'), '--no-cache', '--jobs', '2'], {
      env: { NODE_OPTIONS: `--require ${hook}` },
    });
    expect(r.code).toBe(0);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    // The hook really ran in the CLI and in its extractor processes...
    expect(lines.filter((l) => l.startsWith('loaded')).length).toBeGreaterThanOrEqual(2);
    // ...and nothing touched the network.
    expect(lines.filter((l) => !l.startsWith('loaded'))).toEqual([]);
  });

  it('leaves every input file byte-identical, and gives identical JSON whatever the parallelism', async () => {
    const bundles = readdirSync(fixture('bundles')).map((b) => fixture('bundles', b));
    const digest = () =>
      bundles
        .flatMap((b) =>
          readdirSync(b).map((f) =>
            createHash('sha256')
              .update(readFileSync(path.join(b, f)))
              .digest('hex'),
          ),
        )
        .join();
    const before = digest();
    // Without OCR: the default suite runs OCR once only (test/e2e/ocr.test.ts).
    const one = await runCli(['check', TENDER, ...bundles, '--format', 'json', '--no-cache', '--jobs', '1', '--no-ocr']);
    const two = await runCli(['check', TENDER, ...bundles, '--format', 'json', '--no-cache', '--jobs', '2', '--no-ocr']);
    const cached = await runCli(['check', TENDER, ...bundles, '--format', 'json', '--no-ocr']);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
    expect(cached.stdout).toBe(one.stdout);
    expect(digest()).toBe(before);
  });
});
