// `kualifikasi check` run as a real process on the shipped fixtures: exact statuses, citations and exit codes.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, type JsonReport, runCli, runInProcess, statuses } from './run-cli.js';

const T2019_10 = fixture('tenders', '2019-10-barang-komputer.yaml');
const T2019_03 = fixture('tenders', '2019-03-barang-atk.yaml');
const T2024 = fixture('tenders', '2024-08-jasa-kebersihan.yaml');
const T2023 = fixture('tenders', '2023-05-konsultan-perorangan.yaml');
const bundle = (name: string) => fixture('bundles', name);

/** The 2019-10 tender's eleven requirements when everything is in order. */
const ALL_GOOD_2019_10 = {
  '1': 'pass',
  '2': 'pass',
  '3': 'waived',
  '4': 'pass',
  '5': 'pass',
  '6': 'pass',
  '7': 'pass',
  '8': 'not_applicable',
  '9': 'pass',
  '10': 'pass',
  '11': 'pass',
};

const requirement = (report: JsonReport, id: string, b = 0) => {
  const r = report.bundles[b]?.requirements.find((x) => x.id === id);
  if (!r) throw new Error(`requirement ${id} missing from the report`);
  return r;
};
const refs = (report: JsonReport, id: string) => requirement(report, id).citations.map((c) => c.ref);

/** The JSON contract's invariants, checked on every report the tests produce. */
function expectContract(report: JsonReport): void {
  expect(report.schemaVersion).toBe(1);
  expect(report.tool.name).toBe('kualifikasi');
  expect(report.ruleset.sha256).toMatch(/^[0-9a-f]{64}$/);
  for (const b of report.bundles) {
    expect(['pass', 'fail', 'review']).toContain(b.verdict);
    for (const r of b.requirements) {
      expect(['pass', 'fail', 'review', 'waived', 'not_applicable']).toContain(r.status);
      expect(r.reason.length).toBeGreaterThan(10);
      if (['fail', 'waived', 'not_applicable'].includes(r.status) || (r.status === 'pass' && r.via))
        expect(r.citations.length).toBeGreaterThan(0);
      if (r.status === 'pass') expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(e.page).toBeGreaterThanOrEqual(1);
        expect(b.documents.map((d) => d.file)).toContain(e.file);
      }
    }
  }
}

describe('check on the 2019-10 goods tender (after PP 24/2018 and SE Mendagri 503/6491/SJ)', () => {
  it('passes a complete PT bundle: TDP through its NIB, SKDP waived, no proxy so no surat kuasa', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-lengkap')]);
    expectContract(report);
    expect(code).toBe(0);
    expect(report.bundles[0]?.verdict).toBe('pass');
    expect(report.bundles[0]?.bidder).toMatchObject({ name: 'PT Sinar Data Nusantara', form: 'pt', source: 'documents' });
    expect(statuses(report)).toEqual(ALL_GOOD_2019_10);

    const tdp = requirement(report, '2');
    expect(tdp.via).toBe('nib-sebagai-tdp');
    expect(tdp.citations[0]).toMatchObject({ instrument: 'PP 24/2018', verified: false });
    expect(tdp.evidence[0]).toMatchObject({ file: '01-nib.pdf', page: 1, docType: 'nib', value: '8120114180194' });
    expect(tdp.reason).toContain('NIB berlaku juga sebagai TDP');

    const skdp = requirement(report, '3');
    expect(skdp.citations.map((c) => c.instrument)).toContain('SE Mendagri 503/6491/SJ');
    expect(refs(report, '3')).toContain('perlkpp-9-2018#lampiran-3.4.1-e');
    expect(skdp.reason).toContain('tidak dapat dijadikan dasar untuk menggugurkan');

    expect(requirement(report, '5').evidence[0]).toMatchObject({ file: '04-spt-tahunan.pdf', docType: 'spt_tahunan', value: '2018' });
    expect(requirement(report, '8').reason).toContain('Budi Santoso (Direktur Utama');
    // The linter flags the pokja's own wording at the top of the report.
    const findings = Object.fromEntries(report.tenderFindings.map((f) => [f.id, f.findings.map((x) => x.code)]));
    expect(findings['2']).toContain('obsolete-document');
    expect(findings['3']).toContain('cannot-be-required');
  });

  it('fails a bundle whose SPT is for 2017 when the LDK names 2018, with a remedy', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-spt-salah-tahun')]);
    expectContract(report);
    expect(code).toBe(1);
    expect(statuses(report)).toEqual({ ...ALL_GOOD_2019_10, '5': 'fail' });
    const spt = requirement(report, '5');
    expect(spt.reason).toContain('2017');
    expect(spt.reason).toContain('2018');
    expect(refs(report, '5')).toEqual(['perlkpp-9-2018#lampiran-3.4.1-d']);
  });

  it('fails TDP when there is neither a TDP nor an NIB, and says it looked for both', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-tanpa-nib')]);
    expectContract(report);
    expect(code).toBe(1);
    expect(statuses(report)).toEqual({ ...ALL_GOOD_2019_10, '2': 'fail' });
    const tdp = requirement(report, '2');
    expect(tdp.reason).toMatch(/Tanda Daftar Perusahaan \(TDP\)/);
    expect(tdp.reason).toMatch(/Nomor Induk Berusaha \(NIB\)/);
    // The same reason by its code, whatever the language: nothing found, no substitute either.
    expect(tdp.reasonCode).toBe('missing.fail');
    expect(refs(report, '2')).toEqual(['perlkpp-9-2018#lampiran-3.4.1-c']);
  });

  it('sends TDP to review, not fail, when the only NIB is a scan without a text layer and OCR is off', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-nib-scan'), '--no-ocr']);
    expectContract(report);
    expect(code).toBe(3);
    expect(report.bundles[0]?.verdict).toBe('review');
    expect(statuses(report)).toEqual({ ...ALL_GOOD_2019_10, '2': 'review' });
    expect(requirement(report, '2').reason).toContain('01-nib.pdf');
    const scan = report.bundles[0]?.documents.find((d) => d.file === '01-nib.pdf');
    expect(scan?.docType).toBeNull();
    expect(scan?.problems.map((p) => p.code)).toEqual(['no_text_layer']);
  });

  it('recognises documents by content whatever their file names, and accepts a proxy signer with a surat kuasa', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-nama-acak')]);
    expectContract(report);
    expect(code).toBe(0);
    expect(statuses(report)).toEqual({ ...ALL_GOOD_2019_10, '8': 'pass' });
    const types = Object.fromEntries(report.bundles[0]?.documents.map((d) => [d.file, d.docType]) ?? []);
    expect(types).toEqual({
      'Dokumen (3).pdf': 'npwp',
      'IMG_20191011_0932.pdf': 'izin_usaha',
      'KTP.pdf': 'ktp',
      'WhatsApp Document 2019-10-12.pdf': 'akta',
      'doc20191009.pdf': 'surat_kuasa',
      'final FIX revisi.pdf': 'spt_tahunan',
      'lampiran.pdf': 'surat_pernyataan',
      'scan0001.pdf': 'nib',
      'scan0002.pdf': 'pakta_integritas',
      'untitled.pdf': 'sewa_kantor',
    });
    expect(requirement(report, '8').evidence[0]?.file).toBe('doc20191009.pdf');
  });

  it('reports a truncated PDF and a fake PDF, still checks the rest, and makes only the requirement they might hold review', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-pdf-rusak')]);
    expectContract(report);
    expect(code).toBe(3);
    expect(statuses(report)).toEqual({ ...ALL_GOOD_2019_10, '7': 'review' });
    const problems = Object.fromEntries(
      report.bundles[0]?.documents.filter((d) => d.problems.length > 0).map((d) => [d.file, d.problems.map((p) => p.code)]) ?? [],
    );
    expect(problems).toEqual({ '06-akta-pendirian.pdf': ['unparseable'], 'catatan-penawaran.pdf': ['not_pdf'] });
  });

  it('the deed names a new director but the old one signs without a surat kuasa (domain edge case 6)', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-direktur-baru')]);
    expectContract(report);
    expect(code).toBe(1);
    expect(statuses(report)).toEqual({ ...ALL_GOOD_2019_10, '8': 'fail', '10': 'review', '11': 'review' });
    // Signing as Direktur Utama but not a director in the deed: said so, without contradicting the title.
    expect(requirement(report, '8').reason).toBe(
      'Dokumen ditandatangani oleh Bambang Sutrisno (Direktur Utama, 08-pakta-integritas.pdf); Bambang Sutrisno (Direktur Utama, 09-surat-pernyataan.pdf), yang tidak tercantum sebagai direktur dalam akta (direktur menurut akta: Anita Rahayu), tetapi tidak ada surat kuasa.',
    );
    expect(requirement(report, '10').reason).toContain('Perlu klarifikasi: Bambang Sutrisno menandatangani 08-pakta-integritas.pdf');
    const consistency = (report.bundles[0] as unknown as { consistency: Array<{ subject: string; severity: string }> }).consistency;
    expect(consistency.map((c) => [c.subject, c.severity])).toEqual([
      ['signatory', 'mismatch'],
      ['signatory', 'mismatch'],
    ]);
  });

  it('tax documents in another name and NPWP: only the documents that disagree with the NIB and akta go to review', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-nama-beda')]);
    expectContract(report);
    expect(code).toBe(3);
    expect(statuses(report)).toEqual({ ...ALL_GOOD_2019_10, '4': 'review', '5': 'review' });
    const npwp = requirement(report, '4');
    expect(npwp.reason).toContain('"PT NUSANTARA DATA PERSADA" (03-npwp.pdf, 04-spt-tahunan.pdf)');
    expect(requirement(report, '5').reason).toContain('53.219.604.8-611.000 (04-spt-tahunan.pdf)');
    // Both readings are shown as evidence, each with its file and page.
    expect(npwp.evidence.map((e) => e.file)).toEqual(expect.arrayContaining(['01-nib.pdf', '03-npwp.pdf']));
  });

  it('checks several bundles in one run; the exit code is the worst verdict', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-lengkap'), bundle('pt-nib-scan'), bundle('pt-tanpa-nib'), '--no-ocr']);
    expect(report.bundles.map((b) => b.verdict)).toEqual(['pass', 'review', 'fail']);
    expect(code).toBe(1);
    const reviewOnly = await checkJson([T2019_10, bundle('pt-lengkap'), bundle('pt-nib-scan'), '--no-ocr']);
    expect(reviewOnly.code).toBe(3);
  });

  it('applies the law of --as-of: before the SE of 17 July 2019 the domicile letter is a real requirement', async () => {
    const { code, report } = await checkJson([T2019_10, bundle('pt-lengkap'), '--as-of', '2019-07-16']);
    expect(report.asOf).toBe('2019-07-16');
    expect(requirement(report, '3').status).toBe('fail');
    expect(code).toBe(1);
  });
});

describe('check on the other tenders', () => {
  it('before 17 July 2019 a missing SKDP fails, and a LibreOffice-printed CV bundle with an SKDP passes', async () => {
    const pt = await checkJson([T2019_03, bundle('pt-lengkap')]);
    expectContract(pt.report);
    // The BPE of this bundle was filed on 2019-04-26, after this tender's deadline: review, with both dates.
    expect(statuses(pt.report)).toEqual({ '1': 'pass', '2': 'pass', '3': 'fail', '4': 'review', '5': 'pass', '6': 'pass', '7': 'pass' });
    expect(requirement(pt.report, '4').reason).toContain('2019-04-26');
    expect(pt.code).toBe(1);

    const cv = await checkJson([T2019_03, bundle('cv-libreoffice')]);
    expectContract(cv.report);
    expect(cv.code).toBe(0);
    expect(statuses(cv.report)).toEqual({ '1': 'pass', '2': 'pass', '3': 'pass', '4': 'pass', '5': 'pass', '6': 'pass', '7': 'pass' });
    // No tax year named and a deadline of 18 March 2019: 2017 is the last year whose return was due (30 April 2018).
    const spt = requirement(cv.report, '4');
    expect(spt.parts?.find((p) => p.kind === 'spt_tahunan')?.evidence[0]?.value).toBe('2017');
  });

  it('a CV with only an OSS-RBA NIB meets a 2024 LDK that still asks for TDP and SKDU', async () => {
    const { code, report } = await checkJson([T2024, bundle('cv-nib-saja')]);
    expectContract(report);
    expect(code).toBe(0);
    expect(report.bundles[0]?.bidder).toMatchObject({ name: 'CV Berkah Bersih Mandiri', form: 'cv' });
    expect(statuses(report)).toEqual({
      '1': 'pass',
      '2': 'pass',
      '3': 'waived',
      '4': 'pass',
      '5': 'pass',
      '6': 'pass',
      '7': 'pass',
      '8': 'pass',
      '9': 'pass',
    });
    // 2024: the NIB stands in for a TDP on PP 5/2021, never PP 24/2018, which ended on 2021-02-02.
    expect(requirement(report, '2').via).toBe('nib-sebagai-tdp-pp-5-2021');
    expect(refs(report, '2')).not.toContain('pp-24-2018#nib-sebagai-tdp');
    expect(requirement(report, '1').evidence[0]).toMatchObject({ file: 'nib-oss-rba.pdf', value: '2203230004512' });
    expect(report.law.instruments.map((i: { short: string }) => i.short)).toEqual(expect.arrayContaining(['PerLKPP 12/2021', 'PP 5/2021']));
  });

  it('2023 tender asking for SIUP, TDP, NPWP, SPT 2022 and SKDU: an OSS-RBA NIB with low-risk KBLI passes on PP 5/2021 under PerLKPP 12/2021', async () => {
    const { code, report } = await checkJson([fixture('tenders', '2023-07-jasa-kebersihan-siup.yaml'), bundle('cv-oss-rba')]);
    expectContract(report);
    expect(code).toBe(0);
    expect(statuses(report)).toEqual({
      '1': 'pass',
      '2': 'pass',
      '3': 'pass',
      '4': 'pass',
      '5': 'waived',
      '6': 'pass',
      '7': 'pass',
      '8': 'pass',
    });
    expect(refs(report, '1')).toEqual(['pp-5-2021#pb-risiko-rendah', 'perlkpp-12-2021#kualifikasi-perizinan-berusaha']);
    const shorts = report.law.instruments.map((i: { short: string }) => i.short);
    expect(shorts).toContain('PerLKPP 12/2021');
    expect(shorts).not.toContain('PerLKPP 9/2018');
    expect(shorts).not.toContain('PP 24/2018');
    const cited = report.bundles[0].requirements.flatMap((r: { citations: Array<{ ref: string }> }) => r.citations.map((c) => c.ref));
    expect(cited.filter((r: string) => r.startsWith('pp-24-2018') || r.startsWith('perlkpp-9-2018'))).toEqual([]);
  });

  it("the same bundle on a 2026 LDK in today's wording passes on PP 28/2025", async () => {
    const { code, report, stdout } = await checkJson([fixture('tenders', '2026-03-jasa-kebersihan.yaml'), bundle('cv-oss-rba')]);
    expectContract(report);
    expect(code).toBe(0);
    expect(refs(report, 'A.1')).toContain('pp-28-2025#pasal-130');
    expect(refs(report, 'A.3')).toContain('pp-28-2025#pasal-220-ayat-2');
    expect(report.law.gaps).toEqual([]);
    expect(stdout).toContain('"short": "PP 28/2025"');
  });

  it("a tender dated past the rules' review date: coverage warning on top and review, never a silent verdict", async () => {
    const r = await runCli(['check', fixture('tenders', '2026-03-jasa-kebersihan.yaml'), bundle('cv-oss-rba'), '--as-of', '2027-09-01']);
    expect(r.code).toBe(3);
    const head = r.stdout.split('\n').slice(0, 6).join('\n');
    expect(head).toContain('PERINGATAN CAKUPAN');
    expect(head).toContain('2027-06-30');
    expect(r.stdout).not.toContain('Memenuhi [');
  });

  it('an individual (form stated in bundle.yaml) needs no izin usaha in 2019; in 2023 it is review, never fail', async () => {
    const { code, report } = await checkJson([T2023, bundle('perorangan-tanpa-izin')]);
    expectContract(report);
    expect(code).toBe(3);
    expect(report.bundles[0]?.bidder).toEqual({ name: 'Ahmad Fauzi', form: 'perorangan', source: 'manifest' });
    expect(statuses(report)).toEqual({ '1': 'review', '2': 'pass', '3': 'pass', '4': 'pass', '5': 'pass' });
    expect(refs(report, '1')).toContain('perlkpp-12-2021#perorangan-izin-usaha');
    const early = await checkJson([T2023, bundle('perorangan-tanpa-izin'), '--as-of', '2019-10-01']);
    expect(statuses(early.report)['1']).toBe('not_applicable');
    expect(refs(early.report, '1')).toContain('perlkpp-9-2018#lampiran-3.4.1-b');
  });
});

describe('check output and behaviour', () => {
  it('prints Indonesian text by default and English with --lang en, without colour when NO_COLOR is set', async () => {
    const id = await runCli(['check', T2019_10, bundle('pt-lengkap')]);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Memenuhi');
    expect(id.stdout).toContain('Tidak Dipersyaratkan');
    expect(id.stdout).toContain('Tidak Berlaku');
    expect(id.stdout).toContain('PP 24/2018');
    expect(id.stdout).not.toMatch(/\u001b\[/);

    const en = await runCli(['check', T2019_10, bundle('pt-spt-salah-tahun'), '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Does not meet');
    expect(en.stdout).toContain('Waived (cannot be required)');
    expect(en.stdout).toContain('TDP');
  });

  it('writes the report to --output and leaves the bundle untouched', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-e2e-'));
    const out = path.join(dir, 'laporan.json');
    const hashes = () =>
      Object.fromEntries(
        readdirSync(bundle('pt-pdf-rusak')).map((f) => [
          f,
          createHash('sha256')
            .update(readFileSync(path.join(bundle('pt-pdf-rusak'), f)))
            .digest('hex'),
        ]),
      );
    const before = hashes();
    const r = await runCli(['check', T2019_10, bundle('pt-pdf-rusak'), '--format', 'json', '--output', out]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).bundles[0]?.verdict).toBe('review');
    expect(hashes()).toEqual(before);
  });

  it('tells a bidder what to do about each unreadable file, in Indonesian and in English', async () => {
    const id = await runCli(['check', T2019_10, bundle('pt-pdf-rusak')]);
    expect(id.stdout).toContain('06-akta-pendirian.pdf — tidak dikenali: PDF rusak dan tidak dapat dibaca');
    expect(id.stdout).toContain('Saran: Berkas rusak: unduh atau ekspor ulang PDF-nya dari sumbernya.');
    const en = await runCli(['inspect', fixture('bundles', 'pt-nib-scan', '01-nib.pdf'), '--lang', 'en', '--no-ocr']);
    expect(en.stdout).toContain('Remedy: Upload the original electronic document (e.g. download the NIB from OSS again)');
  });

  it('--also writes further formats in the same run: JUnit for CI beside the text for people', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-e2e-'));
    const junit = path.join(dir, 'hasil.xml');
    const json = path.join(dir, 'hasil.json');
    const r = await runCli(['check', T2019_10, bundle('pt-nib-scan'), '--no-ocr', '--also', `junit=${junit}`, '--also', `json=${json}`]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Perlu Klarifikasi');
    expect(readFileSync(junit, 'utf8')).toContain('<failure type="review"');
    expect((JSON.parse(readFileSync(json, 'utf8')) as JsonReport).bundles[0]?.verdict).toBe('review');
    const bad = await runCli(['check', T2019_10, bundle('pt-nib-scan'), '--no-ocr', '--also', 'xml=x.xml']);
    expect(bad.code).toBe(2);
  });

  it('gives the same JSON for the same inputs', async () => {
    const a = await runCli(['check', T2019_10, bundle('pt-lengkap'), '--format', 'json']);
    const b = await runCli(['check', T2019_10, bundle('pt-lengkap'), '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('prints printable evaluation minutes as Markdown and HTML', async () => {
    const md = await runCli(['check', T2019_10, bundle('pt-lengkap'), bundle('pt-tanpa-nib'), '--format', 'markdown']);
    expect(md.code).toBe(1);
    expect(md.stdout).toMatch(/^# /m);
    expect(md.stdout).toContain('PT Mitra Teknologi Abadi');
    const html = await runCli(['check', T2019_10, bundle('pt-lengkap'), '--format', 'html']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(html.stdout).toContain('PT Sinar Data Nusantara');
  });
});

describe('usage and input errors: exit 2, one paragraph in the user language, no stack trace', () => {
  const expectCleanError = (r: { code: number; stdout: string; stderr: string }) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kualifikasi: /);
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/);
  };

  it('missing tender file', async () => {
    const r = await runInProcess(['check', 'tidak-ada.yaml', bundle('pt-lengkap')]);
    expectCleanError(r);
    expect(r.stderr).toContain('Berkas tender tidak-ada.yaml tidak ditemukan');
  });

  it('the tender is reported first when the bundle is missing too (bundles are listed early, reported in order)', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await runInProcess(['check', 'tidak-ada.yaml', bundle('tidak-ada')]);
      expectCleanError(r);
      expect(r.stderr).toContain('Berkas tender tidak-ada.yaml tidak ditemukan');
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    }
  });

  it('invalid tender YAML names file and line, and suggests the misspelt key', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-e2e-'));
    const file = path.join(dir, 'tender.yaml');
    writeFileSync(
      file,
      'tender:\n  name: Pengadaan ATK\n  procurement_typ: barang\n  announced: 2019-10-01\n  deadline: 2019-10-15\nrequirements:\n  - id: "1"\n    text: Memiliki NIB\n',
    );
    const r = await runInProcess(['check', file, bundle('pt-lengkap')]);
    expectCleanError(r);
    expect(r.stderr).toContain(`${file}:3:`);
    expect(r.stderr).toContain('procurement_type');
    expect(readFileSync(file, 'utf8')).toContain('procurement_typ: barang');
  });

  it('unknown and missing tender keys: each on its own line, in the chosen language', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-e2e-'));
    const file = path.join(dir, 'tender.yaml');
    writeFileSync(
      file,
      'tender:\n  name: Paket\n  procurment_type: barang\n  anounced: 2019-10-01\nrequirements:\n  - id: "1"\n    txt: Memiliki NIB\n',
    );
    const id = await runInProcess(['check', file, bundle('pt-lengkap')]);
    expectCleanError(id);
    expect(id.stderr.split('\n').slice(1, 6)).toEqual([
      `  ${file}:3:1: tender: kunci "procurment_type" tidak dikenal (maksud Anda "procurement_type"?)`,
      `  ${file}:4:1: tender: kunci "anounced" tidak dikenal (maksud Anda "announced"?)`,
      `  ${file}:7:1: requirements[0]: kunci "txt" tidak dikenal (maksud Anda "text"?)`,
      `  ${file}:1:1: kunci "deadline" wajib ada di bawah "tender"`,
      'Perbaiki baris yang disebut di atas; contoh yang benar ada di fixtures/tenders/, dan `kualifikasi schema tender` mencetak skemanya untuk editor.',
    ]);
    const en = await runInProcess(['check', file, bundle('pt-lengkap'), '--lang', 'en']);
    expect(en.stderr).toContain(`  ${file}:1:1: the key "deadline" is required under "tender"\n`);
    writeFileSync(
      file,
      'tender:\n  name: Paket\n  procurement_type: barang2\n  announced: 2019-10-01\n  deadline: 2019-10-15\nrequirements: []\n',
    );
    const values = await runInProcess(['check', file, bundle('pt-lengkap')]);
    expect(values.stderr).toContain(
      `  ${file}:3:1: tender.procurement_type: nilai "barang2" tidak sah; pilihan: "barang", "konstruksi", "konsultansi", "jasa_lainnya"\n`,
    );
    expect(values.stderr).toContain(`  ${file}:6:1: requirements: tender memerlukan paling sedikit satu persyaratan\n`);
  });

  it("commander's help and usage errors speak the run's language", async () => {
    const help = await runInProcess(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Pemakaian: kualifikasi check \[opsi\] <tender-file> <bundle-dir\.\.\.>\n/);
    expect(help.stdout).toContain('\nArgumen:\n');
    expect(help.stdout).toContain('\nOpsi:\n');
    expect(help.stdout).toContain('(pilihan: "id", "en", bawaan: "id")');
    expect(help.stdout).not.toMatch(/Usage|Options|Arguments|default:|choices:/);
    const top = await runInProcess(['--help']);
    expect(top.stdout).toContain('help [perintah]');
    expect(top.stdout).toContain('tampilkan bantuan untuk suatu perintah');
    expect(top.stdout).not.toMatch(/display help|Commands:/);
    const en = await runInProcess(['check', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: kualifikasi check \[options\]/);
    const cases: Array<[string[], string]> = [
      [['check'], 'argumen <tender-file> belum diberikan'],
      [['chek'], 'perintah chek tidak dikenal (maksud Anda check?)'],
      [['check', 'a', 'b', '--format', 'pdf'], 'nilai "pdf" untuk --format <format> tidak sah; pilihan: text, json, markdown, html, junit'],
      [['check', 'a', 'b', '--bogus'], 'opsi --bogus tidak dikenal'],
      [['schema', 'tender', 'lagi'], 'terlalu banyak argumen: diharapkan 1, diberikan 2'],
    ];
    for (const [args, detail] of cases) {
      const r = await runInProcess(args);
      expectCleanError(r);
      expect(r.stderr).toBe(
        `kualifikasi: Perintah tidak lengkap atau salah: ${detail}.\nJalankan \`kualifikasi --help\` untuk melihat cara pemakaian.\n`,
      );
    }
    const bare = await runInProcess([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Pemakaian: kualifikasi \[opsi\] \[perintah\]/);
  });

  it('inspect of a file that does not exist says the file, not a folder, was not found', async () => {
    const r = await runInProcess(['inspect', 'tidak-ada.pdf']);
    expectCleanError(r);
    expect(r.stderr.split('\n')[0]).toBe('kualifikasi: Berkas tidak-ada.pdf tidak ditemukan.');
  });

  it('missing bundle folder, in English with --lang en', async () => {
    const r = await runInProcess(['check', T2019_10, bundle('tidak-ada'), '--lang', 'en']);
    expectCleanError(r);
    expect(r.stderr).toContain('does not exist');
  });

  it('bad --as-of date and unknown format', async () => {
    const date = await runInProcess(['check', T2019_10, bundle('pt-lengkap'), '--as-of', '2019-13-01']);
    expectCleanError(date);
    expect(date.stderr).toContain('TTTT-BB-HH');
    expectCleanError(await runInProcess(['check', T2019_10, bundle('pt-lengkap'), '--format', 'xml']));
  });

  it('invalid rules folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kualifikasi-e2e-'));
    const r = await runInProcess(['check', T2019_10, bundle('pt-lengkap'), '--rules', dir]);
    expectCleanError(r);
    expect(existsSync(dir)).toBe(true);
  });
});
