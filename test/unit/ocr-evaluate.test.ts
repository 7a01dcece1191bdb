// What was read by OCR is uncertain: evidence says so, a pass needs enough confidence, and an OCR reading
// alone never fails a bidder.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, BundleDocument } from '../../src/documents/bundle.js';
import type { OcrPage } from '../../src/documents/extract.js';
import { evaluateBundle, evidenceText, type RequirementResult } from '../../src/evaluate/evaluate.js';
import { ocrConfidence } from '../../src/evaluate/evidence.js';
import { MIN_OCR_CONFIDENCE } from '../../src/evaluate/ocr.js';
import { loadRuleset, type Ruleset } from '../../src/rules/load.js';
import { buildTender } from '../../src/tender/load.js';

let ruleset: Ruleset;
beforeAll(async () => {
  ruleset = await loadRuleset();
});

const OCT_2019 = { announced: '2019-10-01', deadline: '2019-10-15' };

/** A document whose fields sit on page 1; `ocr` makes page 1 a page read by OCR, its lines with `confidence`. */
function doc(file: string, docType: string | null, fields: Record<string, string>, ocr?: { confidence: number }): BundleDocument {
  const entries = Object.entries(fields);
  const pages: OcrPage[] | undefined = ocr
    ? [
        {
          page: 1,
          confidence: ocr.confidence,
          lines: entries.map(([, v]) => ({ text: `Nomor : ${v}`, confidence: ocr.confidence, words: [] })),
        },
      ]
    : undefined;
  return {
    file,
    sha256: null,
    bytes: 1,
    pages: 1,
    docType,
    classification: docType ? { docType, ambiguous: false, candidates: [{ docType, score: 5, cues: [] }] } : null,
    fields: entries.map(([name, value]) => ({ name, value, raw: value, page: 1, snippet: value })),
    problems: [],
    ...(pages ? { ocr: pages } : {}),
  };
}

function run(text: string, documents: BundleDocument[]): RequirementResult {
  const tender = buildTender(
    't.yaml',
    new TextEncoder().encode('t'),
    { tender: { name: 'Paket', procurement_type: 'barang', ...OCT_2019 }, requirements: [{ id: '1', text }] },
    () => 1,
    ruleset,
  );
  const bundle: Bundle = { path: 'b', bidder: { name: 'PT X', form: 'pt', source: 'manifest' }, documents };
  return evaluateBundle(tender, bundle, { ruleset, asOf: OCT_2019.announced, deadline: OCT_2019.deadline })[0] as RequirementResult;
}

const KTP = 'KTP direktur';
const SPT_2018 = 'SPT Tahunan tahun pajak 2018';

describe('evidence read by OCR', () => {
  it('passes on a confident reading, and the evidence says it was read by OCR, with the confidence', () => {
    const r = run(KTP, [doc('ktp.pdf', 'ktp', { nik: '3578106908870014' }, { confidence: 91 })]);
    expect(r.status).toBe('pass');
    expect(r.evidence[0]).toMatchObject({ file: 'ktp.pdf', field: 'nik', ocr: { confidence: 91 } });
    expect(evidenceText(r.evidence[0]!, 'id')).toBe('NIK: 3578106908870014 (dibaca dengan OCR, keyakinan 91%)');
    expect(evidenceText(r.evidence[0]!, 'en')).toBe('NIK: 3578106908870014 (read by OCR, confidence 91%)');
    expect(r.reason).toMatchObject({
      code: 'check.found',
      params: { file: 'ktp.pdf', evidence: { code: 'evidence.value', params: { value: '3578106908870014', confidence: 91 } } },
    });
  });

  it('a deciding value read with less than the minimum confidence is review, naming file, page and confidence', () => {
    const r = run(KTP, [doc('ktp.pdf', 'ktp', { nik: '3578106908870014' }, { confidence: MIN_OCR_CONFIDENCE - 1 })]);
    expect(r.status).toBe('review');
    expect(r.reason).toMatchObject({
      code: 'ocr.pass_low_confidence',
      params: { reason: { code: 'check.found' }, pages: [{ file: 'ktp.pdf', page: 1, confidence: MIN_OCR_CONFIDENCE - 1 }] },
    });
  });

  it('a weak OCR reading does not hold back a pass that a text-layer copy of the same field also proves', () => {
    const r = run(KTP, [
      doc('ktp-scan.pdf', 'ktp', { nik: '3578106908870014' }, { confidence: 40 }),
      doc('ktp.pdf', 'ktp', { nik: '3578106908870014' }),
    ]);
    expect(r.status).toBe('pass');
  });

  it('a value read from the PDF text layer carries no OCR mark', () => {
    const r = run(KTP, [doc('ktp.pdf', 'ktp', { nik: '3578106908870014' })]);
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.ocr).toBeUndefined();
  });
});

describe('an OCR reading alone never fails a bidder', () => {
  it('a wrong tax year read by OCR is review with the page; the same read from a text layer fails', () => {
    expect(run(SPT_2018, [doc('spt.pdf', 'spt_tahunan', { tax_year: '2017' })]).status).toBe('fail');
    const r = run(SPT_2018, [doc('spt.pdf', 'spt_tahunan', { tax_year: '2017' }, { confidence: 95 })]);
    expect(r.status).toBe('review');
    expect(r.reason).toMatchObject({
      code: 'ocr.fail_on_scan',
      params: {
        reason: { code: 'missing.fail', params: { reason: { code: 'spt.wrong_year', params: { years: [2017] } } } },
        pages: [{ file: 'spt.pdf', page: 1, confidence: 95 }],
      },
    });
    expect(r.evidence).toContainEqual(expect.objectContaining({ file: 'spt.pdf', page: 1, ocr: { confidence: 95 } }));
  });

  it('a KBLI missing from an NIB read by OCR is review, not fail', () => {
    const text = 'Memiliki NIB dengan KBLI 62019';
    const fields = { nib: '8120114180194', kbli: '46512' };
    expect(run(text, [doc('nib.pdf', 'nib', fields)]).status).toBe('fail');
    expect(run(text, [doc('nib.pdf', 'nib', fields, { confidence: 93 })]).status).toBe('review');
  });

  it('a missing document is review when a scanned document might be it (a candidate type), fail when none could', () => {
    const scanned = { ...doc('scan.pdf', 'akta', { deed_number: '12' }, { confidence: 90 }) };
    scanned.classification = {
      docType: 'akta',
      ambiguous: false,
      candidates: [
        { docType: 'akta', score: 5, cues: [] },
        { docType: 'spt_tahunan', score: 1, cues: [] },
      ],
    };
    const r = run(SPT_2018, [scanned]);
    expect(r.status).toBe('review');
    expect(r.evidence).toContainEqual(expect.objectContaining({ file: 'scan.pdf', page: 1 }));
    const unrelated = {
      ...scanned,
      classification: { docType: 'akta', ambiguous: false, candidates: [{ docType: 'akta', score: 5, cues: [] }] },
    };
    expect(run(SPT_2018, [unrelated]).status).toBe('fail');
  });

  it('a signer who is not a director by a deed read by OCR is review, not fail', () => {
    const pakta = doc('pakta.pdf', 'pakta_integritas', { signatory_name: 'Bambang Sutrisno', signatory_role: 'Direktur Utama' });
    const akta = (ocr?: { confidence: number }) => doc('akta.pdf', 'akta', { deed_number: '12', director: 'Anita Rahayu' }, ocr);
    expect(run('Surat Kuasa (apabila dikuasakan)', [akta(), pakta]).status).toBe('fail');
    expect(run('Surat Kuasa (apabila dikuasakan)', [akta({ confidence: 92 }), pakta]).status).toBe('review');
  });
});

describe('ocrConfidence', () => {
  const d: BundleDocument = {
    ...doc('akta.pdf', 'akta', {}),
    ocr: [
      {
        page: 2,
        confidence: 88,
        lines: [
          { text: 'Direktur Utama :', confidence: 95, words: [] },
          { text: 'HENDRA  WIJAYA', confidence: 61, words: [] },
          { text: 'tersebut;', confidence: 90, words: [] },
          {
            text: 'NIB : 9120206821346',
            confidence: 61,
            words: [
              { text: 'NIB', confidence: 90 },
              { text: ':', confidence: 2 },
              { text: '9120206821346', confidence: 91 },
            ],
          },
        ],
      },
    ],
  };

  it("is the lowest confidence of the value's own words: a label or a colon read poorly beside it does not count", () => {
    expect(ocrConfidence(d, 2, '9120206821346')).toEqual({ confidence: 91 });
  });

  it('is the lowest confidence of the lines holding the value, whitespace aside', () => {
    expect(ocrConfidence(d, 2, 'HENDRA WIJAYA')).toEqual({ confidence: 61 });
  });

  it('is the page confidence when no line holds the value, and nothing on a page with a text layer', () => {
    expect(ocrConfidence(d, 2, 'ANITA')).toEqual({ confidence: 88 });
    expect(ocrConfidence(d, 1, 'HENDRA WIJAYA')).toBeUndefined();
  });
});
