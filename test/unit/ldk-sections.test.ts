// The LDK reader's sections, chapters and page furniture (src/tender/ldk-text.ts, html-text.ts).
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/tender/html-text.js';
import { parseLdkPages, parseLdkText } from '../../src/tender/ldk-text.js';

const ids = (text: string) => parseLdkText(text).requirements.map((r) => r.id);

describe('section ids follow the sections', () => {
  it('a second unlettered section takes its own name, never "1-2"', () => {
    const text = [
      'Persyaratan Kualifikasi Administrasi/Legalitas',
      '1. Memiliki NIB',
      '2. Memiliki NPWP',
      'Persyaratan Kualifikasi Teknis',
      '1. Memiliki pengalaman',
      '2. Memiliki tenaga ahli',
      '3. Memiliki peralatan',
    ].join('\n');
    expect(ids(text)).toEqual(['1', '2', 'teknis.1', 'teknis.2', 'teknis.3']);
  });

  it('lettered sections give A.1 / B.1; "Syarat Kualifikasi Teknis Lain" is a section of its own', () => {
    const text = [
      'A. Persyaratan Kualifikasi Administrasi',
      '1. Memiliki NIB',
      'B. Persyaratan Kualifikasi Teknis',
      '1. Memiliki pengalaman',
      'Syarat Kualifikasi Teknis Lain',
      '1. Memiliki sertifikat',
    ].join('\n');
    expect(ids(text)).toEqual(['A.1', 'B.1', 'teknis-lain.1']);
  });

  it('a sentence naming "persyaratan kualifikasi" is no heading', () => {
    const text = [
      'BAB III INSTRUKSI KEPADA PESERTA',
      '7. Peserta yang tidak memenuhi',
      'persyaratan kualifikasi yang ditetapkan dalam LDK;',
      'BAB VI LEMBAR DATA KUALIFIKASI',
      '1. Memiliki NIB',
    ].join('\n');
    expect(parseLdkText(text).requirements).toEqual([{ id: '1', text: 'Memiliki NIB', line: 5 }]);
  });
});

describe('pages', () => {
  it('skips a footer on every page, joins an item across the break, and gives each item its page', () => {
    const footer = (n: number) => `Dokumen Pemilihan Paket X - Halaman ${n} dari 4`;
    const pages = [
      `BAB III INSTRUKSI KEPADA PESERTA\n1. Peserta wajib memiliki NIB\n${footer(1)}`,
      `BAB IV LEMBAR DATA KUALIFIKASI\n1. Memiliki NPWP\n2. Mempunyai tempat usaha dengan alamat yang benar,\n${footer(2)}`,
      `tetap dan jelas\n3. Menyetujui Pakta Integritas\n${footer(3)}`,
      `BAB V BENTUK DOKUMEN\n1. Nama perusahaan : ....\n${footer(4)}`,
    ];
    const parse = parseLdkPages(pages);
    expect(parse.requirements.map((r) => [r.id, r.text, r.page])).toEqual([
      ['1', 'Memiliki NPWP', 2],
      ['2', 'Mempunyai tempat usaha dengan alamat yang benar, tetap dan jelas', 2],
      ['3', 'Menyetujui Pakta Integritas', 3],
    ]);
    expect(parse.unparsed).toEqual([]);
  });

  it('reads the dates, "pukul 10.00 WIB" and a date on the line after its label, with their pages', () => {
    const parse = parseLdkPages([
      'Kode Tender : 12345678\nNilai HPS : Rp1.250.000.000,00',
      'Tanggal Pengumuman : Senin, 3 Juli 2023\nBatas akhir pemasukan penawaran :\nSenin, 17 Juli 2023 pukul 10.00 WIB\nLembar Data Kualifikasi\n1. Memiliki NIB',
    ]);
    expect(parse.meta).toEqual({ code: '12345678', hps: 1_250_000_000, announced: '2023-07-03', deadline: '2023-07-17' });
    expect(parse.metaPages).toEqual({ code: 1, hps: 1, announced: 2, deadline: 2 });
  });
});

describe('a saved SPSE page', () => {
  it('th/td rows become "Label : value"; the licence table and list items become lines', () => {
    const html =
      '<table><tr><th>Kode Tender</th><td>10080250000</td></tr><tr><th>Syarat Kualifikasi</th><td><p>Persyaratan Kualifikasi Administrasi/Legalitas</p><table><tr><th>Jenis Izin</th><th>Bidang Usaha</th></tr><tr><td>NIB</td><td>KBLI 81210 &amp; 81290</td></tr></table><ul><li>Memiliki NPWP</li></ul></td></tr><tr><th>Peserta Tender</th><td>3 Peserta</td></tr></table>';
    const parse = parseLdkText(htmlToText(html), { requireHeading: true });
    expect(parse.meta.code).toBe('10080250000');
    expect(parse.requirements.map((r) => [r.id, r.text])).toEqual([
      ['izin-1', 'NIB KBLI 81210 & 81290'],
      ['1', 'Memiliki NPWP'],
    ]);
  });
});

describe('other chapters and schedule rows', () => {
  it('a qualification heading in the IKP opens no section when the LDK chapter comes later', () => {
    const text = [
      'BAB III INSTRUKSI KEPADA PESERTA',
      'F. Persyaratan Kualifikasi',
      '1. Peserta mengisi formulir isian kualifikasi',
      'Persyaratan Kualifikasi: sebagaimana tercantum dalam LDK',
      '2. Peserta dapat diklarifikasi',
      'BAB VI LEMBAR DATA KUALIFIKASI',
      '1. Memiliki NIB',
    ].join('\n');
    expect(ids(text)).toEqual(['1']);
    expect(parseLdkText(text).requirements[0]?.text).toBe('Memiliki NIB');
  });

  it('reads a schedule row without a colon, and prefers the HPS to the pagu', () => {
    const parse = parseLdkText(
      [
        'Nilai HPS Paket : Rp 900.000.000,00',
        'Nilai Pagu Paket : Rp 1.000.000.000,00',
        'Pengumuman Pascakualifikasi   1 Oktober 2019 08:00   7 Oktober 2019 16:00',
        'Upload Dokumen Penawaran   8 Oktober 2019 08:00   15 Oktober 2019 23:59',
        '1. Memiliki NIB',
      ].join('\n'),
    );
    expect(parse.meta).toMatchObject({ hps: 900_000_000, announced: '2019-10-01', deadline: '2019-10-15' });
  });

  it('reads an LDP table row: a lettered "Jenis Pengadaan" without a colon, and the first schedule row on its heading line', () => {
    const parse = parseLdkText(
      [
        'B.      Jenis Pengadaan        Pekerjaan Konstruksi',
        'E.      Jadwal Tahapan Pemilihan        1. Pengumuman tender: Senin, 4 Maret 2024',
        '1. Memiliki NIB',
      ].join('\n'),
    );
    expect(parse.meta).toMatchObject({ procurementType: 'konstruksi', announced: '2024-03-04' });
  });
});

describe('the licence table', () => {
  it('a wrapped cell continues its row; a new licence name starts one', () => {
    const text = [
      'Persyaratan Kualifikasi Administrasi/Legalitas',
      'Jenis Izin   Bidang Usaha/Sub Bidang Usaha',
      'SBU   Subklasifikasi BG002, Kualifikasi Usaha',
      'Kecil',
      'Izin Usaha Jasa Konstruksi   Bangunan Gedung',
    ].join('\n');
    expect(parseLdkText(text).requirements.map((r) => [r.id, r.text])).toEqual([
      ['izin-1', 'SBU Subklasifikasi BG002, Kualifikasi Usaha Kecil'],
      ['izin-2', 'Izin Usaha Jasa Konstruksi Bangunan Gedung'],
    ]);
  });
});
