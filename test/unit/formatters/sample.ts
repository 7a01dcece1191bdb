// One small check report, the input of every check formatter's golden test: one bidder, a requirement met
// through an equivalence, one failed with evidence and a remedy, a consistency finding, a document problem,
// a finding on the tender and a coverage gap. Every value is one a real check can produce.
import type { LintReport } from '../../../src/lint/lint.js';
import type { Report } from '../../../src/report/report.js';

const nibCite = {
  ref: 'pp-24-2018#nib-sebagai-tdp',
  instrument: 'PP 24/2018',
  provision: 'Pasal 26',
  text: 'NIB berlaku sebagai TDP.',
  verified: true,
};
const sptCite = { ref: 'uu-kup#spt', instrument: 'UU KUP', provision: 'Pasal 3', text: 'Wajib Pajak mengisi SPT.', verified: false };

export const lint: LintReport = {
  asOf: '2019-10-01',
  law: {
    date: '2019-10-01',
    instruments: [
      {
        id: 'perpres-16-2018',
        short: 'Perpres 16/2018',
        title: 'Pengadaan Barang/Jasa Pemerintah',
        role: 'procurement',
        from: '2018-03-22',
        fromVerified: true,
        amendedBy: [],
      },
      {
        id: 'pp-24-2018',
        short: 'PP 24/2018',
        title: 'Perizinan Berusaha Terintegrasi',
        role: 'licensing',
        from: '2018-06-21',
        fromVerified: false,
        amendedBy: [],
      },
    ],
    gaps: [{ code: 'past_review_date', date: '2019-10-01', reviewBy: '2019-06-30' }],
  },
  requirements: [
    { id: '1', text: 'Memiliki TDP', kind: 'tdp', line: 7, findings: [] },
    {
      id: '2',
      text: 'SPT Tahunan tahun pajak 2019',
      kind: 'spt_tahunan',
      line: 8,
      findings: [
        {
          code: 'tax-year-not-due',
          severity: 'error',
          message: {
            code: 'remedy.rules',
            params: {
              text: {
                id: 'SPT 2019 belum wajib disampaikan pada 2019-10-01. Minta SPT 2018.',
                en: 'The 2019 return is not yet due on 2019-10-01. Ask for the 2018 return.',
              },
            },
          },
          citations: [sptCite],
        },
      ],
    },
  ],
};

export const report: Report = {
  schemaVersion: 1,
  tool: { name: 'kualifikasi', version: '0.1.0' },
  ruleset: { name: 'kualifikasi-id', version: '2.1.0', sha256: 'ab'.repeat(32), checkedAgainstOfficialText: false },
  asOf: '2019-10-01',
  law: lint.law,
  tender: {
    file: 'tender.yaml',
    sha256: 'cd'.repeat(32),
    code: '1234',
    name: 'Pengadaan Komputer',
    procurementType: 'barang',
    announced: '2019-10-01',
    deadline: '2019-10-15',
  },
  tenderFindings: lint,
  bundles: [
    {
      path: 'bids/pt-maju',
      bidder: { name: 'PT Maju', form: 'pt', source: 'manifest' },
      verdict: 'fail',
      requirements: [
        {
          id: '1',
          text: 'Memiliki TDP',
          kind: 'tdp',
          kindSource: 'inferred',
          status: 'pass',
          via: 'nib-sebagai-tdp',
          reason: { code: 'remedy.rules', params: { text: { id: 'NIB berlaku sebagai TDP.', en: 'The NIB serves as the TDP.' } } },
          citations: [nibCite],
          evidence: [{ file: 'nib.pdf', page: 1, docType: 'nib', field: 'nib', label: { id: 'NIB', en: 'NIB' }, value: '8120114180194' }],
        },
        {
          id: '2',
          text: 'SPT Tahunan tahun pajak 2019',
          kind: 'spt_tahunan',
          kindSource: 'declared',
          status: 'fail',
          reason: { code: 'remedy.rules', params: { text: { id: 'Tidak ada SPT Tahunan.', en: 'There is no annual tax return.' } } },
          citations: [sptCite],
          evidence: [],
          remedy: { code: 'remedy.rules', params: { text: { id: 'Lampirkan SPT Tahunan.', en: 'Attach the annual tax return.' } } },
        },
      ],
      documents: [
        {
          file: 'nib.pdf',
          sha256: 'ef'.repeat(32),
          pages: 1,
          docType: 'nib',
          docTypeName: { id: 'Nomor Induk Berusaha', en: 'Business Identification Number' },
          fields: [],
          problems: [],
        },
        {
          file: 'foto.jpg',
          sha256: null,
          pages: 0,
          docType: null,
          docTypeName: null,
          fields: [],
          problems: [{ code: 'image_not_supported' }],
        },
      ],
      consistency: [
        {
          subject: 'company_name',
          severity: 'format',
          message: {
            code: 'remedy.rules',
            params: { text: { id: 'Nama perusahaan ditulis berbeda.', en: 'The company name is written differently.' } },
          },
          readings: [
            { file: 'nib.pdf', page: 1, docType: 'nib', field: 'company_name', label: { id: 'Nama', en: 'Name' }, value: 'PT. MAJU' },
          ],
          involved: ['nib.pdf'],
        },
      ],
    },
  ],
  legalNotes: [
    { id: 'nib-sebagai-tdp', explain: { id: 'NIB berlaku sebagai TDP.', en: 'The NIB serves as the TDP.' }, citations: [nibCite] },
  ],
};
