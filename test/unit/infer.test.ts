import { beforeAll, describe, expect, it } from 'vitest';
import { msg, say } from '../../src/i18n/messages.js';
import { loadRuleset, type Ruleset } from '../../src/rules/load.js';
import { inferKind, kindText, namedTaxYear } from '../../src/tender/infer.js';

const saysMoreText = (k: ReturnType<typeof inferKind>) => {
  const more = k.op === 'unknown' ? (k.saysMore ?? []) : [];
  if (more.length === 0) return { id: '', en: '' };
  const m = msg('requirement.unknown', { closest: [], saysMore: more });
  return { id: say(m, 'id'), en: say(m, 'en') };
};

let rules: Ruleset;
beforeAll(async () => {
  rules = await loadRuleset();
});

const kindOf = (text: string) => kindText(inferKind(text, rules));

describe('understanding LDK wording', () => {
  it.each([
    ['Memiliki Tanda Daftar Perusahaan (TDP)', 'tdp'],
    ['Memiliki Nomor Induk Berusaha (NIB)', 'nib'],
    ['Memiliki Surat Izin Usaha Perdagangan (SIUP) kecil/menengah/besar yang masih berlaku', 'izin_usaha'],
    ['Memiliki izin usaha di bidang jasa kebersihan (KBLI 81210) yang diterbitkan melalui OSS', 'izin_usaha'],
    ['Memiliki Surat Keterangan Domisili Perusahaan (SKDP) yang masih berlaku', 'surat_domisili'],
    ['Memiliki Surat Izin Tempat Usaha (SITU)', 'surat_domisili'],
    ['Melampirkan izin gangguan (HO)', 'surat_domisili'],
    [
      'Mempunyai atau menguasai tempat usaha/kantor dengan alamat yang benar, tetap dan jelas berupa milik sendiri atau sewa',
      'tempat_usaha',
    ],
    ['Memiliki Nomor Pokok Wajib Pajak (NPWP)', 'npwp'],
    ['Telah memenuhi kewajiban perpajakan tahun pajak terakhir (SPT Tahunan tahun pajak 2018)', 'spt_tahunan'],
    ['Kartu Tanda Penduduk (KTP) pimpinan/direktur', 'ktp'],
    ['Surat Kuasa (apabila dikuasakan)', 'surat_kuasa'],
    ['Menyetujui Pernyataan Pakta Integritas', 'pakta_integritas'],
    ['Surat Pernyataan Pakta Integritas', 'pakta_integritas'],
    ['Mempunyai status valid keterangan Wajib Pajak berdasarkan hasil Konfirmasi Status Wajib Pajak', 'kswp'],
    [
      'Tidak masuk dalam Daftar Hitam, keikutsertaannya tidak menimbulkan pertentangan kepentingan pihak yang terkait, tidak dalam pengawasan pengadilan, tidak pailit',
      'surat_pernyataan',
    ],
  ])('reads "%s" as %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('reads "NPWP dan ... SPT tahunan" (PerLKPP 9/2018 3.4.1 d) as both kinds, all required', () => {
    expect(kindOf('Memiliki NPWP dan telah memenuhi kewajiban perpajakan tahun pajak terakhir (SPT tahunan)')).toBe('npwp+spt_tahunan');
  });

  it('reads "TDP atau NIB" and "SIUP/NIB" as alternatives', () => {
    expect(kindOf('Memiliki TDP atau NIB')).toBe('tdp|nib');
    expect(kindOf('Memiliki SIUP/NIB dengan KBLI yang sesuai')).toBe('izin_usaha|nib');
  });

  it('reads the 3.4.1 f list of akta, surat kuasa and KTP as all three, not as alternatives because of "dan/atau"', () => {
    expect(
      kindOf(
        'Secara hukum mempunyai kapasitas untuk mengikatkan diri pada Kontrak yang dibuktikan dengan: 1) Akta Pendirian Perusahaan dan/atau perubahannya; 2) Surat Kuasa (apabila dikuasakan); dan 3) Kartu Tanda Penduduk',
      ),
    ).toBe('akta_pendirian+surat_kuasa+ktp');
  });

  it('leaves wording it does not understand unknown, with the closest kinds as a hint', () => {
    const k = inferKind('Memiliki sertifikat manajemen mutu ISO 9001:2015 yang masih berlaku', rules);
    expect(k.op).toBe('unknown');
  });

  it('understands experience as a technical requirement, not unknown wording', () => {
    expect(kindOf('Memiliki pengalaman paling kurang 1 (satu) pekerjaan sejenis dalam kurun waktu 4 (empat) tahun terakhir')).toBe(
      'pengalaman',
    );
  });

  it('ignores the template notes pokja leave in brackets', () => {
    const text =
      'Memiliki NPWP dan telah memenuhi kewajiban pelaporan perpajakan (SPT Tahunan) tahun pajak 2021 [tuliskan tahun pajak yang diminta dengan memperhatikan batas akhir pemasukan penawaran dan batas akhir pelaporan pajak sesuai peraturan perpajakan]';
    expect(kindOf(text)).toBe('npwp+spt_tahunan');
    expect(namedTaxYear(text)).toBe(2021);
  });

  it('finds no tax year where the wording names none', () => {
    expect(namedTaxYear('Telah memenuhi kewajiban perpajakan tahun pajak terakhir (SPT Tahunan)')).toBeUndefined();
  });

  it('reads "Memiliki Nomor Induk Berusaha dan Sertifikat Standar" as the NIB and the OSS-RBA Sertifikat Standar, never the SBU', () => {
    expect(kindOf('Memiliki Nomor Induk Berusaha dan Sertifikat Standar')).toBe('nib+sertifikat_standar');
    expect(kindOf('Memiliki Nomor Induk Berusaha (NIB) dan Sertifikat Standar untuk KBLI 81210')).toBe('nib+sertifikat_standar');
  });
});

describe('wording that says more than a kind is not decided as that kind', () => {
  it('reads the proof that the attorney is a permanent employee as its own kind, not surat_kuasa', () => {
    expect(kindOf('Bukti bahwa yang diberikan kuasa merupakan pegawai tetap (apabila dikuasakan)')).toBe('bukti_pegawai_tetap');
  });

  it('does not read a staffing requirement as the proof about the attorney', () => {
    expect(kindOf('Bukti penerima kuasa adalah pegawai tetap')).toBe('bukti_pegawai_tetap');
    expect(kindOf('Memiliki pegawai tetap paling sedikit 3 (tiga) orang')).toBe('unknown');
  });

  it('keeps the surat kuasa of item 2 when item 3 of the same line asks for the pegawai tetap proof (suppression is per clause)', () => {
    const line =
      'Secara hukum mempunyai kapasitas untuk mengikatkan diri pada Kontrak yang dibuktikan dengan: 1 Akta Pendirian Perusahaan dan/atau perubahannya 2 Surat Kuasa (apabila dikuasakan) 3 Bukti bahwa yang diberikan kuasa merupakan pegawai tetap (apabila dikuasakan) 4 Kartu Tanda Penduduk';
    expect(kindOf(line)).toBe('akta_pendirian+surat_kuasa+bukti_pegawai_tetap+ktp');
    expect(kindOf(line.replace(/ (\d) /g, '; $1) '))).toBe('akta_pendirian+surat_kuasa+bukti_pegawai_tetap+ktp');
  });

  it('leaves a surat pernyataan "tidak akan menuntut jika anggaran tidak tersedia" for review, naming surat_pernyataan first', () => {
    const k = inferKind(
      'Menyampaikan Surat Pernyataan bermaterai yang menyatakan bahwa peserta tidak akan menuntut apapun jika anggaran tidak tersedia',
      rules,
    );
    expect(k.op).toBe('unknown');
    if (k.op !== 'unknown') return;
    expect(k.closest[0]).toBe('surat_pernyataan');
    expect(k.saysMore?.map((m) => [m.kind, m.words])).toEqual([['surat_pernyataan', 'tidak akan menuntut']]);
    expect(saysMoreText(k).id).toContain('tidak dinilai sebagai surat_pernyataan');
    expect(saysMoreText(k).en).toContain('not judged as surat_pernyataan');
  });

  it('reads the qualifier in a later list item of the same line too', () => {
    expect(kindOf('Surat Pernyataan bermaterai, yang menyatakan: a. tidak akan menuntut ganti rugi apabila anggaran tidak disetujui')).toBe(
      'unknown',
    );
  });

  it('still reads the standard statements as surat_pernyataan', () => {
    expect(kindOf('Menyetujui Surat Pernyataan Peserta')).toBe('surat_pernyataan');
    expect(kindOf('Surat Pernyataan Pakta Integritas')).toBe('pakta_integritas');
  });

  it.each([
    ['Memiliki NIB dengan skala usaha kecil', 'nib', 'skala usaha kecil'],
    ['Memiliki Nomor Induk Berusaha (NIB) dengan kualifikasi usaha non-kecil', 'nib', 'kualifikasi usaha non-kecil'],
    [
      'Memiliki NPWP dan telah memenuhi kewajiban perpajakan tahun terakhir (SPT Tahunan) serta laporan pajak bulanan PPh 21, PPh 23 dan PPN 3 (tiga) bulan terakhir',
      'spt_tahunan',
      'laporan pajak bulanan',
    ],
  ])('leaves "%s" for review: it asks more than %s checks', (text, kind, words) => {
    const k = inferKind(text, rules);
    expect(k.op).toBe('unknown');
    if (k.op === 'unknown') expect(k.saysMore?.map((m) => [m.kind, m.words])).toEqual([[kind, words]]);
  });

  it('still reads the annual return of PPh Badan as the SPT Tahunan', () => {
    expect(kindOf('Memiliki bukti SPT Tahunan PPh Badan tahun pajak 2023')).toBe('spt_tahunan');
  });

  it('says nothing more for wording decided as a kind', () => {
    expect(saysMoreText(inferKind('Memiliki Nomor Induk Berusaha (NIB)', rules))).toEqual({ id: '', en: '' });
  });
});
