// Evaluation of requirement kinds against bundles of declared documents, with the real rules: statuses,
// the law in force on the date, citations and evidence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, BundleDocument } from '../../src/documents/bundle.js';
import { evaluateBundle, type RequirementResult } from '../../src/evaluate/evaluate.js';
import { loadRuleset, type Ruleset } from '../../src/rules/load.js';
import { buildTender } from '../../src/tender/load.js';

let ruleset: Ruleset;
beforeAll(async () => {
  ruleset = await loadRuleset();
});

type Doc = { file: string; type: string | null; fields?: Record<string, string | string[]>; problem?: string };

function bundle(docs: Doc[], form: Bundle['bidder']['form'] = 'pt'): Bundle {
  const documents: BundleDocument[] = docs.map((d) => ({
    file: d.file,
    sha256: null,
    bytes: 1,
    pages: 1,
    docType: d.type,
    classification: null,
    fields: Object.entries(d.fields ?? {}).flatMap(([name, v]) =>
      (Array.isArray(v) ? v : [v]).map((value) => ({ name, value, raw: value, page: 1, snippet: value })),
    ),
    problems: d.problem ? [{ code: d.problem as 'no_text_layer' }] : [],
  }));
  return { path: 'b', bidder: { name: 'X', form, source: 'manifest' }, documents };
}

function run(
  texts: string[],
  docs: Doc[],
  dates: { announced: string; deadline: string },
  form: Bundle['bidder']['form'] = 'pt',
): RequirementResult[] {
  const tender = buildTender(
    't.yaml',
    new TextEncoder().encode('tender'),
    {
      tender: { name: 'Paket', procurement_type: 'barang', ...dates },
      requirements: texts.map((text, i) => ({ id: String(i + 1), text })),
    },
    () => 1,
    ruleset,
  );
  return evaluateBundle(tender, bundle(docs, form), { ruleset, asOf: dates.announced, deadline: dates.deadline });
}

const OCT_2019 = { announced: '2019-10-01', deadline: '2019-10-15' };
const MAR_2018 = { announced: '2018-03-01', deadline: '2018-03-15' };
const NIB: Doc = { file: 'nib.pdf', type: 'nib', fields: { nib: '8120114180194', company_name: 'PT X' } };
const refs = (r: RequirementResult | undefined) => r?.citations.map((c) => c.ref) ?? [];

describe('TDP and the NIB (PP 24/2018)', () => {
  it('after PP 24/2018 an NIB meets a TDP requirement, citing the equivalence and showing the NIB', () => {
    const [r] = run(['Memiliki Tanda Daftar Perusahaan (TDP)'], [NIB], OCT_2019);
    expect(r?.status).toBe('pass');
    expect(r?.via).toBe('nib-sebagai-tdp');
    expect(refs(r)).toContain('pp-24-2018#nib-sebagai-tdp');
    expect(r?.evidence[0]).toMatchObject({ file: 'nib.pdf', field: 'nib', value: '8120114180194' });
  });

  it('before Perpres 16/2018 and PerLKPP 9/2018 the rules hold no law: review, never a verdict from later law', () => {
    const [r] = run(['Memiliki Tanda Daftar Perusahaan (TDP)'], [NIB], MAR_2018);
    expect(r?.status).toBe('review');
    expect(r?.citations).toEqual([]);
    expect(r?.reason).toEqual({
      code: 'law.no_verdict',
      params: {
        date: '2018-03-01',
        gaps: [{ code: 'law.gap.before_first_instrument', params: { date: '2018-03-01', first: '2018-07-01' } }],
      },
    });
  });
});

describe('domicile letters (SE Mendagri 503/6491/SJ)', () => {
  it('waived from 17 July 2019, with the SE and PerLKPP 3.4.1 e cited', () => {
    const [r] = run(['Memiliki Surat Keterangan Domisili Perusahaan (SKDP)'], [], OCT_2019);
    expect(r?.status).toBe('waived');
    expect(refs(r)).toEqual(expect.arrayContaining(['perlkpp-9-2018#lampiran-3.4.1-e']));
    expect(r?.citations.some((c) => c.instrument === 'SE Mendagri 503/6491/SJ' && !c.verified)).toBe(true);
  });

  it('a real requirement before it: missing fails, present passes', () => {
    expect(run(['Surat Keterangan Domisili Usaha (SKDU)'], [], { announced: '2019-03-04', deadline: '2019-03-18' })[0]?.status).toBe(
      'fail',
    );
    const present = run(
      ['SITU dan izin gangguan (HO)'],
      [{ file: 'situ.pdf', type: 'surat_domisili', fields: { letter_number: '503/1' } }],
      { announced: '2019-03-04', deadline: '2019-03-18' },
    );
    expect(present[0]?.status).toBe('pass');
  });
});

describe('perorangan', () => {
  it('needs no izin usaha and no akta: not applicable, citing 3.4.1 b', () => {
    const [izin, akta] = run(['Memiliki izin usaha', 'Akta pendirian perusahaan'], [], OCT_2019, 'perorangan');
    expect(izin?.status).toBe('not_applicable');
    expect(refs(izin)).toContain('perlkpp-9-2018#lampiran-3.4.1-b');
    expect(akta?.status).toBe('not_applicable');
  });

  it('with the form unknown, a missing izin usaha is review, not fail', () => {
    expect(run(['Memiliki izin usaha'], [], OCT_2019, null)[0]?.status).toBe('review');
  });
});

describe('SPT Tahunan', () => {
  const spt = (year: string): Doc => ({ file: `spt-${year}.pdf`, type: 'spt_tahunan', fields: { tax_year: year } });

  it('the year named by the requirement, exactly', () => {
    expect(run(['SPT Tahunan tahun pajak 2018'], [spt('2018')], OCT_2019)[0]?.status).toBe('pass');
    expect(run(['SPT Tahunan tahun pajak 2018'], [spt('2017')], OCT_2019)[0]?.status).toBe('fail');
  });

  it('no year named: the last year whose filing deadline passed before the tender deadline', () => {
    // Deadline 18 March 2019: the 2018 return (due 30 April 2019) was not yet due, so 2017 is the year.
    const march = { announced: '2019-03-04', deadline: '2019-03-18' };
    expect(run(['SPT Tahunan tahun terakhir'], [spt('2017')], march)[0]?.status).toBe('pass');
    expect(run(['SPT Tahunan tahun terakhir'], [spt('2016')], march)[0]?.status).toBe('fail');
  });

  it('a named year not yet due at the deadline is review, never a fail of the bidder', () => {
    const r = run(['SPT Tahunan tahun pajak 2019'], [spt('2018')], OCT_2019)[0];
    expect(r?.status).toBe('review');
  });
});

describe('surat kuasa', () => {
  const pakta = (name: string, role: string): Doc => ({
    file: 'pakta.pdf',
    type: 'pakta_integritas',
    fields: { signatory_name: name, signatory_role: role },
  });

  it('not applicable when a director signs', () => {
    const [r] = run(['Surat Kuasa (apabila dikuasakan)'], [pakta('Budi', 'Direktur Utama')], OCT_2019);
    expect(r?.status).toBe('not_applicable');
    expect(refs(r)).toEqual(['perlkpp-9-2018#lampiran-3.4.1-f']);
  });

  it('fails when someone else signs without one; passes with one', () => {
    const signer = pakta('Rudi', 'Manajer Pemasaran');
    expect(run(['Surat Kuasa (apabila dikuasakan)'], [signer], OCT_2019)[0]?.status).toBe('fail');
    const kuasa: Doc = { file: 'kuasa.pdf', type: 'surat_kuasa', fields: { grantor_name: 'Budi', attorney_name: 'Rudi' } };
    expect(run(['Surat Kuasa (apabila dikuasakan)'], [signer, kuasa], OCT_2019)[0]?.status).toBe('pass');
  });

  it('a "Direktur" who is not in the akta signs by proxy', () => {
    const akta: Doc = { file: 'akta.pdf', type: 'akta', fields: { deed_number: '12', director: 'Anita Rahayu' } };
    expect(run(['Surat Kuasa (apabila dikuasakan)'], [akta, pakta('Bambang Sutrisno', 'Direktur Utama')], OCT_2019)[0]?.status).toBe(
      'fail',
    );
    expect(run(['Surat Kuasa (apabila dikuasakan)'], [akta, pakta('Ir. Anita Rahayu', 'Direktur Utama')], OCT_2019)[0]?.status).toBe(
      'not_applicable',
    );
  });

  it('review when no signer position can be read', () => {
    expect(run(['Surat Kuasa (apabila dikuasakan)'], [], OCT_2019)[0]?.status).toBe('review');
  });
});

describe('what cannot be decided is review', () => {
  it('a missing document becomes review when an unreadable file might hold it', () => {
    const scan: Doc = { file: 'scan.pdf', type: null, problem: 'no_text_layer' };
    const [r] = run(['Memiliki NPWP'], [scan], OCT_2019);
    expect(r?.status).toBe('review');
    expect(r?.reason).toMatchObject({ code: 'missing.unread_files', params: { files: ['scan.pdf'] } });
  });

  it('wording the rules do not know is review, with the closest kinds', () => {
    const [r] = run(['Memiliki sertifikat ISO 9001:2015 yang masih berlaku'], [NIB], OCT_2019);
    expect(r?.kind).toBe('unknown');
    expect(r?.status).toBe('review');
  });

  it('an expired lease fails at the deadline; the NIB address still proves the office', () => {
    const lease: Doc = { file: 'sewa.pdf', type: 'sewa_kantor', fields: { address: 'Jl. A', valid_until: '2019-09-30' } };
    const text = 'Mempunyai tempat usaha/kantor milik sendiri atau sewa';
    expect(run([text], [lease], OCT_2019)[0]?.status).toBe('fail');
    expect(run([text], [lease, { ...NIB, fields: { nib: '8120114180194', address: 'Jl. A' } }], OCT_2019)[0]?.status).toBe('pass');
  });

  it('KSWP: VALID passes, TIDAK VALID fails citing PerLKPP 5/2020', () => {
    const kswp = (status: string): Doc => ({ file: 'kswp.pdf', type: 'kswp', fields: { status } });
    const text = 'Memiliki status valid Keterangan Wajib Pajak';
    expect(run([text], [kswp('VALID')], { announced: '2023-07-03', deadline: '2023-07-17' })[0]?.status).toBe('pass');
    const bad = run([text], [kswp('TIDAK VALID')], { announced: '2023-07-03', deadline: '2023-07-17' })[0];
    expect(bad?.status).toBe('fail');
    expect(bad?.citations.map((c) => c.instrument)).toContain('PerLKPP 5/2020');
  });
});

describe('a document recognised as another type that also scores as the wanted one', () => {
  it('makes a missing izin usaha review, not fail: the "NIB" may be a misrecognised SIUP', () => {
    const tender = buildTender(
      't.yaml',
      new TextEncoder().encode('tender'),
      {
        tender: { name: 'Paket', procurement_type: 'barang', announced: '2019-10-01', deadline: '2019-10-15' },
        requirements: [{ id: '1', text: 'Memiliki SIUP' }],
      },
      () => 1,
      ruleset,
    );
    const cue = { kind: 'title' as const, pattern: 'x', page: 1, text: 'x' };
    const b = bundle([{ file: 'izin.pdf', type: 'nib', fields: { nib: '9120203651884' } }]);
    const doc = b.documents[0] as BundleDocument;
    doc.classification = {
      docType: 'nib',
      ambiguous: false,
      candidates: [
        { docType: 'nib', score: 10, cues: [cue] },
        { docType: 'izin_usaha', score: 7, cues: [cue] },
      ],
    };
    const [r] = evaluateBundle(tender, b, { ruleset, asOf: '2019-10-01', deadline: '2019-10-15' });
    expect(r?.status).toBe('review');
    expect(r?.reason).toMatchObject({
      code: 'missing.lookalike',
      params: { file: 'izin.pdf', as: { en: 'Business Identification Number (NIB)' }, reason: { code: 'check.not_found' } },
    });
    // Without that second reading it is an ordinary fail.
    doc.classification = { docType: 'nib', ambiguous: false, candidates: [{ docType: 'nib', score: 10, cues: [cue] }] };
    expect(evaluateBundle(tender, b, { ruleset, asOf: '2019-10-01', deadline: '2019-10-15' })[0]?.status).toBe('fail');
  });
});
