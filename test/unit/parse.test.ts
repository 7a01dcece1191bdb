import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, parseIndonesianDate, parseYear } from '../../src/text/dates.js';
import { digitsOnly, ocrDigits } from '../../src/text/digits.js';
import {
  findAhuNumbers,
  formatNpwp,
  nikMatchesBirthDate,
  npwpCheckDigitOk,
  parseAhu,
  parseKbli,
  parseKbliList,
  parseNib,
  parseNik,
  parseNpwp,
  sameNpwp,
} from '../../src/text/ids.js';
import { normaliseAddress, parsePersonName } from '../../src/text/names.js';

describe('digitsOnly', () => {
  it('drops every character that is not an ASCII digit', () => {
    expect(digitsOnly('93.421.295.2-609.000')).toBe('934212952609000');
    expect(digitsOnly('NIB: 9120 3121 52126')).toBe('9120312152126');
    expect(digitsOnly('tanpa angka')).toBe('');
  });
});

describe('parseNib', () => {
  it('reads OSS 1.x and OSS-RBA NIBs as printed', () => {
    expect(parseNib('9120312152126')).toBe('9120312152126');
    expect(parseNib('8120114180194')).toBe('8120114180194');
    expect(parseNib('1608240001818')).toBe('1608240001818');
  });

  it('keeps the leading zero of a NIB such as 0220106622367', () => {
    expect(parseNib('0220106622367')).toBe('0220106622367');
  });

  it('removes spaces, dots and hyphens, including OCR letter spacing', () => {
    expect(parseNib('  9 1 2 0 3 1 2 1 5 2 1 2 6 ')).toBe('9120312152126');
    expect(parseNib('1608.2400.01818')).toBe('1608240001818');
    expect(parseNib('1608-240-001818')).toBe('1608240001818');
  });

  it('rejects the 12-digit typo 912001841824 and a 14-digit number', () => {
    expect(parseNib('912001841824')).toBeNull();
    expect(parseNib('91203121521260')).toBeNull();
  });

  it('rejects numbers carrying letters or other punctuation', () => {
    expect(parseNib('NIB 9120312152126')).toBeNull();
    expect(parseNib('9120312152126/OSS')).toBeNull();
    expect(parseNib('9120..312152126')).toBeNull();
    expect(parseNib('')).toBeNull();
  });
});

describe('parseNpwp', () => {
  it('reads the 15-digit dotted form and derives the badan 16-digit form by prefixing 0', () => {
    expect(parseNpwp('93.421.295.2-609.000')).toEqual({
      digits16: '0934212952609000',
      legacy15: '934212952609000',
      printed: '93.421.295.2-609.000',
      format: 'dotted15',
      checkDigitOk: true,
      ocrRepaired: false,
    });
  });

  it('reads bare 15 digits as plain15', () => {
    expect(parseNpwp('855648077532000')).toEqual({
      digits16: '0855648077532000',
      legacy15: '855648077532000',
      printed: '855648077532000',
      format: 'plain15',
      checkDigitOk: true,
      ocrRepaired: false,
    });
  });

  it('accepts the misplaced hyphen printed as "02-248.853.0-039.000" as a dotted 15-digit NPWP', () => {
    const n = parseNpwp('02-248.853.0-039.000');
    expect(n?.format).toBe('dotted15');
    expect(n?.legacy15).toBe('022488530039000');
  });

  it('reads a 16-digit badan NPWP with a leading 0 and recovers its old 15 digits', () => {
    expect(parseNpwp('0934212952609000')).toEqual({
      digits16: '0934212952609000',
      legacy15: '934212952609000',
      printed: '0934212952609000',
      format: 'plain16',
      checkDigitOk: true,
      ocrRepaired: false,
    });
  });

  it('reads a 16-digit NPWP printed in groups of four, whitespace-normalised, with no 15-digit form', () => {
    expect(parseNpwp(' 1000  0000 0204 4156 ')).toEqual({
      digits16: '1000000002044156',
      legacy15: null,
      printed: '1000 0000 0204 4156',
      format: 'plain16',
      checkDigitOk: null,
      ocrRepaired: false,
    });
  });

  it('reads a NIK used as an orang pribadi NPWP', () => {
    expect(parseNpwp('3578184707700001')).toMatchObject({ digits16: '3578184707700001', legacy15: null });
  });

  it('rejects 14 and 17 digits, letters and empty input', () => {
    expect(parseNpwp('93.421.295.2-609.00')).toBeNull();
    expect(parseNpwp('09342129526090001')).toBeNull();
    expect(parseNpwp('NPWP 93.421.295.2-609.000')).toBeNull();
    expect(parseNpwp('')).toBeNull();
  });
});

describe('parseNpwp: NITKU and check digit', () => {
  it('reads a 22-digit NITKU as its 16-digit NPWP plus the place-of-business suffix', () => {
    expect(parseNpwp('0841203375609000000001')).toMatchObject({
      digits16: '0841203375609000',
      legacy15: '841203375609000',
      format: 'nitku22',
      nitkuSuffix: '000001',
      checkDigitOk: true,
    });
  });

  it('checks the 9th digit by Luhn over the first 8', () => {
    expect(npwpCheckDigitOk('841203375609000')).toBe(true);
    expect(npwpCheckDigitOk('841203376609000')).toBe(false);
    expect(parseNpwp('84.120.337.6-609.000')?.checkDigitOk).toBe(false);
    expect(parseNpwp('3578184707700001')?.checkDigitOk).toBeNull();
  });

  it('reads OCR letters O, I and l inside the number back as digits, and says so', () => {
    expect(parseNpwp('84.12O.337.5-6O9.OOO')).toMatchObject({ legacy15: '841203375609000', ocrRepaired: true, checkDigitOk: true });
    expect(parseNpwp('84.120.337.5-6O9.OOO I')).toBeNull();
  });
});

describe('sameNpwp', () => {
  it('treats the 15-digit dotted NPWP and its 16-digit form as the same taxpayer', () => {
    const old = parseNpwp('93.421.295.2-609.000');
    const current = parseNpwp('0934212952609000');
    expect(old && current && sameNpwp(old, current)).toBe(true);
  });

  it('tells different taxpayers apart', () => {
    const a = parseNpwp('93.421.295.2-609.000');
    const b = parseNpwp('85.564.807.7-532.000');
    expect(a && b && sameNpwp(a, b)).toBe(false);
  });

  it('treats a head office (000) and its branch (001) as different numbers', () => {
    const pusat = parseNpwp('93.421.295.2-609.000');
    const cabang = parseNpwp('93.421.295.2-609.001');
    expect(pusat && cabang && sameNpwp(pusat, cabang)).toBe(false);
  });
});

describe('formatNpwp', () => {
  it('prints any number with a 15-digit form as 99.999.999.9-999.999', () => {
    expect(formatNpwp(parseNpwp('0934212952609000')!)).toBe('93.421.295.2-609.000');
    expect(formatNpwp(parseNpwp('934212952609000')!)).toBe('93.421.295.2-609.000');
  });

  it('prints a 16-digit number without a 15-digit form in groups of four', () => {
    expect(formatNpwp(parseNpwp('1000000002044156')!)).toBe('1000 0000 0204 4156');
  });
});

describe('parseNik', () => {
  it('reads NIK 3578184707700001 as a woman born 07-07-70 in Surabaya (35/78)', () => {
    expect(parseNik('3578184707700001')).toEqual({
      digits: '3578184707700001',
      provinceCode: '35',
      regencyCode: '78',
      districtCode: '18',
      birthDay: 7,
      birthMonth: 7,
      birthYearTwoDigits: 70,
      sex: 'P',
      serial: '0001',
    });
  });

  it('reads a man: birth day printed as is', () => {
    expect(parseNik('3171021508850003')).toMatchObject({ birthDay: 15, birthMonth: 8, birthYearTwoDigits: 85, sex: 'L' });
  });

  it('accepts spaces between digit groups as printed on some scans', () => {
    expect(parseNik('3578 1847 0770 0001')?.digits).toBe('3578184707700001');
  });

  it('rejects month 13, day 32, day 40, day 72, serial 0000 and province codes outside 11-94', () => {
    expect(parseNik('3578180713700001')).toBeNull();
    expect(parseNik('3578183207700001')).toBeNull();
    expect(parseNik('3578184007700001')).toBeNull();
    expect(parseNik('3578187207700001')).toBeNull();
    expect(parseNik('3578184707700000')).toBeNull();
    expect(parseNik('1078184707700001')).toBeNull();
    expect(parseNik('9578184707700001')).toBeNull();
  });

  it('rejects 15 and 17 digits', () => {
    expect(parseNik('357818470770001')).toBeNull();
    expect(parseNik('35781847077000011')).toBeNull();
  });
});

describe('parseKbli', () => {
  it('reads 5-digit kelompok codes, keeping leading zeros', () => {
    expect(parseKbli('41011')).toBe('41011');
    expect(parseKbli(' 62019 ')).toBe('62019');
    expect(parseKbli('01191')).toBe('01191');
  });

  it('rejects higher KBLI levels (4 digits) and longer numbers', () => {
    expect(parseKbli('4101')).toBeNull();
    expect(parseKbli('410111')).toBeNull();
    expect(parseKbli('F41011')).toBeNull();
  });
});

describe('ocrDigits', () => {
  it('reads O as 0 and I/l as 1 inside numbers, and drops table borders glued to digits', () => {
    expect(ocrDigits('4651O')).toEqual({ text: '46510', repaired: true });
    expect(ocrDigits('|46599|')).toEqual({ text: '46599', repaired: false });
    expect(ocrDigits('l6 Agustus 2O22')).toEqual({ text: '16 Agustus 2022', repaired: true });
  });

  it('leaves words alone, including month names and "Jl."', () => {
    expect(ocrDigits('Oktober Jl. Ilir 10')).toEqual({ text: 'Oktober Jl. Ilir 10', repaired: false });
    expect(ocrDigits('OIl1')).toEqual({ text: 'OIl1', repaired: false });
  });
});

describe('parseKbliList', () => {
  it('reads a comma, semicolon, slash or "dan" list of codes', () => {
    expect(parseKbliList('46512, 47413, 62019')).toEqual(['46512', '47413', '62019']);
    expect(parseKbliList('46512; 47413 dan 62019')).toEqual(['46512', '47413', '62019']);
    expect(parseKbliList('62019/62020')).toEqual(['62019', '62020']);
  });

  it('reads the code of a "kode - judul" item', () => {
    expect(parseKbliList('47111 - Perdagangan Eceran')).toEqual(['47111']);
  });

  it('reads nothing from a list with one unreadable item', () => {
    expect(parseKbliList('46512, 4741, 62019')).toBeNull();
    expect(parseKbliList('Lihat Lampiran')).toBeNull();
  });

  it('reads every code of a list whose items carry their titles, over the lines it wraps to', () => {
    expect(
      parseKbliList(
        '46512 (Perdagangan Besar Piranti Lunak), 47413 (Perdagangan\nEceran Peralatan Telekomunikasi), 62019 (Aktivitas Pemrograman)',
      ),
    ).toEqual(['46512', '47413', '62019']);
    expect(parseKbliList('46512 - Perdagangan Besar, 62019 - Aktivitas Pemrograman')).toEqual(['46512', '62019']);
  });

  it('reads nothing when a number in the list is not a 5-digit code (never a shorter list)', () => {
    expect(parseKbliList('46512 (Perdagangan Besar), 4741 (Perdagangan Eceran)')).toBeNull();
    expect(parseKbliList('46512, 47413, 620 19')).toBeNull();
  });
});

describe('parsePersonName', () => {
  it('drops honorifics, titles, degrees and "tersebut"', () => {
    expect(parsePersonName('Tuan HENDRA WIJAYA tersebut;')).toBe('HENDRA WIJAYA');
    expect(parsePersonName('Nyonya Doktoranda SITI AMINAH, Sarjana Hukum')).toBe('SITI AMINAH');
    expect(parsePersonName('Ir. H. Budi Santoso, M.T.')).toBe('Budi Santoso');
  });

  it('reads the name from the next line when the first holds only an honorific', () => {
    expect(parsePersonName('Tuan\nHENDRA WIJAYA')).toBe('HENDRA WIJAYA');
    expect(parsePersonName('\nNyonya MEGA LESTARI')).toBe('MEGA LESTARI');
  });

  it('reads nothing from a label, a clause or an honorific alone', () => {
    expect(parsePersonName('Tuan\nKomisaris : Nyonya SRI')).toBeNull();
    expect(parsePersonName('Tuan')).toBeNull();
    expect(parsePersonName('diangkat oleh rapat umum pemegang saham')).toBeNull();
    expect(parsePersonName('PT 123')).toBeNull();
  });
});

describe('nikMatchesBirthDate', () => {
  it('compares the embedded DDMMYY (women DD+40) with the printed birth date', () => {
    expect(nikMatchesBirthDate(parseNik('3578154304820004')!, '1982-04-03')).toBe(true);
    expect(nikMatchesBirthDate(parseNik('3578154304820004')!, '1982-04-04')).toBe(false);
    expect(nikMatchesBirthDate(parseNik('3578181203750002')!, '1975-03-12')).toBe(true);
  });
});

describe('normaliseAddress', () => {
  it('reads OCR\'s "JI." and "J1." as "Jl." and keeps other spellings as printed', () => {
    expect(normaliseAddress('JI. Ahmad Yani No. 88,')).toBe('Jl. Ahmad Yani No. 88');
    expect(normaliseAddress('J. Raya Darmo No. 1')).toBe('Jl. Raya Darmo No. 1');
    expect(normaliseAddress('JL. MELATI NO. 12')).toBe('JL. MELATI NO. 12');
  });
});

describe('parseAhu', () => {
  it('recognises each registry format of domain.md 2.6 with its kind and year', () => {
    expect(parseAhu('AHU-0057316.AH.01.01.TAHUN 2020')).toEqual({
      number: 'AHU-0057316.AH.01.01.Tahun 2020',
      kind: 'pengesahan_pt',
      year: 2020,
    });
    expect(parseAhu('AHU-0028881.AH.01.02.Tahun 2023')).toEqual({
      number: 'AHU-0028881.AH.01.02.Tahun 2023',
      kind: 'perubahan_anggaran_dasar',
      year: 2023,
    });
    expect(parseAhu('AHU-AH.01.03-0068237')).toEqual({
      number: 'AHU-AH.01.03-0068237',
      kind: 'pemberitahuan_perubahan_ad',
      year: null,
    });
    expect(parseAhu('AHU-AH.01.09-0120764')).toEqual({
      number: 'AHU-AH.01.09-0120764',
      kind: 'perubahan_data_perseroan',
      year: null,
    });
    expect(parseAhu('AHU-0096180.AH.01.11.Tahun 2023')).toEqual({
      number: 'AHU-0096180.AH.01.11.Tahun 2023',
      kind: 'daftar_perseroan',
      year: 2023,
    });
    expect(parseAhu('AHU-0030038-AH.01.14 Tahun 2020')).toEqual({
      number: 'AHU-0030038-AH.01.14 Tahun 2020',
      kind: 'pendaftaran_cv_firma',
      year: 2020,
    });
    expect(parseAhu('AHU-00068.AH.02.01 TAHUN 2019')).toEqual({
      number: 'AHU-00068.AH.02.01 Tahun 2019',
      kind: 'notaris',
      year: 2019,
    });
    expect(parseAhu('C2-10671.HT.01.01.TH.88')).toEqual({
      number: 'C2-10671.HT.01.01.TH.88',
      kind: 'legacy_c2',
      year: 1988,
    });
  });

  it('accepts the older 5-digit pengesahan numbers', () => {
    expect(parseAhu('AHU-04234.AH.01.01.Tahun 2013')).toMatchObject({ kind: 'pengesahan_pt', year: 2013 });
  });

  it('normalises case and separator drift to one spelling, so the same SK printed twice compares equal', () => {
    const canonical = 'AHU-0016255.AH.01.02.Tahun 2024';
    expect(parseAhu('AHU-0016255.AH.01.02.TAHUN 2024')?.number).toBe(canonical);
    expect(parseAhu('ahu-0016255.ah.01.02.tahun 2024')?.number).toBe(canonical);
    expect(parseAhu('AHU-0016255.AH.01.02 Tahun  2024')?.number).toBe(canonical);
    expect(parseAhu('AHU-0016255.AH.01.02.\nTahun 2024')?.number).toBe(canonical);
    expect(parseAhu('AHU-0018171.AH.01.14 Tahun 2019')?.number).toBe('AHU-0018171-AH.01.14 Tahun 2019');
  });

  it('rejects a year-form number whose year is missing', () => {
    expect(parseAhu('AHU-0057316.AH.01.01.TAHUN')).toBeNull();
  });

  it('rejects registry codes outside the known formats and non-AHU strings', () => {
    expect(parseAhu('AHU-0057316.AH.01.07.Tahun 2020')).toBeNull();
    expect(parseAhu('AHU-AH.01.05-0068237')).toBeNull();
    expect(parseAhu('KET-00011/KSWP-CT/KPP.0903/2025')).toBeNull();
    expect(parseAhu('AHU-0057316.AH.01.01.TAHUN 2020 tanggal 3 Mei 2020')).toBeNull();
  });
});

describe('findAhuNumbers', () => {
  it('finds every AHU number in an akta recital, with its index and the text as printed', () => {
    const text =
      'telah disetujui berdasarkan Surat Keputusan No. AHU-0028881.AH.01.02.TAHUN 2023 tanggal 4 Mei 2023, ' +
      'dengan bukti Penerimaan Pemberitahuan Nomor AHU-AH.01.03-0330862 tanggal 6 Agustus 2020.';
    const found = findAhuNumbers(text);
    expect(found.map((f) => f.ahu.number)).toEqual(['AHU-0028881.AH.01.02.Tahun 2023', 'AHU-AH.01.03-0330862']);
    expect(found.map((f) => f.raw)).toEqual(['AHU-0028881.AH.01.02.TAHUN 2023', 'AHU-AH.01.03-0330862']);
    expect(found.map((f) => f.index)).toEqual([text.indexOf('AHU-0028881'), text.indexOf('AHU-AH.01.03')]);
  });

  it('finds an SK number whose year wrapped onto the next line', () => {
    const found = findAhuNumbers('Nomor SK: AHU-0057316.AH.01.01.Tahun\n2020\nTanggal SK: 10 Maret 2020');
    expect(found.map((f) => f.ahu.number)).toEqual(['AHU-0057316.AH.01.01.Tahun 2020']);
  });

  it('finds nothing in text without AHU numbers', () => {
    expect(findAhuNumbers('NIB 9120312152126 diterbitkan 16 Agustus 2024')).toEqual([]);
  });
});

describe('parseIndonesianDate', () => {
  it('reads Indonesian month names, full, abbreviated, upper-case or with a trailing dot', () => {
    expect(parseIndonesianDate('16 Agustus 2024')).toBe('2024-08-16');
    expect(parseIndonesianDate('16 Agt 2024')).toBe('2024-08-16');
    expect(parseIndonesianDate('16 AGUSTUS 2024')).toBe('2024-08-16');
    expect(parseIndonesianDate('1 Jan. 2020')).toBe('2020-01-01');
    expect(parseIndonesianDate('5 Mei 2020')).toBe('2020-05-05');
    expect(parseIndonesianDate('17 Juli 2019')).toBe('2019-07-17');
    expect(parseIndonesianDate('31 Des 2025')).toBe('2025-12-31');
    expect(parseIndonesianDate('1 Okt 2023')).toBe('2023-10-01');
  });

  it('reads every accepted August abbreviation and the September variants', () => {
    for (const m of ['Agu', 'Agt', 'Ags', 'Agust', 'Aug']) expect(parseIndonesianDate(`16 ${m} 2024`)).toBe('2024-08-16');
    expect(parseIndonesianDate('2 Sep 2024')).toBe('2024-09-02');
    expect(parseIndonesianDate('2 Sept 2024')).toBe('2024-09-02');
  });

  it('reads English month names', () => {
    expect(parseIndonesianDate('16 August 2024')).toBe('2024-08-16');
    expect(parseIndonesianDate('3 May 2021')).toBe('2021-05-03');
    expect(parseIndonesianDate('9 Oct 2022')).toBe('2022-10-09');
    expect(parseIndonesianDate('25 Dec 2022')).toBe('2022-12-25');
  });

  it('reads the old spellings Pebruari and Nopember', () => {
    expect(parseIndonesianDate('28 Pebruari 2019')).toBe('2019-02-28');
    expect(parseIndonesianDate('10 Nopember 2019')).toBe('2019-11-10');
  });

  it('reads numeric day-month-year with hyphens, slashes or dots, and ISO year-month-day', () => {
    expect(parseIndonesianDate('16-08-2024')).toBe('2024-08-16');
    expect(parseIndonesianDate('16/08/2024')).toBe('2024-08-16');
    expect(parseIndonesianDate('16.08.2024')).toBe('2024-08-16');
    expect(parseIndonesianDate('5-8-2020')).toBe('2020-08-05');
    expect(parseIndonesianDate('2024-08-16')).toBe('2024-08-16');
  });

  it('ignores surrounding whitespace', () => {
    expect(parseIndonesianDate('  16 Agustus 2024\n')).toBe('2024-08-16');
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseIndonesianDate('29 Februari 2024')).toBe('2024-02-29');
    expect(parseIndonesianDate('29 Februari 2023')).toBeNull();
    expect(parseIndonesianDate('29-02-1900')).toBeNull();
    expect(parseIndonesianDate('29-02-2000')).toBe('2000-02-29');
  });

  it('rejects impossible dates such as 31 Februari 2024, 30-02-2024, 31 April and month 13', () => {
    expect(parseIndonesianDate('31 Februari 2024')).toBeNull();
    expect(parseIndonesianDate('30-02-2024')).toBeNull();
    expect(parseIndonesianDate('31 April 2024')).toBeNull();
    expect(parseIndonesianDate('16-13-2024')).toBeNull();
    expect(parseIndonesianDate('0 Agustus 2024')).toBeNull();
  });

  it('rejects years outside 1900-2100 and two-digit years', () => {
    expect(parseIndonesianDate('16 Agustus 1899')).toBeNull();
    expect(parseIndonesianDate('1 Januari 2101')).toBeNull();
    expect(parseIndonesianDate('16-08-24')).toBeNull();
  });

  it('rejects mixed numeric separators, unknown month words and input that is more than one date', () => {
    expect(parseIndonesianDate('16-08/2024')).toBeNull();
    expect(parseIndonesianDate('16 Agustusan 2024')).toBeNull();
    expect(parseIndonesianDate('Jumat, 16 Agustus 2024')).toBeNull();
    expect(parseIndonesianDate('16 Agustus 2024 s.d. 16 Agustus 2025')).toBeNull();
    expect(parseIndonesianDate('')).toBeNull();
  });
});

describe('findDates', () => {
  it('finds every date in a line, in order, with its index and raw text', () => {
    const text = 'Diterbitkan di Jakarta, tanggal: 16 Agustus 2024. Berlaku 01-09-2024 s.d. 31/08/2027 (2027-08-31)';
    expect(findDates(text)).toEqual([
      { iso: '2024-08-16', index: text.indexOf('16 Agustus'), raw: '16 Agustus 2024' },
      { iso: '2024-09-01', index: text.indexOf('01-09-2024'), raw: '01-09-2024' },
      { iso: '2027-08-31', index: text.indexOf('31/08/2027'), raw: '31/08/2027' },
      { iso: '2027-08-31', index: text.indexOf('2027-08-31'), raw: '2027-08-31' },
    ]);
  });

  it('skips impossible dates and keeps the valid ones around them', () => {
    expect(findDates('31 Februari 2024 atau 1 Maret 2024').map((d) => d.iso)).toEqual(['2024-03-01']);
  });

  it('does not read identifiers as dates', () => {
    expect(findDates('NPWP 93.421.295.2-609.000, NIB 1608240001818, AHU-AH.01.03-0068237')).toEqual([]);
  });

  it('finds a date written in words followed by its numeric form in brackets, as akta do', () => {
    expect(findDates('Pada hari ini, Rabu, tanggal lima Agustus dua ribu dua puluh (05-08-2020)').map((d) => d.iso)).toEqual([
      '2020-08-05',
    ]);
  });
});

describe('parseYear', () => {
  it('reads a 4-digit tax year from 1990 to 2100', () => {
    expect(parseYear('2023')).toBe(2023);
    expect(parseYear(' 1990 ')).toBe(1990);
    expect(parseYear('2100')).toBe(2100);
  });

  it('rejects years outside the range, short years and surrounding words', () => {
    expect(parseYear('1989')).toBeNull();
    expect(parseYear('2101')).toBeNull();
    expect(parseYear('23')).toBeNull();
    expect(parseYear('Tahun Pajak 2023')).toBeNull();
  });
});

const INDONESIAN_MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const validDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });
const pad2 = (n: number): string => String(n).padStart(2, '0');

describe('properties', () => {
  it('round-trips any valid date written as "D <Indonesian month name> YYYY"', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const text = `${d.getUTCDate()} ${INDONESIAN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
        expect(parseIndonesianDate(text)).toBe(d.toISOString().slice(0, 10));
      }),
    );
  });

  it('round-trips any valid date written as "DD-MM-YYYY"', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const text = `${pad2(d.getUTCDate())}-${pad2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
        expect(parseIndonesianDate(text)).toBe(d.toISOString().slice(0, 10));
      }),
    );
  });

  it('round-trips any 15-digit NPWP through its dotted print', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), (digits) => {
        const printed = formatNpwp(parseNpwp(digits)!);
        expect(printed).toMatch(/^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/);
        expect(parseNpwp(printed)).toMatchObject({
          digits16: `0${digits}`,
          legacy15: digits,
          printed,
          format: 'dotted15',
          ocrRepaired: false,
        });
      }),
    );
  });

  it('round-trips any 16-digit NPWP through its grouped print', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{15}$/), (digits) => {
        const n = parseNpwp(formatNpwp(parseNpwp(digits)!));
        expect(n?.digits16).toBe(digits);
        expect(n?.legacy15).toBeNull();
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii', maxLength: 80 }));
    fc.assert(
      fc.property(anyText, (s) => {
        parseNib(s);
        parseNpwp(s);
        parseNik(s);
        parseKbli(s);
        parseAhu(s);
        findAhuNumbers(s);
        parseIndonesianDate(s);
        findDates(s);
        parseYear(s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on strings built from the characters identifiers and dates are made of', () => {
    const chars = fc.constantFrom(...'0123456789 .-/AHUahuTAHUNCTH2Agustus\n'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 60 }), (s) => {
        expect(() => [
          parseNib(s),
          parseNpwp(s),
          parseNik(s),
          parseAhu(s),
          findAhuNumbers(s),
          parseIndonesianDate(s),
          findDates(s),
        ]).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAhu: more printed forms', () => {
  it('reads "Tahun2022" without a space and the 2008 Sisminbakum "AHU . 90256 . AH . 01 . 01 TH 2008"', () => {
    expect(parseAhu('AHU-0033750.AH.01.01.Tahun2022')?.number).toBe('AHU-0033750.AH.01.01.Tahun 2022');
    expect(parseAhu('AHU . 90256 . AH . 01 . 01 TH 2008')).toEqual({
      number: 'AHU-90256.AH.01.01.Tahun 2008',
      kind: 'pengesahan_pt',
      year: 2008,
    });
  });
});

describe('OCR noise in KBLI rows', () => {
  it('reads a code with three OCR letters among five ("82llO")', () => {
    expect(parseKbli('82llO')).toBe('82110');
  });
});
