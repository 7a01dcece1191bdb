// Document recognition and field reading on page texts as the PDF producers print them, with the real rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/documents/classify.js';
import { readFields } from '../../src/documents/fields.js';
import { normalisePage } from '../../src/documents/text.js';
import { loadRuleset, type Ruleset } from '../../src/rules/load.js';

let ruleset: Ruleset;
beforeAll(async () => {
  ruleset = await loadRuleset();
});

const recognise = (...pages: string[]) => {
  const normalised = pages.map(normalisePage);
  const c = classify(normalised, ruleset.documents.values());
  const type = c.docType ? ruleset.documents.get(c.docType) : undefined;
  const fields = Object.fromEntries(
    (type ? readFields(normalised, type) : []).filter((f) => f.value !== null).map((f) => [f.name, f.value]),
  );
  return { type: c.docType, ambiguous: c.ambiguous, fields, all: type ? readFields(normalised, type) : [] };
};

describe('recognition by content', () => {
  it('NIB, OSS 2018-2021 sheet, with its "berlaku juga sebagai TDP" line', () => {
    const r = recognise(
      'PEMERINTAH REPUBLIK INDONESIA\nLEMBAGA PENGELOLA DAN PENYELENGGARA OSS\nNOMOR INDUK BERUSAHA (NIB)\nNIB : 8120114180194\nNama Perusahaan : PT Sinar Data Nusantara\nAlamat Kantor : Jl. Raya Darmo No. 112, Surabaya\nNPWP : 93.421.295.2-609.000\nNIB ini berlaku juga sebagai Tanda Daftar Perusahaan (TDP), Angka Pengenal Importir (API)\nDiterbitkan di Jakarta, tanggal: 8 Januari 2019',
    );
    expect(r.type).toBe('nib');
    expect(r.fields).toMatchObject({
      nib: '8120114180194',
      company_name: 'PT Sinar Data Nusantara',
      registered_as_tdp: 'ya',
      issued_on: '2019-01-08',
    });
  });

  it('NIB, OSS-RBA sheet: number in the title, KBLI codes from the appendix table on page 2', () => {
    const r = recognise(
      'PEMERINTAH REPUBLIK INDONESIA\nPERIZINAN BERUSAHA BERBASIS RISIKO\nNOMOR INDUK BERUSAHA: 1608240001818\n1. Nama Pelaku Usaha : CV Berkah Bersih Mandiri\n4. Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI) : Lihat Lampiran',
      'LAMPIRAN NOMOR INDUK BERUSAHA: 1608240001818\nNo Kode KBLI Judul KBLI Lokasi Usaha Tingkat Risiko\n1 81210 Aktivitas Kebersihan Umum Bangunan Surabaya Rendah\n2 81290 Aktivitas Kebersihan Bangunan dan Industri Lainnya Surabaya Rendah',
    );
    expect(r.type).toBe('nib');
    expect(r.fields.nib).toBe('1608240001818');
    expect(r.all.filter((f) => f.name === 'kbli').map((f) => [f.value, f.page])).toEqual([
      ['81210', 2],
      ['81290', 2],
    ]);
  });

  it('NIB, OSS-RBA appendix: a Menengah Tinggi KBLI whose Sertifikat Standar is not yet verified is marked (edge case 10)', () => {
    const r = recognise(
      'PERIZINAN BERUSAHA BERBASIS RISIKO\nNOMOR INDUK BERUSAHA: 1608240001818\nLEMBAGA PENGELOLA DAN PENYELENGGARA OSS',
      'LAMPIRAN\n1 81210 Aktivitas Kebersihan Umum Bangunan Surabaya Menengah Tinggi Sertifikat Standar Belum Terverifikasi\n2 81290 Aktivitas Kebersihan Lainnya Surabaya Rendah NIB Terbit',
    );
    expect(r.all.filter((f) => f.name === 'kbli').map((f) => f.value)).toEqual(['81210', '81290']);
    expect(r.all.filter((f) => f.name === 'kbli_not_yet_licensed').map((f) => f.value)).toEqual(['81210']);
  });

  it('an NIB number of 12 digits (a typo) is read as unreadable, not as a valid NIB', () => {
    const r = recognise(
      'LEMBAGA PENGELOLA DAN PENYELENGGARA OSS\nNOMOR INDUK BERUSAHA (NIB)\nNIB : 912001841824\nPEMERINTAH REPUBLIK INDONESIA',
    );
    expect(r.type).toBe('nib');
    expect(r.fields.nib).toBeUndefined();
  });

  it.each([
    ['IZIN USAHA DI BIDANG PERDAGANGAN (SIUP)\nNomor Izin Usaha : 8120114180194\nLEMBAGA PENGELOLA DAN PENYELENGGARA OSS', 'izin_usaha'],
    ['SURAT IZIN USAHA PERDAGANGAN (SIUP) KECIL\nNOMOR : 503/2218/436.7.17/2017\nNama Perusahaan : PT Mitra', 'izin_usaha'],
    ['TANDA DAFTAR PERUSAHAAN\nPERSEROAN TERBATAS (PT)\nNomor TDP : 13.01.1.46.54321\nBerlaku s/d Tanggal : 2 Maret 2021', 'tdp'],
    ['DIREKTORAT JENDERAL PAJAK\nSURAT KETERANGAN TERDAFTAR\nNama Wajib Pajak : PT SINAR\nNPWP : 93.421.295.2-609.000', 'npwp'],
    [
      'DIREKTORAT JENDERAL PAJAK\nBUKTI PENERIMAAN ELEKTRONIK\nNPWP : 93.421.295.2-609.000\nJenis SPT : SPT Tahunan PPh Badan (1771)\nTahun Pajak : 2018',
      'spt_tahunan',
    ],
    ['AKTA PENDIRIAN PERSEROAN TERBATAS\nPT SINAR DATA NUSANTARA\nNomor : 12\nberhadapan dengan saya, Notaris', 'akta'],
    ['PROVINSI JAWA TIMUR\nKOTA SURABAYA\nNIK : 3578181203750002\nNama : BUDI SANTOSO\nBerlaku Hingga : SEUMUR HIDUP', 'ktp'],
    [
      'SURAT PERJANJIAN SEWA MENYEWA RUANG KANTOR\nsebuah ruang kantor yang terletak di Jl. Raya Darmo No. 112, untuk digunakan',
      'sewa_kantor',
    ],
    ['SURAT KETERANGAN DOMISILI PERUSAHAAN\nNomor : 474/112/436.11.12/2019\nberdomisili di alamat tersebut', 'surat_domisili'],
    [
      'PAKTA INTEGRITAS\nNama : Budi Santoso\nJabatan : Direktur Utama\ntidak akan melakukan praktik Korupsi, Kolusi, dan Nepotisme (KKN)',
      'pakta_integritas',
    ],
    [
      'SURAT PERNYATAAN\nNama : Budi Santoso\nJabatan : Direktur Utama\ntidak dalam pengawasan pengadilan, tidak pailit',
      'surat_pernyataan',
    ],
    ['SURAT KUASA\nNama : Yusuf Maulana\ndengan ini memberi kuasa kepada:\nNama : Rudi Hartono', 'surat_kuasa'],
    ['KETERANGAN STATUS WAJIB PAJAK\nNomor: KET-00011/KSWP-CT/KPP.0903/2025\nStatus : VALID', 'kswp'],
  ])('%#: %s… is %s', (text, type) => {
    expect(recognise(text).type).toBe(type);
  });

  it('a pakta integritas is not taken for an NIB although it names the company and KKN', () => {
    expect(
      recognise('PAKTA INTEGRITAS\nNama : Budi\nJabatan : Direktur\nNomor Induk Berusaha : 8120114180194\ntidak akan melakukan KKN').type,
    ).toBe('pakta_integritas');
  });

  it('unrelated text is not recognised, and nothing is read from it', () => {
    const r = recognise(
      'Daftar menu kantin minggu ini: nasi goreng, soto ayam, es teh manis. Harga dapat berubah sewaktu-waktu tanpa pemberitahuan.',
    );
    expect(r.type).toBeNull();
    expect(r.fields).toEqual({});
  });
});

describe('field reading with provenance', () => {
  it('records the page and a snippet for every value', () => {
    const r = recognise(
      'DIREKTORAT JENDERAL PAJAK\nBUKTI PENERIMAAN ELEKTRONIK',
      'NPWP : 93.421.295.2-609.000\nTahun Pajak : 2018\nNama Wajib Pajak : PT SINAR DATA NUSANTARA',
    );
    const year = r.all.find((f) => f.name === 'tax_year');
    expect(year).toMatchObject({ value: '2018', page: 2 });
    expect(year?.snippet).toContain('Tahun Pajak : 2018');
  });

  it('a lease address that wraps over two lines is read whole; its end date even when the date wraps', () => {
    const r = recognise(
      'SURAT PERJANJIAN SEWA MENYEWA RUANG KANTOR\nPIHAK PERTAMA menyewakan sebuah ruang kantor yang terletak di Jl. Raya\nDarmo No. 112, Kota Surabaya, untuk digunakan sebagai kantor.\nterhitung mulai tanggal 2 Januari 2018 sampai dengan tanggal 1 Januari\n2021.',
    );
    expect(r.fields.address).toBe('Jl. Raya Darmo No. 112, Kota Surabaya');
    expect(r.fields.valid_until).toBe('2021-01-01');
  });

  it('NPWP in the 16-digit form is the same number as the dotted 15-digit form', () => {
    const a = recognise('SURAT KETERANGAN TERDAFTAR\nNPWP : 0934212952609000\nDIREKTORAT JENDERAL PAJAK').fields.npwp;
    const b = recognise('SURAT KETERANGAN TERDAFTAR\nNPWP : 93.421.295.2-609.000\nDIREKTORAT JENDERAL PAJAK').fields.npwp;
    expect(a).toBeDefined();
    expect(a).toBe(b);
  });
});
