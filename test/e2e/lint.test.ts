// `kualifikasi lint` on tender YAML and on LDK text pasted from SPSE or a PDF: kinds, findings, exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, runInProcess } from './run-cli.js';

interface LintJson {
  requirements: Array<{
    id: string;
    text: string;
    kind: string;
    line: number;
    findings: Array<{ code: string; severity: string; citations: Array<{ ref: string }> }>;
  }>;
}

const lintJson = async (args: string[]) => {
  const r = await runInProcess(['lint', ...args, '--format', 'json']);
  return { code: r.code, stderr: r.stderr, report: JSON.parse(r.stdout) as LintJson };
};
/** id → [kind, ...finding codes] */
const summary = (report: LintJson) =>
  Object.fromEntries(report.requirements.map((r) => [r.id, [r.kind, ...r.findings.map((f) => f.code)]]));

describe('lint on a tender YAML file', () => {
  it('pins every finding on the 2019-10 tender; an error-severity finding exits 1', async () => {
    const { code, report } = await lintJson([fixture('tenders', '2019-10-barang-komputer.yaml')]);
    expect(code).toBe(1);
    expect(summary(report)).toEqual({
      '1': ['izin_usaha', 'exemption-ignored'],
      '2': ['tdp', 'obsolete-document'],
      '3': ['surat_domisili', 'cannot-be-required'],
      '4': ['npwp'],
      '5': ['spt_tahunan'],
      '6': ['tempat_usaha'],
      '7': ['akta_pendirian', 'exemption-ignored'],
      '8': ['surat_kuasa'],
      '9': ['ktp'],
      '10': ['pakta_integritas'],
      '11': ['surat_pernyataan'],
    });
    const domicile = report.requirements.find((r) => r.id === '3')?.findings[0];
    expect(domicile?.severity).toBe('error');
    expect(domicile?.citations.map((c) => c.ref)).toContain('perlkpp-9-2018#lampiran-3.4.1-e');
  });

  it('before 17 July 2019 a domicile letter may still be required: no error, exit 0', async () => {
    const { code, report } = await lintJson([fixture('tenders', '2019-03-barang-atk.yaml')]);
    expect(code).toBe(0);
    expect(summary(report)['3']).toEqual(['surat_domisili']);
  });

  it('--as-of moves the law: the March tender linted as of 2019-08-01 gets the error', async () => {
    const { code, report } = await lintJson([fixture('tenders', '2019-03-barang-atk.yaml'), '--as-of', '2019-08-01']);
    expect(code).toBe(1);
    expect(summary(report)['3']).toEqual(['surat_domisili', 'cannot-be-required']);
  });
});

describe('lint on LDK plain text', () => {
  it('the SPSE page of a 2019 goods tender: metadata from the text, sub-items split, every finding', async () => {
    const { code, report } = await lintJson([fixture('ldk', 'spse-barang-2019.txt')]);
    expect(code).toBe(1);
    expect(summary(report)).toEqual({
      '1': ['izin_usaha', 'exemption-ignored'],
      '2': ['tdp', 'obsolete-document'],
      '3': ['surat_domisili', 'cannot-be-required'],
      '4': ['npwp+spt_tahunan'],
      '5': ['tempat_usaha'],
      '6.a': ['akta_pendirian', 'exemption-ignored'],
      '6.b': ['surat_kuasa'],
      '6.c': ['ktp'],
      '7': ['pakta_integritas'],
      '8': ['surat_pernyataan'],
    });
    // Findings point at the line the pokja typed.
    expect(report.requirements.find((r) => r.id === '3')?.line).toBe(12);
  });

  it("knows the era: SIUP and TDP demanded after 2021-02-02 are obsolete, with the era's citation; not before", async () => {
    const late = await runCli(['lint', fixture('tenders', '2023-07-jasa-kebersihan-siup.yaml'), '--format', 'json']);
    const r = JSON.parse(late.stdout) as {
      law: { instruments: Array<{ short: string }> };
      requirements: Array<{ id: string; findings: Array<{ code: string; citations: Array<{ ref: string }> }> }>;
    };
    const findings = (id: string) => r.requirements.find((x) => x.id === id)?.findings ?? [];
    expect(findings('1').map((f) => f.code)).toContain('obsolete-document');
    expect(findings('1').flatMap((f) => f.citations.map((c) => c.ref))).toContain('pp-5-2021#pb-risiko-rendah');
    expect(findings('2').flatMap((f) => f.citations.map((c) => c.ref))).toEqual(['pp-5-2021#nib-identitas-registrasi']);
    expect(r.law.instruments.map((i) => i.short)).toContain('PerLKPP 12/2021');
    const early = await runCli([
      'lint',
      fixture('tenders', '2023-07-jasa-kebersihan-siup.yaml'),
      '--as-of',
      '2019-10-01',
      '--format',
      'json',
    ]);
    const e = JSON.parse(early.stdout) as typeof r;
    expect(e.requirements.find((x) => x.id === '1')?.findings.map((f) => f.code)).not.toContain('obsolete-document');
    expect(e.requirements.find((x) => x.id === '2')?.findings.flatMap((f) => f.citations.map((c) => c.ref))).toEqual([
      'pp-24-2018#nib-sebagai-tdp',
    ]);
  });

  it('a 2023 construction LDK copied from a PDF: table rows, sections A/B, a tax year not yet due, template notes', async () => {
    const flags = [
      '--announced',
      '2023-03-06',
      '--deadline',
      '2023-03-20',
      '--type',
      'konstruksi',
      '--name',
      'Rehabilitasi Saluran Drainase',
    ];
    const { code, report, stderr } = await lintJson([fixture('ldk', 'konstruksi-2023.txt'), ...flags]);
    expect(code).toBe(1);
    expect(summary(report)).toEqual({
      'A.1': ['nib+sertifikat_standar'],
      'A.2': ['sbu'],
      // Under PerLKPP 12/2021 the tax item is the KSWP: the SPT wording is flagged as the old list's.
      'A.3': ['npwp+spt_tahunan', 'obsolete-document', 'tax-year-not-due', 'template-note'],
      'A.4': ['kswp'],
      'A.5': ['akta_pendirian', 'exemption-ignored'],
      'A.6': ['surat_domisili', 'cannot-be-required'],
      'A.7': ['surat_pernyataan'],
      // Experience and SKP are lawful technical requirements: understood, never called discriminatory.
      'B.1': ['pengalaman'],
      'B.2': ['sisa_kemampuan_paket'],
    });
    // The page footer is skipped; the unplaced title line is reported, not dropped.
    expect(report.requirements.some((r) => /Halaman/.test(r.text))).toBe(false);
    expect(stderr).toContain('konstruksi-2023.txt:2: Pekerjaan Konstruksi');
  });

  it('a PerLKPP-style lettered list: the perorangan note joins the izin usaha item it qualifies', async () => {
    const { report } = await lintJson([fixture('ldk', 'perlkpp-jasa-lainnya-2024.txt')]);
    const s = summary(report);
    expect(Object.keys(s)).toEqual(['a', 'c', 'd', 'e', 'f.1', 'f.2', 'f.3', 'g']);
    expect(s.a?.[1]).toBeUndefined();
    expect(s.c).toEqual(['tdp', 'obsolete-document']);
    expect(s.e).toEqual(['surat_domisili', 'cannot-be-required']);
  });

  it('--emit-yaml writes a tender file that check accepts and that lints the same', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-ldk-'));
    const emitted = await runInProcess(['lint', fixture('ldk', 'spse-barang-2019.txt'), '--emit-yaml']);
    expect(emitted.code).toBe(0);
    expect(emitted.stdout).toContain('code: "10080250000"');
    expect(emitted.stdout).toContain('deadline: 2019-10-15');
    const file = path.join(dir, 'tender.yaml');
    writeFileSync(file, emitted.stdout);
    const fromYaml = await lintJson([file]);
    const fromText = await lintJson([fixture('ldk', 'spse-barang-2019.txt')]);
    expect(summary(fromYaml.report)).toEqual(summary(fromText.report));
    const check = await runCli(['check', file, fixture('bundles', 'pt-lengkap'), '--format', 'json']);
    expect(check.code).toBe(0);
  });

  it('pasted text without any flag runs; findings that need the bid deadline say so instead of refusing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-ldk-'));
    const file = path.join(dir, 'ldk.txt');
    writeFileSync(
      file,
      '1. Memiliki NIB\n2. Memiliki NPWP dan SPT Tahunan tahun pajak 2018\n3. Memiliki Surat Keterangan Domisili Perusahaan\n',
    );
    const { code, report } = await lintJson([file]);
    // Judged by today's law: the domicile letter cannot be required, the SPT wording gives way to KSWP.
    expect(code).toBe(1);
    expect(summary(report)).toEqual({
      '1': ['nib'],
      '2': ['npwp+spt_tahunan', 'obsolete-document', 'needs-deadline'],
      '3': ['surat_domisili', 'cannot-be-required'],
    });
    const text = await runInProcess(['lint', file]);
    expect(text.stdout).toMatch(
      /^Tanggal pengumuman tidak diketahui: diterapkan ketentuan yang berlaku pada \d{1,2} \p{L}+ \d{4} \(berikan --announced untuk tanggal tender\)\.\n/u,
    );
    expect(text.stdout).toContain(
      'Tahun pajak 2018 belum dapat dinilai tanpa batas akhir pemasukan penawaran: jalankan lagi dengan --deadline TTTT-BB-HH (dan --announced).',
    );
    // With the dates, the tax year is judged: 2018 is outdated by a 2024 deadline.
    const dated = await lintJson([file, '--announced', '2024-01-02', '--deadline', '2024-01-16']);
    expect(summary(dated.report)['2']).toEqual(['npwp+spt_tahunan', 'obsolete-document', 'tax-year-outdated']);
    expect(readFileSync(file, 'utf8')).toContain('1. Memiliki NIB\n');
  });

  it('--emit-yaml still needs the metadata a tender file holds, in one paragraph, exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-ldk-'));
    const file = path.join(dir, 'ldk.txt');
    writeFileSync(file, '1. Memiliki NIB\n2. Memiliki NPWP\n');
    const r = await runInProcess(['lint', file, '--emit-yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name, --type, --announced, --deadline');
  });

  it('text with no numbered items is an input error, not an empty success', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-ldk-'));
    const file = path.join(dir, 'kosong.txt');
    writeFileSync(file, 'Persyaratan Kualifikasi\n\n');
    const r = await runInProcess(['lint', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No requirement items could be read');
  });
});
