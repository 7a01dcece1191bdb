// A pokja's whole evaluation: a folder of bids (sub-folders and zips), the summary first, the cache.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture, type JsonReport, runCli } from './run-cli.js';

const TENDER = fixture('tenders', '2019-10-barang-komputer.yaml');

/** bids/ with two bidder folders and one bidder as a zip, as SPSE downloads arrive. */
function bidsFolder(): string {
  const bids = path.join(mkdtempSync(path.join(tmpdir(), 'kualifikasi-bids-')), 'bids');
  mkdirSync(bids);
  cpSync(fixture('bundles', 'pt-lengkap'), path.join(bids, 'a-pt-lengkap'), { recursive: true });
  cpSync(fixture('bundles', 'pt-tanpa-nib'), path.join(bids, 'b-pt-tanpa-nib'), { recursive: true });
  const scan = fixture('bundles', 'pt-nib-scan');
  const entries = Object.fromEntries(readdirSync(scan).map((f) => [`pt-nib-scan/${f}`, new Uint8Array(readFileSync(path.join(scan, f)))]));
  writeFileSync(path.join(bids, 'c-pt-nib-scan.zip'), zipSync(entries));
  return bids;
}

describe('check <tender> <bids-dir>', () => {
  it('checks every sub-folder and zip as one bidder, in name order, and exits with the worst verdict', async () => {
    const r = await runCli(['check', TENDER, bidsFolder(), '--no-ocr', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.bundles.map((b) => [path.basename(b.path), b.bidder.name, b.verdict])).toEqual([
      ['a-pt-lengkap', 'PT Sinar Data Nusantara', 'pass'],
      ['b-pt-tanpa-nib', 'PT Mitra Teknologi Abadi', 'fail'],
      ['c-pt-nib-scan.zip', 'PT Global Inovasi Sarana', 'review'],
    ]);
    // Files inside the zip keep their folder, and are read in memory.
    expect(report.bundles[2]?.documents.map((d) => d.file)).toContain('pt-nib-scan/02-siup.pdf');
  });

  it('prints the summary table of the evaluation minutes first, with counts', async () => {
    const r = await runCli(['check', TENDER, bidsFolder(), '--no-ocr', '--format', 'markdown']);
    const summary = r.stdout.indexOf('| No | Nama Penyedia | Hasil Evaluasi Kualifikasi | Keterangan |');
    expect(summary).toBeGreaterThan(0);
    // Keterangan gives the reason in a few words, not the verdict again.
    expect(r.stdout).toContain('| 1 | PT Sinar Data Nusantara | SESUAI | Memenuhi seluruh persyaratan |');
    expect(r.stdout).toContain('| 2 | PT Mitra Teknologi Abadi | TIDAK SESUAI | TDP/NIB tidak ada |');
    expect(r.stdout).toContain('| 3 | PT Global Inovasi Sarana | PERLU KLARIFIKASI | TDP/NIB perlu klarifikasi |');
    expect(r.stdout).toContain('Jumlah peserta yang lulus: 1; tidak lulus: 1; perlu klarifikasi: 1.');
    expect(summary).toBeLessThan(r.stdout.indexOf('PT Sinar Data Nusantara', summary + 200));
    // No progress line leaks into a pipe.
    expect(r.stderr).toBe('');
  });

  it('the HTML minutes are one self-contained A4 document with a signature block', async () => {
    const r = await runCli(['check', TENDER, bidsFolder(), '--no-ocr', '--format', 'html']);
    expect(r.stdout).toMatch(/@page\s*{[^}]*A4/);
    expect(r.stdout).not.toMatch(/<link |<script src=|https?:\/\/(?!www\.w3\.org)/);
    expect(r.stdout).toContain('PT Global Inovasi Sarana');
  });
});

describe('the minutes a pokja signs', () => {
  it('print each legal paragraph once under Catatan hukum, dates and types in words, problems with their remedy', async () => {
    const r = await runCli(['check', TENDER, bidsFolder(), '--no-ocr', '--format', 'markdown']);
    const waiver = 'Sejak SE Mendagri 503/6491/SJ tanggal 17 Juli 2019, pemerintah daerah tidak lagi menerbitkan SKDU/SKDP';
    expect(r.stdout.split(waiver).length - 1).toBe(1);
    const notes = r.stdout.slice(r.stdout.indexOf('## Catatan hukum'));
    expect(notes).toContain(`| 3 | ${waiver}`);
    // Each bidder's SKDP row refers to the note instead of repeating it.
    expect(
      r.stdout.match(
        /\| 3 \| Memiliki Surat Keterangan Domisili Perusahaan \(SKDP\) yang masih berlaku \| Tidak Dipersyaratkan \| Lihat Catatan hukum 3\. \|/g,
      ),
    ).toHaveLength(3);
    expect(r.stdout).toContain('| Jenis Pengadaan | Pengadaan Barang |');
    expect(r.stdout).toContain('| Tanggal Pengumuman | 1 Oktober 2019 |');
    expect(r.stdout).toContain('| Batas Akhir Pemasukan Penawaran | 15 Oktober 2019 |');
    expect(r.stdout).toContain('### Masalah dokumen dan tindak lanjutnya');
    expect(r.stdout).toContain(
      '| pt-nib-scan/01-nib.pdf | PDF tanpa lapisan teks (hasil pindai); isinya tidak dapat dibaca mesin | Unggah dokumen elektronik aslinya (mis. unduh ulang NIB dari OSS), atau pindai ulang dengan OCR agar PDF memiliki lapisan teks. |',
    );
    expect(r.stdout).not.toMatch(/no_text_layer|jasa_lainnya|2019-10-01|GALAT|galat/);
    const en = await runCli(['check', TENDER, bidsFolder(), '--no-ocr', '--format', 'html', '--lang', 'en']);
    expect(en.stdout).toContain('content:"Page " counter(page) " of " counter(pages)');
    expect(en.stdout).toContain('<td>1 October 2019</td>');
    expect(en.stdout).toContain('See legal note 3.');
  });
});

describe('a bundle without a single PDF', () => {
  function bid(files: Record<string, string>): string {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kualifikasi-nopdf-')), 'pt-kosong');
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }

  it('alone: a clear message naming the skipped files, exit 2, no report', async () => {
    const dir = bid({ 'penawaran.docx': 'PK', 'foto.jpg': 'x' });
    const r = await runCli(['check', TENDER, dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `kualifikasi: Tidak ada PDF di ${dir}; berkas yang dilewati: foto.jpg, penawaran.docx.\n` +
        'Letakkan dokumen kualifikasi peserta (NIB, NPWP, SPT, akta, ...) sebagai berkas PDF di folder itu, lalu jalankan lagi.\n',
    );
  });

  it('an empty folder says so, in English with --lang en', async () => {
    const dir = bid({});
    const r = await runCli(['check', TENDER, dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`kualifikasi: There is no PDF in ${dir} (the folder is empty).`);
  });

  it('in a batch: listed as "tidak ada dokumen", not judged, and the others decide the exit code', async () => {
    const dir = bid({ 'penawaran.docx': 'PK' });
    const json = await runCli(['check', TENDER, dir, fixture('bundles', 'pt-lengkap'), '--format', 'json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.bundles.map((b) => [b.verdict, b.requirements.length])).toEqual([
      ['no_documents', 0],
      ['pass', 11],
    ]);
    expect(json.stderr).toBe(`kualifikasi: Tidak ada PDF di ${dir}; berkas yang dilewati: penawaran.docx.\n`);
    const md = await runCli(['check', TENDER, dir, fixture('bundles', 'pt-lengkap'), '--format', 'markdown']);
    expect(md.stdout).toContain(`| 1 | ${dir} | - | tidak ada dokumen |`);
    expect(md.stdout).toContain('Jumlah peserta yang lulus: 1; tidak lulus: 0; perlu klarifikasi: 0; tidak ada dokumen: 1.');
    expect(md.stdout).toContain(
      '| penawaran.docx | bukan berkas PDF walaupun namanya .pdf atau lainnya | Simpan atau ekspor dokumen sebagai PDF. |',
    );
  });
});

describe('text cache', () => {
  it('stores extracted text by content hash, and nothing else; --no-cache neither reads nor writes it; results are identical', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-cache-'));
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    const args = ['check', TENDER, fixture('bundles', 'pt-lengkap'), '--format', 'json'];
    const uncached = await runCli([...args, '--no-cache'], { env });
    expect(readdirSync(cache)).toEqual([]);
    const cold = await runCli(args, { env });
    const stored = readdirSync(path.join(cache, 'documents'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(stored.length).toBe(9);
    expect(readdirSync(cache)).toEqual(['documents']);
    const warm = await runCli(args, { env });
    expect(cold.stdout).toBe(uncached.stdout);
    expect(warm.stdout).toBe(uncached.stdout);
  });

  it('keeps what the rules recognised per document-rule version: an edited document type is applied, never hidden by the cache', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-cache-'));
    const rules = path.join(mkdtempSync(path.join(tmpdir(), 'kualifikasi-rules-')), 'rules');
    cpSync(fixture('..', 'rules'), rules, { recursive: true });
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    const args = ['check', TENDER, fixture('bundles', 'pt-lengkap'), '--format', 'json', '--rules', rules];
    const typesOf = (stdout: string) => (JSON.parse(stdout) as JsonReport).bundles[0]?.documents.map((d) => d.docType);
    const before = await runCli(args, { env });
    expect(typesOf(before.stdout)).toContain('nib');
    const entries = () =>
      readdirSync(path.join(cache, 'documents'), { recursive: true })
        .filter((f) => String(f).endsWith('.json'))
        .map((f) => path.join(cache, 'documents', String(f)));
    const recognitions = () =>
      entries().map((f) => Object.keys((JSON.parse(readFileSync(f, 'utf8')) as { recognised: object }).recognised).length);
    expect(recognitions()).toEqual(Array(9).fill(1));

    // The NIB's own title now excludes it: the cached recognition must not be used.
    const nib = path.join(rules, 'documents', 'nib.yaml');
    const original = readFileSync(nib, 'utf8');
    writeFileSync(nib, original.replace('    exclude:\n', "    exclude:\n      - 'nomor\\s+induk\\s+berusaha'\n"));
    const after = await runCli(args, { env });
    expect(typesOf(after.stdout)).not.toContain('nib');
    // Recognised again from the cached text (no second entry per file), and kept beside the first.
    expect(recognitions()).toEqual(Array(9).fill(2));
    // Back to the first rules: both recognitions are still there, and the result is the first one.
    writeFileSync(nib, original);
    expect((await runCli(args, { env })).stdout).toBe(before.stdout);
    expect(recognitions()).toEqual(Array(9).fill(2));
  });

  it('`cache` shows where the cache is and how large; --clear removes only its own folders', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-cache-'));
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    writeFileSync(path.join(cache, 'not-ours.txt'), 'a file the user keeps here');
    await runCli(['check', TENDER, fixture('bundles', 'pt-lengkap'), '--format', 'json'], { env });
    const usage = await runCli(['cache', '--format', 'json'], { env });
    expect(usage.code).toBe(0);
    const before = JSON.parse(usage.stdout) as { dir: string; parts: Record<string, { files: number; bytes: number }> };
    expect(before.dir).toBe(cache);
    expect(before.parts.documents?.files).toBe(9);
    expect(before.parts.documents?.bytes).toBeGreaterThan(1000);
    expect(Object.keys(before.parts)).toEqual(['documents']);
    expect((await runCli(['cache'], { env })).stdout).toMatch(/dokumen \(teks PDF dan hasil pengenalannya\): 9 berkas/);

    const cleared = await runCli(['cache', '--clear', '--lang', 'en'], { env });
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toContain(`Cache cleared: ${cache}`);
    expect(cleared.stdout).toMatch(/documents \(PDF text and what the rules recognised\): 0 files/);
    expect(readdirSync(cache)).toEqual(['not-ours.txt']);
  });

  it('lint writes nothing to the cache folder, and one that cannot hold anything changes nothing', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-cache-'));
    const normal = await runCli(['lint', TENDER, '--format', 'json'], { env: { KUALIFIKASI_CACHE_DIR: cache } });
    expect(normal.stderr).toBe('');
    expect(readdirSync(cache)).toEqual([]);
    const notAFolder = path.join(cache, 'a-file');
    writeFileSync(notAFolder, "the user's own file");
    expect(await runCli(['lint', TENDER, '--format', 'json'], { env: { KUALIFIKASI_CACHE_DIR: notAFolder } })).toEqual(normal);
    expect(readFileSync(notAFolder, 'utf8')).toBe("the user's own file");
  });

  it('`cache --clear` also removes what older versions kept there (validated rules, tenders, compiled code)', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-cache-'));
    for (const old of ['rules', 'tenders', 'code']) {
      mkdirSync(path.join(cache, old, 'v1'), { recursive: true });
      writeFileSync(path.join(cache, old, 'v1', 'entry.json'), '{}');
    }
    writeFileSync(path.join(cache, 'not-ours.txt'), 'a file the user keeps here');
    expect((await runCli(['cache', '--clear'], { env: { KUALIFIKASI_CACHE_DIR: cache } })).code).toBe(0);
    expect(readdirSync(cache)).toEqual(['not-ours.txt']);
  });

  it('inspect reads through the same cache, with the same output as --no-cache', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kualifikasi-cache-'));
    const env = { KUALIFIKASI_CACHE_DIR: cache };
    const args = ['inspect', fixture('bundles', 'pt-lengkap'), '--format', 'json'];
    const uncached = await runCli([...args, '--no-cache'], { env });
    expect(readdirSync(cache)).toEqual([]);
    const cold = await runCli(args, { env });
    const warm = await runCli(args, { env });
    expect(readdirSync(path.join(cache, 'documents'), { recursive: true }).filter((f) => String(f).endsWith('.json'))).toHaveLength(9);
    expect(cold.stdout).toBe(uncached.stdout);
    expect(warm.stdout).toBe(uncached.stdout);
    expect((JSON.parse(warm.stdout) as { documents: unknown[] }).documents).toHaveLength(9);
  });

  it('a cache that cannot be written (its folder is a file) costs only speed: same report, no error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-cache-'));
    writeFileSync(path.join(dir, 'a-file'), 'not a folder');
    const broken = { KUALIFIKASI_CACHE_DIR: path.join(dir, 'a-file', 'cache') };
    const args = ['check', TENDER, fixture('bundles', 'pt-lengkap'), '--format', 'json'];
    const fine = await runCli([...args, '--no-cache']);
    for (let i = 0; i < 2; i++) {
      const r = await runCli(args, { env: broken });
      expect(r.code).toBe(fine.code);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(fine.stdout);
    }
    const usage = await runCli(['cache', '--format', 'json'], { env: broken });
    expect(usage.code).toBe(0);
    expect((JSON.parse(usage.stdout) as { parts: { documents: { files: number } } }).parts.documents.files).toBe(0);
    const cleared = await runCli(['cache', '--clear'], { env: broken });
    expect(cleared.code).toBe(0);
    expect(readFileSync(path.join(dir, 'a-file'), 'utf8')).toBe('not a folder');
  });
});
