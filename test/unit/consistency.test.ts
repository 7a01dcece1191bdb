import { describe, expect, it } from 'vitest';
import { normaliseCompany, normalisePerson, parseAddress, samePerson } from '../../src/evaluate/consistency.js';

describe('company names compared by substance, not by form', () => {
  it.each([
    ['PT Sinar Data Nusantara', 'PT. SINAR DATA NUSANTARA'],
    ['PT Sinar Data Nusantara', 'SINAR DATA NUSANTARA, PT'],
    ['PT Sinar Data Nusantara', 'Perseroan Terbatas Sinar Data Nusantara'],
    ['P.T. Sinar Data Nusantara Tbk.', 'PT SINAR DATA NUSANTARA'],
    ['CV Berkah Bersih Mandiri', 'Persekutuan Komanditer Berkah Bersih Mandiri'],
    ['CV. Berkah Bersih Mandiri', 'BERKAH BERSIH MANDIRI, CV'],
  ])('%s = %s', (a, b) => expect(normaliseCompany(a)).toBe(normaliseCompany(b)));

  it.each([
    ['PT Sinar Data Nusantara', 'PT Sinar Data Nusa'],
    ['PT Sinar Data Nusantara', 'CV Sinar Data Nusantara'],
    ['PT Nusantara Data Prima', 'PT Nusantara Data Persada'],
  ])('%s ≠ %s', (a, b) => expect(normaliseCompany(a)).not.toBe(normaliseCompany(b)));
});

describe('people compared without titles and degrees (domain.md edge case 5)', () => {
  it.each([
    ['Ir. Budi Santoso', 'BUDI SANTOSO'],
    ['Dr. Ir. H. Budi Santoso, M.T.', 'Budi Santoso'],
    ['Hj. Siti Rahmawati, S.E., M.M.', 'SITI RAHMAWATI'],
    ['Anita Kusumawardani, S.H., M.Kn.', 'anita kusumawardani'],
    ['Tuan Budi Santoso', 'Budi  Santoso'],
  ])('%s is %s', (a, b) => expect(samePerson(a, b)).toBe(true));

  it('different people stay different', () => {
    expect(samePerson('Budi Santoso', 'Budi Susanto')).toBe(false);
    expect(samePerson('Bambang Sutrisno', 'Anita Rahayu')).toBe(false);
    expect(normalisePerson('Ir. Budi Santoso, M.T.')).toBe('BUDI SANTOSO');
  });
});

describe('office addresses (domain.md edge case 4)', () => {
  it.each([
    ['Jl. Raya Darmo No. 112, Kota Surabaya, Jawa Timur 60261', 'JALAN RAYA DARMO NOMOR 112 SURABAYA'],
    ['Jl. Ahmad Yani No. 200 Lt. 3', 'Jalan Ahmad Yani Nomor 200, Lantai 3, Surabaya'],
  ])('%s is the same premises as %s', (a, b) => expect(parseAddress(a)).toEqual(parseAddress(b)));

  it('a different number or floor is different premises; an address without street and number cannot be judged', () => {
    expect(parseAddress('Jl. Raya Darmo No. 112')).not.toEqual(parseAddress('Jl. Raya Darmo No. 12'));
    expect(parseAddress('Jl. Ahmad Yani No. 200 Lt. 3')?.floor).toBe('3');
    expect(parseAddress('Jl. Ahmad Yani No. 200 Lt. 5')?.floor).toBe('5');
    expect(parseAddress('Ruko Galaxy Blok B')).toBeNull();
  });
});
