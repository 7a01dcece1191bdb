// A 2024 jasa konsultansi LDK of a provincial LPSE (fixtures/ldk/konsultansi-2024.txt) through the real CLI:
// each line read for what it says, and the LDK's own exemption from experience applied to a real PDF bundle.
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, runInProcess, statuses } from './run-cli.js';

interface LintJson {
  requirements: Array<{ id: string; text: string; kind: string; findings: Array<{ code: string; message: string }> }>;
}

describe('a 2024 konsultansi LDK, line by line', () => {
  it('maps each line to what it asks for; what says more than a kind is left for review with the kind named', async () => {
    const r = await runInProcess(['lint', fixture('ldk', 'konsultansi-2024.txt'), '--format', 'json', '--lang', 'en']);
    const report = JSON.parse(r.stdout) as LintJson;
    // By wording, not by id: how the section ids are written is another part of the reader.
    const kindOf = (start: string) => report.requirements.find((q) => q.text.startsWith(start))?.kind;
    expect(kindOf('Memiliki Nomor Induk Berusaha dan Sertifikat Standar')).toBe('nib+sertifikat_standar');
    expect(kindOf('Surat Kuasa')).toBe('surat_kuasa');
    expect(kindOf('Bukti bahwa yang diberikan kuasa merupakan pegawai tetap')).toBe('bukti_pegawai_tetap');
    expect(kindOf('Menyetujui Surat Pernyataan Peserta')).toBe('surat_pernyataan');
    expect(kindOf('Menyampaikan Surat Pernyataan bermaterai')).toBe('unknown');
    expect(kindOf('Penyedia dengan kualifikasi usaha kecil')).toBe('pengalaman');
    const statement = report.requirements.find((q) => q.text.startsWith('Menyampaikan Surat Pernyataan'));
    expect(statement?.findings[0]?.message).toMatch(
      /^The wording says "tidak akan menuntut", more than the rules check for surat_pernyataan/,
    );
    expect(statement?.findings[0]?.message).toContain('Closest known kinds: surat_pernyataan');
  });
});

describe("the LDK's own exemption on a real bundle", () => {
  it('waives experience for a CV founded in 2023 with Usaha Kecil on its NIB, citing the tender line; the pegawai tetap proof is not asked', async () => {
    const { report } = await checkJson([
      fixture('tenders', '2024-09-konsultansi-pengawasan.yaml'),
      fixture('bundles', 'cv-oss-rba'),
      '--lang',
      'en',
    ]);
    const s = statuses(report);
    expect(s).toMatchObject({
      'A.4.2': 'not_applicable',
      'A.4.3': 'not_applicable',
      'A.6': 'pass',
      'A.7': 'review',
      'B.1': 'waived',
      'B.2': 'waived',
    });
    const b1 = report.bundles[0]?.requirements.find((q) => q.id === 'B.1');
    expect(b1?.via).toBe('pengecualian-ldk');
    expect(b1?.citations.map((c) => [c.ref, c.instrument, c.verified])).toEqual([['tender#B.2', 'LDK tender 10241337000', true]]);
    expect(b1?.evidence.map((e) => [e.file, e.page, e.value])).toEqual([
      ['akta-pendirian-cv.pdf', 1, '2023-03-15'],
      ['nib-oss-rba.pdf', 1, 'Usaha Kecil'],
    ]);
  });

  it('is review, never fail, when the package value is not known', async () => {
    const { report } = await checkJson([
      fixture('tenders', '2024-09-konsultansi-pengawasan-tanpa-hps.yaml'),
      fixture('bundles', 'cv-oss-rba'),
    ]);
    expect(statuses(report)).toMatchObject({ 'B.1': 'review', 'B.2': 'review' });
    const b1 = report.bundles[0]?.requirements.find((q) => q.id === 'B.1');
    expect(b1?.reason).toContain('nilai HPS/pagu paket tidak diketahui');
    expect(b1?.citations.map((c) => c.ref)).toContain('tender#B.2');
  });
});
