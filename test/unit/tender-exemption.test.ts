// The LDK's own exemption for new usaha kecil, evaluated with the real rules against declared documents:
// waived only when founding date, business scale and package value all hold; review when any is unknown;
// never a fail; the tender's line is what is cited.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, BundleDocument } from '../../src/documents/bundle.js';
import { readFields } from '../../src/documents/fields.js';
import { normalisePage } from '../../src/documents/text.js';
import { evaluateBundle, type RequirementResult } from '../../src/evaluate/evaluate.js';
import { findTenderExemption } from '../../src/evaluate/tender-exemption.js';
import { say } from '../../src/i18n/messages.js';
import { loadRuleset, type Ruleset } from '../../src/rules/load.js';
import { buildTender, type Tender } from '../../src/tender/load.js';

let ruleset: Ruleset;
beforeAll(async () => {
  ruleset = await loadRuleset();
});

const EXPERIENCE = 'Memiliki pengalaman paling sedikit 1 (satu) pekerjaan sejenis dalam kurun waktu 4 (empat) tahun terakhir';
const EXEMPTION =
  'Penyedia dengan kualifikasi usaha kecil yang baru berdiri kurang dari 3 (tiga) tahun dan belum memiliki pengalaman dikecualikan dari persyaratan pengalaman sebagaimana angka 1, untuk nilai paket pengadaan sampai dengan paling banyak Rp1.000.000.000,00 (satu miliar rupiah)';

function tender(texts: string[], hps?: number, dates = { announced: '2024-09-09', deadline: '2024-09-23' }): Tender {
  return buildTender(
    'ldk.yaml',
    new TextEncoder().encode('tender'),
    {
      tender: { code: '10241337000', name: 'Pengawasan', procurement_type: 'konsultansi', ...dates, ...(hps !== undefined ? { hps } : {}) },
      requirements: texts.map((text, i) => ({ id: `B.${i + 1}`, text })),
    },
    (p) => 10 + Number(p[1] ?? 0),
    ruleset,
  );
}

function bundle(fields: { founded?: string[]; scale?: string }): Bundle {
  const doc = (file: string, docType: string, values: Array<[string, string]>): BundleDocument => ({
    file,
    sha256: null,
    bytes: 1,
    pages: 1,
    docType,
    classification: null,
    fields: values.map(([name, value]) => ({ name, value, raw: value, page: 1, snippet: value })),
    problems: [],
  });
  return {
    path: 'b',
    bidder: { name: 'CV Contoh', form: 'cv', source: 'manifest' },
    documents: [
      doc('nib.pdf', 'nib', [['nib', '2203230004512'], ...(fields.scale ? [['business_scale', fields.scale] as [string, string]] : [])]),
      ...(fields.founded ?? []).map((d, i) => doc(`akta-${i + 1}.pdf`, 'akta', [['founded_on', d]])),
    ],
  };
}

function experience(t: Tender, b: Bundle): RequirementResult {
  return evaluateBundle(t, b, { ruleset, asOf: t.meta.announced, deadline: t.meta.deadline })[0] as RequirementResult;
}

describe("the tender's own exemption from experience", () => {
  it('is found with its bound in rupiah, its age limit and its usaha kecil condition', () => {
    const ex = findTenderExemption(tender([EXPERIENCE, EXEMPTION]));
    expect(ex).toMatchObject({ years: 3, smallOnly: true, maxValue: 1_000_000_000 });
    expect(ex?.citation).toMatchObject({ ref: 'tender#B.2', instrument: 'LDK tender 10241337000', verified: true, text: EXEMPTION });
    expect(findTenderExemption(tender([EXEMPTION.replace('Rp1.000.000.000,00 (satu miliar rupiah)', 'Rp2,5 miliar')]))?.maxValue).toBe(
      2_500_000_000,
    );
    // The 2022 konstruksi wording: no value bound, no usaha kecil condition.
    expect(
      findTenderExemption(tender([`${EXPERIENCE}, kecuali bagi pelaku usaha yang baru berdiri kurang dari 3 (tiga) tahun`])),
    ).toMatchObject({ smallOnly: false, maxValue: undefined });
    expect(findTenderExemption(tender([EXPERIENCE]))).toBeUndefined();
  });

  it('waives experience, citing the tender line, when the bidder is a new usaha kecil and the HPS is within the bound', () => {
    const r = experience(tender([EXPERIENCE, EXEMPTION], 850_000_000), bundle({ founded: ['2023-03-15'], scale: 'Usaha Kecil' }));
    expect(r.status).toBe('waived');
    expect(r.via).toBe('pengecualian-ldk');
    expect(r.citations.map((c) => [c.ref, c.provision])).toEqual([['tender#B.2', 'butir B.2, baris 11']]);
    expect(r.evidence.map((e) => [e.file, e.field, e.value])).toEqual([
      ['akta-1.pdf', 'founded_on', '2023-03-15'],
      ['nib.pdf', 'business_scale', 'Usaha Kecil'],
    ]);
    expect(r.reason.code).toBe('tender_exemption.waived');
    expect(say(r.reason, 'id')).toContain('LDK butir B.2');
    expect(say(r.reason, 'en')).toContain('HPS Rp850.000.000 is within Rp1.000.000.000');
  });

  it('shows the page of the line when the tender was read from a PDF', () => {
    const t = tender([EXPERIENCE, EXEMPTION], 850_000_000);
    Object.assign(t.requirements[1] as object, { page: 14 });
    const r = experience(t, bundle({ founded: ['2023-03-15'], scale: 'Usaha Kecil' }));
    expect(r.citations[0]?.provision).toBe('butir B.2, hlm. 14, baris 11');
    expect(say(r.reason, 'en')).toContain('LDK item B.2 (p. 14)');
  });

  it.each([
    ['the package value is unknown', undefined, { founded: ['2023-03-15'], scale: 'Usaha Kecil' }, /HPS\/pagu\) is unknown/],
    ['no founding date was read', 850_000_000, { scale: 'Usaha Kecil' }, /deed of establishment was not found/],
    [
      'two deeds disagree on the founding date',
      850_000_000,
      { founded: ['2023-03-15', '2019-01-02'], scale: 'Usaha Kecil' },
      /different founding dates/,
    ],
    ['the NIB shows no scale', 850_000_000, { founded: ['2023-03-15'] }, /business scale \(usaha kecil\) is not shown/],
    [
      'the NIB says Usaha Mikro and the LDK usaha kecil',
      850_000_000,
      { founded: ['2023-03-15'], scale: 'Usaha Mikro' },
      /mikro; the LDK says usaha kecil/,
    ],
  ])('is review, citing the tender, when %s', (_what, hps, fields, why) => {
    const r = experience(tender([EXPERIENCE, EXEMPTION], hps), bundle(fields));
    expect(r.status).toBe('review');
    expect(r.citations.map((c) => c.ref)).toContain('tender#B.2');
    expect(say(r.reason, 'en')).toMatch(why);
  });

  it('is review when the business turns 3 between the announcement and the bid deadline', () => {
    const r = experience(tender([EXPERIENCE, EXEMPTION], 850_000_000), bundle({ founded: ['2021-09-15'], scale: 'Usaha Kecil' }));
    expect(r.status).toBe('review');
    expect(say(r.reason, 'en')).toContain('3 years old on 2024-09-15');
  });

  it.each([
    [
      'the business is 3 years old or more',
      850_000_000,
      { founded: ['2021-09-09'], scale: 'Usaha Kecil' },
      /3 years or more before the announcement/,
    ],
    ['the NIB says Usaha Menengah', 850_000_000, { founded: ['2023-03-15'], scale: 'Usaha Menengah' }, /menengah, not usaha kecil/],
    ['the HPS exceeds the bound', 1_200_000_000, { founded: ['2023-03-15'], scale: 'Usaha Kecil' }, /HPS Rp1\.200\.000\.000 exceeds/],
  ])('does not apply when %s, and experience stays for the pokja: review, never fail', (_what, hps, fields, why) => {
    const r = experience(tender([EXPERIENCE, EXEMPTION], hps), bundle(fields));
    expect(r.status).toBe('review');
    expect(r.via).toBeUndefined();
    expect(say(r.reason, 'en')).toMatch(why);
    expect(r.citations.map((c) => c.ref)).not.toContain('tender#B.2');
  });

  it('touches no requirement but experience', () => {
    const results = evaluateBundle(
      tender(['Memiliki Nomor Induk Berusaha (NIB)', EXEMPTION], 850_000_000),
      bundle({ founded: ['2023-03-15'], scale: 'Usaha Kecil' }),
      { ruleset, asOf: '2024-09-09', deadline: '2024-09-23' },
    );
    expect(results.map((r) => [r.kind, r.status])).toEqual([
      ['nib', 'pass'],
      ['pengalaman', 'waived'],
    ]);
  });
});

describe('what the exemption reads from the documents', () => {
  const value = (type: string, page: string, name: string) => {
    const spec = ruleset.documents.get(type);
    if (!spec) throw new Error(`no document type ${type}`);
    return readFields([normalisePage(page)], spec)
      .filter((f) => f.name === name)
      .map((f) => f.value);
  };

  it('reads the Skala Usaha printed on an OSS-RBA NIB', () => {
    expect(
      value(
        'nib',
        '4. Kode Klasifikasi Baku Lapangan Usaha : Lihat Lampiran\nIndonesia (KBLI)\n5. Skala Usaha : Usaha Kecil\nNIB ini berlaku',
        'business_scale',
      ),
    ).toEqual(['Usaha Kecil']);
    expect(value('nib', '5. Skala Usaha: Usaha Mikro', 'business_scale')).toEqual(['Usaha Mikro']);
  });

  it('reads the founding date from an akta pendirian, and from the akta pendirian an akta perubahan names', () => {
    const pendirian =
      'AKTA PENDIRIAN PERSEKUTUAN KOMANDITER\nCV BERKAH BERSIH MANDIRI\nNomor : 12\nPada hari ini, Rabu, 15 Maret 2023, berhadapan dengan saya';
    expect(value('akta', pendirian, 'founded_on')).toEqual(['2023-03-15']);
    const perubahan =
      'AKTA PERNYATAAN KEPUTUSAN RAPAT PERUBAHAN ANGGARAN DASAR\nNomor : 7\nPada hari ini, Senin, 4 Maret 2024, menghadap\nberdasarkan Akta Pendirian Nomor 5 tanggal 3 Februari 2015 yang dibuat di hadapan Notaris';
    expect(value('akta', perubahan, 'founded_on')).toEqual(['2015-02-03']);
    // The date of an akta perubahan that names no akta pendirian is no founding date.
    expect(value('akta', 'AKTA PERUBAHAN\nNomor : 7\nPada hari ini, Senin, 4 Maret 2024, menghadap', 'founded_on')).toEqual([]);
  });
});
