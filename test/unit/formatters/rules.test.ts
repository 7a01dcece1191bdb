// The rules commands' output: validate (text, SARIF), test (text, JSON, JUnit), diff (text, JSON) and audit
// (text, JSON), from small inputs parsed with the real schemas. Expected strings are written out in full.
import { describe, expect, it } from 'vitest';
import { type CaseOutcome, goldenCaseFile } from '../../../src/golden/cases.js';
import type { GoldenRun, RulesDiff } from '../../../src/golden/run.js';
import { junitXml } from '../../../src/report/formatters/junit-xml.js';
import { rulesAuditJson } from '../../../src/report/formatters/rules-audit-json.js';
import { rulesAuditText } from '../../../src/report/formatters/rules-audit-text.js';
import { rulesDiffJson } from '../../../src/report/formatters/rules-diff-json.js';
import { rulesDiffText } from '../../../src/report/formatters/rules-diff-text.js';
import { rulesTestJson } from '../../../src/report/formatters/rules-test-json.js';
import { rulesTestJunit } from '../../../src/report/formatters/rules-test-junit.js';
import { rulesTestText } from '../../../src/report/formatters/rules-test-text.js';
import { rulesValidateSarif } from '../../../src/report/formatters/rules-validate-sarif.js';
import { rulesValidateText } from '../../../src/report/formatters/rules-validate-text.js';
import type { Audit } from '../../../src/rules/audit.js';
import { instrumentFile } from '../../../src/rules/schema.js';
import { expectGolden } from './golden.js';

const ruleset = { name: 'kualifikasi-id', version: '2.1.0', sha256: 'ab'.repeat(32) };
const sized = (size: number) => ({ size });

describe('rules validate', () => {
  it('text, in both languages', () => {
    const r = { ...ruleset, instruments: sized(9), provisions: sized(40), documents: sized(17), requirements: sized(16) };
    expect(rulesValidateText(r, 'en')).toBe(
      `Rules valid: kualifikasi-id 2.1.0, 9 instruments, 40 provisions, 17 document types, 16 requirement kinds (sha256 ${'ab'.repeat(32)}).\n`,
    );
    expect(rulesValidateText(r, 'id')).toBe(
      `Aturan sah: kualifikasi-id 2.1.0, 9 instrumen, 40 ketentuan, 17 jenis dokumen, 16 jenis persyaratan (sha256 ${'ab'.repeat(32)}).\n`,
    );
  });

  it('SARIF: one result per problem, paths relative to the base, lines and columns at least 1', () => {
    const problems = [{ file: '/repo/rules/requirements/tdp.yaml', line: 0, column: 4, message: 'unknown provision "x#y"' }];
    expectGolden('rules-validate.sarif.json', rulesValidateSarif({ name: 'kualifikasi', version: '0.1.0' }, problems, '/repo'));
  });
});

const passing: CaseOutcome = {
  case: {
    file: 'rules/tests/a.yaml',
    data: goldenCaseFile.parse({ case: 'nib-cukup', tender: 't.yaml', expect: { requirements: { '1': 'pass' } } }),
    lineOf: () => 1,
  },
  verdict: 'pass',
  results: [],
  failures: [],
};
const failing: CaseOutcome = {
  case: {
    file: 'rules/tests/b.yaml',
    data: goldenCaseFile.parse({ case: 'domisili-2019', tender: 't.yaml', expect: { requirements: { '3': 'waived' } } }),
    lineOf: () => 1,
  },
  verdict: 'fail',
  results: [],
  failures: [
    {
      requirement: '3',
      line: 7,
      message: 'status fail, expected waived (letter <none>)',
      text: { id: 'status fail, diharapkan waived (tidak ada surat)', en: 'status fail, expected waived (letter <none>)' },
    },
  ],
};
const run: GoldenRun = {
  ruleset,
  casesDir: 'rules/tests',
  outcomes: [passing, failing],
  coverage: { percent: 66.7, covered: 2, total: 3, missing: ['waiver:domisili'] },
  minCoverage: 80,
  belowCoverage: true,
  exitCode: 1,
};

describe('rules test', () => {
  it('text: a line per case, its failures with file and line, the coverage and what is below it', () => {
    expect(rulesTestText(run, 'en')).toBe(
      [
        'ok    nib-cukup (verdict: pass)',
        'FAIL  domisili-2019 (verdict: fail)',
        '      rules/tests/b.yaml:7: requirement 3: status fail, expected waived (letter <none>)',
        '',
        '1 of 2 cases pass. Rule coverage: 66.7% (2/3).',
        'Not exercised by any case: waiver:domisili',
        'Coverage is below --min-coverage 80%.',
        '',
      ].join('\n'),
    );
    expect(rulesTestText({ ...run, outcomes: [], belowCoverage: false }, 'id')).toBe(
      [
        '',
        '0 dari 0 kasus lulus. Cakupan aturan: 66.7% (2/3).',
        'Belum diuji oleh kasus mana pun: waiver:domisili',
        'Tidak ada kasus uji di rules/tests.',
        '',
      ].join('\n'),
    );
  });

  it('json', () => expectGolden('rules-test.json', rulesTestJson(run)));

  it('junit: one test case per golden case, the failure escaped', () => {
    expect(rulesTestJunit(run)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="kualifikasi rules test" tests="2" failures="1">',
        '  <testsuite name="kualifikasi-id 2.1.0" tests="2" failures="1">',
        '    <testcase classname="kualifikasi.rules" name="nib-cukup"/>',
        '    <testcase classname="kualifikasi.rules" name="domisili-2019">',
        '      <failure type="golden" message="status fail, expected waived (letter &lt;none&gt;)">rules/tests/b.yaml:7: status fail, expected waived (letter &lt;none&gt;)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('junit-xml drops what XML 1.0 cannot carry and escapes quotes', () => {
    expect(junitXml('a"b', [{ name: 's', cases: [{ classname: 'c', name: 'n\u0001', output: 'x & y' }] }])).toContain(
      '<testcase classname="c" name="n">\n      <system-out>x &amp; y</system-out>',
    );
    expect(junitXml('a"b', [])).toContain('<testsuites name="a&quot;b" tests="0" failures="0">');
  });
});

const diff: RulesDiff = {
  base: { spec: 'main', ...ruleset },
  head: { spec: 'rules', name: 'kualifikasi-id', version: '2.2.0', sha256: 'cd'.repeat(32) },
  cases: 12,
  flips: [
    { case: 'batas-2019-07-17', requirement: null, kind: null, base: 'fail', head: 'pass', cause: '', announced: true },
    {
      case: 'batas-2019-07-17',
      requirement: '3',
      kind: 'surat_domisili',
      base: 'fail',
      head: 'waived (domisili-dihapus)',
      cause: 'domisili-dihapus',
      announced: false,
    },
  ],
  errors: ['rusak: base: no tender'],
  unannounced: 1,
  exitCode: 1,
};

describe('rules diff', () => {
  it('text: both rulesets, each flip with its cause and whether the changelog announced it, errors, the count', () => {
    expect(rulesDiffText(diff, 'en')).toBe(
      [
        'Base rules: kualifikasi-id 2.1.0 (main); head rules: kualifikasi-id 2.2.0 (rules); 12 cases.',
        '  batas-2019-07-17 (verdict): fail → pass (announced in the changelog)',
        '  batas-2019-07-17 #3 [surat_domisili]: fail → waived (domisili-dihapus) — because of domisili-dihapus',
        '  ERROR rusak: base: no tender',
        '2 changes, 1 not announced in the changelog.',
        '',
      ].join('\n'),
    );
    const same = { ...diff, head: { ...diff.base, spec: 'rules' }, flips: [], errors: [], unannounced: 0 };
    expect(rulesDiffText(same, 'id')).toBe(
      [
        'Aturan dasar: kualifikasi-id 2.1.0 (main); aturan baru: kualifikasi-id 2.1.0 (rules); 12 kasus.',
        'Kedua aturan identik.',
        'Tidak ada hasil yang berubah.',
        '',
      ].join('\n'),
    );
  });

  it('json', () => expectGolden('rules-diff.json', rulesDiffJson(diff)));
});

const { instrument, provisions } = instrumentFile.parse({
  instrument: {
    id: 'perpres-54-2010',
    short: 'Perpres 54/2010',
    title: 'Pengadaan Barang/Jasa Pemerintah',
    type: 'perpres',
    in_force_from: '2010-08-06',
    in_force_from_verified: false,
    ended_on: '2018-07-01',
    ended_on_verified: true,
    replaced_by: { id: 'perpres-16-2018', name: 'Perpres 16/2018' },
    amended_by: [{ name: 'Perpres 70/2012', on: '2012-07-31', verified: false }],
  },
  provisions: [
    {
      id: 'tdp',
      article: 'Pasal 19',
      text: 'memiliki TDP',
      review_by: '2025-01-01',
      verification: { verified: false, quote: 'paraphrase', confidence: 'medium', sources: ['x'] },
    },
  ],
});
const provision = provisions[0];
if (!provision) throw new Error('the sample instrument has a provision');
const at = (line: number, ref = instrument.id) => ({ file: 'rules/instruments/perpres-54-2010.yaml', line, ref });
const audit: Audit = {
  ruleset,
  asOf: '2026-01-01',
  findings: [
    { code: 'not-checked-against-official-text', file: 'rules/ruleset.yaml', line: 1, ref: 'kualifikasi-id' },
    { code: 'unverified-date', ...at(8), instrument },
    { code: 'superseded', ...at(9), instrument },
    { code: 'amended', ...at(12), instrument, amendment: { name: 'Perpres 70/2012', on: '2012-07-31', verified: false } },
    { code: 'unverified-citation', ...at(15, 'perpres-54-2010#tdp'), instrument, provision },
    { code: 'review-overdue', ...at(19, 'perpres-54-2010#tdp'), instrument, provision },
  ],
  exitCode: 0,
};

describe('rules audit', () => {
  it('text in Indonesian: a line per finding with file, line and code, then the counts', () => {
    expect(rulesAuditText(audit, 'id')).toBe(
      [
        'rules/ruleset.yaml:1: [not-checked-against-official-text] Belum ada ketentuan yang dicocokkan dengan naskah resmi (JDIH).',
        'rules/instruments/perpres-54-2010.yaml:8: [unverified-date] Tanggal berlaku Perpres 54/2010 (2010-08-06) belum diverifikasi.',
        'rules/instruments/perpres-54-2010.yaml:9: [superseded] Perpres 54/2010 dicabut/diganti oleh Perpres 16/2018; tidak berlaku sejak 2018-07-01.',
        'rules/instruments/perpres-54-2010.yaml:12: [amended] Perpres 54/2010 diubah dengan Perpres 70/2012 (2012-07-31, tanggal belum diverifikasi); tetap berlaku sebagaimana telah diubah.',
        'rules/instruments/perpres-54-2010.yaml:15: [unverified-citation] Perpres 54/2010, Pasal 19: nomor pasal/rumusan belum diverifikasi (keyakinan sedang).',
        'rules/instruments/perpres-54-2010.yaml:19: [review-overdue] Perpres 54/2010, Pasal 19: seharusnya ditinjau ulang paling lambat 2025-01-01.',
        '6 temuan: 1 kutipan belum diverifikasi, 1 tanggal berlaku belum diverifikasi, 1 instrumen dicabut/diganti, 1 perubahan, 1 tinjauan terlambat.',
        '',
      ].join('\n'),
    );
  });

  it('json in English, with an unverified end date said as such', () => {
    const unverifiedEnd = { ...instrument, ended_on_verified: false, replaced_by: undefined };
    const out = rulesAuditJson({ ...audit, findings: [{ code: 'superseded', ...at(9), instrument: unverifiedEnd }] }, 'en');
    expect(JSON.parse(out)).toEqual({
      ruleset,
      asOf: '2026-01-01',
      findings: [
        {
          code: 'superseded',
          file: 'rules/instruments/perpres-54-2010.yaml',
          line: 9,
          ref: 'perpres-54-2010',
          message: 'Perpres 54/2010 was repealed/replaced; not in force from 2018-07-01 (date not verified).',
        },
      ],
    });
    expectGolden('rules-audit.en.json', rulesAuditJson(audit, 'en'));
  });
});
