// The tender as published: a Dokumen Pemilihan PDF (SPSE layouts of 2019 and 2023, scripts/make-dokmil.ts)
// or a saved SPSE page, given to check, lint and explain through the real CLI. Each must give the same
// statuses as the tender YAML a pokja would write by hand from it (fixtures/dokmil/*.yaml).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, type JsonReport, runCli } from './run-cli.js';

const dokmil = (name: string) => fixture('dokmil', name);
const bundle = (name: string) => fixture('bundles', name);

/** bundle → "id=kind:status ..." */
const statuses = (report: JsonReport) => report.bundles.map((b) => b.requirements.map((r) => `${r.id}=${r.kind}:${r.status}`).join(' '));
type WithPages = JsonReport['bundles'][number]['requirements'][number] & { page?: number };
const pageOf = (report: JsonReport, id: string) =>
  (report.bundles[0]?.requirements.find((r) => r.id === id) as WithPages | undefined)?.page;

describe('check on a Dokumen Pemilihan PDF gives the statuses of the equivalent tender YAML', () => {
  it('2019 layout (LDK chapter, sections A and B, IKP before it, forms after it), two bundles', async () => {
    const bundles = [bundle('pt-lengkap'), bundle('pt-tanpa-nib')];
    const [pdf, yaml] = await Promise.all([
      checkJson([dokmil('dokmil-2019-barang.pdf'), ...bundles]),
      checkJson([dokmil('dokmil-2019-barang.yaml'), ...bundles]),
    ]);
    expect(statuses(pdf.report)).toEqual(statuses(yaml.report));
    expect(pdf.code).toBe(yaml.code);
    // Only the LDK's items: none of the numbered instructions (IKP) or form fields.
    expect(pdf.report.bundles[0]?.requirements.map((r) => r.id)).toEqual([
      'A.1',
      'A.2',
      'A.3',
      'A.4',
      'A.5',
      'A.6',
      'A.7.a',
      'A.7.b',
      'A.7.c',
      'A.8',
      'A.9',
      'B.1',
    ]);
    // Item 6 runs over the page break, past the footer and header of pages 9 and 10.
    const a6 = pdf.report.bundles[0]?.requirements.find((r) => r.id === 'A.6');
    expect(a6?.text).toBe(
      'Mempunyai atau menguasai tempat usaha/kantor dengan alamat yang benar, tetap dan jelas berupa milik sendiri atau sewa',
    );
    expect(pageOf(pdf.report, 'A.6')).toBe(9);
    expect(pageOf(pdf.report, 'A.8')).toBe(10);
    expect(pdf.report.bundles[1]?.requirements.find((r) => r.id === 'A.2')?.status).toBe('fail');
  });

  it('2023 layout (SPSE 4.x "Jenis Izin | Bidang Usaha" table, unlettered sections): the seed case, NIB and SKDU both required', async () => {
    const bundles = [bundle('cv-nib-saja'), bundle('cv-oss-rba')];
    const [pdf, yaml] = await Promise.all([
      checkJson([dokmil('dokmil-2023-jasa-lainnya.pdf'), ...bundles]),
      checkJson([dokmil('dokmil-2023-jasa-lainnya.yaml'), ...bundles]),
    ]);
    expect(statuses(pdf.report)).toEqual(statuses(yaml.report));
    expect(pdf.code).toBe(yaml.code);
    const reqs = pdf.report.bundles[0]?.requirements ?? [];
    // Section ids follow the sections: the technical section's items do not collide with the first one's.
    expect(reqs.map((r) => r.id)).toEqual(['izin-1', 'izin-2', '1', '2', '3', '4', '5', 'teknis.1']);
    expect(reqs.find((r) => r.id === 'izin-1')?.status).toBe('pass');
    expect(reqs.find((r) => r.id === 'izin-2')).toMatchObject({ kind: 'surat_domisili', status: 'waived' });
    // Requirement 2 runs over a page break.
    expect(reqs.find((r) => r.id === '2')?.text).toBe('Telah memenuhi kewajiban perpajakan tahun pajak 2022 (bukti SPT Tahunan)');
    // The intro sentence of the section belongs to no item: listed, not dropped.
    expect(pdf.stderr).toContain('dokmil-2023-jasa-lainnya.pdf p. 8: Memenuhi ketentuan peraturan perundang-undangan');
  });

  it('the 2023 document with its LDP and LDK pages scanned (no text layer): read by OCR, same statuses', async () => {
    const [scan, yaml] = await Promise.all([
      checkJson([dokmil('dokmil-2023-scan.pdf'), bundle('cv-nib-saja')]),
      checkJson([dokmil('dokmil-2023-jasa-lainnya.yaml'), bundle('cv-nib-saja')]),
    ]);
    expect(statuses(scan.report)).toEqual(statuses(yaml.report));
    expect(scan.report.tender).toMatchObject({ announced: '2023-07-03', deadline: '2023-07-17', pages: { announced: 7, deadline: 7 } });
  }, 180_000);

  it('reads the dates with their pages ("pukul 10.00 WIB", a date on the line after its label) into every report format', async () => {
    for (const [file, announced, deadline] of [
      ['dokmil-2019-barang.pdf', '2019-10-01', '2019-10-15'],
      ['dokmil-2023-jasa-lainnya.pdf', '2023-07-03', '2023-07-17'],
    ] as const) {
      const { report } = await checkJson([dokmil(file), bundle('cv-nib-saja')]);
      expect(report.tender).toMatchObject({ announced, deadline, pages: { announced: 7, deadline: 7 } });
    }
    const text = await runCli(['check', dokmil('dokmil-2023-jasa-lainnya.pdf'), bundle('cv-nib-saja')]);
    expect(text.stdout).toContain('Diumumkan: 3 Juli 2023 (hlm. 7) · Batas akhir pemasukan penawaran: 17 Juli 2023 (hlm. 7)');
    expect(text.stdout).toContain('izin-2. SKDU Memiliki Surat Keterangan Domisili Usaha (SKDU) dari kelurahan (hlm. 8)');
    const md = await runCli([
      'check',
      dokmil('dokmil-2023-jasa-lainnya.pdf'),
      bundle('cv-nib-saja'),
      '--format',
      'markdown',
      '--lang',
      'en',
    ]);
    expect(md.stdout).toContain('| Bid deadline | 17 July 2023 (p. 7) |');
    expect(md.stdout).toContain('Memiliki Surat Keterangan Domisili Usaha (SKDU) dari kelurahan (p. 8)');
  });
});

describe('lint and explain on a Dokumen Pemilihan PDF', () => {
  it('lint flags the domicile line with its citation and page', async () => {
    const r = await runCli(['lint', dokmil('dokmil-2023-jasa-lainnya.pdf'), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      requirements: Array<{
        id: string;
        kind: string;
        page?: number;
        findings: Array<{ code: string; severity: string; citations: Array<{ ref: string }> }>;
      }>;
    };
    const skdu = report.requirements.find((q) => q.id === 'izin-2');
    expect(skdu).toMatchObject({ kind: 'surat_domisili', page: 8 });
    expect(skdu?.findings[0]).toMatchObject({ code: 'cannot-be-required', severity: 'error' });
    expect(skdu?.findings[0]?.citations.map((c) => c.ref)).toEqual([
      'se-mendagri-503-6491-sj-2019#skdu-situ-ho',
      'perlkpp-12-2021#larangan-diskriminatif',
    ]);
  });

  it('explain on the PDF lists each requirement with its kind and page, then the law of each kind', async () => {
    const r = await runCli(['explain', dokmil('dokmil-2019-barang.pdf'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Announced: 2019-10-01 (p. 7); deadline: 2019-10-15 (p. 7)');
    expect(r.stdout).toContain('A.3 (p. 9): Memiliki Surat Keterangan Domisili Perusahaan (SKDP) yang masih berlaku\n  → surat_domisili');
    expect(r.stdout).toMatch(/\[surat_domisili\]/);
  });
});

describe('--emit-yaml', () => {
  it('writes the tender understood, with page comments; that file gives the same statuses back', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-dokmil-'));
    const emitted = path.join(dir, 'tender.yaml');
    const bundles = [bundle('cv-nib-saja'), bundle('cv-oss-rba')];
    const first = await checkJson([dokmil('dokmil-2023-jasa-lainnya.pdf'), ...bundles, '--emit-yaml', emitted]);
    const yaml = readFileSync(emitted, 'utf8');
    expect(yaml).toContain('deadline: 2023-07-17 # hlm. 7');
    expect(yaml).toMatch(/# hlm\. 8\n {2}- id: izin-2\n {4}text: SKDU Memiliki Surat Keterangan Domisili Usaha/);
    const again = await checkJson([emitted, ...bundles]);
    expect(statuses(again.report)).toEqual(statuses(first.report));
    // lint and explain write the same file.
    const viaLint = path.join(dir, 'lint.yaml');
    await runCli(['lint', dokmil('dokmil-2023-jasa-lainnya.pdf'), '--emit-yaml', viaLint]);
    expect(readFileSync(viaLint, 'utf8')).toBe(yaml);
    const viaExplain = path.join(dir, 'explain.yaml');
    await runCli(['explain', dokmil('dokmil-2023-jasa-lainnya.pdf'), '--emit-yaml', viaExplain]);
    expect(readFileSync(viaExplain, 'utf8')).toBe(yaml);
    // Never over the tender the user gave.
    const own = await runCli(['lint', emitted, '--emit-yaml', emitted]);
    expect(own.code).toBe(2);
    expect(readFileSync(emitted, 'utf8')).toBe(yaml);
  });
});

describe('a saved SPSE "Informasi Tender" page', () => {
  it('gives the statuses of its YAML; its missing bid deadline stops check with a bilingual error, and lint stands in for it', async () => {
    const refused = await runCli(['check', dokmil('informasi-tender-spse.html'), bundle('pt-lengkap'), '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('lacks tender data that is needed: --deadline');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const [page, yaml] = await Promise.all([
      checkJson([dokmil('informasi-tender-spse.html'), bundle('pt-lengkap'), '--deadline', '2019-10-15']),
      checkJson([dokmil('informasi-tender-spse.yaml'), bundle('pt-lengkap')]),
    ]);
    expect(statuses(page.report)).toEqual(statuses(yaml.report));
    expect(page.report.tender).toMatchObject({ code: '10080250000', announced: '2019-10-01' });
    const lint = await runCli(['lint', dokmil('informasi-tender-spse.html')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('2. Memiliki Surat Keterangan Domisili Perusahaan (SKDP) yang masih berlaku');
  });
});

describe('a PDF that is no tender', () => {
  it("a bidder's NIB given as the tender: a clear error naming it, exit 2, no stack trace", async () => {
    for (const [lang, words] of [
      ['id', 'bukan dokumen tender yang dapat dibaca'],
      ['en', 'is not a tender document that can be read'],
    ] as const) {
      const r = await runCli(['check', bundle('cv-nib-saja/nib-oss-rba.pdf'), bundle('cv-nib-saja'), '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(words);
      expect(r.stderr.trim().split('\n')).toHaveLength(2);
    }
    const lint = await runCli(['lint', bundle('cv-nib-saja/nib-oss-rba.pdf')]);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('bukan dokumen tender');
  });
});
